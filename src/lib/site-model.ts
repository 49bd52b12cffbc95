import { useTranslations, type Dictionary } from '../i18n/index.ts';
import type { Checked } from '../schemas/checked.ts';
import type { GlossaryEntryData, HindsightNoteData, PersonData, TimelineEntryData } from '../schemas/data.ts';
import type { PageFactsData } from '../schemas/page-facts.ts';
import type { PageTextData } from '../schemas/page-text.ts';
import { LANGS, type Lang } from './i18n-core.ts';
import { fieldName, type ContentProblem, ContentError } from './problems.ts';
import { idOfRoute, parallelRouteOf, routeOf } from './urls.ts';
import { sectionAnchor, sharedIds } from './full-report.ts';
import { compareVersions, versionAnchor } from './versions.ts';
import { SECTIONS, type Addition, type Section, type Status } from './vocabulary.ts';

export { ContentError };
export type { Section, Status };

/** Page, anchor and entry ids: English, lower-case, hyphenated. */
export const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Text in both languages. */
export type Localized = Record<Lang, string>;

/** A link in a page's body, as the remark plugin recorded it. */
export interface BodyLink {
  /** Language-neutral route the link points to (or the URL, for an external link). */
  route: string;
  /** The anchor the link names, if any. */
  hash: string;
  /** The link's text. */
  text: string;
  /** The sentence the link stands in. */
  sentence: string;
  /** Id of the heading the link stands under ('' before the first heading). */
  section: string;
  /** Id of the paragraph or list item the link stands in. */
  block: string;
  /** Line in the MDX file. */
  line?: number | undefined;
}

/** A heading with its explicit id. */
export interface Heading {
  depth: number;
  slug: string;
  text: string;
  line?: number | undefined;
}

/** What the remark plugin found in one MDX body, read from that file alone. */
export interface BodyFindings {
  headings: Heading[];
  /** Ids of the paragraphs, list items and quotes, in order. */
  blocks: string[];
  links: BodyLink[];
  /** Every `<Term id>` use, in order. */
  terms: { id: string; line?: number | undefined }[];
  /** Mistakes the file shows on its own (a heading without an id, a relative link, …). */
  problems: ContentProblem[];
}

/** An entry of a data file as loaded: where it is and the outcome of its schema check. */
export interface EntryInput<T> {
  /** The file, relative to the project. */
  file: string;
  /** The entry's id as written. */
  id: string;
  checked: Checked<T>;
}

/** One language's MDX file of a page. */
export interface TextInput extends EntryInput<PageTextData> {
  lang: Lang;
  body: BodyFindings;
}

export interface SiteInput {
  facts: EntryInput<PageFactsData>[];
  texts: TextInput[];
  people: EntryInput<PersonData>[];
  glossary: EntryInput<GlossaryEntryData>[];
  hindsight: EntryInput<HindsightNoteData>[];
  timeline: EntryInput<TimelineEntryData>[];
}

export type Person = PersonData;
export type GlossaryEntry = GlossaryEntryData;
export type HindsightNote = HindsightNoteData;
export type TimelineEntry = TimelineEntryData;

/** One language's text of a report page. */
export interface PageText extends PageTextData, Omit<BodyFindings, 'problems'> {
  file: string;
}

/** An entry of a page's table of contents; also an anchor a link may name. */
export interface TocEntry {
  depth: number;
  slug: string;
  text: string;
}

/** The kinds of page: a report page (MDX), the about page (MDX, the site's own prose) and the pages built from data. */
export type PageKind = 'report' | 'about' | 'glossary' | 'people' | 'person' | 'timeline' | 'search' | 'not-found' | 'parallel' | 'full' | 'offline';

/** The navigation group a page is listed under. */
export type NavGroupKey = 'overview' | 'keynote' | 'talk' | 'process' | 'qa' | 'reference';

