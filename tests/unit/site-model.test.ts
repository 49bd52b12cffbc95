import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  ContentError,
  ancestors,
  appearancesOf,
  backlinksTo,
  buildSite,
  hindsightFor,
  navGroups,
  neighbours,
  pageById,
  pagesUsingTerm,
  readingPages,
  subsystemPages,
  textFile,
  timeline,
  type SiteInput,
} from '../../src/lib/site-model.ts';
import { note, said, text, validInput } from '../support/site-fixture.ts';

/** Runs buildSite on a broken input and returns the ContentError's message. */
function problemsOf(input: SiteInput): string {
  let message = '';
  assert.throws(() => buildSite(input), (error: unknown) => {
    assert.ok(error instanceof ContentError, `expected a ContentError, got ${String(error)}`);
    message = error.message;
    return true;
  });
  return message;
}

/** The one-line problems of a ContentError message. */
function lines(message: string): string[] {
  return message.split('\n').filter((l) => l.startsWith('- ')).map((l) => l.slice(2));
}

function withFacts(input: SiteInput, id: string, change: Partial<SiteInput['facts'][number]>): SiteInput {
  return { ...input, facts: input.facts.map((f) => (f.id === id ? { ...f, ...change } : f)) };
}

describe('buildSite on valid content', () => {
  it('returns the pages in reading order, subsystems by position, about last', () => {
    const site = buildSite(validInput());
    assert.deepEqual(site.pages.map((p) => p.id), ['index', 'keynote', 'roadmap', 'subsystems/aio', 'subsystems/kevent', 'process', 'qa', 'about']);
  });
  it('gives each page its route and its text in both languages', () => {
    const site = buildSite(validInput());
    const aio = pageById(site, 'subsystems/aio');
    assert.equal(aio.route, '/subsystems/aio/');
    assert.equal(pageById(site, 'index').route, '/');
    assert.equal(aio.text.ja.filePath, 'content/ja/subsystems/aio.mdx');
    assert.equal(aio.text.en.filePath, 'content/en/subsystems/aio.mdx');
  });
  it('passes people, glossary, hindsight and timeline through', () => {
    const input = validInput();
    const site = buildSite(input);
    assert.equal(site.people, input.people);
    assert.equal(site.glossary, input.glossary);
    assert.equal(site.hindsight, input.hindsight);
    assert.equal(site.timeline, input.timeline);
  });
});

