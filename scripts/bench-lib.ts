/**
 * Helpers for scripts/bench.ts: cleaning a project copy (tests/support/project-copy.ts makes it)
 * for clean builds, a static server that records every response body, compressed sizes, medians
 * and table printing.
 */
import { spawn, spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import { join } from 'node:path';
import { brotliCompressSync, constants as zlibConstants, gzipSync } from 'node:zlib';
import { buildEnv } from '../tests/support/project-copy.ts';
import { serveStatic } from '../tests/support/static-server.ts';

/** Removes what a previous build left, so the next build starts clean. */
export function cleanBuildState(projectDir: string): void {
  for (const path of ['dist', '.astro', 'node_modules/.astro', 'node_modules/.vite', 'node_modules/.cache']) {
    rmSync(join(projectDir, path), { recursive: true, force: true });
  }
}

export interface BuildTiming {
  /** Wall-clock time of `npm run build`, from spawn to exit. */
  wallMs: number;
  /** CPU time (user + system) of `npm run build` and all its children: less sensitive to a busy machine than wall clock. */
  cpuMs: number;
  /** Astro's own figure: "[build] N page(s) built in X s" (it includes the integrations' hooks, Pagefind among them). */
  astroReportedMs: number;
  /** The Pagefind integration's figure: "[pagefind] indexed N pages in M ms". */
  pagefindMs: number;
  /** Astro without Pagefind: the reported figure less Pagefind's. */
  astroMs: number;
  pages: number;
  indexedPages: number;
}

/** Wall-clock and CPU time of a shell command, and what it printed (colour codes removed). */
export interface TimedRun {
  /** From spawn to exit. */
  wallMs: number;
  /** User + system CPU time of the command and every process it started (see cpuScopeNote()). */
  cpuMs: number;
  output: string;
}

/**
 * Runs the command as a Linux child subreaper, so processes orphaned by their parent are adopted and
 * reaped here and their CPU time counted: Pagefind's Node API kills its indexing process without
 * waiting for it, so `times` alone leaves Pagefind's work out (about 3 s of CPU at 1,000 pages).
 * Orphans still running a minute after the command has exited are not waited for.
 */
const TREE_CPU = `
import ctypes, os, resource, subprocess, sys, time
ctypes.CDLL(None).prctl(36, 1, 0, 0, 0)  # PR_SET_CHILD_SUBREAPER
code = subprocess.call(['bash', '-c', sys.argv[1]])
deadline = time.monotonic() + 60
while time.monotonic() < deadline:
    try:
        if os.waitpid(-1, os.WNOHANG) == (0, 0): time.sleep(0.05)
    except ChildProcessError: break
r = resource.getrusage(resource.RUSAGE_CHILDREN)
print(f"[bench-cpu] {r.ru_utime + r.ru_stime:.3f}", flush=True)
sys.exit(code)
`;

let python: boolean | undefined;
function hasPython(): boolean {
  python ??= spawnSync('python3', ['-c', 'import ctypes, resource, sys; sys.exit(ctypes.CDLL(None).prctl(36, 1, 0, 0, 0))'], { stdio: 'ignore' }).status === 0;
  return python;
}

/** What the CPU figures of this machine's runs include, for the printed tables. */
export function cpuScopeNote(): string {
  return hasPython()
    ? 'CPU is user + system time of every process the build started, Pagefind\'s indexer included'
    : 'CPU is user + system time of the processes the build waited for: without python3 (Linux) Pagefind\'s indexer, which is not waited for, is left out';
}

/** Runs a bash command in a folder; rejects with the end of its output if it fails. */
export function timedShell(cwd: string, command: string, env: Record<string, string | undefined> = process.env): Promise<TimedRun> {
  const tree = hasPython();
  return new Promise((resolve, reject) => {
    const started = performance.now();
    // Without python3, bash's `times` reports the CPU time of the processes it waited for, once they have exited.
    const child = tree
      ? spawn('python3', ['-c', TREE_CPU, command], { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] })
      : spawn('bash', ['-c', `${command}; code=$?; echo "[bench-times]"; times; exit $code`], { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      const wallMs = performance.now() - started;
      const text = output.replace(/\u001b\[[0-9;]*m/g, '');
      if (code !== 0) return reject(new Error(`${command} exited with ${code} in ${cwd}:\n${text.slice(-3000)}`));
      const cpu = /\[bench-cpu\] ([\d.]+)/.exec(text);
      const times = /\[bench-times\]\s+\S+ \S+\s+(\d+)m([\d.]+)s (\d+)m([\d.]+)s/.exec(text);
      const cpuMs = cpu
        ? Number(cpu[1]) * 1000
        : times
          ? (Number(times[1]) * 60 + Number(times[2]) + Number(times[3]) * 60 + Number(times[4])) * 1000
          : Number.NaN;
      resolve({ wallMs, cpuMs, output: text });
    });
  });
}

/** Runs `npm run build` (Node 24 from the `node` devDependency) in a folder and reads the timings from its output. */
export async function timedBuild(cwd: string): Promise<BuildTiming> {
  const { wallMs, cpuMs, output: text } = await timedShell(cwd, 'npm run build', buildEnv());
  // Astro prints "812ms", "5.41s" or, past a minute, "3m 53s".
  const astro = /\[build\] (\d+) page\(s\) built in (?:(\d+)m\s*)?([\d.]+)\s*(ms|s)\b/.exec(text);
  const pagefind = /\[pagefind\] indexed (\d+) pages in (\d+) ms/.exec(text);
  if (!astro || !pagefind) throw new Error(`could not find Astro's and Pagefind's timings in the build output:\n${text.slice(-3000)}`);
  const astroReportedMs = Number(astro[2] ?? 0) * 60_000 + Number(astro[3]) * (astro[4] === 's' ? 1000 : 1);
  const pagefindMs = Number(pagefind[2]);
  return {
    wallMs,
    cpuMs,
    astroReportedMs,
    pagefindMs,
    astroMs: astroReportedMs - pagefindMs,
    pages: Number(astro[1]),
    indexedPages: Number(pagefind[1]),
  };
}

export interface Served {
  /** Request path (with query), as the browser asked for it. */
  path: string;
  status: number;
  contentType: string;
  body: Buffer;
}

/**
 * Serves a build with tests/support/static-server.ts on 127.0.0.1 (a free port) and records every
 * response, including those that workers make, which a page's own events may not show.
 */
export async function recordingServer(root: string): Promise<{ server: Server; url: string; log: Served[]; close: () => Promise<void> }> {
  const log: Served[] = [];
  const { server, url } = await serveStatic(root, '/', 0);
  server.prependListener('request', (req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    // The static server passes its headers to writeHead(), which getHeader() does not see: keep them here.
    let contentType = '';
    const writeHead = res.writeHead.bind(res) as (...args: unknown[]) => ServerResponse;
    res.writeHead = ((...headArgs: unknown[]) => {
      const headers = headArgs.find((a): a is Record<string, unknown> => typeof a === 'object' && a !== null && !Array.isArray(a));
      const type = headers && Object.entries(headers).find(([k]) => k.toLowerCase() === 'content-type')?.[1];
      if (type !== undefined) contentType = String(type);
      return writeHead(...headArgs);
    }) as ServerResponse['writeHead'];
    const write = res.write.bind(res) as (...args: unknown[]) => boolean;
    const end = res.end.bind(res) as (...args: unknown[]) => ServerResponse;
    const keep = (chunk: unknown) => {
      if (typeof chunk === 'string') chunks.push(Buffer.from(chunk));
      else if (chunk instanceof Uint8Array) chunks.push(Buffer.from(chunk));
    };
    res.write = ((chunk: unknown, ...rest: unknown[]) => {
      keep(chunk);
      return write(chunk, ...rest);
    }) as ServerResponse['write'];
    res.end = ((chunk?: unknown, ...rest: unknown[]) => {
      if (typeof chunk !== 'function') keep(chunk);
      return end(chunk, ...rest);
    }) as ServerResponse['end'];
    res.on('finish', () => {
      log.push({ path: req.url ?? '/', status: res.statusCode, contentType: contentType || String(res.getHeader('content-type') ?? ''), body: Buffer.concat(chunks) });
    });
  });
  const close = () =>
    new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    });
  return { server, url, log, close };
}

