import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { formatProblem } from '../../src/lib/problems.ts';
import {
  ContentError,
  ancestors,
  appearancesOf,
  backlinksTo,
  blockPrefix,
  buildSite,
  entryPoints,
  hindsightFor,
  navGroups,
  neighbours,
  pageAt,
  pageById,
  pagesUsingTerm,
  readingPages,
  subsystemPages,
  textFile,
  timeline,
  type SiteInput,
} from '../../src/lib/site-model.ts';
import { entry, link, note, said, text, validInput, withBody, withFacts } from '../support/site-fixture.ts';

/** Runs buildSite on a broken input and returns its problems, one line each. */
function problemsOf(input: SiteInput): string[] {
  let problems: string[] = [];
  assert.throws(() => buildSite(input), (error: unknown) => {
    assert.ok(error instanceof ContentError, `expected a ContentError, got ${String(error)}`);
    problems = error.problems.map(formatProblem);
    return true;
  });
  return problems;
}

describe('buildSite on valid content', () => {
  const site = buildSite(validInput());

  it('lists the report in reading order, then the reference pages, about, and the pages not listed', () => {
    assert.deepEqual(site.pages.map((p) => p.id), [
      'index', 'keynote', 'roadmap', 'subsystems/aio', 'subsystems/kevent', 'process', 'qa',
      'full', 'glossary', 'people', 'timeline', 'about', 'search', '404', 'offline', 'people/andrew-morton',
      'parallel', 'parallel/keynote', 'parallel/roadmap', 'parallel/subsystems/aio', 'parallel/subsystems/kevent', 'parallel/process', 'parallel/qa',
    ]);
  });
  it('gives each page its route, kind and text in both languages', () => {
    const aio = pageById(site, 'subsystems/aio');
    assert.equal(aio.route, '/subsystems/aio/');
    assert.equal(aio.kind, 'report');
    assert.equal(pageById(site, 'about').kind, 'about');
    assert.equal(aio.text.ja.file, 'content/ja/subsystems/aio.mdx');
    assert.equal(aio.text.en.title, 'subsystems/aio (en)');
    assert.equal(pageAt(site, '/people/andrew-morton/')?.kind, 'person');
    assert.equal(pageAt(site, '/404.html')?.kind, 'not-found');
  });
  it('knows every anchor a link may name: headings, paragraphs, added sections, glossary entries, versions', () => {
    const aio = pageById(site, 'subsystems/aio');
    for (const id of ['stagnation', 'syslets', 'aio-p1', 'aio-p2', 'related', 'hindsight', 'hindsight-syslets', 'referenced-from']) assert.ok(aio.anchors.has(id), id);
    assert.ok(pageAt(site, '/glossary/')?.anchors.has('futex'));
    assert.ok(pageAt(site, '/timeline/')?.anchors.has('linux-2-6-20'));
    assert.ok(pageAt(site, '/people/andrew-morton/')?.anchors.has('appearances'));
  });
  it('builds each page’s contents: its headings, then the sections the layout adds', () => {
    assert.deepEqual(pageById(site, 'index').toc.en.map((e) => e.slug), ['entry-points', 'status-table', 'referenced-from', 'cite']);
    assert.deepEqual(pageById(site, 'subsystems/aio').toc.ja.map((e) => `${e.depth}:${e.slug}`), ['2:stagnation', '3:syslets', '2:related', '2:hindsight', '2:referenced-from', '2:cite']);
    assert.deepEqual(pageById(site, 'about').toc.ja.map((e) => e.slug), ['referenced-from']);
    assert.equal(pageById(site, 'subsystems/aio').toc.en.find((e) => e.slug === 'related')?.text, 'Related subsystems');
    assert.deepEqual(pageAt(site, '/timeline/')?.toc.ja.map((e) => e.slug), ['symposium', 'versions', 'linux-2-6-20', 'other-outcomes', 'referenced-from']);
  });
  it('gives every report page a parallel edition under /parallel/, with its headings and paragraphs as anchors', () => {
    const parallel = pageAt(site, '/parallel/subsystems/aio/');
    assert.equal(parallel?.kind, 'parallel');
    assert.equal(parallel && 'of' in parallel ? parallel.of?.id : undefined, 'subsystems/aio');
    assert.deepEqual([...(parallel?.anchors ?? [])], ['stagnation', 'syslets', 'aio-p1', 'aio-p2']);
    assert.equal(parallel?.title.en, 'subsystems/aio (en) (bilingual)');
    assert.equal(pageAt(site, '/parallel/')?.search.indexed, false);
    assert.equal(pageAt(site, '/parallel/about/'), undefined);
  });
  it('weights what the site adds below the report in search, and leaves the search and 404 pages out', () => {
    assert.deepEqual(pageById(site, 'qa').search, { indexed: true, weight: 1 });
    assert.deepEqual(pageAt(site, '/glossary/')?.search, { indexed: true, weight: 0.1 });
    assert.equal(pageAt(site, '/search/')?.search.indexed, false);
    assert.equal(pageAt(site, '/404.html')?.search.indexed, false);
  });
  it('numbers paragraphs by the last part of the page id, the home page as home', () => {
    assert.equal(blockPrefix('subsystems/aio'), 'aio');
    assert.equal(blockPrefix('index'), 'home');
    assert.equal(blockPrefix('qa'), 'qa');
  });
});

