import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { TITLE } from '../../src/lib/og-card.ts';
import { layoutTitle, type PlacedGlyph, type TitleLayout } from '../../src/lib/og-title.ts';

/** The glyphs of each line, by baseline, in order. */
function lines(layout: TitleLayout): PlacedGlyph[][] {
  const byBaseline = new Map<number, PlacedGlyph[]>();
  for (const glyph of layout.glyphs) byBaseline.set(glyph.y, [...(byBaseline.get(glyph.y) ?? []), glyph]);
  return [...byBaseline.values()];
}

/** The text of each line, as the characters its glyphs draw. */
const lineTexts = (title: string, layout: TitleLayout) => lines(layout).map((line) => line.map((glyph) => title[glyph.at] ?? TITLE.ellipsis).join(''));

describe('layoutTitle', () => {
  it('sets a short title on one line at the largest size, its glyphs left to right from the box’s left edge', () => {
    const layout = layoutTitle('Q&A');
    assert.deepEqual([layout.size, layout.lines, layout.height], [76, 1, Math.round(76 * TITLE.lineHeight)]);
    assert.deepEqual(layout.glyphs.map((glyph) => glyph.at), [0, 1, 2]);
    assert.equal(layout.glyphs[0]!.x, 0);
    assert.ok(layout.glyphs[0]!.x < layout.glyphs[1]!.x && layout.glyphs[1]!.x < layout.glyphs[2]!.x);
  });

  it('breaks English between words, with the spaces hanging at the end of a line', () => {
    const title = 'kprobe (kernel tracing infrastructure)';
    const layout = layoutTitle(title);
    assert.equal(layout.size, 76);
    assert.deepEqual(lineTexts(title, layout), ['kprobe (kernel tracing ', 'infrastructure)']);
    // The second line starts at the left edge, a line height below the first (each baseline on a whole pixel).
    const [first, second] = lines(layout);
    assert.equal(second![0]!.x, 0);
    assert.ok(Math.abs(second![0]!.y - first![0]!.y - 76 * TITLE.lineHeight) < 1);
  });

  it('breaks Japanese between characters but never before a closing mark or after an opening one', () => {
    // 13 characters fill a 1,040 px line at 76 px; a break before the full stop would leave it at the start of the next line.
    const title = `${'あ'.repeat(13)}。「${'い'.repeat(11)}」です`;
    const layout = layoutTitle(title);
    const texts = lineTexts(title, layout);
    assert.equal(layout.size, 76);
    assert.equal(texts.join(''), title);
    for (const text of texts.slice(1)) assert.doesNotMatch(text, /^[。」、)]/, texts.join(' | '));
    for (const text of texts.slice(0, -1)) assert.doesNotMatch(text, /「$/, texts.join(' | '));
  });

  it('keeps every line within the box, shrinking a long title before wrapping it onto a fourth line', () => {
    const title = 'カーネル開発プロセスにおける問題点とその改善に向けた提案の数々について詳しく述べる報告';
    const layout = layoutTitle(title);
    assert.ok(layout.size < 76, `set at ${layout.size} px`);
    assert.ok(layout.lines <= TITLE.maxLines);
    assert.equal(lineTexts(title, layout).join(''), title);
    for (const glyph of layout.glyphs) assert.ok(glyph.x >= 0 && glyph.x + layout.size <= TITLE.width + 1, `a glyph at ${glyph.x} px`);
  });

  it('cuts a title too long for three lines at the smallest size, ending the third line with an ellipsis', () => {
    const title = 'あ'.repeat(100);
    const layout = layoutTitle(title);
    assert.deepEqual([layout.size, layout.lines], [TITLE.sizes.at(-1), TITLE.maxLines]);
    const texts = lineTexts(title, layout);
    assert.ok(texts[2]!.endsWith(TITLE.ellipsis));
    assert.equal(layout.glyphs.at(-1)!.at, title.length);
    assert.ok(layout.glyphs.at(-1)!.x + TITLE.sizes.at(-1)! <= TITLE.width + 1);
  });
});
