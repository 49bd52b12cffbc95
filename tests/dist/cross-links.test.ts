import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { LANGS, PEOPLE, REPORT_ROUTES, SUBSYSTEMS, addedSection, assertBuilt, internalLinks, page, pathOf, reportSection, reportText } from '../support/dist.ts';

before(() => assertBuilt());

const sub = (slug: string) => `/subsystems/${slug}/`;

/** The cross-links the site's design brief (its information architecture) requires, each in both directions: this list is the project's record of them. */
const REQUIRED_PAIRS: [string, string][] = [
  [sub('hardware-virtualization'), sub('os-virtualization')],
  [sub('os-virtualization'), sub('containerization')],
  [sub('hardware-virtualization'), sub('containerization')],
  [sub('containerization'), sub('memory-management')],
  [sub('memory-management'), sub('page-replacement')],
  [sub('aio'), sub('kevent')],
  [sub('aio'), sub('filesystems')],
  [sub('utrace'), sub('kprobes')],
  [sub('realtime'), sub('cpu-scheduler')],
  [sub('cpu-scheduler'), '/qa/'],
  ['/qa/', '/process/'],
];

/**
 * Of those required cross-links, the ones the report's own sentences carry as body links
 * (read from content/ja/*.mdx): source page → targets linked inside section.report.
 * Every other required cross-link lives in the "related" section only.
 */
const BODY_CROSS_LINKS: Record<string, string[]> = {
  [sub('os-virtualization')]: [sub('containerization')],
  [sub('containerization')]: [sub('os-virtualization'), sub('memory-management')],
  [sub('memory-management')]: [sub('containerization'), sub('page-replacement')],
  [sub('aio')]: [sub('filesystems')],
  [sub('kevent')]: [sub('aio')],
  [sub('utrace')]: [sub('kprobes')],
  [sub('kprobes')]: [sub('utrace')],
  '/qa/': [sub('cpu-scheduler'), '/process/'],
  '/process/': ['/qa/'],
};

/** Language-neutral routes linked from the report body, and from the "related" section and the excerpt box of a page. */
function crossLinkRoutes(route: string, lang: (typeof LANGS)[number]) {
  const dom = page(pathOf(route, lang));
  return {
    body: new Set(internalLinks(reportSection(dom)).map((l) => l.route)),
    related: new Set([...internalLinks(addedSection(dom, 'related')), ...internalLinks(addedSection(dom, 'excerpt'))].map((l) => l.route)),
  };
}

describe('cross-links of the information architecture', () => {
  it('the RSDL page, whose passage lives on /qa/, links there from its excerpt', () => {
    for (const lang of LANGS) assert.ok(internalLinks(addedSection(page(pathOf(sub('cpu-scheduler'), lang)), 'excerpt')).some((l) => l.route === '/qa/'), lang);
  });
  for (const lang of LANGS) {
    for (const [a, b] of REQUIRED_PAIRS) {
      for (const [from, to] of [[a, b], [b, a]] as const) {
        it(`${lang}: ${from} links to ${to}`, () => {
          const { body, related } = crossLinkRoutes(from, lang);
          assert.ok(body.has(to) || related.has(to), `no link to ${to} in the report or the related section of ${pathOf(from, lang)}`);
        });
      }
    }
  }
});

describe('body-text cross-links', () => {
  const sources = [...new Set(REQUIRED_PAIRS.flat())];
  for (const lang of LANGS) {
    for (const from of sources) {
      it(`${lang}: the report body of ${from} carries exactly the expected required cross-links`, () => {
        const { body } = crossLinkRoutes(from, lang);
        const required = new Set(REQUIRED_PAIRS.flatMap(([a, b]) => (a === from ? [b] : b === from ? [a] : [])));
        const found = [...required].filter((to) => body.has(to)).sort();
        assert.deepEqual(found, [...(BODY_CROSS_LINKS[from] ?? [])].sort());
      });
    }
  }
});

describe('every subsystem page links back to the roadmap', () => {
  for (const lang of LANGS) {
    for (const slug of SUBSYSTEMS) {
      it(`${lang}: ${slug}`, () => {
        const { body, related } = crossLinkRoutes(sub(slug), lang);
        assert.ok(body.has('/roadmap/') || related.has('/roadmap/'), pathOf(sub(slug), lang));
      });
    }
  }
});

/** How each person is named in the report's text, by language. */
const NAMES: Record<(typeof PEOPLE)[number], Record<'ja' | 'en', RegExp>> = {
  'andrew-morton': { ja: /Morton/, en: /Morton/ },
  'jim-zemlin': { ja: /Zemlin/, en: /Zemlin/ },
  'takashi-kunai': { ja: /工内/, en: /Kunai/ },
  'mel-gorman': { ja: /Gorman/, en: /Gorman/ },
  'roland-mcgrath': { ja: /McGrath/, en: /McGrath/ },
  'ingo-molnar': { ja: /Molnar/, en: /Molnar/ },
  'con-kolivas': { ja: /Kolivas/, en: /Kolivas/ },
};

describe('people named in a report are linked to their page', () => {
  for (const lang of LANGS) {
    for (const route of REPORT_ROUTES) {
      it(`${lang}: ${route}`, () => {
        const path = pathOf(route, lang);
        const text = reportText(path);
        const linked = new Set(internalLinks(reportSection(page(path))).map((l) => l.route));
        const named = PEOPLE.filter((id) => NAMES[id][lang].test(text));
        const unlinked = named.filter((id) => !linked.has(`/people/${id}/`));
        assert.deepEqual(unlinked, [], `${path} names ${unlinked.join(', ')} without linking them`);
      });
    }
  }
  it('finds the names it looks for (the check is not vacuous)', () => {
    assert.ok(NAMES['andrew-morton'].ja.test(reportText('/process/')));
    assert.ok(NAMES['takashi-kunai'].en.test(reportText('/en/keynote/')));
  });
});
