/**
 * Pagefind's result data shaped for display: a page, the headings under which the query was
 * found, and excerpts as plain text with the matched words marked (never HTML), each link
 * carrying the query's words for the landing page to mark.
 */
import { HIGHLIGHT_PARAM } from './search-highlight.ts';
import { comparableText } from './search-query.ts';

/** A matched word's position in a page, as Pagefind reports it. */
export interface PagefindLocation {
  weight: number;
  balanced_score: number;
  location: number;
}

/** One section of a page that matched: the page's top, or a heading with an id. */
export interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
  anchor?: { element: string; id: string; text?: string; location: number };
  weighted_locations: PagefindLocation[];
}

/** What `result.data()` returns (the fields this site uses). */
export interface PagefindResultData {
  url: string;
  content: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  sub_results: PagefindSubResult[];
}

/** A run of excerpt text, marked where the query matched. */
export interface ExcerptPart {
  text: string;
  mark: boolean;
}

export interface ResultLink {
  title: string;
  url: string;
  excerpt: ExcerptPart[];
}

/** A page found: its title and excerpt, linking to the section that matched best, and the headings that matched. */
export interface ShapedResult extends ResultLink {
  sections: ResultLink[];
}

/**
 * Pagefind's excerpt (text with `<`/`>` escaped and `<mark>` around matched words) as text runs,
 * adjacent marks merged (Japanese words are marked one segment at a time).
 */
export function excerptParts(excerpt: string): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
  let mark = false;
  for (const piece of excerpt.split(/(<\/?mark>)/)) {
    if (piece === '<mark>' || piece === '</mark>') {
      mark = piece === '<mark>';
      continue;
    }
    const text = piece.replace(/&lt;/g, '<').replace(/&gt;/g, '>');
    if (text === '') continue;
    const last = parts.at(-1);
    if (last && last.mark === mark) last.text += text;
    else parts.push({ text, mark });
  }
  return parts;
}

/** A link with the words to mark on the page it opens (`?highlight=`), before any #fragment. */
export function withHighlight(url: string, words: string[]): string {
  const parsed = new URL(url, 'http://site.invalid');
  for (const word of words) parsed.searchParams.append(HIGHLIGHT_PARAM, word);
  const local = parsed.origin === 'http://site.invalid';
  return `${local ? '' : parsed.origin}${parsed.pathname}${parsed.search}${parsed.hash}`;
}

const weightOf = (section: PagefindSubResult) => section.weighted_locations.reduce((sum, l) => sum + l.balanced_score, 0);
const plain = (parts: ExcerptPart[]) => parts.map((p) => p.text).join('');
/** How many of the query's words a section shows whole, in its heading or excerpt (ネームスペースの仮想化, not just 仮想化). */
const coverageOf = (section: PagefindSubResult, words: string[]) => {
  const text = comparableText(`${section.title} ${plain(excerptParts(section.excerpt))}`);
  return words.filter((w) => text.includes(comparableText(w))).length;
};

/**
 * A page result for display. The page links to the section that shows most of the query's words
 * whole, then has the most weight of matches; up to `maxSections` headings that matched are
 * listed, in that order of merit, then in reading order. The
 * page's own excerpt is what matched before its first heading (unless that is only its title),
 * or, when no heading is listed, the best excerpt of the whole page.
 */
export function shapeResult(data: PagefindResultData, words: string[], maxSections = 3): ShapedResult {
  const title = data.meta.title ?? data.url;
  const ranked = data.sub_results
    .map((section, order) => ({ section, order, coverage: coverageOf(section, words), weight: weightOf(section) }))
    .sort((a, b) => b.coverage - a.coverage || b.weight - a.weight);
  const best = ranked[0]?.section;
  const headings = ranked
    .filter(({ section }) => section.anchor !== undefined)
    .slice(0, maxSections)
    .sort((a, b) => a.order - b.order);
  const top = excerptParts(data.sub_results.find((s) => s.anchor === undefined)?.excerpt ?? '');
  const intro = comparableText(plain(top)) === comparableText(title) ? [] : top;
  return {
    title,
    url: withHighlight(best?.url ?? data.url, words),
    excerpt: headings.length === 0 ? excerptParts(data.excerpt) : intro,
    sections: headings.map(({ section }) => ({ title: section.title, url: withHighlight(section.url, words), excerpt: excerptParts(section.excerpt) })),
  };
}
