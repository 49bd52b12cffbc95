import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { crc32, inflateSync } from 'node:zlib';
import { after, describe, it } from 'node:test';
import { CARD_BODY, frameText, hasOwnCard, ogCardOf, ogImagePath, OG_HEIGHT, OG_WIDTH, statusText, TITLE, type OgCard } from '../../src/lib/og-card.ts';
import { buildSite, pageAt } from '../../src/lib/site-model.ts';
import { validInput } from '../support/site-fixture.ts';
import { subsetsFor, woffToSfnt } from '../../src/lib/og-fonts.ts';
import { cardHash, drawCard, PNG_CACHE_KEY, PNG_TITLE_KEY, readCardStore, storedCard, writeCardStore } from '../../src/lib/og-render.ts';
import { encodePng, pastePixels, pngSize, pngText } from '../../src/lib/png.ts';

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

describe('CARD_BODY', () => {
  it('lies inside the card, below the header and above the event line', () => {
    assert.ok(CARD_BODY.left > 0 && CARD_BODY.top > 0 && CARD_BODY.width > 0 && CARD_BODY.height > 0);
    assert.ok(CARD_BODY.left + CARD_BODY.width < OG_WIDTH && CARD_BODY.top + CARD_BODY.height < OG_HEIGHT);
  });
});

describe('subsetsFor', () => {
  it('picks the Noto Sans JP subsets that hold the characters, and only those', () => {
    const few = subsetsFor('非同期');
    assert.ok(few.length >= 1 && few.length <= 3, few.join(' '));
    assert.deepEqual(subsetsFor('非同期非同期'), few);
    const all = subsetsFor(frameText(card) + card.title + TITLE.ellipsis + statusText(card.status!));
    assert.ok(all.length < 30, all.join(' '));
    for (const name of few) assert.ok(all.includes(name));
  });
});

describe('woffToSfnt', () => {
  const woff = readFileSync(createRequire(import.meta.url).resolve('@fontsource/noto-sans-jp/files/noto-sans-jp-0-700-normal.woff'));
  const sfnt = woffToSfnt(woff);
  /** OpenType's table checksum: the sum of its big-endian 32-bit words, the last one zero-padded. */
  const checksum = (table: Buffer) => {
    const words = Buffer.concat([table, Buffer.alloc((4 - (table.length % 4)) % 4)]);
    let sum = 0;
    for (let at = 0; at < words.length; at += 4) sum = (sum + words.readUInt32BE(at)) >>> 0;
    return sum;
  };

  it('writes the WOFF’s tables inflated, each matching the checksum the WOFF carries, behind a table directory', () => {
    assert.equal(sfnt.readUInt32BE(0), woff.readUInt32BE(4), 'the font’s flavour');
    const count = sfnt.readUInt16BE(4);
    assert.equal(count, woff.readUInt16BE(12));
    assert.deepEqual([sfnt.readUInt16BE(6), sfnt.readUInt16BE(8), sfnt.readUInt16BE(10)], [2 ** Math.floor(Math.log2(count)) * 16, Math.floor(Math.log2(count)), count * 16 - 2 ** Math.floor(Math.log2(count)) * 16]);
    assert.equal(sfnt.length, woff.readUInt32BE(16), 'the size the WOFF says the font has');
    let compressed = 0;
    for (let i = 0; i < count; i++) {
      const [tag, sum, offset, length] = [0, 4, 8, 12].map((field) => sfnt.readUInt32BE(12 + i * 16 + field)) as [number, number, number, number];
      const name = Buffer.from(tag.toString(16).padStart(8, '0'), 'hex').toString('latin1');
      assert.equal(offset % 4, 0, name);
      const table = Buffer.from(sfnt.subarray(offset, offset + length));
      // The head table's checksum is taken with its checkSumAdjustment (bytes 8–11) as zero.
      if (name === 'head') table.writeUInt32BE(0, 8);
      assert.equal(checksum(table), sum, name);
      if (woff.readUInt32BE(44 + i * 20 + 8) < woff.readUInt32BE(44 + i * 20 + 12)) compressed++;
    }
    assert.ok(compressed > 0, 'no table of the WOFF was compressed: the test shows nothing about inflating');
  });
  it('refuses what is not a WOFF 1.0 file', () => {
    assert.throws(() => woffToSfnt(sfnt), /not a WOFF 1.0 file/);
  });
});

