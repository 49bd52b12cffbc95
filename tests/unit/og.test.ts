import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { cardText, hasOwnCard, ogCardOf, ogImagePath, titleSize, type OgCard } from '../../src/lib/og-card.ts';
import { buildSite, pageAt } from '../../src/lib/site-model.ts';
import { validInput } from '../support/site-fixture.ts';
import { subsetsFor } from '../../src/lib/og-fonts.ts';
import { cachedCard, cardHash, pngSize, pngText, PNG_CACHE_KEY, PNG_TITLE_KEY, withPngText } from '../../src/lib/og-render.ts';

const card: OgCard = {
  lang: 'ja',
  id: 'subsystems/aio',
  title: '非同期IO(AIO)',
  siteName: 'Morton氏のカーネル・ロードマップ 2007',
  event: '第4回 The Linux Foundation Japan Symposium(2007年3月13日)のレポート',
  section: 'サブシステム',
  status: { label: '2007年3月時点の状況', value: '停滞', kind: 'stalled' },
  alt: '「非同期IO(AIO)」',
};

describe('ogImagePath', () => {
  it('names each page’s card by its id, in its language’s folder', () => {
    assert.equal(ogImagePath('index', 'ja'), 'og/ja/index.png');
    assert.equal(ogImagePath('subsystems/aio', 'en'), 'og/en/subsystems/aio.png');
    assert.equal(ogImagePath('404', 'ja'), 'og/ja/404.png');
  });
});

describe('ogCardOf', () => {
  const site = buildSite(validInput());
  it('shows a page’s title, its section and, on a subsystem page, its status', () => {
    const aio = ogCardOf(pageAt(site, '/subsystems/aio/')!, 'en');
    assert.deepEqual([aio.id, aio.title, aio.section, aio.status?.value], ['subsystems/aio', 'subsystems/aio (en)', 'Subsystem', 'Stalled']);
    assert.match(aio.alt, /Status in March 2007: Stalled/);
    const glossary = ogCardOf(pageAt(site, '/glossary/')!, 'ja');
    assert.deepEqual([glossary.title, glossary.section, glossary.status], ['用語集', '用語集', undefined]);
    assert.equal(ogCardOf(pageAt(site, '/full/')!, 'en').section, 'The report (March 2007)');
  });
  it('gives a parallel edition its report page’s card, so no card of its own is drawn', () => {
    const parallel = pageAt(site, '/parallel/qa/')!;
    assert.deepEqual(ogCardOf(parallel, 'en'), ogCardOf(pageAt(site, '/qa/')!, 'en'));
    assert.equal(hasOwnCard(parallel), false);
    assert.equal(hasOwnCard(pageAt(site, '/qa/')!), true);
  });
});

describe('titleSize', () => {
  it('shrinks long titles, counting a CJK character about twice a Latin letter', () => {
    assert.equal(titleSize('Q&A'), 76);
    assert.ok(titleSize('カーネル開発プロセスにおける問題点とその改善に向けた提案の数々について詳しく') < 76);
    assert.ok(titleSize('あ'.repeat(50)) < titleSize('a'.repeat(50)));
  });
});

describe('subsetsFor', () => {
  it('picks the Noto Sans JP subsets that hold the characters, and only those', () => {
    const few = subsetsFor('非同期');
    assert.ok(few.length >= 1 && few.length <= 3, few.join(' '));
    assert.deepEqual(subsetsFor('非同期非同期'), few);
    const all = subsetsFor(cardText(card));
    assert.ok(all.length < 30, all.join(' '));
    for (const name of few) assert.ok(all.includes(name));
  });
});

describe('PNG text chunks', () => {
  // The smallest PNG: signature and IHDR (1×1), IDAT, IEND.
  const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');
  it('reads back the UTF-8 text it wrote, and the size from IHDR', () => {
    const tagged = withPngText(png, { [PNG_TITLE_KEY]: 'ハードウェアの仮想化', other: 'x' });
    assert.deepEqual(pngText(tagged), { [PNG_TITLE_KEY]: 'ハードウェアの仮想化', other: 'x' });
    assert.deepEqual(pngSize(tagged), { width: 1, height: 1 });
    assert.throws(() => pngSize(Buffer.from('not a png at all, not at all')));
  });
});

describe('cardHash', () => {
  it('is stable, and changes with anything the card shows', () => {
    assert.equal(cardHash(card), cardHash({ ...card }));
    assert.notEqual(cardHash(card), cardHash({ ...card, title: '非同期IO' }));
    assert.notEqual(cardHash(card), cardHash({ ...card, status: undefined }));
    // The alt text is not drawn.
    assert.equal(cardHash(card), cardHash({ ...card, alt: 'other' }));
  });
});

describe('cachedCard', () => {
  const dir = mkdtempSync(join(tmpdir(), 'lfjs-og-'));
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('draws a 1200×630 PNG once, then reuses it until what it shows changes', async () => {
    const first = await cachedCard(card, dir);
    assert.equal(first.cached, false);
    assert.deepEqual(pngSize(first.png), { width: 1200, height: 630 });
    assert.equal(pngText(first.png)[PNG_TITLE_KEY], card.title);
    assert.equal(pngText(first.png)[PNG_CACHE_KEY], cardHash(card));
    const again = await cachedCard(card, dir);
    assert.equal(again.cached, true);
    const file = join(dir, ogImagePath(card.id, card.lang));
    // A stale file (drawn from other inputs) is drawn again.
    writeFileSync(file, withPngText(readFileSync(file).subarray(0, 33), { [PNG_CACHE_KEY]: 'stale' }));
    assert.equal((await cachedCard(card, dir)).cached, false);
    assert.equal((await cachedCard({ ...card, title: 'カーネル・イベント' }, dir)).cached, false);
  });
});
