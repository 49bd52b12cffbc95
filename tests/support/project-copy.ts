import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, relative } from 'node:path';
import { repoRoot } from './paths.ts';

/** Top-level entries of the repo that a copy leaves out: installed, built or generated things. */
const SKIP = new Set(['node_modules', '.git', '.astro', 'test-results', 'playwright-report', 'bench-results']);

/** Caches Astro and Vite keep inside node_modules; a copy gets its own so parallel builds do not share them. */
const NODE_MODULES_CACHES = new Set(['.astro', '.vite', '.cache']);

/**
 * Copies a project (the repo by default) into a new temp folder, without node_modules, builds,
 * .git and .astro: for builds that neither replace dist/ nor share caches (bad-content cases, the
 * bench's clean builds). node_modules is a real folder of symlinks to the project's packages
 * rather than one symlink: Astro keeps its content data store in node_modules/.astro, and builds
 * sharing it would read each other's content (and overwrite the project's own cache).
 */
export function copyProject(from = repoRoot, prefix = 'lfjs-copy-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  for (const entry of readdirSync(from)) {
    if (SKIP.has(entry) || entry.startsWith('dist')) continue;
    cpSync(join(from, entry), join(dir, entry), { recursive: true });
  }
  const modules = join(from, 'node_modules');
  mkdirSync(join(dir, 'node_modules'));
  for (const entry of readdirSync(modules)) {
    if (NODE_MODULES_CACHES.has(entry)) continue;
    symlinkSync(join(modules, entry), join(dir, 'node_modules', entry));
  }
  return dir;
}

/** One mistake a bad-content case expects the build to report. */
export interface Expectation {
  /** The file the message must name, relative to the project (content/…). */
  file: string;
  /** The field the message must name (or a phrase of the message). */
  field: string;
  /** Any further phrases the message must contain. */
  phrases?: string[];
  /** false when the build cannot know the line (a missing file). */
  line?: boolean;
  /** false when the build reports the file and the message on separate lines (Astro's own YAML errors). */
  oneLine?: boolean;
}

/** One string replacement in an existing file of the copy; `find` must occur exactly once. */
interface Replacement {
  file: string;
  find: string;
  replace: string;
}

/** Files of a case folder that describe the case rather than being overlaid. */
const CASE_FILES = new Set(['expect.json', 'delete.txt', 'replace.json', 'README.md']);

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)));
}

/**
 * Applies a bad-content case to a project copy:
 * - every file of the case folder (but expect.json, delete.txt, replace.json) is copied over the project at the same path;
 * - delete.txt lists project paths to delete, one a line;
 * - replace.json lists {file, find, replace} edits, each of which must match exactly once (so a stale case fails loudly).
 */
export function applyCase(projectDir: string, caseDir: string): Expectation[] {
  for (const file of filesUnder(caseDir)) {
    if (CASE_FILES.has(file)) continue;
    cpSync(join(caseDir, file), join(projectDir, file));
  }
  const deletions = join(caseDir, 'delete.txt');
  if (existsSync(deletions)) {
    for (const line of readFileSync(deletions, 'utf8').split('\n').map((l) => l.trim()).filter(Boolean)) {
      const target = join(projectDir, line);
      if (!existsSync(target)) throw new Error(`${basename(caseDir)}/delete.txt: ${line} does not exist in the project`);
      rmSync(target, { recursive: true });
    }
  }
  const replacements = join(caseDir, 'replace.json');
  if (existsSync(replacements)) {
    for (const { file, find, replace } of JSON.parse(readFileSync(replacements, 'utf8')) as Replacement[]) {
      const target = join(projectDir, file);
      const text = readFileSync(target, 'utf8');
      const count = text.split(find).length - 1;
      if (count !== 1) throw new Error(`${basename(caseDir)}/replace.json: ${JSON.stringify(find)} occurs ${count} times in ${file} (expected once: the case is stale)`);
      writeFileSync(target, text.replace(find, () => replace));
    }
  }
  return JSON.parse(readFileSync(join(caseDir, 'expect.json'), 'utf8')) as Expectation[];
}

export interface BuildResult {
  code: number | null;
  /** stdout and stderr together, without colour codes. */
  output: string;
}

/** The environment of a build in a copy: no colours, and none of the variables that move or re-base its output or make it a test run; `extra` on top. */
export function buildEnv(extra: Record<string, string | undefined> = {}): Record<string, string | undefined> {
  const env: Record<string, string | undefined> = { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1' };
  delete env.OUT_DIR;
  delete env.SITE_BASE;
  delete env.SITE_URL;
  delete env.NODE_TEST_CONTEXT;
  return { ...env, ...extra };
}

/** Runs `npm run build` in a folder (so Node 24 from the `node` devDependency is used) and collects its output. */
export function runBuild(cwd: string, env: Record<string, string | undefined> = {}): Promise<BuildResult> {
  return new Promise((resolve, reject) => {
    const child = spawn('npm', ['run', 'build'], { cwd, env: buildEnv(env), stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, output: output.replace(/\u001b\[[0-9;]*m/g, '') }));
  });
}

export function removeDir(dir: string): void {
  if (existsSync(dir) && statSync(dir).isDirectory()) rmSync(dir, { recursive: true, force: true });
}