describe('buildSite errors name the file and the field', () => {
  it('a missing translation names content/en/<id>.mdx', () => {
    const input = validInput();
    input.texts = input.texts.filter((t) => !(t.id === 'keynote' && t.lang === 'en'));
    assert.deepEqual(lines(problemsOf(input)), ['content/en/keynote.mdx: missing (content/pages.yaml lists "keynote", so it needs a page in every language)']);
  });
  it('a missing original names content/ja/<id>.mdx', () => {
    const input = validInput();
    input.texts = input.texts.filter((t) => !(t.id === 'subsystems/aio' && t.lang === 'ja'));
    assert.match(problemsOf(input), /content\/ja\/subsystems\/aio\.mdx: missing/);
  });
  it('an MDX file without a pages.yaml entry names its file', () => {
    const input = validInput();
    input.texts.push(text('subsystems/syslets', 'en'));
    assert.deepEqual(lines(problemsOf(input)), ['content/en/subsystems/syslets.mdx: no entry "subsystems/syslets" in content/pages.yaml (every page is listed there)']);
  });
  it('an unknown related subsystem names pages.yaml, the page and the field', () => {
    const input = withFacts(validInput(), 'subsystems/kevent', { related: ['aio', 'syslets'] });
    assert.deepEqual(lines(problemsOf(input)), ['content/pages.yaml: subsystems/kevent → related: unknown subsystem "syslets"']);
  });
  it('a related page that is not a subsystem is unknown', () => {
    const input = withFacts(validInput(), 'subsystems/kevent', { related: ['aio', 'process'] });
    assert.match(problemsOf(input), /subsystems\/kevent → related: unknown subsystem "process"/);
  });
  it('a relation stated on one side only is an error', () => {
    const input = withFacts(validInput(), 'subsystems/kevent', { related: [] });
    assert.deepEqual(lines(problemsOf(input)), ['content/pages.yaml: subsystems/aio → related: lists "kevent", but subsystems/kevent does not list it back']);
  });
  it('an unknown person names pages.yaml and people.yaml', () => {
    const input = withFacts(validInput(), 'keynote', { people: ['jim-zemlin'] });
    const problems = lines(problemsOf(input));
    assert.ok(problems.includes('content/pages.yaml: keynote → people: unknown person "jim-zemlin" (see content/people.yaml)'), problems.join('\n'));
  });
  it('a person listed in pages.yaml but not linked names each language’s file', () => {
    const input = withFacts(validInput(), 'keynote', { people: ['andrew-morton'] });
    assert.deepEqual(lines(problemsOf(input)), [
      'content/ja/keynote.mdx: people: "andrew-morton" is listed in content/pages.yaml but not linked in the body (link [name](/people/andrew-morton/))',
      'content/en/keynote.mdx: people: "andrew-morton" is listed in content/pages.yaml but not linked in the body (link [name](/people/andrew-morton/))',
    ]);
  });
  it('a person linked in one language only names that language’s file', () => {
    const input = validInput();
    input.texts = input.texts.map((t) => (t.id === 'process' && t.lang === 'en' ? { ...t, links: t.links.filter((l) => !l.route.startsWith('/people/')) } : t));
    assert.deepEqual(lines(problemsOf(input)), [
      'content/en/process.mdx: people: "andrew-morton" is listed in content/pages.yaml but not linked in the body (link [name](/people/andrew-morton/))',
    ]);
  });
  it('a person linked but not listed names the file', () => {
    const input = withFacts(validInput(), 'qa', { people: [] });
    assert.deepEqual(lines(problemsOf(input)), [
      'content/ja/qa.mdx: the body links /people/andrew-morton/, but content/pages.yaml does not list "andrew-morton" under people',
      'content/en/qa.mdx: the body links /people/andrew-morton/, but content/pages.yaml does not list "andrew-morton" under people',
    ]);
  });
  it('different heading ids, levels or order between languages name both files', () => {
    const cases = [
      [{ depth: 2, slug: 'stagnation', text: '' }, { depth: 3, slug: 'syslet', text: '' }],
      [{ depth: 2, slug: 'stagnation', text: '' }, { depth: 2, slug: 'syslets', text: '' }],
      [{ depth: 3, slug: 'syslets', text: '' }, { depth: 2, slug: 'stagnation', text: '' }],
      [{ depth: 2, slug: 'stagnation', text: '' }],
    ];
    for (const headings of cases) {
      const input = validInput();
      input.texts = input.texts.map((t) => (t.id === 'subsystems/aio' && t.lang === 'en' ? { ...t, headings } : t));
      const problems = lines(problemsOf(input));
      assert.equal(problems.length, 1, problems.join('\n'));
      assert.match(problems[0]!, /^content\/en\/subsystems\/aio\.mdx: headings \[.*\] do not match content\/ja\/subsystems\/aio\.mdx \[2:stagnation 3:syslets\]/);
    }
  });
  it('heading texts may differ between languages', () => {
    const input = validInput();
    input.texts = input.texts.map((t) => (t.id === 'subsystems/aio' && t.lang === 'ja' ? { ...t, headings: t.headings.map((h) => ({ ...h, text: `和文 ${h.text}` })) } : t));
    assert.doesNotThrow(() => buildSite(input));
  });
  it('a duplicate subsystem position names both pages', () => {
    const input = withFacts(validInput(), 'subsystems/kevent', { position: 1 });
    const problems = lines(problemsOf(input));
    assert.equal(problems.length, 1, problems.join('\n'));
    assert.match(problems[0]!, /^content\/pages\.yaml: subsystems\/(aio|kevent) → position: 1 is already the position of subsystems\/(aio|kevent)$/);
    assert.ok(problems[0]!.includes('subsystems/aio') && problems[0]!.includes('subsystems/kevent'));
  });
  it('a hindsight note on an unknown page names hindsight.yaml, the note and the field', () => {
    const input = validInput();
    input.hindsight.push(note('kevent', ['subsystems/kevents']));
    assert.deepEqual(lines(problemsOf(input)), ['content/hindsight.yaml: kevent → pages: unknown page "subsystems/kevents"']);
  });
  it('a timeline entry on an unknown page names timeline.yaml, the entry and the field', () => {
    const input = validInput();
    input.timeline.push(said('kprobe-2-6-22', 'subsystems/kprobes', { version: '2.6.22' }));
    assert.deepEqual(lines(problemsOf(input)), ['content/timeline.yaml: kprobe-2-6-22 → page: unknown page "subsystems/kprobes"']);
  });
  it('reports every problem at once', () => {
    const input = withFacts(validInput(), 'subsystems/kevent', { related: ['aio', 'syslets'], position: 1 });
    input.texts = input.texts.filter((t) => !(t.id === 'keynote' && t.lang === 'en'));
    input.hindsight.push(note('x', ['nowhere']));
    const message = problemsOf(input);
    assert.match(message, /^Content errors:\n- /);
    assert.equal(lines(message).length, 4, message);
  });
});