interface PageCommon {
  /** The page id: `subsystems/aio`, `glossary`, `people/andrew-morton`. */
  id: string;
  /** Language-neutral route: `/subsystems/aio/`. */
  route: string;
  title: Localized;
  description: Localized;
  /** The label in the navigation. */
  navTitle: Localized;
  /** The search filter value and the navigation group. */
  group: NavGroupKey;
  /** The section name shown as the page's search filter value. */
  filter: keyof Dictionary['sections'];
  /** Whether search indexes the page, and its weight there (the report outranks what the site adds). */
  search: { indexed: boolean; weight: number };
  /** Whether the page is listed in the navigation, the entry points, the 404 page and the search page's fallback list. */
  listed: boolean;
  /** Per language, the contents of the page: its headings and the sections the layout adds. */
  toc: Record<Lang, TocEntry[]>;
  /** Every id a link may name on the page. */
  anchors: Set<string>;
}

/** A page written in MDX: the report's text (or, for about, the site's own), with its facts from pages.yaml. */
export interface ReportPage extends PageCommon, Omit<PageFactsData, 'id'> {
  kind: 'report' | 'about';
  text: Record<Lang, PageText>;
  /** The sections the layout adds below the text, in order (their ids are anchors too). */
  added: AddedSection[];
}

/** A page the site builds from its data. */
export interface GeneratedPage extends PageCommon {
  kind: Exclude<PageKind, 'report' | 'about'>;
  /** The person a person page is about. */
  person?: Person | undefined;
  /** The report page a parallel edition shows in both languages. */
  of?: ReportPage | undefined;
  /** The report pages the whole-report page puts together, in order. */
  parts?: ReportPage[] | undefined;
}

export type Page = ReportPage | GeneratedPage;

/** A section the layout adds to a report page, visibly apart from the report. */
export interface AddedSection {
  /** Its id: the heading's anchor. */
  id: Addition | 'excerpt' | 'related' | 'people' | 'hindsight' | 'referenced-from' | 'cite';
  /** Whether it has a heading of its own (and so an entry in the contents). */
  heading: boolean;
}

/** A page that links to another, with where and in what sentence. */
export interface Backlink {
  from: ReportPage;
  text: string;
  sentence: string;
  /** Heading id on the linking page where the link stands. */
  section: string;
  /** Paragraph id on the linking page where the link stands. */
  block: string;
}

export interface SiteModel {
  /** Every page: the report in reading order, the reference pages, about, then the pages not listed. */
  pages: Page[];
  people: Person[];
  glossary: GlossaryEntry[];
  hindsight: HindsightNote[];
  timeline: TimelineEntry[];
  /** Indexes computed once, so no page scans the whole site. */
  byRoute: Map<string, Page>;
  backlinks: Record<Lang, Map<string, Backlink[]>>;
  termUses: Record<Lang, Map<string, ReportPage[]>>;
  notesByPage: Map<string, HindsightNote[]>;
  glossaryById: Map<string, GlossaryEntry>;
  /** The report pages a reader pages through, in order. */
  reading: ReportPage[];
  /** The navigation groups every page shows. */
  nav: NavGroup[];
}

const PAGES_FILE = 'content/pages.yaml';

const GROUP_OF: Record<Section, NavGroupKey> = {
  overview: 'overview',
  keynote: 'keynote',
  roadmap: 'talk',
  subsystem: 'talk',
  process: 'process',
  qa: 'qa',
  about: 'reference',
};

/** The part of a page id that prefixes its paragraph ids: `subsystems/aio` → `aio`; the home page's is `home`. */
export function blockPrefix(pageId: string): string {
  return pageId === 'index' ? 'home' : (pageId.split('/').at(-1) ?? pageId);
}

/** The MDX file of a page in a language. */
export function textFile(id: string, lang: Lang): string {
  return `content/${lang}/${id}.mdx`;
}

function readingOrder(a: PageFactsData, b: PageFactsData): number {
  return SECTIONS.indexOf(a.section) - SECTIONS.indexOf(b.section) || (a.position ?? 0) - (b.position ?? 0);
}

const both = (pick: (t: Dictionary) => string): Localized => ({ ja: pick(useTranslations('ja')), en: pick(useTranslations('en')) });

