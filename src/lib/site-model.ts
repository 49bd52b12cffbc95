import { LANGS, type Lang } from './i18n-core.ts';
import type { Localized } from './content-index.ts';
import { routeOf } from './urls.ts';
import { compareVersions } from './versions.ts';
import { SECTIONS, type Section, type Status } from './vocabulary.ts';

export type { Section, Status };

/** A link in a page's body, as the remark plugin recorded it. */
export interface BodyLink {
  /** Language-neutral route the link points to (or the URL, for an external link). */
  route: string;
  /** Heading id the link points to, if any. */
  hash: string;
  text: string;
  /** The sentence the link stands in. */
  sentence: string;
  /** Id of the heading the link stands under on its own page ('' before the first heading). */
  section: string;
}

export interface Heading {
  depth: number;
  slug: string;
  text: string;
}

/** One language's text of a page: frontmatter plus what the remark plugin found in the body. */
export interface PageTextInput {
  id: string;
  lang: Lang;
  filePath: string;
  title: string;
  description: string;
  navTitle?: string | undefined;
  reportHeading?: string | undefined;
  headings: Heading[];
  links: BodyLink[];
  terms: string[];
}

export interface PageFactsInput {
  id: string;
  section: Section;
  position?: number | undefined;
  status?: Status | undefined;
  version?: string | undefined;
  versionFor?: Localized | undefined;
  related: string[];
  people: string[];
}


export interface Person {
  id: string;
  name: Localized;
  role: Localized;
}

export interface GlossaryEntry {
  id: string;
  kind: 'term' | 'organisation';
  term: Localized;
  expansion?: Localized | undefined;
  definition: Localized;
}

export interface HindsightNote {
  id: string;
  pages: string[];
  topic: Localized;
  outlook: Localized;
  outcome: Localized;
  version?: string | undefined;
  date?: string | undefined;
  neverMerged?: 'verified' | 'partly' | undefined;
  sources: string[];
  checked: 'verified' | 'partly' | 'mixed';
  caveat?: Localized | undefined;
}

export interface TimelineInput {
  id: string;
  kind: 'event' | 'said';
  date?: string | undefined;
  version?: string | undefined;
  page: string;
  text: Localized;
}

export interface SiteInput {
  facts: PageFactsInput[];
  texts: PageTextInput[];
  people: Person[];
  glossary: GlossaryEntry[];
  hindsight: HindsightNote[];
  timeline: TimelineInput[];
}

export interface Page extends PageFactsInput {
  route: string;
  text: Record<Lang, PageTextInput>;
}

export interface SiteModel {
  /** Report pages in reading order, then the about page. */
  pages: Page[];
  people: Person[];
  glossary: GlossaryEntry[];
  hindsight: HindsightNote[];
  timeline: TimelineInput[];
}

/** A content problem that must stop the build; the message names the file and the field. */
export class ContentError extends Error {
  override name = 'ContentError';
}

const PAGES_FILE = 'content/pages.yaml';

function readingOrder(a: PageFactsInput, b: PageFactsInput): number {
  return SECTIONS.indexOf(a.section) - SECTIONS.indexOf(b.section) || (a.position ?? 0) - (b.position ?? 0);
}

/** The file an MDX page of a language lives in. */
export function textFile(id: string, lang: Lang): string {
  return `content/${lang}/${id}.mdx`;
}

/**
 * Joins pages.yaml with the MDX texts of both languages and checks every rule that spans files:
 * a text for each page in each language, known and mutual related subsystems, people named in
 * the facts and linked in the body, the same sections in both languages, valid hindsight pages.
 * Throws one ContentError listing every problem found.
 */