describe('navigation helpers', () => {
  const site = buildSite(validInput());

  it('readingPages leaves out the about page; subsystemPages keeps only subsystems', () => {
    assert.deepEqual(readingPages(site).map((p) => p.id), ['index', 'keynote', 'roadmap', 'subsystems/aio', 'subsystems/kevent', 'process', 'qa']);
    assert.deepEqual(subsystemPages(site).map((p) => p.id), ['subsystems/aio', 'subsystems/kevent']);
  });
  it('pageById throws a ContentError for an unknown id', () => {
    assert.throws(() => pageById(site, 'nowhere'), ContentError);
  });
  it('textFile names the MDX file of a page in a language', () => {
    assert.equal(textFile('subsystems/aio', 'en'), 'content/en/subsystems/aio.mdx');
    assert.equal(textFile('index', 'ja'), 'content/ja/index.mdx');
  });
  it('neighbours follow the report; the ends have one side; about has none', () => {
    assert.deepEqual(Object.entries(neighbours(site, 'subsystems/aio')).map(([k, p]) => [k, p?.id]), [['prev', 'roadmap'], ['next', 'subsystems/kevent']]);
    const first = neighbours(site, 'index');
    assert.equal(first.prev, undefined);
    assert.equal(first.next?.id, 'keynote');
    const last = neighbours(site, 'qa');
    assert.equal(last.prev?.id, 'process');
    assert.equal(last.next, undefined);
    assert.deepEqual(neighbours(site, 'about'), {});
    assert.deepEqual(neighbours(site, 'nowhere'), {});
  });
  it('navGroups groups the roadmap with the subsystems, in report order', () => {
    assert.deepEqual(navGroups(site).map((g) => [g.key, g.pages.map((p) => p.id)]), [
      ['overview', ['index']],
      ['keynote', ['keynote']],
      ['talk', ['roadmap', 'subsystems/aio', 'subsystems/kevent']],
      ['process', ['process']],
      ['qa', ['qa']],
      ['reference', ['about']],
    ]);
  });
  it('ancestors put subsystems under the home page and the roadmap', () => {
    assert.deepEqual(ancestors(site, 'index'), []);
    assert.deepEqual(ancestors(site, 'keynote').map((p) => p.id), ['index']);
    assert.deepEqual(ancestors(site, 'about').map((p) => p.id), ['index']);
    assert.deepEqual(ancestors(site, 'subsystems/kevent').map((p) => p.id), ['index', 'roadmap']);
    assert.throws(() => ancestors(site, 'nowhere'), ContentError);
  });
});

