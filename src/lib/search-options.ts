/**
 * How the site runs Pagefind (pagefind.js `createInstance` options, besides the bundle path):
 * one place for the search code, the ranking test and the bench.
 */
export const PAGEFIND_OPTIONS = {
  // On the page's thread: the index is small, a search takes a few milliseconds, and the worker would cost 12 KB more.
  noWorker: true,
  // Marks where an excerpt is cut from a longer text.
  excerptEllipsis: '…',
  // A title match, or the few words of a short page (a person's), would otherwise lift what the site
  // adds above the report itself: Kolivas put his page above /qa/ at Pagefind's pageLength of 0.75.
  ranking: { metaWeights: { title: 1 }, pageLength: 0.3 },
} as const;
