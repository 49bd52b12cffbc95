import { useTranslations } from '../i18n/index.ts';
import { LANGS, type Lang } from '../lib/i18n-core.ts';
import type { OgCard } from '../lib/og-card.ts';
import { loadSite } from './load.ts';

/** The not-found page has no route of its own; its card lives under this one. */
export const NOT_FOUND_ROUTE = '/404/';

function card(lang: Lang, route: string, title: string, section: string, status?: OgCard['status']): OgCard {
  const t = useTranslations(lang);
  const alt = status ? t.og.altStatus(title, t.site.title, status.value) : t.og.alt(title, t.site.title);
  return { lang, route, title, siteName: t.site.title, event: t.og.event, section, status, alt };
}

async function build(): Promise<OgCard[]> {
  const { site } = await loadSite();
  return LANGS.flatMap((lang) => {
    const t = useTranslations(lang);
    const s = t.sections;
    return [
      ...site.pages.map((page) =>
        card(lang, page.route, page.text[lang].title, s[page.section], page.status && { label: t.status.label, value: t.status.values[page.status], kind: page.status }),
      ),
      card(lang, '/full/', t.full.title, t.report.label),
      card(lang, '/glossary/', t.glossary.title, s.glossary),
      card(lang, '/people/', t.people.indexTitle, s.people),
      ...site.people.map((person) => card(lang, `/people/${person.id}/`, person.name[lang], s.people)),
      card(lang, '/timeline/', t.timeline.title, s.timeline),
      card(lang, '/search/', s.search, s.search),
      card(lang, '/offline/', t.offline.title, t.offline.button),
      // The one not-found page is Japanese first (it switches itself to English for /en/ paths).
      ...(lang === 'ja' ? [card(lang, NOT_FOUND_ROUTE, t.notFound.title, t.notFound.title)] : []),
    ];
  });
}

let cards: Promise<OgCard[]> | undefined;

/** The link-preview card of every page, in both languages: one list, shared by the image route and the head metadata. */
export function ogCards(): Promise<OgCard[]> {
  cards ??= build();
  return cards;
}

/** The card of one page; a page without one stops the build, so no page goes out without its preview. */
export async function ogCardFor(route: string, lang: Lang, title: string): Promise<OgCard> {
  const found = (await ogCards()).find((c) => c.route === route && c.lang === lang);
  if (!found) throw new Error(`no link-preview card for ${route} (${lang}): add the page to src/site/og-cards.ts`);
  if (found.title !== title) throw new Error(`the link-preview card of ${route} (${lang}) shows "${found.title}", but the page's title is "${title}" (src/site/og-cards.ts)`);
  return found;
}
