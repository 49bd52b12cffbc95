import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import type { HTMLElement, Node } from 'node-html-parser';
import { assertBuilt, page } from '../support/dist.ts';
import { indexedPages } from '../support/pagefind.ts';

before(() => assertBuilt());

// Elements a reader sees as separate boxes: HTML's block-level elements, and the inline ones
// the site draws as boxes of their own (badges, the timeline's kind labels).
const BLOCKS = new Set([
  'address', 'article', 'aside', 'blockquote', 'br', 'caption', 'dd', 'details', 'div', 'dl', 'dt', 'figcaption', 'figure',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'ol', 'p', 'pre', 'section', 'summary',
  'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul',
]);
const BOX_CLASSES = ['badge', 'timeline-key'];
// What Pagefind leaves out of the index, besides data-pagefind-ignore.
const NOT_INDEXED = new Set(['head', 'style', 'script', 'noscript', 'label', 'form', 'svg', 'footer', 'nav', 'iframe', 'template']);

const isBox = (el: HTMLElement) => BLOCKS.has(el.rawTagName.toLowerCase()) || BOX_CLASSES.some((c) => el.classList.contains(c));

interface Run {
  text: string;
  /** The elements from the indexed body down to the text's parent. */
  path: HTMLElement[];
}

/** The indexed text nodes of an element in document order, with their ancestors. */
function runs(el: HTMLElement, path: HTMLElement[] = []): Run[] {
  return el.childNodes.flatMap((child: Node): Run[] => {
    if (child.nodeType === 3) return [{ text: child.text, path }];
    if (child.nodeType !== 1) return [];
    const element = child as HTMLElement;
    if (element.hasAttribute('data-pagefind-ignore') || NOT_INDEXED.has(element.rawTagName.toLowerCase())) return [];
    return runs(element, [...path, element]);
  });
}

/** Text on both sides of a box edge with no whitespace between: the places where words can run together. */
function edges(body: HTMLElement): { left: string; right: string }[] {
  const found: { left: string; right: string }[] = [];
  let prev: Run | undefined;
  let spaced = true;
  for (const run of runs(body)) {
    if (run.text.trim() === '') {
      if (run.text !== '') spaced = true;
      continue;
    }
    if (prev && !spaced && !/^\s/.test(run.text)) {
      const exited = prev.path.filter((el) => !run.path.includes(el));
      const entered = run.path.filter((el) => !prev!.path.includes(el));
      if ([...exited, ...entered].some(isBox)) found.push({ left: prev.text.trimEnd().split(/\s+/).at(-1)!.slice(-8), right: run.text.split(/\s+/)[0]!.slice(0, 8) });
    }
    prev = run;
    spaced = /\s$/.test(run.text);
  }
  return found;
}

describe('search excerpts keep separate words apart', () => {
  it('no two boxes of a page run together in its indexed text', () => {
    const joins: string[] = [];
    let checked = 0;
    for (const { url, content } of indexedPages()) {
      // Pagefind separates Japanese words with zero-width spaces; a join is a join without them.
      const text = content.replaceAll('\u200b', '').replace(/\s+/g, ' ');
      for (const body of page(url).querySelectorAll('[data-pagefind-body]')) {
        for (const { left, right } of edges(body)) {
          checked++;
          if (text.includes(left + right)) joins.push(`${url}: “…${left}${right}…” (“${left}” and “${right}” are in separate boxes)`);
        }
      }
    }
    assert.ok(checked > 100, `only ${checked} box edges checked`);
    assert.deepEqual(joins, []);
  });
});
