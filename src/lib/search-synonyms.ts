/**
 * Index-only synonyms: a report page is also found by the glossary's names, in both languages, of
 * the terms it uses (`<Term id>`), so "namespace" finds the Japanese page that says ネームスペース
 * and 非同期 the English page on AIO. They go into a searchable Pagefind metadata field, not into
 * the page's text or excerpts.
 */
import type { GlossaryEntry } from './site-model.ts';

/** The name of the Pagefind metadata field that holds them. */
export const SYNONYMS_FIELD = 'terms';

/** Every name of a glossary entry in both languages, a parenthesised gloss split off (AIO(非同期I/O) → AIO, 非同期I/O). */
export function termNames(entry: GlossaryEntry): string[] {
  const names = [entry.term.ja, entry.term.en, entry.expansion?.ja, entry.expansion?.en]
    .filter((name): name is string => name !== undefined)
    .flatMap((name) => name.split(/[()()]/))
    .map((name) => name.trim())
    .filter(Boolean);
  return [...new Set(names)];
}

/** The synonyms of a page: every name of every term it uses, each once, in the order the ids come. */
export function searchSynonyms(glossary: GlossaryEntry[], termIds: string[]): string[] {
  const byId = new Map(glossary.map((entry) => [entry.id, entry]));
  const names = termIds.flatMap((id) => {
    const entry = byId.get(id);
    if (!entry) throw new Error(`search synonyms: no glossary entry "${id}"`);
    return termNames(entry);
  });
  return [...new Set(names)];
}

/**
 * The `data-pagefind-meta` value of a page's title heading: the title, plus the synonyms as an
 * inline field (Pagefind takes an inline value to the end of the attribute, commas included).
 */
export function titleMeta(synonyms: string[]): string {
  return synonyms.length > 0 ? `title, ${SYNONYMS_FIELD}:${synonyms.join(', ')}` : 'title';
}
