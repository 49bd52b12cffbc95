import { missingTerms, searchTerms } from '../../lib/search-query.ts';
import type { PagefindResultData } from '../../lib/search-results.ts';
import { PAGEFIND_OPTIONS } from '../../lib/search-options.ts';
import { SYNONYMS_FIELD } from '../../lib/search-synonyms.ts';

/** One page found by Pagefind; its data (URL, title, excerpts) loads on demand. */
export interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<PagefindResultData>;
}

interface PagefindResponse {
  results: PagefindResult[];
  /** Results per filter value for the query, whatever filters are chosen. */
  totalFilters: Record<string, Record<string, number>>;
}

type Filters = Record<string, { any: string[] }>;

/** The part of Pagefind's JavaScript API (pagefind.js 1.6) this site uses. */
interface Pagefind {
  init(): Promise<void>;
  filters(): Promise<unknown>;
  preload(term: string): Promise<void>;
  search(term: string, options?: { filters?: Filters }): Promise<PagefindResponse>;
}

interface PagefindModule {
  createInstance(options: Record<string, unknown>): Pagefind;
}

/** What a search found, checked to be about the query. */
export interface Found {
  results: PagefindResult[];
  /** Pages per section for the query, before the section filter. */
  counts: Record<string, number>;
}

let engine: Promise<Pagefind> | undefined;

/** Loads Pagefind once: pagefind.js, its WebAssembly, the index's metadata and the filter index. */
export function loadEngine(): Promise<Pagefind> {
  engine ??= (async () => {
    const bundle = `${document.documentElement.dataset.base ?? '/'}pagefind/`;
    const pagefind = (await import(/* @vite-ignore */ `${bundle}pagefind.js`)) as PagefindModule;
    const instance = pagefind.createInstance({ basePath: bundle, ...PAGEFIND_OPTIONS });
    await instance.init();
    // Loads the section filter's index, without which searches count no pages per section.
    await instance.filters();
    return instance;
  })();
  engine.catch(() => (engine = undefined));
  return engine;
}

/** Starts loading what a query will need (index chunks) while the reader is still composing it. */
export async function preload(query: string): Promise<void> {
  await (await loadEngine()).preload(query);
}

/**
 * Searches a query (normalised), within the chosen sections. Pagefind drops a term it cannot find
 * and falls back to a shorter indexed word (化学 → 化), so a query whose words occur nowhere would
 * list unrelated pages: every term must occur in the best result (its text or its synonyms), or,
 * for a stemmed language, match an indexed word exactly ("testing" → test).
 */
export async function find(query: string, lang: string, filterName: string, sections: string[]): Promise<Found> {
  const pagefind = await loadEngine();
  const all = await pagefind.search(query);
  const best = await all.results[0]?.data();
  if (!best) return { results: [], counts: {} };
  for (const term of missingTerms(searchTerms(query, lang), [best.content, best.meta.title ?? '', best.meta[SYNONYMS_FIELD] ?? ''])) {
    if ((await pagefind.search(`"${term}"`)).results.length === 0) return { results: [], counts: {} };
  }
  const counts = all.totalFilters[filterName] ?? {};
  const results = sections.length > 0 ? (await pagefind.search(query, { filters: { [filterName]: { any: sections } } })).results : all.results;
  return { results, counts };
}
