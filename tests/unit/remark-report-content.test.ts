import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { formatProblem } from '../../src/lib/problems.ts';
import { compilePage } from '../support/mdx.ts';

/** The problems the plugin recorded for a page, one line each. */
async function problemsOf(path: string, source: string): Promise<string[]> {
  const { frontmatter } = await compilePage(path, source);
  return (frontmatter.problems ?? []).map(formatProblem);
}

describe('headings', () => {
  it('gives a heading its explicit id and takes the id off its text', async () => {
    const { dom, html, frontmatter } = await compilePage('ja/qa.mdx', '## RSDLスケジューラ \\{#rsdl-scheduler}\n\n### 報告 \\{#success-reports}\n\n本文。\n');
    assert.equal(dom.querySelector('h2')?.id, 'rsdl-scheduler');
    assert.equal(dom.querySelector('h2')?.text, 'RSDLスケジューラ');
    assert.equal(dom.querySelector('h3')?.id, 'success-reports');
    assert.doesNotMatch(html, /\{#|\\\{/);
    assert.deepEqual(frontmatter.headings, [
      { depth: 2, slug: 'rsdl-scheduler', text: 'RSDLスケジューラ', line: 1 },
      { depth: 3, slug: 'success-reports', text: '報告', line: 3 },
    ]);
  });
  it('keeps inline formatting in a heading', async () => {
    const { dom } = await compilePage('en/qa.mdx', '## The *RSDL* scheduler \\{#rsdl}\n');
    assert.equal(dom.querySelector('h2 em')?.text, 'RSDL');
    assert.equal(dom.querySelector('h2')?.text, 'The RSDL scheduler');
  });
  it('records, with file and line, a heading without an id, a bad id, an h1, an h4 and an id used twice', async () => {
    assert.deepEqual(await problemsOf('ja/qa.mdx', '## A \\{#a}\n\n## 回帰テストの不足\n'), [
      'content/ja/qa.mdx:3: heading id: found heading "回帰テストの不足" with no explicit id; allowed: a heading that ends with its id, e.g. ## 見出し \\{#some-id}',
    ]);
    assert.deepEqual(await problemsOf('en/qa.mdx', '## Tests \\{#Regression_Tests}\n'), [
      'content/en/qa.mdx:1: heading id: found "Regression_Tests"; allowed: an English, lower-case, hyphenated id such as "regression-testing"',
    ]);
    assert.match((await problemsOf('en/qa.mdx', '# Title \\{#title}\n'))[0] ?? '', /^content\/en\/qa\.mdx:1: heading: found an h1 "# Title"/);
    assert.match((await problemsOf('en/qa.mdx', '## A \\{#a}\n\n#### B \\{#b}\n'))[0] ?? '', /^content\/en\/qa\.mdx:3: heading: found an h4 "B"; allowed: h2 \(##\) and h3 \(###\) only/);
    assert.deepEqual(await problemsOf('en/qa.mdx', '## One \\{#testing}\n\n### Two \\{#testing}\n'), [
      'content/en/qa.mdx:3: heading id: found "testing" a second time on this page; allowed: an id used once per page',
    ]);
  });
});

describe('paragraph ids', () => {
  const source = 'Intro.\n\n## A \\{#a}\n\n- one\n- two\n\n> A quote.\n\nLast.\n';

  it('numbers every paragraph, list item and quote of the body by the page, the same in every language', async () => {
    const ja = await compilePage('ja/subsystems/aio.mdx', source);
    const en = await compilePage('en/subsystems/aio.mdx', source);
    assert.deepEqual(ja.frontmatter.blocks, ['aio-p1', 'aio-p2', 'aio-p3', 'aio-p4', 'aio-p5']);
    assert.deepEqual(en.frontmatter.blocks, ja.frontmatter.blocks);
    assert.deepEqual(ja.dom.querySelectorAll('[id]').map((e) => `${e.tagName.toLowerCase()}#${e.id}`), ['p#aio-p1', 'h2#a', 'li#aio-p2', 'li#aio-p3', 'blockquote#aio-p4', 'p#aio-p5']);
    assert.equal((await compilePage('en/index.mdx', 'Text.\n')).frontmatter.blocks?.[0], 'home-p1');
  });
  it('ends each with a link to it, named in the page’s language and without text for the search index', async () => {
    const ja = await compilePage('ja/subsystems/aio.mdx', source);
    const anchors = ja.dom.querySelectorAll('a.block-anchor');
    assert.deepEqual(anchors.map((a) => a.getAttribute('href')), ['#aio-p1', '#aio-p2', '#aio-p3', '#aio-p4', '#aio-p5']);
    assert.ok(anchors.every((a) => a.getAttribute('aria-label') === 'この段落へのリンク' && a.text === ''));
    assert.equal(ja.dom.querySelector('blockquote#aio-p4 > p > a.block-anchor')?.getAttribute('href'), '#aio-p4');
    const en = await compilePage('en/subsystems/aio.mdx', source);
    assert.equal(en.dom.querySelector('a.block-anchor')?.getAttribute('aria-label'), 'Link to this paragraph');
  });
});

describe('links between pages', () => {
  const body = '## A \\{#a}\n\nSee [AIO](/subsystems/aio/), [the cycle](/process/#regression-testing) and [home](/).\n';
  const hrefs = async (path: string, base?: string) => (await compilePage(path, body, base)).dom.querySelectorAll('a:not(.block-anchor)').map((a) => a.getAttribute('href'));

  it('leaves Japanese links at the root and gives English links /en/, after the deploy base', async () => {
    assert.deepEqual(await hrefs('ja/qa.mdx'), ['/subsystems/aio/', '/process/#regression-testing', '/']);
    assert.deepEqual(await hrefs('en/qa.mdx'), ['/en/subsystems/aio/', '/en/process/#regression-testing', '/en/']);
    assert.deepEqual(await hrefs('en/qa.mdx', '/lfjs-2007/'), ['/lfjs-2007/en/subsystems/aio/', '/lfjs-2007/en/process/#regression-testing', '/lfjs-2007/en/']);
  });
  it('leaves external links as they are', async () => {
    const { dom, frontmatter } = await compilePage('en/qa.mdx', 'See [LWN](https://lwn.net/Articles/810414/).\n');
    assert.equal(dom.querySelector('a')?.getAttribute('href'), 'https://lwn.net/Articles/810414/');
    assert.deepEqual(frontmatter.links, [{ route: 'https://lwn.net/Articles/810414/', hash: '', text: 'LWN', sentence: '', section: '', block: 'qa-p1', line: 1 }]);
  });
  it('records a link that names a language, lacks its trailing slash or is relative, and says what to write', async () => {
    assert.deepEqual(await problemsOf('en/qa.mdx', '[AIO](/en/subsystems/aio/)\n\n[AIO](/subsystems/aio)\n\n[AIO](../subsystems/aio/)\n'), [
      'content/en/qa.mdx:1: link "/en/subsystems/aio/": found a path that names a language; allowed: /subsystems/aio/ (the build adds /en/ on English pages)',
      'content/en/qa.mdx:3: link "/subsystems/aio": found a path without its trailing slash; allowed: /subsystems/aio/',
      'content/en/qa.mdx:5: link "../subsystems/aio/": found a relative link; allowed: a root-relative path such as /subsystems/aio/ or /process/#regression-testing',
    ]);
  });
  it('leaves checking that the page and the anchor exist to the site model (it reads no other file)', async () => {
    assert.deepEqual(await problemsOf('ja/qa.mdx', '[AIO](/subsystems/async-io/#nowhere)\n'), []);
  });
});

describe('glossary terms', () => {
  it('stamps each <Term> with its language and a tooltip id unique on the page, and records its line', async () => {
    const { dom, frontmatter } = await compilePage('en/qa.mdx', '<Term id="kvm">KVM</Term> and <Term id="kvm">KVM</Term>\nand <Term id="xen">Xen</Term>.\n');
    assert.deepEqual(dom.querySelectorAll('span.term').map((t) => [t.getAttribute('data-term'), t.getAttribute('data-lang'), t.getAttribute('data-tip'), t.text]), [
      ['kvm', 'en', 'tip-en-kvm', 'KVM'],
      ['kvm', 'en', 'tip-en-kvm-2', 'KVM'],
      ['xen', 'en', 'tip-en-xen', 'Xen'],
    ]);
    assert.deepEqual(frontmatter.terms, [{ id: 'kvm', line: 1 }, { id: 'kvm', line: 1 }, { id: 'xen', line: 2 }]);
  });
  it('records a <Term> without an id, inside a link or a heading, on its own line, and any other component', async () => {
    const problems = await problemsOf('en/qa.mdx', [
      'A <Term>KVM</Term>.',
      '',
      '[<Term id="kvm">KVM</Term>](/subsystems/aio/)',
      '',
      '<Term id="kvm">',
      'KVM',
      '</Term>',
      '',
      'A <Badge status="merged" /> here.',
      '',
    ].join('\n'));
    assert.deepEqual(problems.map((p) => p.replace(/; allowed: .*/, '')), [
      'content/en/qa.mdx:1: <Term>: found a <Term> without an id',
      'content/en/qa.mdx:3: <Term>: found a <Term> inside a link or a heading',
      'content/en/qa.mdx:5: <Term>: found a <Term> on a line of its own',
      'content/en/qa.mdx:9: <Badge>: found an unknown component',
    ]);
  });
});

describe('what the plugin records for the page', () => {
  it('records body links with route, hash, text, sentence, heading, paragraph and line', async () => {
    const source = [
      'Intro [home](/) here',
      '',
      '## Cycle \\{#cycle}',
      '',
      'First sentence. The [RSDL scheduler](/subsystems/aio/) needs [testing](/process/#regression-testing) first',
      '',
      '### Reports \\{#reports}',
      '',
      '- Ask [Morton](/people/andrew-morton/) about it',
      '',
    ].join('\n');
    const { frontmatter } = await compilePage('en/qa.mdx', source);
    assert.deepEqual(frontmatter.links, [
      { route: '/', hash: '', text: 'home', sentence: 'Intro home here', section: '', block: 'qa-p1', line: 1 },
      { route: '/subsystems/aio/', hash: '', text: 'RSDL scheduler', sentence: 'The RSDL scheduler needs testing first', section: 'cycle', block: 'qa-p2', line: 5 },
      { route: '/process/', hash: 'regression-testing', text: 'testing', sentence: 'The RSDL scheduler needs testing first', section: 'cycle', block: 'qa-p2', line: 5 },
      { route: '/people/andrew-morton/', hash: '', text: 'Morton', sentence: 'Ask Morton about it', section: 'reports', block: 'qa-p3', line: 9 },
    ]);
  });
  it('quotes the sentence around a link as the reader reads it, a whole sentence with its full stop', async () => {
    const en = await compilePage('en/qa.mdx', 'Before it. Then <Term id="kvm">KVM</Term> goes with [AIO](/subsystems/aio/) here\n');
    assert.equal(en.frontmatter.links?.[0]?.sentence, 'Then KVM goes with AIO here');
    const ja = await compilePage('ja/qa.mdx', '前の文。[AIO](/subsystems/aio/)は止まっている。後の文。\n');
    assert.equal(ja.frontmatter.links?.[0]?.sentence, 'AIOは止まっている。');
  });
  it('records empty lists for a page without headings, links or terms', async () => {
    const { frontmatter } = await compilePage('ja/qa.mdx', '');
    assert.deepEqual(frontmatter, { headings: [], blocks: [], links: [], terms: [], problems: [] });
  });
});

describe('files outside content/<lang>/', () => {
  it('are left alone', async () => {
    const { dom, frontmatter } = await compilePage('notes.mdx', '## No id here\n\n[x](relative/)\n');
    assert.equal(dom.querySelector('h2')?.getAttribute('id'), undefined);
    assert.equal(dom.querySelector('a')?.getAttribute('href'), 'relative/');
    assert.deepEqual(frontmatter, {});
  });
});