export function buildSite(input: SiteInput): SiteModel {
  const problems: string[] = [];
  const textKey = (id: string, lang: Lang) => `${lang}/${id}`;
  const texts = new Map(input.texts.map((t) => [textKey(t.id, t.lang), t]));
  const factIds = new Set(input.facts.map((f) => f.id));
  const peopleIds = new Set(input.people.map((p) => p.id));

  for (const text of input.texts) {
    if (!factIds.has(text.id)) problems.push(`${text.filePath}: no entry "${text.id}" in ${PAGES_FILE} (every page is listed there)`);
  }
  const subsystems = new Map(input.facts.filter((f) => f.section === 'subsystem').map((f) => [f.id.replace(/^subsystems\//, ''), f]));
  const positions = new Map<number, string>();

  const pages: Page[] = [];
  for (const facts of [...input.facts].sort(readingOrder)) {
    const where = `${PAGES_FILE}: ${facts.id}`;
    if (facts.position !== undefined) {
      const clash = positions.get(facts.position);
      if (clash) problems.push(`${where} → position: ${facts.position} is already the position of ${clash}`);
      positions.set(facts.position, facts.id);
    }
    for (const slug of facts.related) {
      const other = subsystems.get(slug);
      if (!other) problems.push(`${where} → related: unknown subsystem "${slug}"`);
      else if (!other.related.includes(facts.id.replace(/^subsystems\//, ''))) {
        problems.push(`${where} → related: lists "${slug}", but ${other.id} does not list it back`);
      }
    }
    for (const person of facts.people) {
      if (!peopleIds.has(person)) problems.push(`${where} → people: unknown person "${person}" (see content/people.yaml)`);
    }
    const byLang = {} as Record<Lang, PageTextInput>;
    for (const lang of LANGS) {
      const text = texts.get(textKey(facts.id, lang));
      if (!text) {
        problems.push(`${textFile(facts.id, lang)}: missing (${PAGES_FILE} lists "${facts.id}", so it needs a page in every language)`);
        continue;
      }
      byLang[lang] = text;
      const linked = new Set(text.links.map((l) => /^\/people\/([a-z0-9-]+)\/$/.exec(l.route)?.[1]).filter((p) => p !== undefined));
      for (const person of facts.people) {
        if (!linked.has(person)) problems.push(`${text.filePath}: people: "${person}" is listed in ${PAGES_FILE} but not linked in the body (link [name](/people/${person}/))`);
      }
      for (const person of linked) {
        if (!facts.people.includes(person)) problems.push(`${text.filePath}: the body links /people/${person}/, but ${PAGES_FILE} does not list "${person}" under people`);
      }
    }
    if (byLang.ja && byLang.en) {
      const ja = byLang.ja.headings.map((h) => `${h.depth}:${h.slug}`).join(' ');
      const en = byLang.en.headings.map((h) => `${h.depth}:${h.slug}`).join(' ');
      if (ja !== en) problems.push(`${byLang.en.filePath}: headings [${en}] do not match ${byLang.ja.filePath} [${ja}] (same ids, same levels, same order)`);
    }
    pages.push({ ...facts, route: routeOf(facts.id), text: byLang });
  }
  for (const note of input.hindsight) {
    for (const id of note.pages) {
      if (!factIds.has(id)) problems.push(`content/hindsight.yaml: ${note.id} → pages: unknown page "${id}"`);
    }
  }
  for (const entry of input.timeline) {
    if (!factIds.has(entry.page)) problems.push(`content/timeline.yaml: ${entry.id} → page: unknown page "${entry.page}"`);
  }
  if (problems.length > 0) throw new ContentError(`Content errors:\n- ${problems.join('\n- ')}`);
  return { pages, people: input.people, glossary: input.glossary, hindsight: input.hindsight, timeline: input.timeline };
}

/** The report pages a reader pages through with previous/next, in report order. */
export function readingPages(site: SiteModel): Page[] {
  return site.pages.filter((p) => p.section !== 'about');
}

export function pageById(site: SiteModel, id: string): Page {
  const page = site.pages.find((p) => p.id === id);
  if (!page) throw new ContentError(`no page "${id}" in ${PAGES_FILE}`);
  return page;
}

export function subsystemPages(site: SiteModel): Page[] {
  return site.pages.filter((p) => p.section === 'subsystem');
}

/** The previous and next report pages, in the order of the report. */
export function neighbours(site: SiteModel, id: string): { prev?: Page | undefined; next?: Page | undefined } {
  const order = readingPages(site);
  const at = order.findIndex((p) => p.id === id);
  if (at < 0) return {};
  return { prev: order[at - 1], next: order[at + 1] };
}

export type NavGroupKey = 'overview' | 'keynote' | 'talk' | 'process' | 'qa' | 'reference';

export interface NavGroup {
  key: NavGroupKey;
  pages: Page[];
}

const GROUP_OF: Record<Section, NavGroupKey> = {
  overview: 'overview',
  keynote: 'keynote',
  roadmap: 'talk',
  subsystem: 'talk',
  process: 'process',
  qa: 'qa',
  about: 'reference',
};

/** Navigation groups in report order; the reference group (glossary, people, …) is added by the nav itself. */
export function navGroups(site: SiteModel): NavGroup[] {
  const groups: NavGroup[] = [];
  for (const page of site.pages) {
    const key = GROUP_OF[page.section];
    const group = groups.find((g) => g.key === key);
    if (group) group.pages.push(page);
    else groups.push({ key, pages: [page] });
  }
  return groups;
}

/** The chain of pages above a page, for breadcrumbs: subsystems sit under the roadmap. */
export function ancestors(site: SiteModel, id: string): Page[] {
  const home = pageById(site, 'index');
  if (id === 'index') return [];
  const page = pageById(site, id);
  return page.section === 'subsystem' ? [home, pageById(site, 'roadmap')] : [home];
}

/** A page that links to another, with the sentence the link stands in. */
export interface Backlink {
  from: Page;
  text: string;
  sentence: string;
  /** Heading id on the linking page where the link stands. */
  section: string;
}

/** Every body link to a route in one language, grouped one entry per linking page. */
export function backlinksTo(site: SiteModel, route: string, lang: Lang): Backlink[] {
  const result: Backlink[] = [];
  for (const page of site.pages) {
    if (page.route === route) continue;
    const link = page.text[lang].links.find((l) => l.route === route);
    if (link) result.push({ from: page, text: link.text, sentence: link.sentence, section: link.section });
  }
  return result;
}

/** The pages whose body uses a glossary term, in reading order. */
export function pagesUsingTerm(site: SiteModel, termId: string, lang: Lang): Page[] {
  return site.pages.filter((p) => p.text[lang].terms.includes(termId));
}

/** The hindsight notes that belong to a page. */
export function hindsightFor(site: SiteModel, id: string): HindsightNote[] {
  return site.hindsight.filter((n) => n.pages.includes(id));
}

/** An entry of the timeline: a fact or outlook the report states, or what happened later. */
export type TimelineItem =
  | { kind: 'event' | 'said'; id: string; date?: string | undefined; page: Page; text: Localized }
  | { kind: 'outcome'; id: string; date?: string | undefined; page: Page; note: HindsightNote };

export interface Timeline {
  /** The report's own dated events with no kernel version, by date. */
  events: TimelineItem[];
  /** Every kernel version the talk named or an outcome reached, in version order; the report's items first. */
  versions: { version: string; items: TimelineItem[] }[];
  /** Outcomes that name no kernel version, by date. */
  unversioned: TimelineItem[];
}

/** The timeline: the symposium's dates, then the kernel versions in order, then the rest of what happened. */
export function timeline(site: SiteModel): Timeline {
  // A partial date sorts at the end of its period: "this year" (2007) comes after 13 March 2007.
  const key = (item: TimelineItem) => `${item.date ?? '9999'}-99-99`.slice(0, 10);
  const byDate = (a: TimelineItem, b: TimelineItem) => key(a).localeCompare(key(b));
  const stated = site.timeline.map((e) => ({ item: { kind: e.kind, id: e.id, date: e.date, page: pageById(site, e.page), text: e.text } as TimelineItem, version: e.version }));
  const outcomes = site.hindsight.map((note) => ({ item: { kind: 'outcome', id: note.id, date: note.date, page: pageById(site, note.pages[0] ?? ''), note } as TimelineItem, version: note.version }));
  const versions = new Map<string, TimelineItem[]>();
  for (const { item, version } of [...stated, ...outcomes]) {
    if (version) versions.set(version, [...(versions.get(version) ?? []), item]);
  }
  return {
    events: stated.filter((s) => !s.version).map((s) => s.item).sort(byDate),
    versions: [...versions.entries()].sort(([a], [b]) => compareVersions(a, b)).map(([version, items]) => ({ version, items })),
    unversioned: outcomes.filter((o) => !o.version).map((o) => o.item).sort(byDate),
  };
}

/** Where a person appears: every page whose body links them, with the sentence. */
export function appearancesOf(site: SiteModel, personId: string, lang: Lang): Backlink[] {
  return backlinksTo(site, `/people/${personId}/`, lang);
}
