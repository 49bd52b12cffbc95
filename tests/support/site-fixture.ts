// A small, valid site input for the site-model tests; each test breaks one thing.
import type { BodyLink, GlossaryEntry, HindsightNote, PageFactsInput, PageTextInput, SiteInput, TimelineInput } from '../../src/lib/site-model.ts';
import type { Lang } from '../../src/lib/i18n-core.ts';

export function link(route: string, hash = '', section = ''): BodyLink {
  return { route, hash, text: `link to ${route}`, sentence: `A sentence with a link to ${route}.`, section };
}

export function text(id: string, lang: Lang, extra: Partial<PageTextInput> = {}): PageTextInput {
  return {
    id,
    lang,
    filePath: `content/${lang}/${id}.mdx`,
    title: `${id} (${lang})`,
    description: `The description of ${id} in ${lang}, long enough for a meta description.`,
    headings: [],
    links: [],
    terms: [],
    ...extra,
  };
}

/** Both languages of a page with the same body links, headings and terms. */
export function texts(id: string, extra: Partial<PageTextInput> = {}): PageTextInput[] {
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

export function said(id: string, page: string, extra: Partial<TimelineInput> = {}): TimelineInput {
  return { id, kind: 'said', page, text: { ja: id, en: id }, ...extra };
}

/** Facts deliberately out of reading order, to show that buildSite sorts them. */
export function facts(): PageFactsInput[] {
  return [
    { id: 'about', section: 'about', related: [], people: [] },
    { id: 'subsystems/kevent', section: 'subsystem', position: 2, status: 'stalled', related: ['aio'], people: [] },
    { id: 'qa', section: 'qa', related: [], people: ['andrew-morton'] },
    { id: 'subsystems/aio', section: 'subsystem', position: 1, status: 'stalled', related: ['kevent'], people: [] },
    { id: 'index', section: 'overview', related: [], people: [] },
    { id: 'process', section: 'process', related: [], people: ['andrew-morton'] },
    { id: 'roadmap', section: 'roadmap', related: [], people: [] },
    { id: 'keynote', section: 'keynote', related: [], people: [] },
  ];
}

export const glossary: GlossaryEntry[] = [
  { id: 'aio', kind: 'term', term: { ja: '非同期IO', en: 'AIO' }, definition: { ja: '定義', en: 'definition' } },
  { id: 'futex', kind: 'term', term: { ja: 'futex', en: 'futex' }, definition: { ja: '定義', en: 'definition' } },
];

export function validInput(): SiteInput {
  return {
    facts: facts(),
    texts: [
      ...texts('index', { links: [link('/roadmap/'), link('/subsystems/aio/')] }),
      ...texts('keynote'),
      ...texts('roadmap', { links: [link('/subsystems/aio/'), link('/subsystems/kevent/'), link('/subsystems/aio/', 'syslets')] }),
      ...texts('subsystems/aio', {
        headings: [{ depth: 2, slug: 'stagnation', text: 'Stagnation' }, { depth: 3, slug: 'syslets', text: 'Syslets' }],
        links: [link('/subsystems/aio/', 'syslets', 'stagnation')],
        terms: ['aio'],
      }),
      text('subsystems/kevent', 'ja', { links: [link('/subsystems/aio/', '', 'background')], terms: ['aio', 'futex'] }),
      text('subsystems/kevent', 'en', { links: [], terms: ['futex'] }),
      ...texts('process', { links: [link('/people/andrew-morton/'), link('/qa/')] }),
      ...texts('qa', { links: [link('/people/andrew-morton/'), link('/process/', 'regression-testing')], terms: ['futex'] }),
      ...texts('about', { links: [link('https://example.org/')] }),
    ],
    people: [{ id: 'andrew-morton', name: { ja: 'Andrew Morton', en: 'Andrew Morton' }, role: { ja: 'メインテナー', en: 'maintainer' } }],
    glossary,
    hindsight: [note('syslets', ['subsystems/aio']), note('rsdl', ['qa', 'process'])],
    timeline: [],
  };
}