describe('knowledge helpers', () => {
  const site = buildSite(validInput());

  it('backlinksTo lists each linking page once, in reading order, without the page itself', () => {
    const backlinks = backlinksTo(site, '/subsystems/aio/', 'ja');
    assert.deepEqual(backlinks.map((b) => b.from.id), ['index', 'roadmap', 'subsystems/kevent']);
    assert.equal(backlinks[2]?.section, 'background');
    assert.equal(backlinks[2]?.sentence, 'A sentence with a link to /subsystems/aio/.');
  });
  it('backlinksTo is per language', () => {
    assert.deepEqual(backlinksTo(site, '/subsystems/aio/', 'en').map((b) => b.from.id), ['index', 'roadmap']);
  });
  it('backlinksTo matches the route whatever the heading', () => {
    assert.deepEqual(backlinksTo(site, '/process/', 'en').map((b) => b.from.id), ['qa']);
    assert.deepEqual(backlinksTo(site, '/keynote/', 'ja'), []);
  });
  it('appearancesOf lists the pages linking a person', () => {
    assert.deepEqual(appearancesOf(site, 'andrew-morton', 'ja').map((b) => b.from.id), ['process', 'qa']);
    assert.deepEqual(appearancesOf(site, 'jim-zemlin', 'en'), []);
  });
  it('pagesUsingTerm lists the pages whose body uses a term, per language, in reading order', () => {
    assert.deepEqual(pagesUsingTerm(site, 'futex', 'ja').map((p) => p.id), ['subsystems/kevent', 'qa']);
    assert.deepEqual(pagesUsingTerm(site, 'aio', 'ja').map((p) => p.id), ['subsystems/aio', 'subsystems/kevent']);
    assert.deepEqual(pagesUsingTerm(site, 'aio', 'en').map((p) => p.id), ['subsystems/aio']);
    assert.deepEqual(pagesUsingTerm(site, 'kvm', 'en'), []);
  });
  it('hindsightFor gives the notes that name a page', () => {
    assert.deepEqual(hindsightFor(site, 'subsystems/aio').map((n) => n.id), ['syslets']);
    assert.deepEqual(hindsightFor(site, 'process').map((n) => n.id), ['rsdl']);
    assert.deepEqual(hindsightFor(site, 'qa').map((n) => n.id), ['rsdl']);
    assert.deepEqual(hindsightFor(site, 'subsystems/kevent'), []);
  });
});

describe('timeline', () => {
  function timelineOf(change: (input: SiteInput) => void) {
    const input = validInput();
    change(input);
    return timeline(buildSite(input));
  }

  it('sorts the report’s own dated events by date, a partial date at the end of its period', () => {
    const result = timelineOf((input) => {
      input.timeline.push(
        said('this-year', 'subsystems/aio', { date: '2007' }),
        { id: 'fourth', kind: 'event', date: '2007-03-13', page: 'index', text: { ja: '', en: '' } },
        { id: 'merger', kind: 'event', date: '2007-01', page: 'index', text: { ja: '', en: '' } },
        { id: 'first', kind: 'event', date: '2006-06-13', page: 'index', text: { ja: '', en: '' } },
        { id: 'march', kind: 'event', date: '2007-03', page: 'index', text: { ja: '', en: '' } },
        { id: 'new-year', kind: 'event', date: '2007-01-01', page: 'index', text: { ja: '', en: '' } },
      );
    });
    assert.deepEqual(result.events.map((e) => e.id), ['first', 'new-year', 'merger', 'fourth', 'march', 'this-year']);
  });
  it('groups versions numerically: 2.6.9 < 2.6.20 < 3.0, the report’s items before the outcomes', () => {
    const result = timelineOf((input) => {
      input.hindsight.push(
        note('later', ['subsystems/kevent'], { version: '3.0' }),
        note('cfs', ['qa'], { version: '2.6.20', date: '2007-02' }),
      );
      input.timeline.push(
        said('two-six-twenty', 'process', { version: '2.6.20' }),
        said('old', 'subsystems/aio', { version: '2.6.9' }),
        said('next', 'subsystems/kevent', { version: '2.6.20' }),
      );
    });
    assert.deepEqual(result.versions.map((v) => [v.version, v.items.map((i) => `${i.kind}:${i.id}`)]), [
      ['2.6.9', ['said:old']],
      ['2.6.20', ['said:two-six-twenty', 'said:next', 'outcome:cfs']],
      ['3.0', ['outcome:later']],
    ]);
    assert.deepEqual(result.events, []);
  });
  it('puts outcomes without a version in the unversioned list by date, undated last', () => {
    const result = timelineOf((input) => {
      input.hindsight = [
        note('undated', ['process']),
        note('lxc', ['subsystems/kevent'], { date: '2008-08' }),
        note('rhel', ['subsystems/aio'], { date: '2008' }),
        note('early', ['subsystems/aio'], { date: '2008-01-24' }),
      ];
    });
    assert.deepEqual(result.unversioned.map((i) => i.id), ['early', 'lxc', 'rhel', 'undated']);
    assert.deepEqual(result.versions, []);
  });
  it('links each item to its page; an outcome to the first page of its note', () => {
    const result = timelineOf((input) => {
      input.hindsight = [note('rsdl', ['qa', 'process'], { version: '2.6.23' })];
      input.timeline.push(said('kprobe', 'subsystems/kevent', { version: '2.6.22' }));
    });
    assert.deepEqual(result.versions.map((v) => v.items.map((i) => i.page.id)), [['subsystems/kevent'], ['qa']]);
  });
});
