import { Blob, Buffer as ShapingBuffer, Face, Font, shape as hbShape } from 'harfbuzzjs';
import LineBreaker from 'linebreak';
import { TITLE } from './og-card.ts';
import { subsetFont, subsetOf } from './og-fonts.ts';

/**
 * Lays out a link-preview card's title as CSS would set it in its box (TITLE in og-card.ts):
 * HarfBuzz shapes the text, linebreak (UAX #14, the rules browsers break Japanese and English by)
 * says where lines may break, lines are filled greedily. What it returns is glyphs at pixel
 * positions, which og-render.ts draws from glyph images it keeps.
 */

/** A glyph of a laid-out title: which font and glyph, and where its origin (on the baseline) falls, in pixels. */
export interface PlacedGlyph {
  /** The Fontsource subset the glyph is from (`latin`, `97`, …). */
  subset: string;
  glyph: number;
  /** The index in the title of the character it draws (the title's length for the ellipsis). */
  at: number;
  x: number;
  y: number;
}

export interface TitleLayout {
  /** Font size in pixels. */
  size: number;
  lines: number;
  /** Height of the laid-out lines (lines × line height), in whole pixels. */
  height: number;
  glyphs: PlacedGlyph[];
}

const fonts = new Map<string, { font: Font; upem: number }>();

/** The bold font of a subset, made once per thread. */
function fontOf(subset: string): { font: Font; upem: number } {
  let entry = fonts.get(subset);
  if (!entry) {
    const face = new Face(new Blob(subsetFont(subset, TITLE.weight)));
    entry = { font: new Font(face), upem: face.upem };
    fonts.set(subset, entry);
  }
  return entry;
}

/** A shaped glyph, its advance and offsets in ems; `at` is the index in the text of the character it draws. */
interface Shaped {
  subset: string;
  glyph: number;
  at: number;
  advance: number;
  dx: number;
  dy: number;
}

/** Shapes a text run by run, a run being the characters one subset draws (the first in Fontsource's order that has them). */
function shape(text: string): Shaped[] {
  const shaped: Shaped[] = [];
  const runs: { subset: string; start: number; end: number }[] = [];
  for (let at = 0; at < text.length; ) {
    const code = text.codePointAt(at) ?? 0;
    const next = at + (code > 0xffff ? 2 : 1);
    const subset = subsetOf(code) ?? 'latin';
    const last = runs.at(-1);
    if (last?.subset === subset) last.end = next;
    else runs.push({ subset, start: at, end: next });
    at = next;
  }
  for (const run of runs) {
    const { font, upem } = fontOf(run.subset);
    const buffer = new ShapingBuffer();
    buffer.addText(text, run.start, run.end - run.start);
    buffer.guessSegmentProperties();
    hbShape(font, buffer);
    const positions = buffer.getGlyphPositions();
    buffer.getGlyphInfos().forEach((info, i) => {
      const { xAdvance, xOffset, yOffset } = positions[i]!;
      shaped.push({ subset: run.subset, glyph: info.codepoint, at: info.cluster, advance: xAdvance / upem, dx: xOffset / upem, dy: yOffset / upem });
    });
  }
  return shaped;
}

/** Where lines may break: the text index after which a break is allowed (UAX #14), in order. */
function breakOpportunities(text: string): number[] {
  const breaker = new LineBreaker(text);
  const found: number[] = [];
  for (let brk = breaker.nextBreak(); brk; brk = breaker.nextBreak()) found.push(brk.position);
  return found;
}

const isSpace = (ch: string | undefined) => ch === ' ' || ch === '\u3000';

const widthOf = (glyphs: Shaped[]) => glyphs.reduce((sum, s) => sum + s.advance, 0);

