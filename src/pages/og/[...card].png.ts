import { join } from 'node:path';
import type { APIRoute, GetStaticPaths } from 'astro';
import { LANGS } from '../../lib/i18n-core.ts';
import { ogCardOf, ogImagePath, type OgCard } from '../../lib/og-card.ts';
import { cachedCard } from '../../lib/og-render.ts';
import { loadSite } from '../../site/load.ts';

/** Drawn cards are kept here (gitignored) and reused while what they show is unchanged. */
const CACHE_DIR = join(process.cwd(), '.astro', 'cache');

// The card of every page of the model in both languages; the one not-found page is Japanese first.
export const getStaticPaths = (async () => {
  const { site } = await loadSite();
  return site.pages
    .flatMap((page) => (page.kind === 'not-found' ? ['ja' as const] : LANGS).map((lang) => ogCardOf(page, lang)))
    .map((card) => ({ params: { card: ogImagePath(card.id, card.lang).replace(/^og\/|\.png$/g, '') }, props: { card } }));
}) satisfies GetStaticPaths;

/** The link-preview image of one page: a 1200×630 PNG. */
export const GET: APIRoute<{ card: OgCard }> = async ({ props }) => {
  const { png } = await cachedCard(props.card, CACHE_DIR);
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
