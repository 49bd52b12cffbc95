import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { build } from 'esbuild';
import type { ManifestEntry, ManifestTransform } from 'workbox-build';
// Not the package's index, which loads its generateSW (Rollup, Babel): 0.1 s to import instead of 0.6 s.
import { getManifest } from 'workbox-build/build/get-manifest.js';
import { normalizeBase } from '../lib/urls.ts';

/** What a reader can save: every page (both languages) and what pages load, the search index included. */
const GLOB = {
  globPatterns: ['**/*.{html,css,js,svg,json,wasm,pagefind,pf_meta,pf_index,pf_fragment,pf_filter}'],
  globIgnores: [
    // Not for readers: link-preview images, crawler files, the worker itself, the not-found page (the offline page stands in).
    'og/**',
    'sitemap-*.xml',
    'robots.txt',
    'sw.js',
    'offline.json',
    '404.html',
    // Pagefind's UI bundles, highlight script and worker, which the site does not load (its panel runs pagefind.js without a worker).
    'pagefind/pagefind-ui.*',
    'pagefind/pagefind-component-ui.*',
    'pagefind/pagefind-modular-ui.*',
    'pagefind/pagefind-highlight.js',
    'pagefind/pagefind-worker.js',
  ],
  // Names under _astro/ carry a content hash already.
  dontCacheBustURLsMatching: /^_astro\//,
  maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
};

/** Manifest URLs as the browser asks for them: under the base, pages by their directory (`en/qa/index.html` → `/base/en/qa/`). */
function sitePaths(base: string): ManifestTransform {
  return (entries: (ManifestEntry & { size: number })[]) => ({
    manifest: entries.map((entry) => ({ ...entry, url: `${base}${entry.url.replace(/(^|\/)index\.html$/, '$1')}` })),
    warnings: [],
  });
}

/** The files an HTML page of the build links (stylesheets, scripts, icon), as paths. */
function linkedFiles(html: string): string[] {
  return [...html.matchAll(/<(?:link|script)\b[^>]*?\b(?:href|src)="(\/[^"#?]+)"/g)].map(([, path]) => path ?? '').filter((path) => !path.endsWith('.xml'));
}

/**
 * Writes the service worker (dist/sw.js) after Pagefind has written its index: src/service-worker/sw.ts
 * bundled with esbuild, with the list of the build's files and their revisions from Workbox's
 * getManifest. Also writes dist/offline.json, what "save for offline reading" will download.
 */
export default function serviceWorker(): AstroIntegration {
  let base = '/';
  return {
    name: 'service-worker',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = normalizeBase(config.base);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const outDir = fileURLToPath(dir);
        const options = { ...GLOB, globDirectory: outDir, manifestTransforms: [sitePaths(base)] };
        const { manifestEntries = [], size, count, warnings } = await getManifest(options);
        for (const warning of warnings) logger.warn(warning);
        const buildId = createHash('sha256')
          .update(manifestEntries.map((e) => `${e.url} ${e.revision ?? ''}`).join('\n'))
          .digest('hex')
          .slice(0, 12);
        const offlinePages = ['offline/', 'en/offline/'];
        const core = [
          ...offlinePages.map((page) => `${base}${page}`),
          ...offlinePages.flatMap((page) => linkedFiles(readFileSync(join(outDir, page, 'index.html'), 'utf8'))),
        ];
        const missing = core.filter((path) => !manifestEntries.some((e) => e.url === path));
        if (missing.length > 0) throw new Error(`service worker: the offline pages need files that are not in the manifest: ${missing.join(', ')}`);

        // The manifest goes in as the bundle is built: injecting it afterwards (Workbox's injectManifest) lists and hashes every file again.
        await build({
          entryPoints: [fileURLToPath(new URL('../service-worker/sw.ts', import.meta.url))],
          outfile: join(outDir, 'sw.js'),
          bundle: true,
          format: 'iife',
          target: 'es2022',
          minify: true,
          legalComments: 'none',
          define: {
            __MANIFEST__: JSON.stringify(manifestEntries),
            __BUILD__: JSON.stringify(buildId),
            __CORE__: JSON.stringify([...new Set(core)]),
            'process.env.NODE_ENV': '"production"',
          },
          logLevel: 'warning',
        });
        writeFileSync(join(outDir, 'offline.json'), `${JSON.stringify({ build: buildId, bytes: size, files: count })}\n`);
        logger.info(`sw.js for build ${buildId}: ${count} files (${(size / 1024 / 1024).toFixed(2)} MB) to save offline, in ${Math.round(performance.now() - started)} ms`);
      },
    },
  };
}
