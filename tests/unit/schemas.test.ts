import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { check, describeValue } from '../../src/schemas/checked.ts';
import { glossaryEntrySchema, hindsightNoteSchema, personSchema, timelineEntrySchema } from '../../src/schemas/data.ts';
import { pageFactsSchema } from '../../src/schemas/page-facts.ts';
import { pageTextSchema } from '../../src/schemas/page-text.ts';

/** The issues of a value that breaks a schema, as `path: found → allowed`. */
function issues(schema: Parameters<typeof check>[0], raw: unknown): string[] {
  const result = check(schema, raw);
  assert.equal(result.ok, false, 'expected the value to break the schema');
  return result.ok ? [] : result.issues.map((i) => `${i.path.join('.')}: ${i.found} → ${i.allowed}`);
}

const subsystem = { id: 'subsystems/aio', section: 'subsystem', position: 6, status: 'stalled' };
const frontmatter = { title: 'AIO', description: 'A description of the page that is long enough to be a meta description.' };

describe('page text (MDX frontmatter)', () => {
  it('parses valid frontmatter', () => {
    assert.deepEqual(pageTextSchema.parse({ ...frontmatter, navTitle: 'AIO' }), { ...frontmatter, navTitle: 'AIO' });
  });
  it('says what is missing, too short and unknown', () => {
    assert.deepEqual(issues(pageTextSchema, { description: 'short', reportHading: 'x' }), [
      'title: missing → the page\'s title (text)',
      'description: "short" → one line of 50–160 characters',
      'reportHading: "x" → only the fields title, description, navTitle, reportHeading',
    ]);
  });
});

describe('page facts (pages.yaml)', () => {
  it('fills in the lists a page may leave out', () => {
    assert.deepEqual(pageFactsSchema.parse(subsystem), { ...subsystem, related: [], people: [], additions: [] });
  });
  it('names a related page by its subsystem slug, not its id', () => {
    assert.deepEqual(issues(pageFactsSchema, { ...subsystem, related: ['subsystems/kevent'] }), [
      'related.0: "subsystems/kevent" → a subsystem slug: the part of its id after subsystems/, e.g. aio',
    ]);
  });
  it('lists the allowed values of an enumeration', () => {
    const [issue = ''] = issues(pageFactsSchema, { ...subsystem, status: 'stuck' });
    assert.match(issue, /^status: "stuck" → one of merged, scheduled, candidate, /);
  });
  it('keeps the subsystem-only fields on subsystem pages under subsystems/', () => {
    assert.deepEqual(issues(pageFactsSchema, { id: 'subsystems/aio', section: 'subsystem' }), ['position: missing → required for a subsystem page', 'status: missing → required for a subsystem page']);
    assert.deepEqual(issues(pageFactsSchema, { id: 'process', section: 'process', position: 3, related: ['aio'] }), ['position: 3 → only subsystem pages have position', 'related: a list of 1 → only subsystem pages have related subsystems']);
    assert.deepEqual(issues(pageFactsSchema, { ...subsystem, id: 'aio' }), ['id: "aio" → subsystem pages, and only they, have ids under subsystems/']);
  });
  it('takes additions from the vocabulary and an excerpt of another page', () => {
    assert.deepEqual(pageFactsSchema.parse({ id: 'index', section: 'overview', additions: ['entry-points'] }).additions, ['entry-points']);
    assert.match(issues(pageFactsSchema, { id: 'index', section: 'overview', additions: ['chart'] })[0] ?? '', /^additions\.0: "chart" → one of entry-points, then-and-now, status-table, status-legend$/);
    assert.deepEqual(issues(pageFactsSchema, { ...subsystem, excerptOf: 'subsystems/aio' }), ['excerptOf: "subsystems/aio" → another page: a page cannot be an excerpt of itself']);
  });
  it('wants a version in quotes, as YAML would otherwise read a number', () => {
    assert.deepEqual(issues(pageFactsSchema, { ...subsystem, version: 2.6 }), ['version: 2.6 → a kernel version in quotes, such as "2.6.22"']);
  });
});

describe('data files', () => {
  it('people and glossary entries need both languages', () => {
    assert.deepEqual(issues(personSchema, { id: 'linus', name: { ja: 'Linus' }, role: 'creator' }), ['name.en: missing → text (a non-empty string)', 'role: "creator" → text in both languages: { ja: …, en: … }']);
    assert.deepEqual(issues(glossaryEntrySchema, { id: 'futex', kind: 'term', term: { ja: 'futex', en: 'futex' }, definition: { ja: '定義', en: '' } }), ['definition.en: "" → text (a non-empty string)']);
    assert.match(issues(glossaryEntrySchema, { id: 'Futex', kind: 'concept', term: { ja: 'f', en: 'f' }, definition: { ja: 'd', en: 'd' } }).join('\n'), /id: "Futex" → an English, lower-case, hyphenated id[^\n]*\nkind: "concept" → term or organisation/);
  });
  it('a hindsight note that is not fully verified needs a caveat; dates are partial ISO dates', () => {
    const note = { id: 'x', pages: ['qa'], topic: { ja: 'a', en: 'a' }, outlook: { ja: 'b', en: 'b' }, outcome: { ja: 'c', en: 'c' }, sources: ['https://lwn.net/'], checked: 'partly' };
    assert.deepEqual(issues(hindsightNoteSchema, note), ['caveat: missing → required when checked is partly or mixed']);
    assert.deepEqual(issues(hindsightNoteSchema, { ...note, checked: 'verified', date: '2007-13' }), ['date: "2007-13" → a date in quotes: "YYYY", "YYYY-MM" or "YYYY-MM-DD"']);
    assert.deepEqual(issues(hindsightNoteSchema, { ...note, checked: 'verified', sources: ['lwn.net'] }), ['sources.0: "lwn.net" → a URL (https://…)']);
  });
  it('a timeline entry needs a date or a version', () => {
    assert.deepEqual(issues(timelineEntrySchema, { id: 'x', kind: 'said', page: 'qa', text: { ja: 'a', en: 'a' } }), ['date: missing → a date or a version (or both)']);
    assert.doesNotThrow(() => timelineEntrySchema.parse({ id: 'x', kind: 'said', page: 'qa', version: '2.6.23', text: { ja: 'a', en: 'a' } }));
  });
});

describe('describeValue', () => {
  it('shows what the author wrote, short enough for one line', () => {
    assert.equal(describeValue(undefined), 'missing');
    assert.equal(describeValue('aio'), '"aio"');
    assert.equal(describeValue('x'.repeat(100)), `"${'x'.repeat(57)}…" (100 characters)`);
    assert.equal(describeValue(new Date('2007-02-05')), 'the date 2007-02-05 (unquoted, so YAML read it as a date)');
    assert.equal(describeValue(['a', 'b']), 'a list of 2');
  });
});
