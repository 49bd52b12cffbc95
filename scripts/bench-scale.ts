/**
 * The scale run of `npm run bench`: clean builds of this site and of the Starlight peer side by side,
 * at today's size and with synthetic copies of one page, to show how the build's cost grows with
 * the number of pages. Also times a second `npm run build` of an unchanged tree against a clean one.
 *
 *   npm run bench -- --scale                    only the scale run: 1× and ~1,000 pages (240 copies per language)
 *   npm run bench -- --scale --scale-2000       adds the ~2,000-page point (480 copies per language)
 *   npm run bench -- --scale --scale-runs=3     3 clean builds of each (medians reported)
 *   npm run bench -- --scale --scale-profile    also profiles this site's ~1,000-page build (node --cpu-prof)
 *   --peer=DIR or PEER_STARLIGHT=DIR            the peer's folder (default scripts/peer-starlight, the project's copy)
 *   --no-peer                                   this site only
 *   --scale-template=ID                         the page copied (default subsystems/kprobes)
 *   --scale-copies=N,M                          other points (copies per language) than 240 (and 480)
 *
 * Copies are made in temporary copies of both projects, never in the repo. The peer's dependencies
 * are installed once (`npx -y -p node@24 -- npm ci`) into BENCH_CACHE_DIR (default $TMPDIR/lfjs-bench-cache)
 * and reused while its package-lock.json is unchanged.
 */
