import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

/** The repository root (this file is tests/support/paths.ts). */
export const repoRoot = fileURLToPath(new URL('../../', import.meta.url));

/** The main build, made by `npm run build` before the dist tests run. */
export const distDir = join(repoRoot, 'dist');

/** The sub-path build, made by `npm run build:subpath`; the dist link check and the browser sub-path test share it. */
export const subpathDistDir = join(repoRoot, 'dist-subpath');
export const SUBPATH_BASE = '/lfjs-2007/';
