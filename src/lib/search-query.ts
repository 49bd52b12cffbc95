/**
 * Search queries: the form a query is searched in, the terms Pagefind makes of it, and the check
 * that every term really occurs on the site (Pagefind quietly drops a term it cannot find, or
 * falls back to a shorter indexed word such as a single kanji, so 暗号化 would find every page
 * with 化).
 */

/** Languages whose queries Pagefind splits into words with Intl.Segmenter (pagefind.js 1.6). */
const SEGMENTED = new Set(['ja', 'zh', 'th']);

/** Punctuation pagefind.js removes from a query (dashes, brackets, quotes, other); connectors like _ stay. */
const PUNCTUATION = /[\p{Pd}\p{Pe}\p{Pf}\p{Pi}\p{Po}\p{Ps}]/gu;

/** The query as it is searched: NFKC (ＫＶＭ → KVM, ﾈｰﾑｽﾍﾟｰｽ → ネームスペース), single spaces, trimmed. */
export function normalizeQuery(raw: string): string {
  return raw.normalize('NFKC').replace(/\s+/g, ' ').trim();
}

/** The whitespace-separated words of a query, each once: what the landing page marks. */
export function queryWords(query: string): string[] {
  return [...new Set(normalizeQuery(query).split(' ').filter(Boolean))];
}

/** Accents removed as pagefind.js removes them, keeping the kana voicing marks (が stays が). */
function withoutDiacritics(text: string): string {
  const stripped = text.normalize('NFD').replace(/(?![\u3099\u309A])\p{M}/gu, '');
  return /[\u3099\u309A]/.test(stripped) ? stripped.normalize('NFC') : stripped;
}

/**
 * The terms Pagefind searches for a query, as pagefind.js 1.6 derives them: lower case, without
 * punctuation and accents, and for Japanese split into words by Intl.Segmenter (仮想化対応 →
 * 仮想, 化, 対応). Each term once.
 */
export function searchTerms(query: string, lang: string): string[] {
  const text = normalizeQuery(query).toLocaleLowerCase();
  const words = SEGMENTED.has(lang.split('-')[0] ?? '')
    ? [...new Intl.Segmenter(lang, { granularity: 'word' }).segment(text)].map((s) => s.segment)
    : text.split(' ');
  const terms = words.map((word) => withoutDiacritics(word.replace(PUNCTUATION, '')).trim()).filter(Boolean);
  return [...new Set(terms)];
}

/** Text in the form terms are compared with: as searchTerms normalises it, with no spaces between words. */
export function comparableText(text: string): string {
  return withoutDiacritics(text.normalize('NFKC').toLocaleLowerCase().replace(PUNCTUATION, '')).replace(/[\s\u200B]+/g, '');
}

/**
 * The terms that occur in none of the texts (a result's content and searchable metadata). A
 * Latin-script plural also counts when its singular occurs (namespaces → namespace), since the
 * Japanese index has no English stemmer.
 */
export function missingTerms(terms: string[], texts: string[]): string[] {
  const haystack = texts.map(comparableText).join('\n');
  const occurs = (term: string) => {
    const t = comparableText(term);
    const singulars = /^[a-z0-9]{3,}s$/.test(t) ? [t.slice(0, -1), t.replace(/es$/, '')] : [];
    return [t, ...singulars].some((form) => form !== '' && haystack.includes(form));
  };
  return terms.filter((term) => !occurs(term));
}
