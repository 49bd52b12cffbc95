import { createReadStream, existsSync, statSync } from 'node:fs';
import { join, normalize, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { close, createIndex, type PagefindIndex } from 'pagefind';
import { normalizeBase } from '../lib/urls.ts';

/** Content types of the files Pagefind writes. */
const TYPES: Record<string, string> = { js: 'text/javascript; charset=utf-8', css: 'text/css; charset=utf-8', json: 'application/json', wasm: 'application/wasm' };

/** The Pagefind integration, and what the prerenderer hands it: each page's path and HTML as Astro renders it. */
export type PagefindIntegration = AstroIntegration & { indexPage: (pathname: string, html: string) => void };

/**
 * Builds the Pagefind search index into dist/pagefind/ during `astro build`, through Pagefind's
 * Node API so one command gives the site and its index. Each page is handed to Pagefind as it is
 * rendered (`indexPage`, from src/integrations/prerenderer.ts), so Pagefind indexes in its own
 * process beside Astro, and only writes the index at the end: at ~1,000 pages, reading and
 * indexing the written pages after the build took ~1.1 s. Pagefind splits the index by each page's
 * `<html lang>`, so every language searches only its own pages. In `astro dev`, it serves the
 * index of the last build, so search works there too.
 */
export default function pagefind(): PagefindIntegration {
  let outDir = '';
  let base = '/';
  let index: Promise<PagefindIndex> | undefined;
  /** Each page's indexing, settled as the errors Pagefind reported (a rejection here would end the build before it could say which page). */
  let indexing: Promise<string[]>[] = [];
  return {
    name: 'pagefind',
    indexPage: (pathname, html) => {
      if (!index) throw new Error('pagefind: a page was rendered before the build started');
      // The URL Pagefind would give the written file: the page's path within the site, without the base.
      const url = pathname.startsWith(base) ? `/${pathname.slice(base.length)}` : pathname;
      indexing.push(
        index
          .then((started) => started.addHTMLFile({ url, content: html }))
          .then(
            ({ errors }) => errors.map((error) => `${url}: ${error}`),
            (error: unknown) => [`${url}: ${String(error)}`],
          ),
      );
    },
    hooks: {
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
        base = normalizeBase(config.base);
      },
      'astro:server:setup': ({ server, logger }) => {
        const bundle = join(outDir, 'pagefind');
        const shown = relative(process.cwd(), bundle);
        if (existsSync(join(bundle, 'pagefind.js'))) logger.info(`search uses the index of the last build, in ${shown}/ (run npm run build to index new text)`);
        else logger.warn(`search has no index yet: run npm run build once, and the dev server serves ${shown}/`);
        server.middlewares.use(`${base}pagefind/`, (req, res) => {
          const path = decodeURIComponent(new URL(req.url ?? '/', 'http://dev').pathname);
          const file = normalize(join(bundle, path));
          if (!file.startsWith(bundle) || !existsSync(file) || !statSync(file).isFile()) {
            res.statusCode = 404;
            res.end(`No search index at ${shown}${path}: run npm run build`);
            return;
          }
          res.setHeader('Content-Type', TYPES[file.split('.').pop() ?? ''] ?? 'application/octet-stream');
          createReadStream(file).pipe(res);
        });
      },
      'astro:build:start': () => {
        indexing = [];
        index = createIndex({}).then(({ index: created, errors }) => {
          if (!created) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
          return created;
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const out = fileURLToPath(dir);
        const errors = (await Promise.all(indexing)).flat();
        if (errors.length > 0) throw new Error(`Pagefind could not index ${errors.length} page(s): ${errors.join('; ')}`);
        if (!index || indexing.length === 0) throw new Error('Pagefind was given no pages: is src/integrations/prerenderer.ts handing them over (astro.config.mjs)?');
        const written = await (await index).writeFiles({ outputPath: `${out}pagefind` });
        if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
        await close();
        logger.info(`indexed ${indexing.length} pages in ${Math.round(performance.now() - started)} ms after the build (each given to Pagefind as it was rendered)`);
      },
    },
  };
}
