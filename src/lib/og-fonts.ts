import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

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
export const FONT_PACKAGE_VERSION = (JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')) as { version: string }).version;

function parseRanges(value: string): [number, number][] {
  return value.split(',').map((part) => {
    const [from = '0', to] = part.trim().replace(/^U\+/i, '').split('-');
    return [parseInt(from, 16), parseInt(to ?? from, 16)];
  });
}

const subsetsByWeight = new Map<number, Subset[]>();

/** The subsets of a weight, in the order of Fontsource's CSS, with the WOFF file of each (satori reads WOFF, not only WOFF2). */
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

function subsetOf(code: number): string | undefined {
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

const data = new Map<string, Buffer>();

/**
 * The fonts for a set of subsets, one family per subset (`Noto Sans JP 97`), and the font-family
 * list that names them: satori draws each character with the first listed family that has it.
 * The same buffers are returned on every call, so satori parses each font once.
 */
export function fontsFor(names: string[]): { fonts: SatoriFont[]; family: string } {
  const fonts: SatoriFont[] = [];
  for (const weight of OG_WEIGHTS) {
    for (const subset of subsets(weight).filter((s) => names.includes(s.name))) {
      const path = join(packageDir, 'files', subset.file);
      let buffer = data.get(path);
      if (!buffer) {
        buffer = readFileSync(path);
        data.set(path, buffer);
      }
      fonts.push({ name: `Noto Sans JP ${subset.name}`, data: buffer, weight, style: 'normal' });
    }
  }
  return { fonts, family: fontFamily(names) };
}

/** The CSS font-family list naming a set of subsets, in the order given. */
export function fontFamily(names: string[]): string {
  return names.map((name) => `"Noto Sans JP ${name}"`).join(', ');
}
