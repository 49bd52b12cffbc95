// A small, valid site input for the site-model tests; each test breaks one thing.
import type { Lang } from '../../src/lib/i18n-core.ts';
import type { BodyFindings, BodyLink, EntryInput, GlossaryEntry, HindsightNote, Person, SiteInput, TextInput, TimelineEntry } from '../../src/lib/site-model.ts';
import type { PageFactsData } from '../../src/schemas/page-facts.ts';
import type { PageTextData } from '../../src/schemas/page-text.ts';

/** A data-file entry that passed its schema. */
export function entry<T extends { id: string }>(file: string, value: T): EntryInput<T> {
  return { file, id: value.id, checked: { ok: true, value } };
}

export function link(route: string, hash = '', section = '', block = ''): BodyLink {
  return { route, hash, text: `link to ${route}`, sentence: `A sentence with a link to ${route}.`, section, block, line: 3 };
}

type TextExtra = Partial<PageTextData> & Partial<BodyFindings>;

/** One language's MDX file of a page: frontmatter that passed its schema, and what the remark plugin found in its body. */
export function text(id: string, lang: Lang, extra: TextExtra = {}): TextInput {
  const { headings = [], blocks = [], links = [], terms = [], problems = [], ...frontmatter } = extra;
  return {
    file: `content/${lang}/${id}.mdx`,
    id,
    lang,
    checked: { ok: true, value: { title: `${id} (${lang})`, description: `The description of ${id} in ${lang}, long enough for a meta description.`, ...frontmatter } },
    body: { headings, blocks, links, terms, problems },
  };
}

/** Both languages of a page with the same body. */
export function texts(id: string, extra: TextExtra = {}): TextInput[] {
  return [text(id, 'ja', extra), text(id, 'en', extra)];
}

export function note(id: string, pages: string[], extra: Partial<HindsightNote> = {}): HindsightNote {
  return {
    id,
    pages,
    topic: { ja: id, en: id },
    outlook: { ja: '見通し', en: 'outlook' },
    outcome: { ja: '結果', en: 'outcome' },
    sources: ['https://kernelnewbies.org/Linux_2_6_20'],
    checked: 'verified',
    ...extra,
  };
}

export function said(id: string, page: string, extra: Partial<TimelineEntry> = {}): TimelineEntry {
  return { id, kind: 'said', page, text: { ja: id, en: id }, ...extra };
}

const page = (id: string, section: PageFactsData['section'], extra: Partial<PageFactsData> = {}): PageFactsData => ({ id, section, related: [], people: [], additions: [], ...extra });

/** Facts deliberately out of reading order, to show that buildSite sorts them. */
export function facts(): PageFactsData[] {
  return [
    page('about', 'about'),
    page('subsystems/kevent', 'subsystem', { position: 2, status: 'stalled', related: ['aio'] }),
    page('qa', 'qa', { people: ['andrew-morton'] }),
    page('subsystems/aio', 'subsystem', { position: 1, status: 'stalled', related: ['kevent'] }),
    page('index', 'overview', { additions: ['entry-points', 'status-table'] }),
    page('process', 'process', { people: ['andrew-morton'] }),
    page('roadmap', 'roadmap'),
    page('keynote', 'keynote'),
  ];
}

export const glossary: GlossaryEntry[] = [
  { id: 'aio', kind: 'term', term: { ja: '非同期IO', en: 'AIO' }, definition: { ja: '定義', en: 'definition' } },
  { id: 'futex', kind: 'term', term: { ja: 'futex', en: 'futex' }, definition: { ja: '定義', en: 'definition' } },
];

export const people: Person[] = [{ id: 'andrew-morton', name: { ja: 'Andrew Morton', en: 'Andrew Morton' }, role: { ja: 'メインテナー', en: 'maintainer' } }];

export function validInput(): SiteInput {
  return {
    facts: facts().map((f) => entry('content/pages.yaml', f)),
    texts: [
      ...texts('index', { links: [link('/roadmap/'), link('/subsystems/aio/')], blocks: ['home-p1'] }),
      ...texts('keynote', { blocks: ['keynote-p1'] }),
      ...texts('roadmap', { links: [link('/subsystems/aio/'), link('/subsystems/kevent/'), link('/subsystems/aio/', 'syslets')] }),
      ...texts('subsystems/aio', {
        headings: [{ depth: 2, slug: 'stagnation', text: 'Stagnation' }, { depth: 3, slug: 'syslets', text: 'Syslets' }],
        blocks: ['aio-p1', 'aio-p2'],
        links: [link('/subsystems/aio/', 'syslets', 'stagnation', 'aio-p1')],
        terms: [{ id: 'aio' }],
      }),
      text('subsystems/kevent', 'ja', { links: [link('/subsystems/aio/', '', 'background', 'kevent-p1')], terms: [{ id: 'aio' }, { id: 'futex' }] }),
      text('subsystems/kevent', 'en', { terms: [{ id: 'futex' }] }),
      ...texts('process', { links: [link('/people/andrew-morton/'), link('/qa/')], headings: [{ depth: 2, slug: 'regression-testing', text: 'Regression testing' }] }),
      ...texts('qa', { links: [link('/people/andrew-morton/'), link('/process/', 'regression-testing')], terms: [{ id: 'futex' }] }),
      ...texts('about', { links: [link('https://example.org/'), link('/glossary/', 'futex'), link('/timeline/', 'linux-2-6-20')] }),
    ],
    people: people.map((p) => entry('content/people.yaml', p)),
    glossary: glossary.map((g) => entry('content/glossary.yaml', g)),
    hindsight: [note('syslets', ['subsystems/aio'], { version: '2.6.20' }), note('rsdl', ['qa', 'process'])].map((n) => entry('content/hindsight.yaml', n)),
    timeline: [],
  };
}

/** The input with one page's facts changed. */
export function withFacts(input: SiteInput, id: string, change: Partial<PageFactsData>): SiteInput {
  return { ...input, facts: input.facts.map((f) => (f.id === id && f.checked.ok ? { ...f, checked: { ok: true, value: { ...f.checked.value, ...change } } } : f)) };
}

/** The input with what one language's body holds changed. */
export function withBody(input: SiteInput, id: string, lang: Lang, change: (body: BodyFindings) => Partial<BodyFindings>): SiteInput {
  return { ...input, texts: input.texts.map((t) => (t.id === id && t.lang === lang ? { ...t, body: { ...t.body, ...change(t.body) } } : t)) };
}