/** Splits checked entries into the valid ones and the problems of the rest; returns the valid values. */
function valid<T>(entries: EntryInput<T>[], problems: ContentProblem[]): T[] {
  const values: T[] = [];
  for (const entry of entries) {
    if (entry.checked.ok) values.push(entry.checked.value);
    else {
      for (const issue of entry.checked.issues) {
        problems.push({ file: entry.file, entry: entry.file.endsWith('.mdx') ? undefined : entry.id, field: fieldName(issue.path), path: issue.path, found: issue.found, allowed: issue.allowed });
      }
    }
  }
  return values;
}

/** The sections the layout adds to a report page, in the order they appear; every page of the report can be cited. */
function addedSections(facts: PageFactsData, notes: HindsightNote[]): AddedSection[] {
  return [
    ...(facts.excerptOf ? [{ id: 'excerpt' as const, heading: true }] : []),
    ...facts.additions.map((id) => ({ id, heading: id !== 'status-legend' })),
    ...(facts.related.length > 0 ? [{ id: 'related' as const, heading: true }] : []),
    ...(facts.people.length > 0 ? [{ id: 'people' as const, heading: true }] : []),
    ...(notes.length > 0 ? [{ id: 'hindsight' as const, heading: true }] : []),
    { id: 'referenced-from', heading: true },
    ...(facts.section === 'about' ? [] : [{ id: 'cite' as const, heading: true }]),
  ];
}

/** The title of an added section in a language. */
export function addedTitle(id: AddedSection['id'], t: Dictionary, excerptHome?: string): string {
  switch (id) {
    case 'excerpt': return t.excerpt.title(excerptHome ?? '');
    case 'entry-points': return t.homePage.entryPoints;
    case 'status-table': return t.homePage.statusTable;
    case 'then-and-now': return t.thenAndNow.heading;
    case 'status-legend': return t.status.legendTitle;
    case 'related': return t.related.title;
    case 'people': return t.people.title;
    case 'hindsight': return t.hindsight.title;
    case 'referenced-from': return t.referencedFrom.title;
    case 'cite': return t.cite.title;
  }
}

const heading2 = (slug: string, text: string): TocEntry => ({ depth: 2, slug, text });

/** The pages the site builds from its data, with their contents and anchors in both languages. */
function generatedPages(people: Person[], glossary: GlossaryEntry[], timelineVersions: string[]): GeneratedPage[] {
  const page = (id: string, kind: Exclude<GeneratedPage['kind'], 'parallel' | 'full'>, title: Localized, description: Localized, toc: (t: Dictionary, lang: Lang) => TocEntry[], extra: Partial<GeneratedPage> = {}): GeneratedPage => {
    const tocs = { ja: toc(useTranslations('ja'), 'ja'), en: toc(useTranslations('en'), 'en') };
    return {
      id, kind, route: kind === 'not-found' ? '/404.html' : routeOf(id), title, description, navTitle: title, group: 'reference',
      filter: kind === 'person' ? 'people' : kind === 'not-found' || kind === 'offline' ? 'search' : kind,
      search: { indexed: kind !== 'search' && kind !== 'not-found' && kind !== 'offline', weight: 0.1 }, listed: kind === 'glossary' || kind === 'people' || kind === 'timeline', toc: tocs,
      anchors: new Set(tocs.ja.map((e) => e.slug)), ...extra,
    };
  };
  const referencedFrom = (t: Dictionary) => heading2('referenced-from', t.referencedFrom.title);
  const glossaryPage = page('glossary', 'glossary', both((t) => t.glossary.title), both((t) => t.glossary.description), (t) => [
    heading2('terms', t.glossary.terms), heading2('organisations', t.glossary.organisations), referencedFrom(t),
  ]);
  for (const entry of glossary) glossaryPage.anchors.add(entry.id);
  return [
    glossaryPage,
    page('people', 'people', both((t) => t.people.indexTitle), both((t) => t.people.indexDescription), (t) => [referencedFrom(t)]),
    page('timeline', 'timeline', both((t) => t.timeline.title), both((t) => t.timeline.description), (t) => [
      heading2('symposium', t.timeline.symposium), heading2('versions', t.timeline.versions),
      ...timelineVersions.map((v) => ({ depth: 3, slug: versionAnchor(v), text: `Linux ${v}` })),
      heading2('other-outcomes', t.timeline.noVersion), referencedFrom(t),
    ]),
    page('search', 'search', both((t) => t.sections.search), both((t) => t.search.pageIntro), () => []),
    page('404', 'not-found', both((t) => t.notFound.title), both((t) => t.notFound.description), () => []),
    page('offline', 'offline', both((t) => t.offline.title), both((t) => t.offline.description), () => []),
    ...people.map((person) => page(`people/${person.id}`, 'person', person.name, {
      ja: useTranslations('ja').people.personDescription(person.name.ja, person.role.ja),
      en: useTranslations('en').people.personDescription(person.name.en, person.role.en),
    }, (t) => [heading2('role', t.people.role), heading2('appearances', t.people.appearances)], { person })),
  ];
}