describe('buildSite reports every problem with its file and field', () => {
  it('an entry that broke its schema names its file, entry and field', () => {
    const input = validInput();
    input.facts.push({ file: 'content/pages.yaml', id: 'subsystems/syslets', checked: { ok: false, issues: [{ path: ['related', 0], found: '"subsystems/aio"', allowed: 'a subsystem slug' }] } });
    assert.deepEqual(problemsOf(input), ['content/pages.yaml: subsystems/syslets → related[0]: found "subsystems/aio"; allowed: a subsystem slug']);
  });
  it('frontmatter that broke its schema names the MDX file and the field', () => {
    const input = validInput();
    input.texts[0] = { ...input.texts[0]!, checked: { ok: false, issues: [{ path: ['title'], found: 'missing', allowed: "the page's title (text)" }] } };
    assert.deepEqual(problemsOf(input), ["content/ja/index.mdx: title: missing; allowed: the page's title (text)"]);
  });
  it('one broken entry is reported once, not again at every link or relation to it', () => {
    const input = validInput();
    input.facts = input.facts.map((f) => (f.id === 'subsystems/kevent' ? { ...f, checked: { ok: false, issues: [{ path: ['status'], found: '"stuck"', allowed: 'one of …' }] } } : f));
    assert.deepEqual(problemsOf(input), ['content/pages.yaml: subsystems/kevent → status: found "stuck"; allowed: one of …']);
  });
  it('what the remark plugin found wrong in a body is reported with the rest', () => {
    const input = withBody(validInput(), 'qa', 'en', () => ({ problems: [{ file: 'content/en/qa.mdx', line: 4, field: 'heading id', found: 'heading "Tests" with no explicit id', allowed: 'an id' }] }));
    assert.deepEqual(problemsOf(input), ['content/en/qa.mdx:4: heading id: found heading "Tests" with no explicit id; allowed: an id']);
  });
  it('a page missing in one language names the file that should exist', () => {
    const input = validInput();
    input.texts = input.texts.filter((t) => !(t.id === 'keynote' && t.lang === 'en'));
    assert.deepEqual(problemsOf(input), ['content/en/keynote.mdx: file: found no such file; allowed: a page in every language, since content/pages.yaml lists "keynote"']);
  });
  it('an MDX file without a pages.yaml entry names its file', () => {
    const input = validInput();
    input.texts.push(text('subsystems/syslets', 'en'));
    assert.deepEqual(problemsOf(input), ['content/en/subsystems/syslets.mdx: page id: found "subsystems/syslets", which content/pages.yaml does not list; allowed: a page listed in content/pages.yaml (add an entry with id: subsystems/syslets)']);
  });
  it('an unknown related subsystem, or a page that is not one, lists the subsystems', () => {
    assert.deepEqual(problemsOf(withFacts(validInput(), 'subsystems/kevent', { related: ['aio', 'process'] })), [
      'content/pages.yaml: subsystems/kevent → related[1]: found "process", which is not a subsystem; allowed: one of aio, kevent',
    ]);
  });
  it('a relation stated on one side only names the side that states it', () => {
    assert.deepEqual(problemsOf(withFacts(validInput(), 'subsystems/kevent', { related: [] })), [
      'content/pages.yaml: subsystems/aio → related[0]: found "kevent", but subsystems/kevent does not list "aio" back; allowed: a relation stated on both pages',
    ]);
  });
  it('a duplicate position names both pages', () => {
    const problems = problemsOf(withFacts(validInput(), 'subsystems/kevent', { position: 1 }));
    assert.equal(problems.length, 1, problems.join('\n'));
    assert.match(problems[0]!, /^content\/pages\.yaml: subsystems\/(aio|kevent) → position: found 1, which is already the position of subsystems\/(aio|kevent); allowed: a position no other page has$/);
    assert.ok(problems[0]!.includes('subsystems/aio') && problems[0]!.includes('subsystems/kevent'));
  });
  it('people: unknown, listed but not linked, linked but not listed', () => {
    assert.match(problemsOf(withFacts(validInput(), 'keynote', { people: ['jim-zemlin'] })).join('\n'), /keynote → people\[0\]: found "jim-zemlin", who is not in content\/people\.yaml; allowed: one of andrew-morton/);
    assert.deepEqual(problemsOf(withFacts(validInput(), 'keynote', { people: ['andrew-morton'] })), [
      'content/ja/keynote.mdx: people: found no link to "andrew-morton", whom content/pages.yaml lists for keynote; allowed: a link to the person in the body: [name](/people/andrew-morton/)',
      'content/en/keynote.mdx: people: found no link to "andrew-morton", whom content/pages.yaml lists for keynote; allowed: a link to the person in the body: [name](/people/andrew-morton/)',
    ]);
    assert.deepEqual(problemsOf(withFacts(validInput(), 'qa', { people: [] })), [
      'content/pages.yaml: qa → people: found no "andrew-morton", whom content/ja/qa.mdx links; allowed: the people the body links: add andrew-morton',
      'content/pages.yaml: qa → people: found no "andrew-morton", whom content/en/qa.mdx links; allowed: the people the body links: add andrew-morton',
    ]);
  });
  it('different heading ids, levels or order between languages name the English file and list both', () => {
    for (const headings of [
      [{ depth: 2, slug: 'stagnation', text: '' }, { depth: 3, slug: 'syslet', text: '' }],
      [{ depth: 2, slug: 'stagnation', text: '' }, { depth: 2, slug: 'syslets', text: '' }],
      [{ depth: 2, slug: 'stagnation', text: '' }],
    ]) {
      const problems = problemsOf(withBody(validInput(), 'subsystems/aio', 'en', () => ({ headings })));
      assert.equal(problems.length, 1, problems.join('\n'));
      assert.match(problems[0]!, /^content\/en\/subsystems\/aio\.mdx: headings: found \[.*\]; allowed: the headings of content\/ja\/subsystems\/aio\.mdx: \[## stagnation, ### syslets\]/);
    }
  });
  it('heading texts may differ between languages; paragraph counts may not', () => {
    assert.doesNotThrow(() => buildSite(withBody(validInput(), 'subsystems/aio', 'ja', (b) => ({ headings: b.headings.map((h) => ({ ...h, text: `和文 ${h.text}` })) }))));
    assert.deepEqual(problemsOf(withBody(validInput(), 'subsystems/aio', 'en', () => ({ blocks: ['aio-p1'] }))), [
      'content/en/subsystems/aio.mdx: paragraphs: found 1 paragraphs, list items and quotes; allowed: as many as content/ja/subsystems/aio.mdx (2), in the same order, so each has the same id in both languages',
    ]);
  });
  it('a link to a page or an anchor that does not exist names the file, the line and the link', () => {
    const input = withBody(validInput(), 'qa', 'ja', (b) => ({ links: [...b.links, link('/subsystems/async-io/'), link('/process/', 'regression-tests'), link('/glossary/', 'futexes')] }));
    const problems = problemsOf(input);
    assert.equal(problems.length, 3, problems.join('\n'));
    assert.match(problems[0]!, /^content\/ja\/qa\.mdx:3: link "\/subsystems\/async-io\/": found a page that does not exist; allowed: a page of the site/);
    assert.match(problems[1]!, /^content\/ja\/qa\.mdx:3: link "\/process\/#regression-tests": found no anchor #regression-tests on \/process\/; allowed: an anchor of that page: #regression-testing/);
    assert.match(problems[2]!, /link "\/glossary\/#futexes": found no anchor #futexes on \/glossary\//);
  });
  it('a link to a paragraph, an added section, a glossary entry or a timeline version is fine', () => {
    assert.doesNotThrow(() => buildSite(withBody(validInput(), 'qa', 'en', (b) => ({ links: [...b.links, link('/subsystems/aio/', 'aio-p2'), link('/subsystems/aio/', 'hindsight'), link('/glossary/', 'aio'), link('/timeline/', 'linux-2-6-20'), link('/people/andrew-morton/', 'appearances')] }))));
  });
  it('an unknown <Term> names the file and the line', () => {
    assert.deepEqual(problemsOf(withBody(validInput(), 'subsystems/kevent', 'en', () => ({ terms: [{ id: 'futexes', line: 7 }] }))), [
      'content/en/subsystems/kevent.mdx:7: <Term id="futexes">: found an id that content/glossary.yaml does not have; allowed: the id of a glossary entry (add the entry to content/glossary.yaml)',
    ]);
  });
  it('a heading may not take the id of a section the layout adds to its page', () => {
    const input = withBody(validInput(), 'subsystems/aio', 'ja', () => ({ headings: [{ depth: 2, slug: 'related', text: '', line: 5 }, { depth: 3, slug: 'syslets', text: '' }] }));
    assert.ok(problemsOf(input).includes('content/ja/subsystems/aio.mdx:5: heading id: found "related", the id of a section the layout adds to this page; allowed: any id but related, hindsight, referenced-from, cite'));
  });
  it('an excerpt page has no body of its own and is checked against its home page’s links', () => {
    const excerpt = withFacts(validInput(), 'subsystems/kevent', { excerptOf: 'qa', people: ['andrew-morton'] });
    const bodyless = withBody(withBody(excerpt, 'subsystems/kevent', 'ja', () => ({ links: [], terms: [] })), 'subsystems/kevent', 'en', () => ({ terms: [] }));
    const site = buildSite(bodyless);
    assert.deepEqual(pageById(site, 'subsystems/kevent').toc.ja.map((e) => e.slug), ['excerpt', 'related', 'people', 'referenced-from', 'cite']);
    assert.equal(pageById(site, 'subsystems/kevent').toc.en[0]?.text, 'Excerpt from qa (en)');
    const withText = withBody(bodyless, 'subsystems/kevent', 'en', () => ({ blocks: ['kevent-p1'] }));
    assert.ok(problemsOf(withText).some((p) => p.startsWith('content/en/subsystems/kevent.mdx: body: found 1 paragraphs and 0 headings; allowed: frontmatter only')));
  });
  it('hindsight notes and timeline entries on unknown pages name their file, entry and field', () => {
    const input = validInput();
    input.hindsight.push(entry('content/hindsight.yaml', note('kevent', ['subsystems/kevents'])));
    input.timeline.push(entry('content/timeline.yaml', said('kprobe-2-6-22', 'subsystems/kprobes', { version: '2.6.22' })));
    assert.deepEqual(problemsOf(input), [
      'content/hindsight.yaml: kevent → pages[0]: found "subsystems/kevents", which is not a page; allowed: a page id from content/pages.yaml',
      'content/timeline.yaml: kprobe-2-6-22 → page: found "subsystems/kprobes", which is not a page; allowed: a page id from content/pages.yaml',
    ]);
  });
  it('reports every problem of every file at once', () => {
    let input = withFacts(validInput(), 'subsystems/kevent', { related: ['aio', 'syslets'], position: 1 });
    input = withBody(input, 'qa', 'ja', (b) => ({ links: [...b.links, link('/process/', 'nowhere')] }));
    input.texts = input.texts.filter((t) => !(t.id === 'keynote' && t.lang === 'en'));
    const problems = problemsOf(input);
    assert.equal(problems.length, 4, problems.join('\n'));
    assert.deepEqual(new Set(problems.map((p) => p.split(':')[0])), new Set(['content/pages.yaml', 'content/ja/qa.mdx', 'content/en/keynote.mdx']));
  });
});

describe('navigation', () => {
  const site = buildSite(validInput());

  it('readingPages leaves out about; subsystemPages keeps only subsystems', () => {
    assert.deepEqual(readingPages(site).map((p) => p.id), ['index', 'keynote', 'roadmap', 'subsystems/aio', 'subsystems/kevent', 'process', 'qa']);
    assert.deepEqual(subsystemPages(site).map((p) => p.id), ['subsystems/aio', 'subsystems/kevent']);
  });
  it('pageById throws for an unknown id; textFile names a page’s MDX file', () => {
    assert.throws(() => pageById(site, 'nowhere'), /no page "nowhere"/);
    assert.equal(textFile('subsystems/aio', 'en'), 'content/en/subsystems/aio.mdx');
  });
  it('neighbours follow the report; the ends have one side; other pages have none', () => {
    assert.deepEqual([neighbours(site, '/subsystems/aio/').prev?.id, neighbours(site, '/subsystems/aio/').next?.id], ['roadmap', 'subsystems/kevent']);
    assert.equal(neighbours(site, '/').prev, undefined);
    assert.equal(neighbours(site, '/qa/').next, undefined);
    assert.deepEqual(neighbours(site, '/about/'), {});
    assert.deepEqual(neighbours(site, '/glossary/'), {});
  });
  it('one list drives the navigation: report groups, then the reference pages and about', () => {
    assert.deepEqual(navGroups(site).map((g) => [g.key, g.pages.map((p) => p.id)]), [
      ['overview', ['index']],
      ['keynote', ['keynote']],
      ['talk', ['roadmap', 'subsystems/aio', 'subsystems/kevent']],
      ['process', ['process']],
      ['qa', ['qa']],
      ['reference', ['full', 'glossary', 'people', 'timeline', 'about']],
    ]);
  });
  it('the same list gives the entry points: every listed page but home and the subsystems', () => {
    assert.deepEqual(entryPoints(site).map((p) => p.id), ['keynote', 'roadmap', 'process', 'qa', 'full', 'glossary', 'people', 'timeline', 'about']);
  });
  it('ancestors: subsystems under the roadmap, a person under people', () => {
    const chain = (route: string) => ancestors(site, pageAt(site, route)!).map((p) => p.route);
    assert.deepEqual(chain('/'), []);
    assert.deepEqual(chain('/keynote/'), ['/']);
    assert.deepEqual(chain('/subsystems/kevent/'), ['/', '/roadmap/']);
    assert.deepEqual(chain('/people/andrew-morton/'), ['/', '/people/']);
  });
});

describe('knowledge indexes', () => {
  const site = buildSite(validInput());

  it('backlinksTo lists each linking page once, in reading order, with its sentence, section and paragraph', () => {
    const backlinks = backlinksTo(site, '/subsystems/aio/', 'ja');
    assert.deepEqual(backlinks.map((b) => b.from.id), ['index', 'roadmap', 'subsystems/kevent']);
    assert.deepEqual([backlinks[2]?.section, backlinks[2]?.block, backlinks[2]?.sentence], ['background', 'kevent-p1', 'A sentence with a link to /subsystems/aio/.']);
    assert.deepEqual(backlinksTo(site, '/subsystems/aio/', 'en').map((b) => b.from.id), ['index', 'roadmap']);
    assert.deepEqual(backlinksTo(site, '/keynote/', 'ja'), []);
  });
  it('appearancesOf lists the pages linking a person', () => {
    assert.deepEqual(appearancesOf(site, 'andrew-morton', 'ja').map((b) => b.from.id), ['process', 'qa']);
  });
  it('pagesUsingTerm lists the pages whose body uses a term, per language, in reading order', () => {
    assert.deepEqual(pagesUsingTerm(site, 'futex', 'ja').map((p) => p.id), ['subsystems/kevent', 'qa']);
    assert.deepEqual(pagesUsingTerm(site, 'aio', 'en').map((p) => p.id), ['subsystems/aio']);
    assert.deepEqual(pagesUsingTerm(site, 'kvm', 'en'), []);
  });
  it('hindsightFor gives the notes that name a page', () => {
    assert.deepEqual(hindsightFor(site, 'process').map((n) => n.id), ['rsdl']);
    assert.deepEqual(hindsightFor(site, 'subsystems/kevent'), []);
  });
});

describe('timeline', () => {
  function timelineOf(change: (input: SiteInput) => void) {
    // Without the default notes, about's link to a version they name would have nothing to point at.
    const input = withBody(withBody(validInput(), 'about', 'ja', () => ({ links: [] })), 'about', 'en', () => ({ links: [] }));
    input.hindsight = [];
    change(input);
    return timeline(buildSite(input));
  }
  const event = (id: string, date: string) => entry('content/timeline.yaml', { id, kind: 'event' as const, date, page: 'index', text: { ja: '', en: '' } });

  it('sorts the report’s own dated events by date, a partial date at the end of its period', () => {
    const result = timelineOf((input) => {
      input.timeline.push(entry('content/timeline.yaml', said('this-year', 'subsystems/aio', { date: '2007' })), event('fourth', '2007-03-13'), event('merger', '2007-01'), event('first', '2006-06-13'), event('march', '2007-03'), event('new-year', '2007-01-01'));
    });
    assert.deepEqual(result.events.map((e) => e.id), ['first', 'new-year', 'merger', 'fourth', 'march', 'this-year']);
  });
  it('groups versions numerically, the report’s items before the outcomes', () => {
    const result = timelineOf((input) => {
      input.hindsight.push(entry('content/hindsight.yaml', note('later', ['subsystems/kevent'], { version: '3.0' })), entry('content/hindsight.yaml', note('cfs', ['qa'], { version: '2.6.20' })));
      input.timeline.push(...[said('two-six-twenty', 'process', { version: '2.6.20' }), said('old', 'subsystems/aio', { version: '2.6.9' })].map((s) => entry('content/timeline.yaml', s)));
    });
    assert.deepEqual(result.versions.map((v) => [v.version, v.items.map((i) => `${i.kind}:${i.id}`)]), [
      ['2.6.9', ['said:old']],
      ['2.6.20', ['said:two-six-twenty', 'outcome:cfs']],
      ['3.0', ['outcome:later']],
    ]);
  });
  it('puts outcomes without a version in the unversioned list by date, undated last; each on its first page', () => {
    const result = timelineOf((input) => {
      input.hindsight = [note('undated', ['process', 'qa']), note('lxc', ['subsystems/kevent'], { date: '2008-08' }), note('early', ['subsystems/aio'], { date: '2008-01-24' })].map((n) => entry('content/hindsight.yaml', n));
    });
    assert.deepEqual(result.unversioned.map((i) => [i.id, i.page.id]), [['early', 'subsystems/aio'], ['lxc', 'subsystems/kevent'], ['undated', 'process']]);
  });
});
