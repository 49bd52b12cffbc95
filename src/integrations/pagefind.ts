import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { close, createIndex } from 'pagefind';

/**
 * Builds the Pagefind search index into dist/pagefind/ at the end of `astro build`, through
 * Pagefind's Node API so one command gives the site and its index. Pagefind splits the index
 * by each page's `<html lang>`, so every language searches only its own pages.
 */
export default function pagefind(): AstroIntegration {
  return {
    name: 'pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const outDir = fileURLToPath(dir);
        const { index, errors } = await createIndex({});
        if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
        const added = await index.addDirectory({ path: outDir });
        if (added.errors.length > 0) throw new Error(`Pagefind could not index ${outDir}: ${added.errors.join('; ')}`);
        if (added.page_count === 0) throw new Error('Pagefind found no pages to index: is data-pagefind-body missing?');
        const written = await index.writeFiles({ outputPath: `${outDir}pagefind` });
        if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
        await close();
        logger.info(`indexed ${added.page_count} pages in ${Math.round(performance.now() - started)} ms`);
      },
    },
  };
}