/** The whole report on one page, /full/: every page that holds report text, in order, each as a section; not searched, so each sentence keeps one home there. */
function fullReportPage(pages: ReportPage[]): GeneratedPage {
  const sections = (lang: Lang) => pages.map((p) => ({ depth: 2, slug: sectionAnchor(p.id), text: p.title[lang] }));
  const shared = sharedIds(pages.map((p) => p.text.ja.headings.map((h) => h.slug)));
  const title = both((t) => t.full.title);
  return {
    id: 'full', kind: 'full', route: '/full/', title, description: both((t) => t.full.description), navTitle: both((t) => t.full.navLabel),
    group: 'reference', filter: 'search', search: { indexed: false, weight: 0 }, listed: true, toc: { ja: sections('ja'), en: sections('en') },
    anchors: new Set([...sections('ja').map((e) => e.slug), ...pages.flatMap((p) => [...p.text.ja.headings.map((h) => h.slug).filter((id) => !shared.has(id)), ...p.text.ja.blocks])]),
    parts: pages,
  };
}

/** The parallel edition of a report page, /parallel/<its path>: both languages side by side, paragraph by paragraph, not searched. */
function parallelPage(page: ReportPage): GeneratedPage {
  const title = { ja: useTranslations('ja').parallel.title(page.title.ja), en: useTranslations('en').parallel.title(page.title.en) };
  const toc = { ja: page.text.ja.headings.map(({ depth, slug, text }) => ({ depth, slug, text })), en: page.text.en.headings.map(({ depth, slug, text }) => ({ depth, slug, text })) };
  return {
    id: page.id === 'index' ? 'parallel' : `parallel/${page.id}`, kind: 'parallel', route: parallelRouteOf(page.route), of: page,
    title, description: page.description, navTitle: title, group: page.group, filter: page.filter, search: { indexed: false, weight: 0 }, listed: false, toc,
    anchors: new Set([...toc.ja.map((e) => e.slug), ...page.text.ja.blocks]),
  };
}

/**
 * Joins pages.yaml, the MDX texts of both languages and the data files into the site, and checks
 * every rule: each entry against its schema, then every rule that spans files (a text for each
 * page in each language, known and mutual related subsystems, people listed and linked, the same
 * headings and paragraphs in both languages, links to pages and anchors that exist, known terms).
 * Throws one ContentError listing every problem found.
 */
