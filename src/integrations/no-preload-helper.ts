import type { Plugin } from 'vite';

/** Vite's module id for the helper it wraps every dynamic import() in (Vite 8). */
const PRELOAD_HELPER = '\0vite/preload-helper.js';

/**
 * Replaces Vite's dynamic-import helper with a plain call. Vite wraps each import() in a helper
 * that first preloads the imported chunk's own imports; the launcher's import() of search's code
 * would put that helper (0.9 KB gzip) on every page, almost half the 2 KB budget for scripts on
 * load. Without it a lazily loaded chunk fetches its imports when it runs (one more round trip,
 * when search opens). tests/dist/budgets.test.ts fails if the helper comes back.
 */
export default function noPreloadHelper(): Plugin {
  return {
    name: 'no-preload-helper',
    enforce: 'pre',
    load(id) {
      return id === PRELOAD_HELPER ? 'export const __vitePreload = (load) => load();' : undefined;
    },
  };
}
