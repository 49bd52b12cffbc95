import type { APIRoute, GetStaticPaths } from 'astro';
import { LANGS } from '../../lib/i18n-core.ts';
import { hasOwnCard, ogCardOf, ogImagePath, type OgCard } from '../../lib/og-card.ts';
import { cardPng, drawAll } from '../../site/og-cards.ts';
import { loadSite } from '../../site/load.ts';

// The card of every page of the model that has its own, in both languages; the one not-found page is Japanese first.
export const getStaticPaths = (async () => {
  const { site } = await loadSite();
  const cards = site.pages.filter(hasOwnCard).flatMap((page) => (page.kind === 'not-found' ? ['ja' as const] : LANGS).map((lang) => ogCardOf(page, lang)));
  // A build draws them all at once on worker threads; `astro dev` draws each on request.
  if (import.meta.env.PROD) drawAll(cards);
  return cards.map((card) => ({ params: { card: ogImagePath(card.id, card.lang).replace(/^og\/|\.png$/g, '') }, props: { card } }));
}) satisfies GetStaticPaths;

/** The link-preview image of one page: a 1200×630 PNG. */
export const GET: APIRoute<{ card: OgCard }> = async ({ props }) => {
  return new Response(new Uint8Array(await cardPng(props.card)), { headers: { 'Content-Type': 'image/png' } });
};
