import { HTMLElement, parse } from 'node-html-parser';

/** Escapes a string for use in a regular expression. */
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A passage rendered on a page that is not its home: the given ids are taken off its elements
 * (they belong to the home page), the anchors that named them point to the home page instead, and
 * its headings go one level down, under the heading of the box that quotes them.
 */
export function excerptHtml(html: string, ids: readonly string[], homeHref: string): string {
  const names = ids.map(escapeRegExp).join('|');
  const moved = ids.length === 0 ? html : html
    .replace(new RegExp(` id="(?:${names})"`, 'g'), '')
    .replace(new RegExp(` href="#(${names})"`, 'g'), (_, id: string) => ` href="${homeHref}#${id}"`);
  return moved.replace(/<(\/?)h([2-5])\b/g, (_, slash: string, level: string) => `<${slash}h${Number(level) + 1}`);
}

/** One row of a parallel edition: a heading, paragraph, list item or quote in both languages. */
export interface BlockPair {
  /** The id the block has in both languages. */
  id: string;
  /** Each language's block, as HTML without its id (the row carries it); a list item comes in its list. */
  ja: string;
  en: string;
}

/** The top-level blocks of rendered report text that carry an id, in order: list items stand alone, each in its own list. */
function blocksOf(html: string): { id: string; html: string }[] {
  const blocks: { id: string; html: string }[] = [];
  for (const node of parse(html).childNodes) {
    if (!(node instanceof HTMLElement)) continue;
    const items = node.tagName === 'UL' || node.tagName === 'OL' ? node.childNodes.filter((n): n is HTMLElement => n instanceof HTMLElement) : [node];
    for (const item of items) {
      const id = item.id;
      if (!id) continue;
      item.removeAttribute('id');
      const tag = node.tagName.toLowerCase();
      blocks.push({ id, html: item === node ? item.outerHTML : `<${tag}>${item.outerHTML}</${tag}>` });
    }
  }
  return blocks;
}

/** Pairs the blocks of a page's Japanese and English text by id; the site model has checked that both have the same ones, in order. */
export function pairBlocks(jaHtml: string, enHtml: string): BlockPair[] {
  const en = new Map(blocksOf(enHtml).map((b) => [b.id, b.html]));
  return blocksOf(jaHtml).map((ja) => ({ id: ja.id, ja: ja.html, en: en.get(ja.id) ?? '' }));
}