import { createHash } from 'node:crypto';
import { chmodSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import YAML from 'yaml';
import { buildEnv, copyProject } from '../tests/support/project-copy.ts';
import { cleanBuildState, cpuScopeNote, median, table, timedBuild, timedShell } from './bench-lib.ts';
import { formatSummary, summarizeProfiles, type ProfileSummary } from './cpu-profile.ts';

const COPIES_DIR = 'bench-copies';

export interface ScaleOptions {
  /** Copies of the template page per language at each point; 0 is the site as it is. */
  points: number[];
  runs: number;
  template: string;
  /** The peer's folder, or undefined for this site only. */
  peer: string | undefined;
  /** Profile this site's build at this many copies per language. */
  profileAt: number | undefined;
}

export function scaleOptions(repoRoot: string, args: string[]): ScaleOptions {
  const value = (name: string) => args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
  const listed = value('scale-copies')?.split(',').map(Number);
  const points = [0, ...(listed ?? [240, ...(args.includes('--scale-2000') ? [480] : [])])];
  const peer = args.includes('--no-peer') ? undefined : resolve(repoRoot, value('peer') ?? process.env.PEER_STARLIGHT ?? 'scripts/peer-starlight');
  if (peer && !existsSync(join(peer, 'astro.config.mjs'))) {
    throw new Error(`the Starlight peer is not at ${peer}: pass --peer=DIR or set PEER_STARLIGHT=DIR (a copy of peer-starlight), or --no-peer to build this site only`);
  }
  return {
    points,
    runs: Number(value('scale-runs') ?? 1),
    template: value('scale-template') ?? 'subsystems/kprobes',
    peer,
    profileAt: args.includes('--scale-profile') ? points[1] : undefined,
  };
}

// ---- synthetic content ------------------------------------------------------------------------

function splitFrontmatter(source: string, file: string): { data: Record<string, unknown>; body: string } {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n/.exec(source);
  if (!match) throw new Error(`${file}: no frontmatter to copy`);
  return { data: (YAML.parse(match[1] ?? '') ?? {}) as Record<string, unknown>, body: source.slice(match[0].length) };
}

const withFrontmatter = (data: Record<string, unknown>, body: string) => `---\n${YAML.stringify(data, { lineWidth: 0 })}---\n${body}`;

/** A copy's facts: its own id and label, a position after every real one, and no relations (those must be mutual). */
function copyFacts(facts: Record<string, unknown>, id: string, n: number, firstPosition: number): Record<string, unknown> {
  const out: Record<string, unknown> = { ...facts, id };
  if (typeof facts.position === 'number') out.position = firstPosition + n - 1;
  if (Array.isArray(facts.related)) out.related = [];
  for (const key of ['title', 'navTitle']) if (typeof facts[key] === 'string') out[key] = `${String(facts[key])} (${n})`;
  return out;
}

/**
 * Adds `copies` copies of one page to a copy of this project: its MDX file in every language that
 * has one (body unchanged, so its links stay valid; title numbered) and its content/pages.yaml entry
 * (new id, positions from 101, `related: []`). Returns the number of pages added.
 */
export function addSiteCopies(projectDir: string, template: string, copies: number): number {
  const contentDir = join(projectDir, 'content');
  const langs = readdirSync(contentDir).filter((d) => existsSync(join(contentDir, d, `${template}.mdx`)));
  if (langs.length === 0) throw new Error(`--scale-template: no content/<lang>/${template}.mdx to copy`);
  const ids = Array.from({ length: copies }, (_, i) => `${template}-copy-${i + 1}`);

  const factsFile = join(contentDir, 'pages.yaml');
  const facts = existsSync(factsFile) ? YAML.parse(readFileSync(factsFile, 'utf8')) : undefined;
  const entries: Record<string, unknown>[] = Array.isArray(facts) ? facts : [];
  const entry = entries.find((e) => e.id === template);
  const positions = entries.map((e) => e.position).filter((p): p is number => typeof p === 'number');
  const firstPosition = Math.max(100, ...positions) + 1;
  if (entry) {
    const added = ids.map((id, i) => copyFacts(entry, id, i + 1, firstPosition));
    writeFileSync(factsFile, `${readFileSync(factsFile, 'utf8').trimEnd()}\n${YAML.stringify(added, { lineWidth: 0 })}`);
  } else if (facts !== undefined && !Array.isArray(facts)) {
    throw new Error('content/pages.yaml is not a list of pages: teach scripts/bench-scale.ts its new shape');
  }

  for (const lang of langs) {
    const file = join(contentDir, lang, `${template}.mdx`);
    const { data, body } = splitFrontmatter(readFileSync(file, 'utf8'), file);
    ids.forEach((id, i) => {
      // Facts kept in the frontmatter (no pages.yaml entry) are copied the same way.
      const copy = copyFacts(data, id, i + 1, firstPosition);
      if (!('id' in data)) delete copy.id;
      writeFileSync(join(contentDir, lang, `${id}.mdx`), withFrontmatter(copy, body));
    });
  }
  return copies * langs.length;
}

/** Adds `count` copies of the peer's page for the same template, all listed in one autogenerated sidebar group. */
export function addPeerCopies(peerDir: string, template: string, count: number): void {
  const docs = join(peerDir, 'src/content/docs');
  const ext = ['.md', '.mdx'].find((e) => existsSync(join(docs, `${template}${e}`)));
  if (!ext) throw new Error(`the peer has no src/content/docs/${template}.md to copy`);
  const { data, body } = splitFrontmatter(readFileSync(join(docs, `${template}${ext}`), 'utf8'), template);
  mkdirSync(join(docs, COPIES_DIR));
  const name = template.split('/').at(-1);
  for (let n = 1; n <= count; n++) {
    writeFileSync(join(docs, COPIES_DIR, `${name}-copy-${n}${ext}`), withFrontmatter({ ...data, title: `${String(data.title)} (${n})` }, body));
  }
  const configFile = join(peerDir, 'astro.config.mjs');
  const config = readFileSync(configFile, 'utf8');
  if (config.split('sidebar: [').length !== 2) throw new Error(`${configFile}: expected one "sidebar: [" to add the copies' group to`);
  writeFileSync(configFile, config.replace('sidebar: [', `sidebar: [{ label: 'Copies', items: [{ autogenerate: { directory: '${COPIES_DIR}' } }] },`));
}

// ---- the peer's install, cached -----------------------------------------------------------------

function makeWritable(dir: string): void {
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    const path = join(entry.parentPath, entry.name);
    chmodSync(path, statSync(path).mode | 0o200);
  }
  chmodSync(dir, statSync(dir).mode | 0o200);
}