/** The chunks of a PNG, in order, with the CRC each carries. */
function chunks(file: Buffer): { type: string; data: Buffer; crc: number }[] {
  const found: { type: string; data: Buffer; crc: number }[] = [];
  for (let at = 8; at < file.length; at += 12 + file.readUInt32BE(at)) {
    const length = file.readUInt32BE(at);
    found.push({ type: file.toString('latin1', at + 4, at + 8), data: file.subarray(at + 8, at + 8 + length), crc: file.readUInt32BE(at + 8 + length) });
  }
  return found;
}

describe('encodePng', () => {
  // Two pixels, red then half-transparent blue.
  const pixels = Uint8Array.from([255, 0, 0, 255, 0, 0, 255, 128]);
  const png = encodePng(pixels, 2, 1, { [PNG_TITLE_KEY]: 'ハードウェアの仮想化', other: 'x' });

  it('writes a signature, IHDR first, the text, IDAT and IEND, each chunk with its CRC', () => {
    assert.deepEqual([...png.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    const found = chunks(png);
    assert.deepEqual(found.map((c) => c.type), ['IHDR', 'iTXt', 'iTXt', 'IDAT', 'IEND']);
    for (const c of found) assert.equal(c.crc, crc32(Buffer.concat([Buffer.from(c.type, 'latin1'), c.data])), c.type);
    assert.deepEqual([...found[0]!.data.subarray(8)], [8, 6, 0, 0, 0]);
  });
  it('stores each row unfiltered, after a filter byte of 0', () => {
    const idat = chunks(png).find((c) => c.type === 'IDAT')!;
    assert.deepEqual([...inflateSync(idat.data)], [0, ...pixels]);
  });
  it('reads back the UTF-8 text and the size', () => {
    assert.deepEqual(pngText(png), { [PNG_TITLE_KEY]: 'ハードウェアの仮想化', other: 'x' });
    assert.deepEqual(pngSize(png), { width: 2, height: 1 });
    assert.throws(() => pngSize(Buffer.from('not a png at all, not at all')), /not a PNG/);
  });
  it('pastes a block of pixels row by row at a position, and refuses one that does not fit', () => {
    const image = new Uint8Array(3 * 2 * 4);
    pastePixels(image, 3, Uint8Array.from([1, 1, 1, 1, 2, 2, 2, 2]), 2, 1, 1);
    assert.deepEqual([...image], [...new Array(16).fill(0), 1, 1, 1, 1, 2, 2, 2, 2]);
    assert.throws(() => pastePixels(image, 3, Uint8Array.from([1, 1, 1, 1, 2, 2, 2, 2]), 2, 2, 1), /a 2×1 block at \(2, 1\) does not fit/);
    assert.throws(() => pastePixels(image, 3, new Uint8Array(8), 1, 0, 1), /does not fit/);
    const indices = new Uint8Array(3 * 2);
    pastePixels(indices, 3, Uint8Array.from([7, 8]), 1, 2, 0, 1);
    assert.deepEqual([...indices], [0, 0, 7, 0, 0, 8]);
  });
  it('refuses pixels that are not width × height × 4 bytes', () => {
    assert.throws(() => encodePng(pixels, 3, 1), /8 bytes are not 3×1 RGBA pixels/);
  });
  it('writes indexed colour with its palette: a PLTE chunk after IHDR, a byte per pixel', () => {
    const indexed = encodePng(Uint8Array.from([1, 0, 1]), 3, 1, { [PNG_TITLE_KEY]: 'x' }, Uint8Array.from([255, 255, 255, 28, 30, 33]));
    const found = chunks(indexed);
    assert.deepEqual(found.map((c) => c.type), ['IHDR', 'PLTE', 'iTXt', 'IDAT', 'IEND']);
    assert.deepEqual([...found[0]!.data.subarray(8)], [8, 3, 0, 0, 0]);
    assert.deepEqual([...found[1]!.data], [255, 255, 255, 28, 30, 33]);
    assert.deepEqual([...inflateSync(found[3]!.data)], [0, 1, 0, 1]);
    assert.throws(() => encodePng(Uint8Array.from([1, 0]), 3, 1, {}, Uint8Array.from([0, 0, 0])), /2 bytes are not 3×1 indexed pixels/);
    assert.throws(() => encodePng(Uint8Array.from([0]), 1, 1, {}, new Uint8Array(257 * 3)), /not at most 256 RGB colours/);
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

/** A pixel reader (RGB) for the indexed PNGs drawCard writes (one IDAT chunk, unfiltered rows). */
function pixelsOf(png: Buffer): (x: number, y: number) => number[] {
  const { width } = pngSize(png);
  const palette = chunks(png).find((c) => c.type === 'PLTE')!.data;
  const rows = inflateSync(chunks(png).find((c) => c.type === 'IDAT')!.data);
  return (x, y) => {
    const index = rows[y * (width + 1) + 1 + x]!;
    return [...palette.subarray(index * 3, index * 3 + 3)];
  };
}

describe('drawCard and the card store', () => {
  const dir = mkdtempSync(join(tmpdir(), 'lfjs-og-'));
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('draws a 1200×630 PNG that names its title and hash, stored and reused until what it shows changes', async () => {
    const hash = cardHash(card);
    const png = await drawCard(card, hash);
    assert.deepEqual(pngSize(png), { width: 1200, height: 630 });
    assert.equal(pngText(png)[PNG_TITLE_KEY], card.title);
    assert.equal(pngText(png)[PNG_CACHE_KEY], hash);
    // The frame and the body pasted into it: the bar at the left edge, the title's dark ink inside the body box.
    const pixel = pixelsOf(png);
    assert.deepEqual(pixel(10, 300), [0x0b, 0x5c, 0xad]);
    const bodyRows = Array.from({ length: CARD_BODY.height }, (_, y) => CARD_BODY.top + y);
    const titleInk = bodyRows.filter((y) => pixel(CARD_BODY.left + 30, y)[0]! < 0x40);
    assert.ok(titleInk.length > 10, 'no title drawn in the body box');
    // The status line, drawn on its own and pasted below the title: its badge in the status's hue.
    const hue = [0xa3, 0x22, 0x2a].join();
    const badge = bodyRows.find((y) => Array.from({ length: CARD_BODY.width }, (_, x) => pixel(CARD_BODY.left + x, y).join()).includes(hue));
    assert.ok(badge !== undefined, 'no status badge drawn in the body box');
    assert.ok(badge > Math.max(...titleInk), 'the status badge is not below the title');

    const file = join(dir, 'og-cards.bin');
    writeCardStore(file, new Map([[ogImagePath(card.id, card.lang), png]]));
    const store = readCardStore(file);
    assert.deepEqual(storedCard(store, card, hash), png);
    const renamed = { ...card, title: 'カーネル・イベント' };
    assert.equal(storedCard(store, renamed, cardHash(renamed)), undefined);
    // A card drawn from other inputs is not reused.
    store.set(ogImagePath(card.id, card.lang), encodePng(new Uint8Array(4), 1, 1, { [PNG_CACHE_KEY]: 'stale' }));
    assert.equal(storedCard(store, card, hash), undefined);
  });

  it('reads a missing or unreadable store as empty', () => {
    assert.equal(readCardStore(join(dir, 'missing.bin')).size, 0);
    writeFileSync(join(dir, 'broken.bin'), 'not a card store');
    assert.equal(readCardStore(join(dir, 'broken.bin')).size, 0);
  });
});
