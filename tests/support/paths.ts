import { fileURLToPath } from 'node:url';
import { join, resolve } from 'node:path';

/** The repository root (this file is tests/support/paths.ts). */
export const repoRoot = fileURLToPath(new URL('../../', import.meta.url));

/** The main build, made by `npm run build` before the dist tests run. */
export const distDir = join(repoRoot, 'dist');

/** The sub-path build, made by the link test and kept for the browser suite. */
export const subpathDistDir = join(repoRoot, 'dist-subpath');
export const SUBPATH_BASE = '/lfjs-2007/';

/** shared/ beside the repo, where the checked facts file lives. */
export const sharedDir = resolve(repoRoot, process.env.SHARED_DIR ?? '../shared');