/** The peer with its dependencies installed, in a cache folder outside the repo keyed by its lock file. */
async function installedPeer(peer: string): Promise<string> {
  const hash = createHash('sha256').update(readFileSync(join(peer, 'package.json'))).update(readFileSync(join(peer, 'package-lock.json'))).digest('hex').slice(0, 12);
  const dir = join(process.env.BENCH_CACHE_DIR ?? join(tmpdir(), 'lfjs-bench-cache'), `peer-starlight-${hash}`);
  const ready = join(dir, '.bench-installed');
  if (existsSync(ready)) return dir;
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dirname(dir), { recursive: true });
  cpSync(peer, dir, { recursive: true, filter: (src) => !/\/(node_modules|dist|\.astro)$/.test(src) });
  makeWritable(dir);
  console.error(`# installing the Starlight peer's dependencies into ${dir} (once; reused while its lock file is unchanged)`);
  await timedShell(dir, 'npx -y -p node@24 -- npm ci --no-audit --no-fund');
  writeFileSync(ready, `${new Date().toISOString()}\n`);
  return dir;
}

// ---- builds ----------------------------------------------------------------------------------

export interface Build {
  pages: number;
  wallMs: number;
  cpuMs: number;
  /** 1-minute load average when the build started and when it ended. */
  load: [number, number];
  /** This site only: what the Pagefind integration reports for its indexing. */
  pagefindMs?: number;
}

const load1 = () => loadavg()[0] ?? Number.NaN;

async function siteBuild(dir: string): Promise<Build> {
  const before = load1();
  const t = await timedBuild(dir);
  return { pages: t.pages, wallMs: t.wallMs, cpuMs: t.cpuMs, load: [before, load1()], pagefindMs: t.pagefindMs };
}

async function peerBuild(dir: string): Promise<Build> {
  const before = load1();
  const { wallMs, cpuMs, output } = await timedShell(dir, 'npm run build', buildEnv({ ASTRO_TELEMETRY_DISABLED: '1' }));
  const pages = /\[build\] (\d+) page\(s\) built in/.exec(output);
  if (!pages) throw new Error(`could not find the peer's page count in its build output:\n${output.slice(-3000)}`);
  return { pages: Number(pages[1]), wallMs, cpuMs, load: [before, load1()] };
}

/** A CPU profile of this site's build: Astro's thread and the card worker threads (each writes its own); Pagefind's own process is not in it. */
async function profiledBuild(dir: string, outDir: string): Promise<ProfileSummary> {
  cleanBuildState(dir);
  rmSync(outDir, { recursive: true, force: true });
  // process.execPath is the Node 24 that `npm run bench` runs on.
  await timedShell(dir, `"${process.execPath}" --cpu-prof --cpu-prof-dir="${outDir}" node_modules/astro/bin/astro.mjs build`, buildEnv());
  return summarizeProfiles([outDir], dir);
}

export interface ScalePoint {
  copiesPerLanguage: number;
  site: Build[];
  /** `npm run build` again right after each clean one, the tree unchanged (Astro's caches in .astro/ kept). */
  siteSecond: Build[];
  peer: Build[];
}

export interface ScaleReport {
  date: string;
  loadavg: number[];
  template: string;
  peer: string | undefined;
  points: ScalePoint[];
  profile?: { copiesPerLanguage: number; pages: number; dir: string; summary: ProfileSummary };
}

const s = (ms: number) => (Number.isFinite(ms) ? `${(ms / 1000).toFixed(1)} s` : '–');
const med = (builds: Build[], f: (b: Build) => number) => median(builds.map(f));
const loads = (builds: Build[]) => builds.flatMap((b) => b.load).map((l) => l.toFixed(1));
const loadRange = (builds: Build[]) => {
  const all = builds.flatMap((b) => b.load);
  return all.length ? `${Math.min(...all).toFixed(1)}–${Math.max(...all).toFixed(1)}` : '–';
};