export function buildSite(input: SiteInput): SiteModel {
  const problems: ContentProblem[] = [];
  const facts = valid(input.facts, problems).sort(readingOrder);
  const people = valid(input.people, problems);
  const glossary = valid(input.glossary, problems);
  const hindsight = valid(input.hindsight, problems);
  const timelineEntries = valid(input.timeline, problems);
  for (const text of input.texts) problems.push(...text.body.problems);
  const textValues = new Map<string, PageText>();
  for (const text of input.texts) {
    const [value] = valid([text], problems);
    if (value) textValues.set(`${text.lang}/${text.id}`, { ...value, ...text.body, file: text.file });
  }

  // Ids that exist, valid or not, so that one mistake is reported once rather than at every reference to it.
  const factIds = new Set(input.facts.map((f) => f.id));
  const peopleIds = new Set(input.people.map((p) => p.id));
  const glossaryIds = new Set(input.glossary.map((g) => g.id));
  const where = (id: string) => ({ file: PAGES_FILE, entry: id });

  for (const text of input.texts) {
    if (!factIds.has(text.id)) problems.push({ file: text.file, field: 'page id', found: `"${text.id}", which ${PAGES_FILE} does not list`, allowed: `a page listed in ${PAGES_FILE} (add an entry with id: ${text.id})` });
  }
  const subsystemSlugs = new Map(facts.filter((f) => f.section === 'subsystem').map((f) => [f.id.replace(/^subsystems\//, ''), f]));
  const positions = new Map<number, string>();
  for (const page of facts) {
    if (page.position !== undefined) {
      const clash = positions.get(page.position);
      if (clash) problems.push({ ...where(page.id), field: 'position', path: ['position'], found: `${page.position}, which is already the position of ${clash}`, allowed: 'a position no other page has' });
      positions.set(page.position, page.id);
    }
    page.related.forEach((slug, i) => {
      const other = subsystemSlugs.get(slug);
      const self = page.id.replace(/^subsystems\//, '');
      if (!other && factIds.has(`subsystems/${slug}`)) return;
      if (!other) problems.push({ ...where(page.id), field: `related[${i}]`, path: ['related', i], found: `"${slug}", which is not a subsystem`, allowed: `one of ${[...subsystemSlugs.keys()].join(', ')}` });
      else if (!other.related.includes(self)) problems.push({ ...where(page.id), field: `related[${i}]`, path: ['related', i], found: `"${slug}", but subsystems/${slug} does not list "${self}" back`, allowed: 'a relation stated on both pages' });
    });
    page.people.forEach((person, i) => {
      if (!peopleIds.has(person)) problems.push({ ...where(page.id), field: `people[${i}]`, path: ['people', i], found: `"${person}", who is not in content/people.yaml`, allowed: `one of ${[...peopleIds].join(', ')}` });
    });
    if (page.excerptOf && !factIds.has(page.excerptOf)) problems.push({ ...where(page.id), field: 'excerptOf', path: ['excerptOf'], found: `"${page.excerptOf}", which is not a page`, allowed: `a page id from ${PAGES_FILE}` });
  }

  const notesByPage = new Map<string, HindsightNote[]>();
  for (const note of hindsight) {
    note.pages.forEach((id, i) => {
      if (!factIds.has(id)) problems.push({ file: 'content/hindsight.yaml', entry: note.id, field: `pages[${i}]`, path: ['pages', i], found: `"${id}", which is not a page`, allowed: `a page id from ${PAGES_FILE}` });
      notesByPage.set(id, [...(notesByPage.get(id) ?? []), note]);
    });
  }
  for (const entry of timelineEntries) {
    if (!factIds.has(entry.page)) problems.push({ file: 'content/timeline.yaml', entry: entry.id, field: 'page', path: ['page'], found: `"${entry.page}", which is not a page`, allowed: `a page id from ${PAGES_FILE}` });
  }

  const reportPages: ReportPage[] = [];
  for (const page of facts) {
    const text = {} as Record<Lang, PageText>;
    for (const lang of LANGS) {
      const value = textValues.get(`${lang}/${page.id}`);
      if (value) text[lang] = value;
      else if (!input.texts.some((t) => t.lang === lang && t.id === page.id)) {
        problems.push({ file: textFile(page.id, lang), field: 'file', found: 'no such file', allowed: `a page in every language, since ${PAGES_FILE} lists "${page.id}"` });
      }
    }
    if (!text.ja || !text.en) continue;
    const { id, ...rest } = page;
    const added = addedSections(page, notesByPage.get(id) ?? []);
    const toc = {} as Record<Lang, TocEntry[]>;
    for (const lang of LANGS) {
      const t = useTranslations(lang);
      const home = page.excerptOf ? textValues.get(`${lang}/${page.excerptOf}`)?.title : undefined;
      toc[lang] = [...text[lang].headings.map(({ depth, slug, text: title }) => ({ depth, slug, text: title })), ...added.filter((a) => a.heading).map((a) => heading2(a.id, addedTitle(a.id, t, home)))];
    }
    const notes = notesByPage.get(id) ?? [];
    reportPages.push({
      id, ...rest, kind: page.section === 'about' ? 'about' : 'report', route: routeOf(id), text, added, toc,
      title: { ja: text.ja.title, en: text.en.title },
      description: { ja: text.ja.description, en: text.en.description },
      navTitle: { ja: text.ja.navTitle ?? text.ja.title, en: text.en.navTitle ?? text.en.title },
      group: GROUP_OF[page.section], filter: page.section,
      search: { indexed: true, weight: 1 },
      listed: true,
      anchors: new Set([...text.ja.headings.map((h) => h.slug), ...text.ja.blocks, ...added.filter((a) => a.heading).map((a) => a.id), ...notes.map((n) => `hindsight-${n.id}`)]),
    });
  }

  const versions = [...new Set([...timelineEntries.map((e) => e.version), ...hindsight.map((n) => n.version)].filter((v) => v !== undefined))].sort(compareVersions);
  const reading = reportPages.filter((p) => p.kind === 'report');
  const generated = [
    fullReportPage(reading.filter((p) => !p.excerptOf)),
    ...generatedPages(people, glossary, versions),
    ...reading.map(parallelPage),
  ];
  const about = reportPages.filter((p) => p.kind === 'about');
  const pages: Page[] = [...reportPages.filter((p) => p.kind === 'report'), ...generated.filter((p) => p.listed), ...about, ...generated.filter((p) => !p.listed)];
  const byRoute = new Map(pages.map((p) => [p.route, p]));

  for (const text of input.texts) checkBody(text, byRoute, factIds, glossaryIds, problems);
  for (const page of reportPages) checkReportPage(page, byRoute, peopleIds, problems);

  if (problems.length > 0) throw new ContentError(problems);
  return {
    pages, people, glossary, hindsight, timeline: timelineEntries, byRoute, notesByPage,
    glossaryById: new Map(glossary.map((entry) => [entry.id, entry])),
    reading,
    nav: groupPages(pages.filter((p) => p.listed)),
    backlinks: { ja: backlinkIndex(reportPages, 'ja'), en: backlinkIndex(reportPages, 'en') },
    termUses: { ja: termIndex(reportPages, 'ja'), en: termIndex(reportPages, 'en') },
  };
}

/** The rules that span files, for one report page: its body's links, terms and people, and the same structure in both languages. */
/** The links and terms of one MDX body, checked against every page, anchor and glossary entry; for every file, whatever else is wrong with its page. */
function checkBody(text: TextInput, byRoute: Map<string, Page>, factIds: Set<string>, glossaryIds: Set<string>, problems: ContentProblem[]): void {
  for (const link of text.body.links) {
    if (/^(https?:|mailto:)/.test(link.route)) continue;
    const field = `link "${link.route}${link.hash ? `#${link.hash}` : ''}"`;
    const target = byRoute.get(link.route);
    const id = idOfRoute(link.route);
    // A page whose own entry is broken is reported there, not at every link to it.
    if (!target && id && factIds.has(id)) continue;
    if (!target) {
      problems.push({ file: text.file, line: link.line, field, found: 'a page that does not exist', allowed: id ? `a page of the site (no page "${id}" in ${PAGES_FILE})` : 'a page of the site' });
    } else if (link.hash && !target.anchors.has(link.hash)) {
      const headings = target.toc[text.lang].map((e) => e.slug).slice(0, 12);
      problems.push({ file: text.file, line: link.line, field, found: `no anchor #${link.hash} on ${link.route}`, allowed: `an anchor of that page: ${headings.map((h) => `#${h}`).join(', ')}${target.anchors.size > headings.length ? ', or a paragraph id' : ''}` });
    }
  }
  for (const term of text.body.terms) {
    if (!glossaryIds.has(term.id)) problems.push({ file: text.file, line: term.line, field: `<Term id="${term.id}">`, found: 'an id that content/glossary.yaml does not have', allowed: 'the id of a glossary entry (add the entry to content/glossary.yaml)' });
  }
}

/** The rules of one report page that span its files: the same structure in both languages, its people, its excerpt, its added sections. */
function checkReportPage(page: ReportPage, byRoute: Map<string, Page>, peopleIds: Set<string>, problems: ContentProblem[]): void {
  const home = page.excerptOf ? byRoute.get(routeOf(page.excerptOf)) : undefined;
  const { ja, en } = page.text;
  const headingList = (t: PageText) => t.headings.map((h) => `${'#'.repeat(h.depth)} ${h.slug}`).join(', ') || 'none';
  // A heading without an id is reported where it stands; comparing the languages then would only repeat it.
  const comparable = !problems.some((p) => (p.file === ja.file || p.file === en.file) && p.field.startsWith('heading'));
  if (comparable && headingList(ja) !== headingList(en)) {
    problems.push({ file: en.file, field: 'headings', found: `[${headingList(en)}]`, allowed: `the headings of ${ja.file}: [${headingList(ja)}] (same ids, levels and order)` });
  }
  if (ja.blocks.join() !== en.blocks.join()) {
    problems.push({ file: en.file, field: 'paragraphs', found: `${en.blocks.length} paragraphs, list items and quotes`, allowed: `as many as ${ja.file} (${ja.blocks.length}), in the same order, so each has the same id in both languages` });
  }
  const added = new Set<string>(page.added.filter((a) => a.heading).map((a) => a.id));
  for (const lang of LANGS) {
    const text = page.text[lang];
    if (page.excerptOf && (text.blocks.length > 0 || text.headings.length > 0)) {
      problems.push({ file: text.file, field: 'body', found: `${text.blocks.length} paragraphs and ${text.headings.length} headings`, allowed: `frontmatter only: the page shows ${page.excerptOf} as an excerpt (excerptOf in ${PAGES_FILE})` });
    }
    for (const heading of text.headings) {
      if (added.has(heading.slug)) problems.push({ file: text.file, line: heading.line, field: 'heading id', found: `"${heading.slug}", the id of a section the layout adds to this page`, allowed: `any id but ${[...added].join(', ')}` });
    }
    const linkedIn = home && home.kind !== 'about' && 'text' in home ? home.text[lang] : text;
    const linked = new Set(linkedIn.links.map((l) => /^\/people\/([a-z0-9-]+)\/$/.exec(l.route)?.[1]).filter((p) => p !== undefined));
    for (const person of page.people) {
      if (!linked.has(person)) problems.push({ file: linkedIn.file, field: 'people', found: `no link to "${person}", whom ${PAGES_FILE} lists for ${page.id}`, allowed: `a link to the person in the body: [name](/people/${person}/)` });
    }
    for (const person of linked) {
      if (peopleIds.has(person) && !page.people.includes(person)) problems.push({ file: PAGES_FILE, entry: page.id, field: 'people', path: ['people'], found: `no "${person}", whom ${text.file} links`, allowed: `the people the body links: add ${person}` });
    }
  }
}

/** Per route, the report pages that link to it, one entry per linking page. */
function backlinkIndex(pages: ReportPage[], lang: Lang): Map<string, Backlink[]> {
  const index = new Map<string, Backlink[]>();
  for (const page of pages) {
    const seen = new Set<string>();
    for (const link of page.text[lang].links) {
      if (link.route === page.route || seen.has(link.route)) continue;
      seen.add(link.route);
      index.set(link.route, [...(index.get(link.route) ?? []), { from: page, text: link.text, sentence: link.sentence, section: link.section, block: link.block }]);
    }
  }
  return index;
}

/** Per glossary id, the report pages whose body uses the term, in reading order. */
function termIndex(pages: ReportPage[], lang: Lang): Map<string, ReportPage[]> {
  const index = new Map<string, ReportPage[]>();
  for (const page of pages) {
    for (const id of new Set(page.text[lang].terms.map((t) => t.id))) index.set(id, [...(index.get(id) ?? []), page]);
  }
  return index;
}

export function isReportPage(page: Page | undefined): page is ReportPage {
  return page?.kind === 'report' || page?.kind === 'about';
}

/** The page at a language-neutral route. */
export function pageAt(site: SiteModel, route: string): Page | undefined {
  return site.byRoute.get(route);
}

/** The report page with an id from pages.yaml. */
export function pageById(site: SiteModel, id: string): ReportPage {
  const page = site.byRoute.get(routeOf(id));
  if (!isReportPage(page)) throw new Error(`no page "${id}" in ${PAGES_FILE}`);
  return page;
}

export function reportPages(site: SiteModel): ReportPage[] {
  return site.pages.filter(isReportPage);
}

/** The report pages a reader pages through with previous/next, in report order. */
export function readingPages(site: SiteModel): ReportPage[] {
  return site.reading;
}

export function subsystemPages(site: SiteModel): ReportPage[] {
  return reportPages(site).filter((p) => p.section === 'subsystem');
}

/** The previous and next report pages, in the order of the report. */
export function neighbours(site: SiteModel, route: string): { prev?: ReportPage | undefined; next?: ReportPage | undefined } {
  const order = readingPages(site);
  const at = order.findIndex((p) => p.route === route);
  if (at < 0) return {};
  return { prev: order[at - 1], next: order[at + 1] };
}

export interface NavGroup {
  key: NavGroupKey;
  pages: Page[];
}

/** The listed pages in navigation groups, in report order, the reference pages last. */
export function navGroups(site: SiteModel): NavGroup[] {
  return site.nav;
}

function groupPages(pages: Page[]): NavGroup[] {
  const groups: NavGroup[] = [];
  for (const page of pages) {
    const group = groups.find((g) => g.key === page.group);
    if (group) group.pages.push(page);
    else groups.push({ key: page.group, pages: [page] });
  }
  return groups;
}

/** The values of the search's section filter: those of the indexed pages, in the order of the site. */
export function searchFilters(site: SiteModel): PageCommon['filter'][] {
  return [...new Set(site.pages.filter((p) => p.search.indexed).map((p) => p.filter))];
}

/** The pages a reader starts from on the home page and the 404 page: every listed page but the home page and the subsystems. */
export function entryPoints(site: SiteModel): Page[] {
  return site.pages.filter((p) => p.listed && p.route !== '/' && !(isReportPage(p) && p.section === 'subsystem'));
}

/** The chain of pages above a page, for breadcrumbs: subsystems sit under the roadmap, person pages under people. */
export function ancestors(site: SiteModel, page: Page): Page[] {
  if (page.route === '/') return [];
  const home = site.byRoute.get('/');
  if (page.kind === 'parallel' && page.of) return [...ancestors(site, page.of), page.of];
  const parent = isReportPage(page) && page.section === 'subsystem' ? site.byRoute.get('/roadmap/') : page.kind === 'person' ? site.byRoute.get('/people/') : undefined;
  return [home, parent].filter((p): p is Page => p !== undefined);
}

/** Every report page that links to a route in one language, one entry per linking page. */
export function backlinksTo(site: SiteModel, route: string, lang: Lang): Backlink[] {
  return site.backlinks[lang].get(route) ?? [];
}

/** The report pages whose body uses a glossary term, in reading order. */
export function pagesUsingTerm(site: SiteModel, termId: string, lang: Lang): ReportPage[] {
  return site.termUses[lang].get(termId) ?? [];
}

/** The hindsight notes that belong to a page. */
export function hindsightFor(site: SiteModel, id: string): HindsightNote[] {
  return site.notesByPage.get(id) ?? [];
}

/** Where a person appears: every page whose body links them, with the sentence. */
export function appearancesOf(site: SiteModel, personId: string, lang: Lang): Backlink[] {
  return backlinksTo(site, `/people/${personId}/`, lang);
}

/** An entry of the timeline: a fact or outlook the report states, or what happened later. */
export type TimelineItem =
  | { kind: 'event' | 'said'; id: string; date?: string | undefined; page: ReportPage; text: Localized }
  | { kind: 'outcome'; id: string; date?: string | undefined; page: ReportPage; note: HindsightNote };

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
