import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { runBuild } from './project-copy.ts';
import { repoRoot, SUBPATH_BASE } from './paths.ts';

/** Where the browser suite's sub-path build lives (the build-output suite writes the same directory). */
export const SUBPATH_OUT = resolve(repoRoot, process.env.SUBPATH_DIST ?? './dist-subpath');

/** Builds the site under SUBPATH_BASE into SUBPATH_OUT unless a complete build (pages, search bundle, service worker) is there. */
export async function ensureSubpathBuild(): Promise<string> {
  const complete = ['index.html', 'pagefind/pagefind-ui.js', 'pagefind/pagefind.js', 'sw.js'].every((file) => existsSync(resolve(SUBPATH_OUT, file)));
  if (complete) return SUBPATH_OUT;
  const { code, output } = await runBuild(repoRoot, { SITE_BASE: SUBPATH_BASE, OUT_DIR: SUBPATH_OUT });
  if (code !== 0) throw new Error(`sub-path build exited with ${code}:\n${output.slice(-4000)}`);
  return SUBPATH_OUT;
}
