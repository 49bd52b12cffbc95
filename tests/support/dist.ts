// Reading the built site: its HTML files, their DOM, and the facts of the information architecture.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { distDir } from './paths.ts';

export type Lang = 'ja' | 'en';
export const LANGS: Lang[] = ['ja', 'en'];

/** The twelve subsystem slugs, in the order of the talk. */
export const SUBSYSTEMS = [
  'hardware-virtualization', 'os-virtualization', 'containerization', 'memory-management', 'filesystems', 'aio',
  'kevent', 'utrace', 'page-replacement', 'kprobes', 'realtime', 'cpu-scheduler',
] as const;

export const PEOPLE = ['andrew-morton', 'jim-zemlin', 'takashi-kunai', 'mel-gorman', 'roland-mcgrath', 'ingo-molnar', 'con-kolivas'] as const;

/** The report pages (MDX-backed): every route whose body is report text, plus /about/. */
export const REPORT_ROUTES = ['/', '/keynote/', '/roadmap/', ...SUBSYSTEMS.map((s) => `/subsystems/${s}/`), '/process/', '/qa/'];

/** Every language-neutral route the information architecture requires, in both languages. */
export const ROUTES = [
  ...REPORT_ROUTES, '/search/', '/about/', '/full/', '/glossary/', '/people/', ...PEOPLE.map((p) => `/people/${p}/`), '/timeline/',
  ...REPORT_ROUTES.map((route) => `/parallel${route}`),
];

/** The public path of a language-neutral route (no base). */
export function pathOf(route: string, lang: Lang): string {
  return lang === 'ja' ? route : `/en${route}`;
}

/** Splits a public path (no base) into language and route. */
export function splitPath(path: string): { lang: Lang; route: string } {
  return path === '/en/' || path.startsWith('/en/') ? { lang: 'en', route: path.slice(3) } : { lang: 'ja', route: path };
}

/** Fails unless a complete build (pages and search index) is in `root`, naming the command that makes it. */
export function assertBuilt(root = distDir, command = 'npm run build'): void {
  for (const file of ['index.html', 'pagefind/pagefind.js']) {
    if (!existsSync(join(root, file))) throw new Error(`${root} has no ${file}: run \`${command}\` first (npm test does)`);
  }
}

/** Every HTML file of a build, as paths relative to it with forward slashes, sorted. */
export function htmlFiles(root = distDir): string[] {
  return readdirSync(root, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => relative(root, join(e.parentPath, e.name)).split(sep).join('/'))
    .sort();
}

/** The public path (no base) of an HTML file: `en/qa/index.html` → `/en/qa/`, `404.html` → `/404.html`. */
export function pathOfFile(file: string): string {
  return `/${file}`.replace(/(^|\/)index\.html$/, '$1');
}

/** The HTML file of a public path (no base). */
export function fileOfPath(path: string): string {
  return path.endsWith('/') ? `${path.slice(1)}index.html` : path.slice(1);
}

const cache = new Map<string, HTMLElement>();

/** The parsed DOM of the page at a public path (no base) of a build. */
export function page(path: string, root = distDir): HTMLElement {
  const file = join(root, fileOfPath(path));
  let dom = cache.get(file);
  if (!dom) {
    if (!existsSync(file)) throw new Error(`no page ${path} (${relative(distDir, file)})`);
    dom = parse(readFileSync(file, 'utf8'), { comment: false });
    cache.set(file, dom);
  }
  return dom;
}

/** The report body of a page: the section the layout marks as the report's own text. */
export function reportSection(dom: HTMLElement): HTMLElement | null {
  return dom.querySelector('section.report');
}

/** A link found in a page, made language-neutral. */
export interface FoundLink {
  lang: Lang;
  route: string;
  hash: string;
  text: string;
}

/** Internal links (not term links) inside an element, as language-neutral routes; `base` is stripped first. */
export function internalLinks(scope: HTMLElement | null, base = '/'): FoundLink[] {
  if (!scope) return [];
  const links: FoundLink[] = [];
  for (const a of scope.querySelectorAll('a[href]')) {
    if (a.classList.contains('term-link') || a.classList.contains('heading-anchor') || a.classList.contains('block-anchor')) continue;
    const href = a.getAttribute('href') ?? '';
    if (!href.startsWith(base)) continue;
    const [path = '', hash = ''] = href.slice(base.length - 1).split('#');
    links.push({ ...splitPath(path), hash, text: a.text.trim() });
  }
  return links;
}

/** The language-neutral routes a page's report body links to (people included, term links not). */
export function reportLinkRoutes(path: string): Set<string> {
  return new Set(internalLinks(reportSection(page(path))).map((l) => l.route));
}

/** The language-neutral routes linked from anywhere in a page's article (body, related, people, …). */
export function articleLinkRoutes(path: string): Set<string> {
  return new Set(internalLinks(page(path).querySelector('article')).map((l) => l.route));
}

/** The absolute URL the main build was made for (SITE_URL + base), read from the home page's canonical link. */
export function siteUrlOf(root = distDir): string {
  const href = page('/', root).querySelector('link[rel=canonical]')?.getAttribute('href');
  if (!href) throw new Error(`${root}/index.html has no canonical link`);
  return href;
}

/** The text of a page's report body as a reader sees it, without the glossary tooltips. */
export function reportText(path: string): string {
  const section = reportSection(page(path));
  if (!section) return '';
  const copy = parse(section.outerHTML);
  for (const tip of copy.querySelectorAll('.term-tip')) tip.remove();
  return copy.text.replace(/\s+/g, ' ').trim();
}

/** The section the layout adds with the given heading id (`related`, `people`, `hindsight`, `referenced-from`, …). */
export function addedSection(dom: HTMLElement, id: string): HTMLElement | null {
  return dom.querySelector(`section[aria-labelledby="${id}"]`);
}