/** "12 % less CPU (1.3 s)" or "3 % more CPU (0.2 s)". */
function saving(clean: number, again: number): string {
  const share = Math.round(100 * (1 - again / clean));
  return share >= 0 ? `${share} % less CPU (${s(clean - again)})` : `${-share} % more CPU (${s(again - clean)})`;
}

/** The scale table, the second-build table and (if taken) the profile, as Markdown. */
export function formatScale(report: ScaleReport): string {
  const rows = report.points.map((p) => {
    const site = { pages: p.site[0]?.pages ?? 0, wall: med(p.site, (b) => b.wallMs), cpu: med(p.site, (b) => b.cpuMs) };
    const peer = { pages: p.peer[0]?.pages ?? 0, wall: med(p.peer, (b) => b.wallMs), cpu: med(p.peer, (b) => b.cpuMs) };
    const perPage = (cpu: number, pages: number) => (pages ? `${(cpu / pages).toFixed(0)}` : '–');
    return [
      p.copiesPerLanguage === 0 ? '1×' : `+${p.copiesPerLanguage}/lang`,
      `${site.pages} / ${peer.pages || '–'}`,
      `${s(site.wall)} / ${s(site.cpu)}`,
      `${s(peer.wall)} / ${s(peer.cpu)}`,
      peer.cpu ? `${(site.cpu / peer.cpu).toFixed(2)}× (${(site.wall / peer.wall).toFixed(2)}×)` : '–',
      peer.cpu ? `${((site.cpu / site.pages) / (peer.cpu / peer.pages)).toFixed(2)}×` : '–',
      `${perPage(site.cpu, site.pages)} / ${perPage(peer.cpu, peer.pages)}`,
      s(med(p.site, (b) => b.pagefindMs ?? Number.NaN)),
      loadRange([...p.site, ...p.peer]),
    ];
  });
  const second = report.points.map((p) => {
    const clean = med(p.site, (b) => b.cpuMs);
    const again = med(p.siteSecond, (b) => b.cpuMs);
    return [
      String(p.site[0]?.pages ?? ''),
      `${s(med(p.site, (b) => b.wallMs))} / ${s(clean)}`,
      `${s(med(p.siteSecond, (b) => b.wallMs))} / ${s(again)}`,
      saving(clean, again),
      loads(p.siteSecond).join(' → '),
    ];
  });
  const runs = report.points[0]?.site.length ?? 0;
  const out = [
    `## Scale: this site against Starlight (${runs === 1 ? 'one clean build' : `median of ${runs} clean builds`} of each, ${report.date})`,
    '',
    `Copies of \`${report.template}\` (positions from 101, no relations) in a temp copy of each project; each copy is a page and its parallel edition in each language here, and the peer gets as many pages as this site's build added, listed in one autogenerated sidebar group. ${cpuScopeNote()}. ${availableParallelism()} cores.`,
    '',
    table(['content', 'pages (site / Starlight)', 'site: wall / CPU', 'Starlight: wall / CPU', 'ratio: CPU (wall)', 'ratio per page (CPU)', 'CPU ms per page (site / Starlight)', "site's Pagefind step (wall)", 'load (1 min)'], rows),
    '',
    '### A second `npm run build` with the tree unchanged (this site)',
    '',
    table(['pages', 'clean: wall / CPU', 'second: wall / CPU', 'second build', 'load (1 min)'], second),
  ];
  if (report.profile) {
    out.push('', `### CPU profile of this site's ${report.profile.pages}-page build (Astro's thread and the card workers; profiles in ${report.profile.dir})`, '', formatSummary(report.profile.summary));
  }
  return out.join('\n');
}

