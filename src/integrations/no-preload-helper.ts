import type { Plugin } from 'vite';

/** Vite's module id for the helper it wraps every dynamic import() in (Vite 8). */
const PRELOAD_HELPER = '\0vite/preload-helper.js';

/**
 * Replaces Vite's dynamic-import helper with a plain call. Vite wraps each import() in a helper
 * that first preloads the imported chunk's own imports; the launcher's import() of search's code
 * would put that helper (0.9 KB gzip) on every page: 2.0 KB of JavaScript on load instead of
 * 1.1 KB, the whole budget. Without it a lazily loaded chunk fetches its imports when it runs
 * (one more round trip, when search opens). `npm run bench` ("JS run") shows the figure.
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
