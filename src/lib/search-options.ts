/**
 * How the site runs Pagefind (pagefind.js `createInstance` options, besides the bundle path):
 * one place for the search code, the ranking test and the bench.
 */
export const PAGEFIND_OPTIONS = {
  // On the page's thread: the index is small, a search takes a few milliseconds, and the worker would cost 12 KB more.
  noWorker: true,
  // Marks where an excerpt is cut from a longer text.
  excerptEllipsis: '…',
  // A title match would otherwise lift a short page (a person, the glossary) above the report itself.
  ranking: { metaWeights: { title: 1 } },
} as const;