export interface Sizes {
  raw: number;
  gzip: number;
  brotli: number;
}

export const zero = (): Sizes => ({ raw: 0, gzip: 0, brotli: 0 });

/** Sizes of one body as sent plainly, gzip -9 and brotli 11 (what a host that compresses would send). */
export function sizesOf(body: Buffer | string): Sizes {
  const buffer = typeof body === 'string' ? Buffer.from(body) : body;
  return {
    raw: buffer.length,
    gzip: gzipSync(buffer, { level: 9 }).length,
    brotli: brotliCompressSync(buffer, { params: { [zlibConstants.BROTLI_PARAM_QUALITY]: 11, [zlibConstants.BROTLI_PARAM_SIZE_HINT]: buffer.length } }).length,
  };
}

export function add(a: Sizes, b: Sizes): Sizes {
  return { raw: a.raw + b.raw, gzip: a.gzip + b.gzip, brotli: a.brotli + b.brotli };
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? Number.NaN) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

/** 12345 → "12.1 KB" (KiB, one decimal), small figures in bytes. */
export function kb(bytes: number): string {
  return bytes < 1024 ? `${bytes} B` : `${(bytes / 1024).toFixed(1)} KB`;
}

export function ms(value: number): string {
  return Number.isFinite(value) ? (value >= 1000 ? `${(value / 1000).toFixed(2)} s` : `${value.toFixed(1)} ms`) : 'n/a';
}

/** A Markdown table (it reads as a plain table in a terminal too) with right-aligned figures. */
export function table(header: string[], rows: string[][], alignLeft = 1): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => (i < alignLeft ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join(' | ')} |`;
  const rule = `| ${widths.map((w, i) => (i < alignLeft ? '-'.repeat(w) : `${'-'.repeat(Math.max(w - 1, 1))}:`)).join(' | ')} |`;
  return [line(header), rule, ...rows.map(line)].join('\n');
}
