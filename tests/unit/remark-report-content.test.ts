import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { RESERVED_IDS } from '../../src/plugins/remark-report-content.ts';
import { compilePage } from '../support/mdx.ts';
import { SAMPLE_CONTENT, removeContent, writeContent } from '../support/temp-content.ts';

let dir: string;
before(() => {
  dir = writeContent(SAMPLE_CONTENT);
});
after(() => removeContent(dir));

/** Asserts that compiling `source` as content/<path> fails with a message naming the file (and line) and matching `reason`. */
async function assertFails(path: string, source: string, reason: RegExp): Promise<void> {
  await assert.rejects(compilePage(dir, path, source), (error: Error) => {
    assert.match(error.message, new RegExp(`content/${path.replace(/[./]/g, '\\$&')}:\\d+: `), `the message names the file: ${error.message}`);
    assert.match(error.message, reason);
    return true;
  });
}

describe('headings', () => {
  it('gives a heading its explicit id and takes the id off its text', async () => {
    const { dom, html } = await compilePage(dir, 'ja/qa.mdx', '## RSDLスケジューラ \\{#rsdl-scheduler}\n\n### 報告 \\{#success-reports}\n\n本文。\n');
    const h2 = dom.querySelector('h2');
    const h3 = dom.querySelector('h3');
    assert.equal(h2?.id, 'rsdl-scheduler');
    assert.equal(h2?.text, 'RSDLスケジューラ');
    assert.equal(h3?.id, 'success-reports');
    assert.equal(h3?.text, '報告');
    assert.doesNotMatch(html, /\{#|\\\{/);
  });
  it('keeps inline formatting in a heading', async () => {
    const { dom } = await compilePage(dir, 'en/qa.mdx', '## The *RSDL* scheduler \\{#rsdl}\n');
    assert.equal(dom.querySelector('h2')?.id, 'rsdl');
    assert.equal(dom.querySelector('h2 em')?.text, 'RSDL');
    assert.equal(dom.querySelector('h2')?.text, 'The RSDL scheduler');
  });
  it('fails on a heading without an explicit id', async () => {
    await assertFails('ja/qa.mdx', '## 回帰テストの不足\n', /heading "回帰テストの不足" has no explicit id/);
  });
  it('fails on an id that is not a lower-case English slug', async () => {
    await assertFails('en/qa.mdx', '## Tests \\{#Regression_Tests}\n', /heading id "Regression_Tests" must be English, lower-case and hyphenated/);
  });
  it('fails on an h1: the title is the h1', async () => {
    await assertFails('en/qa.mdx', '# Title \\{#title}\n', /may not have its own h1/);
  });
  it('fails on headings deeper than h3', async () => {
    await assertFails('en/qa.mdx', '## A \\{#a}\n\n#### B \\{#b}\n', /two levels deep at most/);
  });
  it('fails on an id used twice on a page', async () => {
    await assertFails('en/qa.mdx', '## One \\{#testing}\n\n### Two \\{#testing}\n', /heading id "testing" is used twice/);
  });
  for (const id of RESERVED_IDS) {
    it(`fails on the reserved id "${id}"`, async () => {
      await assertFails('ja/qa.mdx', `## 見出し \\{#${id}}\n`, new RegExp(`heading id "${id}" is reserved`));
    });
  }
  it('reserves every id the layout gives its own sections', () => {
    assert.deepEqual([...RESERVED_IDS].sort(), ['entry-points', 'glossary-terms', 'hindsight', 'people', 'referenced-from', 'related', 'status-table']);
  });
});

describe('links between pages', () => {
  const body = '## A \\{#a}\n\nSee [AIO](/subsystems/aio/), [the cycle](/process/#regression-testing) and [home](/).\n';

  it('leaves Japanese links at the root', async () => {
    const { dom } = await compilePage(dir, 'ja/qa.mdx', body);
    assert.deepEqual(dom.querySelectorAll('a').map((a) => a.getAttribute('href')), ['/subsystems/aio/', '/process/#regression-testing', '/']);
  });
  it('gives English links the /en/ prefix', async () => {
    const { dom } = await compilePage(dir, 'en/qa.mdx', body);
    assert.deepEqual(dom.querySelectorAll('a').map((a) => a.getAttribute('href')), ['/en/subsystems/aio/', '/en/process/#regression-testing', '/en/']);
  });
  it('puts the deploy base first', async () => {
    const ja = await compilePage(dir, 'ja/qa.mdx', body, '/lfjs-2007/');
    assert.deepEqual(ja.dom.querySelectorAll('a').map((a) => a.getAttribute('href')), ['/lfjs-2007/subsystems/aio/', '/lfjs-2007/process/#regression-testing', '/lfjs-2007/']);
    const en = await compilePage(dir, 'en/qa.mdx', body, '/lfjs-2007/');
    assert.deepEqual(en.dom.querySelectorAll('a').map((a) => a.getAttribute('href')), ['/lfjs-2007/en/subsystems/aio/', '/lfjs-2007/en/process/#regression-testing', '/lfjs-2007/en/']);
  });
  it('accepts links to generated pages, people and glossary entries', async () => {
    const { dom } = await compilePage(dir, 'en/qa.mdx', '[g](/glossary/#kvm) [p](/people/andrew-morton/) [t](/timeline/) [s](/search/) [pp](/people/)\n');
    assert.deepEqual(dom.querySelectorAll('a').map((a) => a.getAttribute('href')), ['/en/glossary/#kvm', '/en/people/andrew-morton/', '/en/timeline/', '/en/search/', '/en/people/']);
  });
  it('leaves external links as they are', async () => {
    const { dom, frontmatter } = await compilePage(dir, 'en/qa.mdx', 'See [LWN](https://lwn.net/Articles/810414/).\n');
    assert.equal(dom.querySelector('a')?.getAttribute('href'), 'https://lwn.net/Articles/810414/');
    assert.deepEqual(frontmatter.links, [{ route: 'https://lwn.net/Articles/810414/', hash: '', text: 'LWN', sentence: '', section: '' }]);
  });
  it('fails on a link to a page that does not exist, naming the file', async () => {
    await assertFails('ja/qa.mdx', '[AIO](/subsystems/async-io/)\n', /link to "\/subsystems\/async-io\/": no such page/);
  });
  it('fails on a link to a page that exists only in the other language', async () => {
    const partial = writeContent({ ...SAMPLE_CONTENT, 'ja/keynote.mdx': '---\ntitle: 挨拶\n---\n' });
    try {
      await assert.rejects(compilePage(partial, 'en/qa.mdx', '[keynote](/keynote/)\n'), /content\/en\/qa\.mdx:1: link to "\/keynote\/": no such page/);
      await assert.doesNotReject(compilePage(partial, 'ja/qa.mdx', '[挨拶](/keynote/)\n'));
    } finally {
      removeContent(partial);
    }
  });
  it('names the missing file when pages.yaml lists a page that has no text in this language', async () => {
    const partial = writeContent({ ...SAMPLE_CONTENT, 'pages.yaml': '- id: keynote\n  section: keynote\n', 'ja/keynote.mdx': '---\ntitle: 挨拶\n---\n' });
    try {
      await assert.rejects(
        compilePage(partial, 'en/qa.mdx', '[keynote](/keynote/)\n'),
        /content\/en\/qa\.mdx:1: link to "\/keynote\/": content\/en\/keynote\.mdx is missing \(content\/pages\.yaml lists "keynote"\)/,
      );
    } finally {
      removeContent(partial);
    }
  });
  it('fails on a link to a heading that does not exist, naming the file and the heading', async () => {
    await assertFails('en/qa.mdx', '[tests](/process/#regression-tests)\n', /link to "\/process\/#regression-tests": page \/process\/ has no heading #regression-tests/);
  });
  it('fails on a link to a glossary entry that does not exist', async () => {
    await assertFails('en/qa.mdx', '[x](/glossary/#vmware)\n', /page \/glossary\/ has no heading #vmware/);
  });
  it('fails on a link that names a language', async () => {
    await assertFails('en/qa.mdx', '[AIO](/en/subsystems/aio/)\n', /must not name a language/);
  });
  it('fails on a link without the trailing slash', async () => {
    await assertFails('en/qa.mdx', '[AIO](/subsystems/aio)\n', /must end its path with a slash/);
  });
  it('fails on a relative link', async () => {
    await assertFails('en/qa.mdx', '[AIO](../subsystems/aio/)\n', /must be root-relative/);
  });
});

describe('glossary terms', () => {
  it('turns <Term> into span.term > a.term-link + span.term-tip[role=tooltip]', async () => {
    const { dom } = await compilePage(dir, 'ja/qa.mdx', '<Term id="kvm">KVM</Term>が登場した。\n');
    const term = dom.querySelector('p > span.term');
    assert.ok(term, 'span.term inside the paragraph');
    const [linkEl, tip] = term.childNodes.filter((n) => n.nodeType === 1) as unknown as import('node-html-parser').HTMLElement[];
    assert.equal(linkEl?.tagName, 'A');
    assert.equal(linkEl?.classList.contains('term-link'), true);
    assert.equal(linkEl?.getAttribute('href'), '/glossary/#kvm');
    assert.equal(linkEl?.text, 'KVM');
    assert.equal(tip?.tagName, 'SPAN');
    assert.equal(tip?.classList.contains('term-tip'), true);
    assert.equal(tip?.getAttribute('role'), 'tooltip');
    assert.equal(linkEl?.getAttribute('aria-describedby'), tip?.id);
    assert.equal(tip?.id, 'term-kvm');
    assert.equal(tip?.querySelector('.term-tip-term')?.text, 'KVM');
    assert.match(tip?.text ?? '', /Linuxカーネルをハイパーバイザーとして働かせる仮想化機構。/);
    assert.equal(tip?.getAttribute('data-pagefind-ignore'), 'all', 'the definition is kept out of the search index');
  });
  it('links the English glossary with the English definition, under the base', async () => {
    const { dom } = await compilePage(dir, 'en/qa.mdx', 'The <Term id="xen">Xen</Term> hypervisor.\n', '/lfjs-2007/');
    assert.equal(dom.querySelector('a.term-link')?.getAttribute('href'), '/lfjs-2007/en/glossary/#xen');
    assert.match(dom.querySelector('span.term-tip')?.text ?? '', /A hypervisor\./);
  });
  it('gives each use of a term its own tooltip id', async () => {
    const { dom } = await compilePage(dir, 'en/qa.mdx', '<Term id="kvm">KVM</Term> and <Term id="kvm">KVM</Term> and <Term id="xen">Xen</Term>.\n');
    const ids = dom.querySelectorAll('span.term-tip').map((t) => t.id);
    assert.deepEqual(ids, ['term-kvm', 'term-kvm-2', 'term-xen']);
    assert.deepEqual(dom.querySelectorAll('a.term-link').map((a) => a.getAttribute('aria-describedby')), ids);
  });
  it('fails on an unknown term id, naming the file', async () => {
    await assertFails('en/qa.mdx', 'A <Term id="kvmm">KVM</Term>.\n', /<Term id="kvmm">: no such entry in content\/glossary\.yaml/);
  });
  it('fails on a <Term> without an id', async () => {
    await assertFails('en/qa.mdx', 'A <Term>KVM</Term>.\n', /<Term> needs an id attribute/);
  });
  it('fails on a <Term> inside a link or a heading', async () => {
    await assertFails('en/qa.mdx', '[<Term id="kvm">KVM</Term>](/subsystems/aio/)\n', /may not stand inside a link or a heading/);
    await assertFails('en/qa.mdx', '## <Term id="kvm">KVM</Term> \\{#kvm}\n', /may not stand inside a link or a heading/);
  });
  it('fails on a <Term> standing on its own as a block', async () => {
    await assertFails('en/qa.mdx', '<Term id="kvm">\nKVM\n</Term>\n', /must stand inside a sentence/);
  });
  it('fails on any other component', async () => {
    await assertFails('en/qa.mdx', 'A <Badge status="merged" /> here.\n', /unknown component <Badge>/);
  });
});

describe('what the plugin records for the page', () => {
  it('records body links with route, hash, text, sentence and the heading they stand under', async () => {
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
    const { frontmatter } = await compilePage(dir, 'en/qa.mdx', source);
    assert.deepEqual(frontmatter.links, [
      { route: '/', hash: '', text: 'home', sentence: 'Intro home here', section: '' },
      { route: '/subsystems/aio/', hash: '', text: 'RSDL scheduler', sentence: 'The RSDL scheduler needs testing first', section: 'cycle' },
      { route: '/process/', hash: 'regression-testing', text: 'testing', sentence: 'The RSDL scheduler needs testing first', section: 'cycle' },
      { route: '/people/andrew-morton/', hash: '', text: 'Morton', sentence: 'Ask Morton about it', section: 'reports' },
    ]);
  });
  it('records the glossary terms used, once each, in order of first use', async () => {
    const { frontmatter } = await compilePage(dir, 'ja/qa.mdx', '<Term id="xen">Xen</Term>と<Term id="kvm">KVM</Term>と<Term id="xen">Xen</Term>。\n');
    assert.deepEqual(frontmatter.terms, ['xen', 'kvm']);
  });
  it('records empty lists for a page without links or terms', async () => {
    const { frontmatter } = await compilePage(dir, 'ja/qa.mdx', '## A \\{#a}\n\n本文。\n');
    assert.deepEqual(frontmatter.links, []);
    assert.deepEqual(frontmatter.terms, []);
  });
  it('quotes the sentence around a link as the reader reads it, without the tooltip of an earlier term', async () => {
    const { frontmatter } = await compilePage(dir, 'en/qa.mdx', 'Before it. Then <Term id="kvm">KVM</Term> goes with [AIO](/subsystems/aio/) here\n');
    assert.equal((frontmatter.links?.[0] as { sentence: string }).sentence, 'Then KVM goes with AIO here');
  });
  it('quotes a whole sentence with its final full stop', async () => {
    const { frontmatter } = await compilePage(dir, 'ja/qa.mdx', '前の文。[AIO](/subsystems/aio/)は止まっている。後の文。\n');
    assert.equal((frontmatter.links?.[0] as { sentence: string }).sentence, 'AIOは止まっている。');
  });
});

describe('files outside content/<lang>/', () => {
  it('are left alone', async () => {
    const { dom, frontmatter } = await compilePage(dir, 'notes.mdx', '## No id here\n\n[x](relative/)\n');
    assert.equal(dom.querySelector('h2')?.getAttribute('id'), undefined);
    assert.equal(dom.querySelector('a')?.getAttribute('href'), 'relative/');
    assert.deepEqual(frontmatter, {});
  });
});
