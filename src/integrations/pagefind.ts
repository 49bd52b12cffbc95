import { createReadStream, existsSync, statSync } from 'node:fs';
import { join, normalize, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { close, createIndex } from 'pagefind';
import { normalizeBase } from '../lib/urls.ts';

/** Content types of the files Pagefind writes. */
const TYPES: Record<string, string> = { js: 'text/javascript; charset=utf-8', css: 'text/css; charset=utf-8', json: 'application/json', wasm: 'application/wasm' };

/**
 * Builds the Pagefind search index into dist/pagefind/ at the end of `astro build`, through
 * Pagefind's Node API so one command gives the site and its index. Pagefind splits the index
 * by each page's `<html lang>`, so every language searches only its own pages. In `astro dev`,
 * it serves the index of the last build, so search works there too.
 */
export default function pagefind(): AstroIntegration {
  let outDir = '';
  let base = '/';
  return {
    name: 'pagefind',
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
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const out = fileURLToPath(dir);
        const { index, errors } = await createIndex({});
        if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
        const added = await index.addDirectory({ path: out });
        if (added.errors.length > 0) throw new Error(`Pagefind could not index ${out}: ${added.errors.join('; ')}`);
        if (added.page_count === 0) throw new Error('Pagefind found no pages to index: is data-pagefind-body missing?');
        const written = await index.writeFiles({ outputPath: `${out}pagefind` });
        if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
        await close();
        logger.info(`indexed ${added.page_count} pages in ${Math.round(performance.now() - started)} ms`);
      },
    },
  };
}
