import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import { LANGS, REPORT_ROUTES, assertBuilt, page, pathOf, reportSection } from '../support/dist.ts';
import { indexedPages } from '../support/pagefind.ts';
import { repoRoot } from '../support/paths.ts';

before(() => assertBuilt());

/** The report, verbatim: the project's own copy. */
const REPORT = readFileSync(join(repoRoot, 'docs/source/symposium-report-2007.ja.txt'), 'utf8');

/** The report's running text: its paragraphs (indented) and bullet items, not its headings, photo captions or closing credit. */
function reportSentences(): string[] {
  const lines = REPORT.split('\n');
  const text = lines.filter((line, i) => /^\s+\S/.test(line) && !/\.jpg$/.test(lines[i - 1] ?? '')).map((line) => line.replace(/^\s*(•\s*)?/, ''));
  // Sentences end with 。 outside quotation brackets; a bullet item without one is a sentence of its own.
  const sentences: string[] = [];
  for (const line of text) {
    let depth = 0;
    let start = 0;
    for (let i = 0; i < line.length; i++) {
      const ch = line[i];
      if (ch === '「' || ch === '『') depth++;
      else if ((ch === '」' || ch === '』') && depth > 0) depth--;
      else if (ch === '。' && depth === 0) {
        sentences.push(line.slice(start, i + 1));
        start = i + 1;
      }
    }
    if (line.slice(start).trim()) sentences.push(line.slice(start));
  }
  return sentences.map((s) => s.trim()).filter((s) => s.length > 0);
}

// Pagefind separates the words it segments with zero-width spaces.
const squeeze = (text: string) => text.replace(/[\s\u200b]+/g, '');

describe('every sentence of the report has exactly one home in the search index', () => {
  const sentences = reportSentences();
  const japanese = indexedPages().filter((p) => p.lang === 'ja').map((p) => ({ url: p.url, text: squeeze(p.content) }));

  it('reads the report (the check is not vacuous)', () => {
    assert.ok(sentences.length > 80, `${sentences.length} sentences`);
    assert.ok(sentences.includes('開発はゆっくりとだが、着実に進んでいる'));
  });
  it('finds each sentence on one Japanese page, and one only', () => {
    const wrong = sentences
      .map((sentence) => ({ sentence, pages: japanese.filter((p) => p.text.includes(squeeze(sentence))).map((p) => p.url) }))
      .filter((s) => s.pages.length !== 1);
    assert.deepEqual(wrong, []);
  });
});

/** The paragraph ids of the report body of a page. */
function blockIds(path: string): string[] {
  return (reportSection(page(path))?.querySelectorAll('[id]') ?? []).map((e) => e.id).filter((id) => /-p\d+$/.test(id));
}

describe('every paragraph of the report has one id, the same in both languages and in the parallel edition', () => {
  const home = new Map<string, string>();
  for (const route of REPORT_ROUTES) {
    it(route, () => {
      const ja = blockIds(pathOf(route, 'ja'));
      for (const lang of LANGS) {
        assert.deepEqual(blockIds(pathOf(route, lang)), ja, `${pathOf(route, lang)}: the same ids as the Japanese page`);
        const rows = page(pathOf(`/parallel${route}`, lang)).querySelectorAll('.parallel-row[id]').map((r) => r.id).filter((id) => /-p\d+$/.test(id));
        assert.deepEqual(rows, ja, `${pathOf(`/parallel${route}`, lang)}: a row for each paragraph`);
      }
      for (const id of ja) {
        assert.equal(home.get(id), undefined, `${id} is on ${home.get(id)} and ${route}`);
        home.set(id, route);
      }
    });
  }
  it('numbers every block of a report body', () => {
    const blocks = reportSection(page('/subsystems/containerization/'))?.querySelectorAll(':scope > p:not(.report-label), :scope > ul > li, :scope > blockquote') ?? [];
    assert.ok(blocks.length >= 7);
    assert.ok(blocks.every((b) => /^containerization-p\d+$/.test(b.id)), blocks.map((b) => b.id).join(' '));
  });
});
