import { LANGS, DEFAULT_LANG, type Lang } from './i18n-core.ts';
import { localizedPath } from './urls.ts';

export interface Alternate {
  hreflang: string;
  href: string;
}

/** Absolute URLs of a route in every language, plus x-default (the Japanese original). */
export function alternates(route: string, site: URL | string, base: string): Alternate[] {
  const links = LANGS.map((lang) => ({ hreflang: lang, href: new URL(localizedPath(route, lang, base), site).href }));
  const original = links.find((l) => l.hreflang === DEFAULT_LANG);
  return original ? [...links, { hreflang: 'x-default', href: original.href }] : links;
}

/** Longest `<title>` worth showing in a tab or a search result before it is cut. */
const TITLE_MAX = 70;

/** The `<title>`: the page's own title, then the site's, unless they are the same or that is too long. */
export function documentTitle(pageTitle: string, siteTitle: string): string {
  const full = `${pageTitle} | ${siteTitle}`;
  return pageTitle === siteTitle || full.length > TITLE_MAX ? pageTitle : full;
}

/** Open Graph locale of a language (`ja_JP`, `en_US`). */
export function ogLocale(lang: Lang): string {
  return lang === 'ja' ? 'ja_JP' : 'en_US';
}
