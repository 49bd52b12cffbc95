import { join } from 'node:path';
import type { APIRoute, GetStaticPaths } from 'astro';
import { ogImagePath, type OgCard } from '../../lib/og-card.ts';
import { cachedCard } from '../../lib/og-render.ts';
import { ogCards } from '../../site/og-cards.ts';

/** Drawn cards are kept here (gitignored) and reused while what they show is unchanged. */
const CACHE_DIR = join(process.cwd(), '.astro', 'cache');

export const getStaticPaths = (async () =>
  (await ogCards()).map((card) => ({ params: { card: ogImagePath(card.route, card.lang).replace(/^og\/|\.png$/g, '') }, props: { card } }))) satisfies GetStaticPaths;

/** The link-preview image of one page: a 1200×630 PNG. */
export const GET: APIRoute<{ card: OgCard }> = async ({ props }) => {
  const { png } = await cachedCard(props.card, CACHE_DIR);
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
