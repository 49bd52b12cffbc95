import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { inflateSync } from 'node:zlib';

/**
 * Noto Sans JP for the link-preview cards, from the @fontsource/noto-sans-jp package (nothing is
 * fetched at build time). Fontsource splits the font into ~120 subsets by unicode-range, as its CSS
 * declares; a card needs only the few that cover its characters, so only those are read.
 */

/** One subset file of one weight, as Fontsource's CSS declares it. */
interface Subset {
  /** The subset's name in the file name (`latin`, `0` … `119`). */
  name: string;
  weight: number;
  file: string;
  ranges: [number, number][];
}

/** A font as satori takes it. */
export interface SatoriFont {
  name: string;
  data: Buffer;
  weight: 400 | 700;
  style: 'normal';
}

export const OG_WEIGHTS = [400, 700] as const;

const require = createRequire(import.meta.url);
const packageDir = dirname(require.resolve('@fontsource/noto-sans-jp/package.json'));

function parseRanges(value: string): [number, number][] {
  return value.split(',').map((part) => {
    const [from = '0', to] = part.trim().replace(/^U\+/i, '').split('-');
    return [parseInt(from, 16), parseInt(to ?? from, 16)];
  });
}

const subsetsByWeight = new Map<number, Subset[]>();

/** The subsets of a weight, in the order of Fontsource's CSS, with the WOFF file of each: WOFF 1.0, zlib-compressed, which Node inflates (WOFF2 would need a decoder of its own). */
function subsets(weight: number): Subset[] {
  let list = subsetsByWeight.get(weight);
  if (!list) {
    const css = readFileSync(join(packageDir, `${weight}.css`), 'utf8');
    list = [...css.matchAll(/url\(\.\/files\/(noto-sans-jp-([a-z0-9]+)-\d+-normal\.woff)\) format\('woff'\);\s*unicode-range:\s*([^;]+);/g)].map(
      ([, file = '', name = '', ranges = '']) => ({ name, weight, file, ranges: parseRanges(ranges) }),
    );
    if (list.length === 0) throw new Error(`@fontsource/noto-sans-jp ${weight}.css: no WOFF subsets found (has the package changed its CSS?)`);
    subsetsByWeight.set(weight, list);
  }
  return list;
}

/** The subset of each character looked up so far: scanning ~120 subsets' ranges per character was a third of a card's CPU. */
const subsetOfCode = new Map<number, string | undefined>();

/** The name of the subset that holds a character, if any does. */
export function subsetOf(code: number): string | undefined {
  if (!subsetOfCode.has(code)) {
    subsetOfCode.set(code, subsets(OG_WEIGHTS[0]).find((s) => s.ranges.some(([from, to]) => code >= from && code <= to))?.name);
  }
  return subsetOfCode.get(code);
}

/** The names of the subsets that hold the characters of a text (the same for every weight). */
export function subsetsFor(text: string): string[] {
  const all = subsets(OG_WEIGHTS[0]);
  const names = new Set<string>();
  for (const ch of text) {
    const name = subsetOf(ch.codePointAt(0) ?? 0);
    if (name) names.add(name);
  }
  // Fontsource's order: a glyph is drawn from the first listed subset that has it.
  return all.map((s) => s.name).filter((name) => names.has(name));
}

/**
 * The OpenType font inside a WOFF 1.0 file (its tables inflated, a table directory in front). Satori
 * takes WOFF but inflates each font twice in JavaScript (fflate, ~0.4 s of CPU per card worker per
 * build); Node's zlib does it once, natively.
 */
export function woffToSfnt(woff: Buffer): Buffer {
  if (woff.toString('latin1', 0, 4) !== 'wOFF') throw new Error('woffToSfnt: not a WOFF 1.0 file');
  const count = woff.readUInt16BE(12);
  const entries = Array.from({ length: count }, (_, i) => {
    const at = 44 + i * 20;
    const [tag, offset, compressed, length, checksum] = [0, 4, 8, 12, 16].map((field) => woff.readUInt32BE(at + field)) as [number, number, number, number, number];
    const stored = woff.subarray(offset, offset + compressed);
    const table = compressed < length ? inflateSync(stored) : stored;
    if (table.length !== length) throw new Error(`woffToSfnt: a table inflated to ${table.length} bytes, not ${length}`);
    return { tag, checksum, table };
  });
  // The offset table's binary-search fields, as the OpenType spec defines them.
  const power = 2 ** Math.floor(Math.log2(count));
  const header = Buffer.alloc(12 + count * 16);
  header.writeUInt32BE(woff.readUInt32BE(4), 0);
  header.writeUInt16BE(count, 4);
  header.writeUInt16BE(power * 16, 6);
  header.writeUInt16BE(Math.log2(power), 8);
  header.writeUInt16BE(count * 16 - power * 16, 10);
  const padded = (length: number) => Math.ceil(length / 4) * 4;
  let offset = header.length;
  entries.forEach(({ tag, checksum, table }, i) => {
    header.writeUInt32BE(tag, 12 + i * 16);
    header.writeUInt32BE(checksum, 16 + i * 16);
    header.writeUInt32BE(offset, 20 + i * 16);
    header.writeUInt32BE(table.length, 24 + i * 16);
    offset += padded(table.length);
  });
  return Buffer.concat([header, ...entries.flatMap(({ table }) => [table, Buffer.alloc(padded(table.length) - table.length)])]);
}

const data = new Map<string, Buffer>();

/** One subset of one weight as an OpenType font, read and converted once per thread. */
export function subsetFont(name: string, weight: number): Buffer {
  const subset = subsets(weight).find((s) => s.name === name);
  if (!subset) throw new Error(`@fontsource/noto-sans-jp has no subset ${name} in weight ${weight}`);
  const path = join(packageDir, 'files', subset.file);
  let buffer = data.get(path);
  if (!buffer) {
    buffer = woffToSfnt(readFileSync(path));
    data.set(path, buffer);
  }
  return buffer;
}

/**
 * The fonts for a set of subsets, one family per subset (`Noto Sans JP 97`), and the font-family
 * list that names them: satori draws each character with the first listed family that has it.
 * The same buffers are returned on every call, so satori parses each font once.
 */
export function fontsFor(names: string[]): { fonts: SatoriFont[]; family: string } {
  const fonts: SatoriFont[] = [];
  for (const weight of OG_WEIGHTS) {
    for (const subset of subsets(weight).filter((s) => names.includes(s.name))) {
      fonts.push({ name: `Noto Sans JP ${subset.name}`, data: subsetFont(subset.name, weight), weight, style: 'normal' });
    }
  }
  return { fonts, family: fontFamily(names) };
}

/** The CSS font-family list naming a set of subsets, in the order given. */
export function fontFamily(names: string[]): string {
  return names.map((name) => `"Noto Sans JP ${name}"`).join(', ');
}
