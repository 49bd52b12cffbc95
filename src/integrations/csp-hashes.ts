import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { inlineHashes, trimmedPolicy } from '../lib/csp-hashes.ts';

const POLICY = /(<meta http-equiv="content-security-policy" content=")([^"]*)(")/;

/**
 * Keeps in each page's CSP only the hashes of that page's inline scripts and styles. Astro lists
 * the hash of every script and style of the build on every page, the bundled ones too, which load
 * from 'self' anyway: 9 of 13 hashes, about 400 B of a page's first visit (gzip), each allowing
 * code the page does not have. Runs before the service worker's manifest, which records each page.
 */
export default function cspHashes(): AstroIntegration {
  return {
    name: 'csp-hashes',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const pages = (await readdir(outDir, { recursive: true })).filter((file) => file.endsWith('.html'));
        let removed = 0;
        await Promise.all(
          pages.map(async (file) => {
            const path = join(outDir, file);
            const html = await readFile(path, 'utf8');
            const match = POLICY.exec(html);
            if (!match) return;
            const policy = trimmedPolicy(match[2] ?? '', inlineHashes(html));
            removed += (match[2]?.split("'sha256-").length ?? 1) - policy.split("'sha256-").length;
            await writeFile(path, html.replace(POLICY, (_, open: string, __: string, close: string) => `${open}${policy}${close}`));
          }),
        );
        logger.info(`${pages.length} pages: ${removed} hash sources of code they do not have removed from their CSP`);
      },
    },
  };
}
