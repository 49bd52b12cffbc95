// @ts-check
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { unified } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import remarkReportContent from './src/plugins/remark-report-content.ts';
import pagefind from './src/integrations/pagefind.ts';
import highlightStylesheet from './src/integrations/highlight-css.ts';
import noPreloadHelper from './src/integrations/no-preload-helper.ts';
import serviceWorker from './src/integrations/service-worker.ts';
import prerenderer from './src/integrations/prerenderer.ts';
import { normalizeBase } from './src/lib/urls.ts';

// The public origin and sub-path come from the environment so one build script serves every host.
const site = process.env.SITE_URL ?? 'http://127.0.0.1:4321';
const base = normalizeBase(process.env.SITE_BASE);
// A second build (the sub-path test) writes elsewhere so it does not replace dist/.
const outDir = process.env.OUT_DIR ?? './dist';
const contentDir = fileURLToPath(new URL('./content/', import.meta.url));

// The two tiny scripts that must run inline (before paint) are allowed by their hashes, nothing else inline.
/** @type {(file: string) => `sha256-${string}`} */
const inlineScriptHash = (file) =>
  `sha256-${createHash('sha256').update(readFileSync(new URL(file, import.meta.url), 'utf8')).digest('base64')}`;

export default defineConfig({
  site,
  base,
  outDir,
  // Kept inside the project (not node_modules) so copies that share node_modules build independently.
  cacheDir: './.astro/cache',
  trailingSlash: 'always',
  // Two pages at a time: one renders while the other's folder and file are created (slow on some file
  // systems). At ~1,000 pages 16.5–19.7 s against 19.0–22.8 s one at a time (3 interleaved builds each).
  build: { format: 'directory', concurrency: 2 },
  i18n: {
    locales: ['ja', 'en'],
    defaultLocale: 'ja',
    routing: { prefixDefaultLocale: false },
  },
  markdown: {
    processor: unified({
      gfm: false,
      remarkPlugins: [remarkGfm, [remarkReportContent, { contentDir, base }]],
    }),
    // Shiki's Markdown highlighting writes style attributes, which the CSP forbids; the site's code
    // (the BibTeX citations) is highlighted into classes by src/lib/highlight.ts instead.
    syntaxHighlight: false,
  },
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "connect-src 'self'",
        // The offline service worker (same origin); search runs Pagefind on the page's thread, with no worker of its own.
        "worker-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      // Pagefind's search runs as WebAssembly, which needs 'wasm-unsafe-eval' (not 'unsafe-eval').
      scriptDirective: {
        resources: ["'self'", "'wasm-unsafe-eval'"],
        hashes: [inlineScriptHash('./src/scripts/theme-init.js'), inlineScriptHash('./src/scripts/not-found-lang.js')],
      },
    },
  },
  vite: {
    plugins: [noPreloadHelper()],
    // The build-time bundle keeps every MDX body in one chunk, not one chunk per file: at ~1,000 pages
    // Vite takes 2.6–3.3 s instead of 5.0–5.3 s, and ~600 fewer files are written and deleted.
    environments: {
      prerender: { build: { rolldownOptions: { output: { codeSplitting: { groups: [{ name: 'content', test: (id) => id.startsWith(contentDir) }] } } } } },
    },
    build: {
      rollupOptions: {
        // Astro's MDX modules carry a directive the bundler warns about on every page; it is expected.
        onwarn(warning, warn) {
          if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
        },
      },
    },
  },
  integrations: [
    highlightStylesheet(),
    prerenderer(),
    mdx(),
    // The offline page is what the service worker shows without a network, not a page to find.
    sitemap({ i18n: { defaultLocale: 'ja', locales: { ja: 'ja', en: 'en' } }, filter: (page) => !/\/offline\/$/.test(page) }),
    pagefind(),
    // After Pagefind: the worker's manifest lists the search index.
    serviceWorker(),
  ],
});