/** Splits the shaped text into lines that fit the title's width at `size`: greedily, as browsers do; a word wider than a line is broken between its characters. */
function breakLines(text: string, shaped: Shaped[], size: number): Shaped[][] {
  const width = TITLE.width / size;
  const breaks = breakOpportunities(text);
  const lines: Shaped[][] = [];
  let line: Shaped[] = [];
  let lineWidth = 0;
  let g = 0;
  for (const to of breaks) {
    const segment: Shaped[] = [];
    while (g < shaped.length && shaped[g]!.at < to) segment.push(shaped[g++]!);
    // Spaces at the end of a segment hang: they do not count against the line's width.
    let inked = segment.length;
    while (inked > 0 && isSpace(text[segment[inked - 1]!.at])) inked -= 1;
    if (line.length > 0 && lineWidth + widthOf(segment.slice(0, inked)) > width) {
      lines.push(line);
      line = [];
      lineWidth = 0;
    }
    for (const s of segment.slice(0, inked)) {
      if (line.length > 0 && lineWidth + s.advance > width) {
        lines.push(line);
        line = [];
        lineWidth = 0;
      }
      line.push(s);
      lineWidth += s.advance;
    }
    line.push(...segment.slice(inked));
    lineWidth += widthOf(segment.slice(inked));
  }
  if (line.length > 0) lines.push(line);
  return lines;
}

/** The last line cut so that it ends in an ellipsis within the width, as `line-clamp` does. */
function withEllipsis(text: string, line: Shaped[], ellipsis: Shaped[], size: number): Shaped[] {
  const kept = [...line];
  const room = TITLE.width / size - widthOf(ellipsis);
  while (kept.length > 0 && (widthOf(kept) > room || isSpace(text[kept.at(-1)!.at]))) kept.pop();
  return [...kept, ...ellipsis.map((s) => ({ ...s, at: text.length }))];
}

/** Glyphs at pixel positions: each line's baseline where CSS puts it (half the leading above the font's ascent), rounded to a pixel. */
function place(lines: Shaped[][], size: number): TitleLayout {
  const lineHeight = size * TITLE.lineHeight;
  const { font: metricsFont, upem } = fontOf('latin');
  const { ascender, descender } = metricsFont.hExtents();
  const ascent = (ascender / upem) * size;
  const halfLeading = (lineHeight - ((ascender - descender) / upem) * size) / 2;
  const glyphs: PlacedGlyph[] = [];
  lines.forEach((line, i) => {
    const baseline = Math.round(i * lineHeight + halfLeading + ascent);
    let x = 0;
    for (const s of line) {
      glyphs.push({ subset: s.subset, glyph: s.glyph, at: s.at, x: (x + s.dx) * size, y: baseline - s.dy * size });
      x += s.advance;
    }
  });
  return { size, lines: lines.length, height: Math.round(lines.length * lineHeight), glyphs };
}

/** Lays a title out at the largest size at which it takes at most three lines; at the smallest, cut after three, if none. */
export function layoutTitle(title: string): TitleLayout {
  const shaped = shape(title);
  for (const size of TITLE.sizes) {
    const lines = breakLines(title, shaped, size);
    if (lines.length <= TITLE.maxLines) return place(lines, size);
  }
  const size = TITLE.sizes.at(-1)!;
  const lines = breakLines(title, shaped, size).slice(0, TITLE.maxLines);
  lines[lines.length - 1] = withEllipsis(title, lines.at(-1)!, shape(TITLE.ellipsis), size);
  return place(lines, size);
}

/** A glyph's outline as an SVG path and its ink box, in font units (y up), and the font's units per em; undefined for a glyph without ink (a space). */
export function glyphOutline(subset: string, glyph: number): { path: string; upem: number; box: { left: number; top: number; right: number; bottom: number } } | undefined {
  const { font, upem } = fontOf(subset);
  const extents = font.glyphExtents(glyph);
  if (!extents || extents.width === 0 || extents.height === 0) return undefined;
  const box = { left: extents.xBearing, top: extents.yBearing, right: extents.xBearing + extents.width, bottom: extents.yBearing + extents.height };
  return { path: font.glyphToPath(glyph), upem, box };
}
