/**
 * Reads V8 CPU profiles (`node --cpu-prof`) and sums them up: self time by function, and self and
 * total time by the package or project file the code comes from.
 *
 *   node scripts/cpu-profile.ts DIR_OR_FILE... [--root=PROJECT_DIR] [--top=N]
 *
 * "Total" counts a sample once for every group on its stack, so a group's total is the time spent
 * in it or in anything it called (a package that calls itself is not counted twice).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
  startTime: number;
  endTime: number;
}

export interface Entry {
  name: string;
  ms: number;
}

export interface ProfileSummary {
  /** Sampled time of all profiles, idle time included. */
  totalMs: number;
  /** Self time by function (name, group and line). */
  selfByFunction: Entry[];
  /** Self time by package or project file. */
  selfByGroup: Entry[];
  /** Time with the group anywhere on the stack. */
  totalByGroup: Entry[];
}

/**
 * The package (`astro`, `@astrojs/mdx`) or project file (`src/lib/site-model.ts`) a script URL
 * belongs to; V8's own entries such as `(garbage collector)` stand for themselves.
 */
export function groupOf(url: string, functionName: string, root: string): string {
  if (!url) return functionName.startsWith('(') ? functionName : '(native)';
  if (url.startsWith('node:')) return 'node: (Node.js built-ins)';
  const path = url.startsWith('file://') ? fileURLToPath(url) : url;
  const at = path.lastIndexOf('/node_modules/');
  if (at >= 0) {
    const [first = '', second = ''] = path.slice(at + '/node_modules/'.length).split('/');
    return first.startsWith('@') ? `${first}/${second}` : first;
  }
  const rel = relative(root, path);
  return rel.startsWith('..') ? path : rel;
}

function profileFiles(paths: string[]): string[] {
  return paths.flatMap((p) =>
    statSync(p).isDirectory()
      ? readdirSync(p).filter((f) => f.endsWith('.cpuprofile')).map((f) => join(p, f))
      : [p],
  );
}

const sorted = (map: Map<string, number>, top: number): Entry[] =>
  [...map].sort((a, b) => b[1] - a[1]).slice(0, top).map(([name, us]) => ({ name, ms: us / 1000 }));

const bump = (map: Map<string, number>, key: string, us: number) => map.set(key, (map.get(key) ?? 0) + us);

/** Sums every profile in the given files or folders; `root` is the project the file paths are shown relative to. */
export function summarizeProfiles(paths: string[], root: string, top = 20): ProfileSummary {
  const selfByFunction = new Map<string, number>();
  const selfByGroup = new Map<string, number>();
  const totalByGroup = new Map<string, number>();
  let totalUs = 0;
  for (const file of profileFiles(paths)) {
    const profile = JSON.parse(readFileSync(file, 'utf8')) as CpuProfile;
    const byId = new Map(profile.nodes.map((n) => [n.id, n]));
    const parent = new Map<number, number>();
    for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
    const selfUs = new Map<number, number>();
    profile.samples.forEach((id, i) => selfUs.set(id, (selfUs.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
    for (const [id, us] of selfUs) {
      const node = byId.get(id);
      if (!node) continue;
      totalUs += us;
      const { functionName, url, lineNumber } = node.callFrame;
      const group = groupOf(url, functionName, root);
      bump(selfByFunction, `${functionName || '(anonymous)'} · ${group}${url ? `:${lineNumber + 1}` : ''}`, us);
      bump(selfByGroup, group, us);
      const onStack = new Set<string>();
      for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
        const frame = byId.get(at)?.callFrame;
        if (frame && frame.functionName !== '(root)') onStack.add(groupOf(frame.url, frame.functionName, root));
      }
      for (const g of onStack) bump(totalByGroup, g, us);
    }
  }
  return {
    totalMs: totalUs / 1000,
    selfByFunction: sorted(selfByFunction, top),
    selfByGroup: sorted(selfByGroup, top),
    totalByGroup: sorted(totalByGroup, top),
  };
}

/** The three lists as Markdown tables, with each entry's share of the sampled time. */
export function formatSummary(summary: ProfileSummary): string {
  const pct = (ms: number) => `${((100 * ms) / summary.totalMs).toFixed(1)} %`;
  const list = (title: string, entries: Entry[]) =>
    [`| ${title} | ms | share |`, '| --- | ---: | ---: |', ...entries.map((e) => `| ${e.name.replaceAll('|', '\\|')} | ${e.ms.toFixed(0)} | ${pct(e.ms)} |`)].join('\n');
  return [
    `Sampled: ${(summary.totalMs / 1000).toFixed(1)} s of wall time (idle, and waiting for a busy CPU, included: compare shares rather than milliseconds).`,
    '',
    list('self time by function', summary.selfByFunction),
    '',
    list('self time by package / file', summary.selfByGroup),
    '',
    list('total time by package / file', summary.totalByGroup),
  ].join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  const root = resolve(args.find((a) => a.startsWith('--root='))?.slice('--root='.length) ?? process.cwd());
  const top = Number(args.find((a) => a.startsWith('--top='))?.slice('--top='.length) ?? 20);
  const paths = args.filter((a) => !a.startsWith('--'));
  if (paths.length === 0) {
    console.error('usage: node scripts/cpu-profile.ts DIR_OR_FILE... [--root=PROJECT_DIR] [--top=N]');
    process.exit(2);
  }
  console.log(formatSummary(summarizeProfiles(paths, root, top)));
}