/** Runs every point: a fresh copy of each project, copies added, then clean and second builds. */
export async function runScale(repoRoot: string, options: ScaleOptions): Promise<ScaleReport> {
  const peerInstalled = options.peer ? await installedPeer(options.peer) : undefined;
  const report: ScaleReport = { date: new Date().toISOString(), loadavg: [], template: options.template, peer: options.peer, points: [] };
  for (const copies of options.points) {
    const site = copyProject(repoRoot, 'lfjs-scale-');
    const peer = peerInstalled ? copyProject(peerInstalled, 'lfjs-scale-peer-') : undefined;
    try {
      const added = copies ? addSiteCopies(site, options.template, copies) : 0;
      const point: ScalePoint = { copiesPerLanguage: copies, site: [], siteSecond: [], peer: [] };
      for (let run = 1; run <= options.runs; run++) {
        cleanBuildState(site);
        point.site.push(await siteBuild(site));
        point.siteSecond.push(await siteBuild(site));
        if (peer && run === 1 && added) {
          // As many pages as this site's build added (a text page makes its parallel edition too), so both build the same number of pages.
          addPeerCopies(peer, options.template, (point.site[0]?.pages ?? 0) - (report.points[0]?.site[0]?.pages ?? 0));
        }
        if (peer) {
          cleanBuildState(peer);
          point.peer.push(await peerBuild(peer));
        }
        const [a, b, c] = [point.site.at(-1), point.siteSecond.at(-1), point.peer.at(-1)];
        console.error(
          `# +${copies}/lang, run ${run}/${options.runs}: site ${a?.pages} pages ${s(a?.wallMs ?? NaN)} wall, ${s(a?.cpuMs ?? NaN)} CPU; second build ${s(b?.wallMs ?? NaN)} / ${s(b?.cpuMs ?? NaN)}` +
            (c ? `; Starlight ${c.pages} pages ${s(c.wallMs)} / ${s(c.cpuMs)}` : '') +
            ` (load ${load1().toFixed(1)})`,
        );
      }
      const base = report.points[0];
      const grew = (builds: Build[], from: Build[] | undefined) => (builds[0]?.pages ?? 0) - (from?.[0]?.pages ?? 0);
      if (base && copies && grew(point.site, base.site) < added) {
        throw new Error(`this site built ${grew(point.site, base.site)} more pages with ${added} copies added: are the copies all built?`);
      }
      if (base && copies && peer && grew(point.peer, base.peer) !== grew(point.site, base.site)) {
        throw new Error(`the peer built ${grew(point.peer, base.peer)} more pages, not the ${grew(point.site, base.site)} this site did`);
      }
      if (options.profileAt === copies) {
        const dir = mkdtempSync(join(tmpdir(), 'lfjs-bench-profile-'));
        console.error(`# profiling this site's build at +${copies}/lang into ${dir}`);
        report.profile = { copiesPerLanguage: copies, pages: point.site[0]?.pages ?? 0, dir, summary: await profiledBuild(site, dir) };
      }
      report.points.push(point);
    } finally {
      rmSync(site, { recursive: true, force: true });
      if (peer) rmSync(peer, { recursive: true, force: true });
    }
  }
  report.loadavg = loadavg();
  return report;
}

/** The scale run as `npm run bench` calls it: prints the tables and writes bench-results/scale.{json,md}. */
export async function benchScale(repoRoot: string, options: ScaleOptions): Promise<void> {
  const report = await runScale(repoRoot, options);
  const text = `${formatScale(report)}\n\nLoad average at the end: ${report.loadavg.map((l) => l.toFixed(1)).join(' ')}.`;
  console.log(`\n${text}`);
  const resultsDir = join(repoRoot, 'bench-results');
  mkdirSync(resultsDir, { recursive: true });
  writeFileSync(join(resultsDir, 'scale.json'), `${JSON.stringify(report, null, 2)}\n`);
  writeFileSync(join(resultsDir, 'scale.md'), `${text}\n`);
  console.error('# wrote bench-results/scale.json and bench-results/scale.md');
}
