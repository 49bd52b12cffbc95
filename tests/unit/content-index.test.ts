import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { GENERATED_ROUTES, HEADING_ID, SLUG, headingIds, pageIdOfFile, scanContent, type ContentIndex } from '../../src/lib/content-index.ts';
import { SAMPLE_CONTENT, removeContent, writeContent } from '../support/temp-content.ts';

describe('HEADING_ID', () => {
  it('matches a heading with an escaped explicit id and captures level, text and id', () => {
    const match = HEADING_ID.exec('## 回帰テストの不足 \\{#regression-testing}');
    assert.deepEqual(match?.slice(1), ['##', '回帰テストの不足', 'regression-testing']);
    assert.deepEqual(HEADING_ID.exec('### Syslets \\{#syslets\\}  ')?.slice(1), ['###', 'Syslets', 'syslets']);
  });
  it('does not match a heading without an id, or text that is not a heading', () => {
    for (const line of ['## 回帰テスト', '## 回帰テスト {#regression-testing}', 'Text \\{#id}', '##NoSpace \\{#id}']) {
      assert.equal(HEADING_ID.exec(line), null, line);
    }
  });
});

describe('SLUG', () => {
  it('accepts English, lower-case, hyphenated ids only', () => {
    for (const ok of ['kvm', 'regression-testing', '2-6-22', 'a1-b2']) assert.ok(SLUG.test(ok), ok);
    for (const bad of ['', 'KVM', 'regression_testing', '-kvm', 'kvm-', 'a--b', 'a b', '回帰']) assert.ok(!SLUG.test(bad), bad);
  });
});

describe('pageIdOfFile', () => {
  it('gives the page id of a file under content/<lang>/', () => {
    assert.equal(pageIdOfFile('/x/content', 'en', '/x/content/en/subsystems/aio.mdx'), 'subsystems/aio');
    assert.equal(pageIdOfFile('/x/content', 'ja', '/x/content/ja/index.mdx'), 'index');
    assert.equal(pageIdOfFile('/x/content', 'ja', join('/x/content', 'ja', 'a', 'b', 'c.mdx')), 'a/b/c');
  });
});

describe('headingIds', () => {
  it('lists the explicit ids in document order, h1 to h6', () => {
    const source = '---\ntitle: x\n---\n\n## One \\{#one}\n\ntext {#not-a-heading}\n\n### Two \\{#two}\n\n## Plain\n\n#### Four \\{#four}\n';
    assert.deepEqual(headingIds(source), ['one', 'two', 'four']);
  });
  it('returns nothing for a body without explicit ids', () => {
    assert.deepEqual(headingIds('## A\n\n### B\n'), []);
  });
});

describe('scanContent', () => {
  let dir: string;
  let index: ContentIndex;
  before(() => {
    dir = writeContent(SAMPLE_CONTENT);
    index = scanContent(dir);
  });
  after(() => removeContent(dir));

  it('knows every MDX page of a language by route, with its heading ids', () => {
    for (const lang of ['ja', 'en'] as const) {
      const anchors = index.anchors[lang];
      assert.deepEqual([...(anchors.get('/') ?? [])], ['renaming'], lang);
      assert.deepEqual([...(anchors.get('/process/') ?? [])], ['cycle', 'regression-testing'], lang);
      assert.deepEqual([...(anchors.get('/subsystems/aio/') ?? [])], ['syslets'], lang);
    }
  });
  it('knows the generated routes; the glossary’s anchors are the entry ids', () => {
    for (const route of GENERATED_ROUTES) assert.ok(index.anchors.en.has(route), route);
    assert.deepEqual([...(index.anchors.ja.get('/glossary/') ?? [])], ['kvm', 'xen', 'linux-foundation']);
    assert.deepEqual([...(index.anchors.en.get('/search/') ?? [])], []);
  });
  it('knows a page per person', () => {
    assert.ok(index.anchors.ja.has('/people/andrew-morton/'));
    assert.ok(index.anchors.en.has('/people/con-kolivas/'));
    assert.ok(!index.anchors.en.has('/people/jim-zemlin/'));
  });
  it('does not know pages that have no file, or a file in the other language only', () => {
    assert.ok(!index.anchors.ja.has('/keynote/'));
    const partial = writeContent({ ...SAMPLE_CONTENT, 'en/keynote.mdx': '---\ntitle: Keynote\n---\n' });
    try {
      const scanned = scanContent(partial);
      assert.ok(scanned.anchors.en.has('/keynote/'));
      assert.ok(!scanned.anchors.ja.has('/keynote/'));
    } finally {
      removeContent(partial);
    }
  });
  it('reads glossary terms and definitions in both languages for the tooltips', () => {
    assert.deepEqual(index.glossary.get('kvm'), {
      term: { ja: 'KVM', en: 'KVM' },
      definition: { ja: 'Linuxカーネルをハイパーバイザーとして働かせる仮想化機構。', en: 'A Linux virtualization facility that turns the kernel into a hypervisor.' },
    });
    assert.equal(index.glossary.get('xen')?.definition.en, 'A hypervisor.');
  });
  it('copes with a content folder without data files', () => {
    const empty = writeContent({ 'ja/index.mdx': '## A \\{#a}\n' });
    try {
      const scanned = scanContent(empty);
      assert.equal(scanned.glossary.size, 0);
      assert.equal(scanned.pageIds.size, 0);
      assert.deepEqual([...(scanned.anchors.ja.get('/') ?? [])], ['a']);
      assert.equal(scanned.anchors.en.get('/'), undefined);
    } finally {
      removeContent(empty);
    }
  });
});
