import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { crc32 } from 'node:zlib';
import { renderAsync } from '@resvg/resvg-js';
import satori from 'satori';
import { cardText, cardTree, ogImagePath, OG_HEIGHT, OG_WIDTH, type OgCard } from './og-card.ts';
import { FONT_PACKAGE_VERSION, fontFamily, fontsFor, subsetsFor } from './og-fonts.ts';

/**
 * Renders link-preview cards to PNG: satori lays the card out as SVG (text as paths), resvg draws
 * it without loading the system's fonts (the text is paths already; loading them took 25 of 35 ms
 * per card). A card is drawn again only when what it shows changes: each PNG carries the hash of
 * its inputs in an iTXt chunk, and a cached PNG with the same hash is reused.
 */

const require = createRequire(import.meta.url);
const versionOf = (name: string) => (JSON.parse(readFileSync(require.resolve(`${name}/package.json`), 'utf8')) as { version: string }).version;
/** What else decides the pixels: the renderers' and the font's versions. */
const RENDERERS = `satori ${versionOf('satori')}, resvg-js ${versionOf('@resvg/resvg-js')}, noto-sans-jp ${FONT_PACKAGE_VERSION}`;

/** PNG iTXt keywords: the page title (so a reader of the file, and the build tests, see what it shows) and the cache key. */
export const PNG_TITLE_KEY = 'Title';
export const PNG_CACHE_KEY = 'lfjs:card-hash';

/** The hash of everything that decides a card's pixels: its layout and text, the font subsets it uses, the renderers. */
export function cardHash(card: OgCard): string {
  const tree = cardTree(card, fontFamily(subsetsFor(cardText(card))));
  return createHash('sha256').update(JSON.stringify({ tree, renderers: RENDERERS })).digest('hex').slice(0, 32);
}

/** A PNG iTXt chunk (UTF-8 text, uncompressed). */
function itxtChunk(keyword: string, text: string): Buffer {
  const body = Buffer.concat([Buffer.from(`${keyword}\0\0\0\0\0`, 'latin1'), Buffer.from(text, 'utf8')]);
  const type = Buffer.from('iTXt', 'latin1');
  const length = Buffer.alloc(4);
  length.writeUInt32BE(body.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([type, body])));
  return Buffer.concat([length, type, body, crc]);
}

/** Inserts text chunks after the PNG's IHDR chunk (8-byte signature + 25-byte IHDR). */
export function withPngText(png: Buffer, entries: Record<string, string>): Buffer {
  const chunks = Object.entries(entries).map(([key, value]) => itxtChunk(key, value));
  return Buffer.concat([png.subarray(0, 33), ...chunks, png.subarray(33)]);
}

/** The iTXt entries of a PNG. */
export function pngText(png: Buffer): Record<string, string> {
  const found: Record<string, string> = {};
  for (let at = 8; at + 8 <= png.length; ) {
    const length = png.readUInt32BE(at);
    const type = png.toString('latin1', at + 4, at + 8);
    if (type === 'iTXt') {
      const body = png.subarray(at + 8, at + 8 + length);
      const end = body.indexOf(0);
      // keyword \0, compression flag, method, language tag \0, translated keyword \0, text
      const language = body.indexOf(0, end + 3);
      const translated = body.indexOf(0, language + 1);
      found[body.toString('latin1', 0, end)] = body.toString('utf8', translated + 1);
    }
    if (type === 'IEND') break;
    at += 12 + length;
  }
  return found;
}

/** Width and height from a PNG's IHDR chunk. */
export function pngSize(png: Buffer): { width: number; height: number } {
  if (png.toString('latin1', 1, 4) !== 'PNG' || png.toString('latin1', 12, 16) !== 'IHDR') throw new Error('not a PNG');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

/**
 * Draws one card with the font subsets its text needs. Only those: satori looks each character up
 * in every font it is given, so the subsets of all cards together would make every card slower.
 */
export async function renderCard(card: OgCard, hash = cardHash(card)): Promise<Buffer> {
  const { fonts, family } = fontsFor(subsetsFor(cardText(card)));
  const svg = await satori(cardTree(card, family) as unknown as Parameters<typeof satori>[0], { width: OG_WIDTH, height: OG_HEIGHT, fonts });
  // renderAsync, not Resvg#render, which never frees the 3 MB bitmap of each card (resvg-js 2.6.2).
  const png = (await renderAsync(svg, { fitTo: { mode: 'original' }, font: { loadSystemFonts: false } })).asPng();
  return withPngText(png, { [PNG_TITLE_KEY]: card.title, [PNG_CACHE_KEY]: hash });
}

/** A card's PNG: from the cache when its hash matches, else drawn and cached. */
export async function cachedCard(card: OgCard, cacheDir: string): Promise<{ png: Buffer; cached: boolean }> {
  const file = join(cacheDir, ogImagePath(card.id, card.lang));
  const hash = cardHash(card);
  if (existsSync(file)) {
    const png = readFileSync(file);
    if (pngText(png)[PNG_CACHE_KEY] === hash) return { png, cached: true };
  }
  const png = await renderCard(card, hash);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, png);
  return { png, cached: false };
}
