/** Marking a search's words on the page a result opens. */

/** The query parameter that carries the words to mark (Pagefind's name for it). */
export const HIGHLIGHT_PARAM = 'highlight';

/** At most this many words of at most this length are marked, whatever the URL says. */
const MAX_WORDS = 10;
const MAX_LENGTH = 100;

/** The words a URL's query string asks to mark: NFKC, each once, empty and overlong ones dropped. */
export function highlightWords(search: string): string[] {
  const words = new URLSearchParams(search)
    .getAll(HIGHLIGHT_PARAM)
    .map((w) => w.normalize('NFKC').trim())
    .filter((w) => w !== '' && w.length <= MAX_LENGTH);
  return [...new Set(words)].slice(0, MAX_WORDS);
}

/** The query string without the words to mark, for the address once the marks are cleared. */
export function withoutHighlight(search: string): string {
  const params = new URLSearchParams(search);
  params.delete(HIGHLIGHT_PARAM);
  const rest = params.toString();
  return rest ? `?${rest}` : '';
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Where the words occur in a text, as [start, end) ranges in order, ignoring case. A word in
 * Latin script also takes the rest of the word it starts (reclaim → reclaiming), longer words
 * win over their prefixes (仮想化 over 仮想).
 */
export function markRanges(text: string, words: string[]): [number, number][] {
  if (words.length === 0) return [];
  const alternatives = [...words]
    .sort((a, b) => b.length - a.length)
    .map((w) => (/^[\p{Script=Latin}\p{N}]+$/u.test(w) ? `${escapeRegExp(w)}[\\p{L}\\p{N}]*` : escapeRegExp(w)));
  const pattern = new RegExp(alternatives.join('|'), 'giu');
  return [...text.matchAll(pattern)].filter((m) => m[0] !== '').map((m) => [m.index, m.index + m[0].length]);
}
