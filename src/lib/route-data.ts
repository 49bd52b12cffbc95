import { useTranslations, type Dictionary } from '../i18n/index.ts';
import { otherLang, type Lang } from './i18n-core.ts';
import { ogCardOf, ogImagePath } from './og-card.ts';
import { alternates, documentTitle, type Alternate } from './page-meta.ts';
import { searchSynonyms, titleMeta } from './search-synonyms.ts';
import { ancestors, isReportPage, navGroups, neighbours, type NavGroup, type Page, type ReportPage, type SiteModel, type TocEntry } from './site-model.ts';
import { localizedPath } from './urls.ts';

export interface Crumb {
  label: string;
  /** The link, or absent for the current page. */
  href?: string | undefined;
}

/** Everything the layout and its components need to render one page in one language, computed once per page. */
export interface RouteData {
  lang: Lang;
  /** The interface text of the page's language. */
  t: Dictionary;
  /** The deploy base path, `/` or `/lfjs-2007/`. */
  base: string;
  site: SiteModel;
  page: Page;
  /** The page's title and description in its language, and the document's `<title>`. */
  title: string;
  description: string;
  documentTitle: string;
  /** The public path of a language-neutral route (and anchor) in the page's language, or another. */
  href: (route: string, hash?: string, lang?: Lang) => string;
  toc: TocEntry[];
  crumbs: Crumb[];
  prev?: ReportPage | undefined;
  next?: ReportPage | undefined;
  nav: NavGroup[];
  /** The same page in the other language. */
  translation: { lang: Lang; href: string };
  /** Absolute URLs of the page in every language, with x-default; empty for pages that are not indexed. */
  alternates: Alternate[];
  canonical?: string | undefined;
  /** Pages that are only the browser's or the service worker's fallbacks stay out of search engines. */
  noindex: boolean;
  /** The page's link-preview image: its absolute URL and text alternative. */
  image: { url: string; alt: string };
  /** The search metadata of the page's title: the title, and on a report page the glossary's names of its terms in both languages. */
  titleMeta: string;
  /** The stylesheets of src/styles/views/ the page links besides the site's own: only the pages that show their part. */
  styles: ViewStyle[];
}

/** A stylesheet that only some pages need, kept out of the one every page loads. */
export type ViewStyle = 'then-and-now' | 'roadmap' | 'timeline' | 'parallel' | 'full-report';

/** The view stylesheets of a page: its kind's, the then-and-now chart's (where it is added, and on the timeline) and the roadmap table's. */
export function viewStyles(page: Page): ViewStyle[] {
  const added = isReportPage(page) ? page.added.map((a) => a.id) : [];
  const ofKind = ({ timeline: 'timeline', parallel: 'parallel', full: 'full-report' } as const satisfies Partial<Record<Page['kind'], ViewStyle>>)[page.kind as 'timeline' | 'parallel' | 'full'];
  return [
    ...(ofKind ? [ofKind] : []),
    ...(added.includes('then-and-now') || page.kind === 'timeline' ? (['then-and-now'] as const) : []),
    ...(added.includes('status-table') ? (['roadmap'] as const) : []),
  ];
}

/** The route data of a page in a language, for a site deployed at `origin` under `base`. */
export function routeData(site: SiteModel, page: Page, lang: Lang, base: string, origin: URL | string): RouteData {
  const t = useTranslations(lang);
  const href = (route: string, hash = '', to: Lang = lang) => `${localizedPath(route, to, base)}${hash ? `#${hash}` : ''}`;
  const title = page.title[lang];
  const crumbs: Crumb[] = page.route === '/' ? [] : [
    ...ancestors(site, page).map((p) => ({ label: p.route === '/' ? t.home : p.title[lang], href: href(p.route) })),
    { label: title },
  ];
  const fallback = page.kind === 'not-found' || page.kind === 'offline';
  const links = fallback ? [] : alternates(page.route, origin, base);
  const card = ogCardOf(page, lang);
  const { prev, next } = isReportPage(page) ? neighbours(site, page.route) : {};
  return {
    lang, t, base, site, page, title, href, crumbs, prev, next,
    description: page.description[lang],
    documentTitle: documentTitle(title, t.site.title),
    toc: page.toc[lang].filter((e) => e.depth <= 3),
    nav: navGroups(site),
    translation: { lang: otherLang(lang), href: href(page.kind === 'not-found' ? '/' : page.route, '', otherLang(lang)) },
    alternates: links,
    canonical: links.find((l) => l.hreflang === lang)?.href,
    noindex: fallback,
    image: { url: new URL(`${base}${ogImagePath(card.id, lang)}`, origin).href, alt: card.alt },
    titleMeta: titleMeta(isReportPage(page) ? searchSynonyms(site.glossary, [...new Set(page.text[lang].terms.map((term) => term.id))]) : []),
    styles: viewStyles(page),
  };
}
