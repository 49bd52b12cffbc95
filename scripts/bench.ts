/**
 * `npm run bench`: build time, page weight, JavaScript run on load, search cost and index size.
 * Prints Markdown tables and writes bench-results/bench.json (and bench.md, the same tables).
 *
 *   npm run bench                 3 clean builds in a temp copy of the project, then the browser figures on the last one
 *   npm run bench -- --runs=5     5 clean builds (the median is reported)
 *   npm run bench -- --no-build   no builds: the browser figures on the existing dist/
 *   npm run bench -- --dist=DIR   no builds: the browser figures on the build in DIR
 *   npm run bench -- --peer=DIR   also the first search on the Starlight peer's build in DIR, in the same run
 *   npm run bench -- --scale      only the scale run against the Starlight peer (scripts/bench-scale.ts, which lists its flags)
 *   npm run bench -- --no-scale   a full bench without the scale run, which otherwise ends it
 *
 * The builds run in a copy (scripts/bench-lib.ts) so they neither replace dist/ nor share Astro's
 * and Vite's caches. Browser figures use Debian's Chromium (CHROMIUM_PATH overrides) through Playwright,
 * with the build served on 127.0.0.1 by tests/support/static-server.ts.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { availableParallelism, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from '@playwright/test';
import {
  add,
  cleanBuildState,
  kb,
  median,
  ms,
  recordingServer,
  sizesOf,
  table,
  timedBuild,
  zero,
  type BuildTiming,
  type Served,
  type Sizes,
} from './bench-lib.ts';
import { measureOgImages, ogSection, type OgCost } from './bench-og.ts';
import { measureServiceWorker, serviceWorkerSection, type ServiceWorkerCost } from './bench-offline.ts';
import { benchScale, scaleOptions } from './bench-scale.ts';
import { PAGEFIND_OPTIONS } from '../src/lib/search-options.ts';
import { copyProject as isolatedCopy } from '../tests/support/project-copy.ts';

const repoRoot = fileURLToPath(new URL('../', import.meta.url));
const args = process.argv.slice(2);
const runs = Number(args.find((a) => a.startsWith('--runs='))?.slice('--runs='.length) ?? 3);
/** --dist=DIR measures an existing build in DIR (no builds); --no-build is the same with dist/. */
const distArg = args.find((a) => a.startsWith('--dist='))?.slice('--dist='.length);
const build = !args.includes('--no-build') && !distArg;
// The scale run's options are read first, so a missing Starlight peer stops the bench before it starts.
const scale = args.includes('--scale') || (build && !args.includes('--no-scale')) ? scaleOptions(repoRoot, args) : undefined;
if (scale && args.includes('--scale')) {
  await benchScale(repoRoot, scale);
  process.exit(0);
}
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

/** The page types measured, in Japanese (/) and English (/en/). */
const PAGE_TYPES: { type: string; ja: string; en: string }[] = [
  { type: 'home', ja: '/', en: '/en/' },
  { type: 'roadmap', ja: '/roadmap/', en: '/en/roadmap/' },
  { type: 'subsystem', ja: '/subsystems/memory-management/', en: '/en/subsystems/memory-management/' },
  { type: 'process', ja: '/process/', en: '/en/process/' },
  { type: 'qa', ja: '/qa/', en: '/en/qa/' },
  { type: 'search', ja: '/search/', en: '/en/search/' },
  // /404.html is the file itself (status 200); /en/404.html does not exist, so the host answers 404 with that same file, which switches itself to English.
  { type: '404', ja: '/404.html', en: '/en/404.html' },
  { type: 'glossary', ja: '/glossary/', en: '/en/glossary/' },
  { type: 'people', ja: '/people/', en: '/en/people/' },
  { type: 'timeline', ja: '/timeline/', en: '/en/timeline/' },
];

type Kind = 'html' | 'css' | 'js' | 'other';
function kindOf(served: Served): Kind {
  if (served.contentType.startsWith('text/html')) return 'html';
  if (served.contentType.startsWith('text/css')) return 'css';
  if (served.contentType.startsWith('text/javascript')) return 'js';
  return 'other';
}

interface PageWeight {
  lang: 'ja' | 'en';
  type: string;
  path: string;
  status: number;
  html: Sizes;
  css: Sizes;
  js: Sizes;
  other: Sizes;
  /** HTML + CSS + JS. */
  total: Sizes;
  requests: { path: string; status: number; kind: Kind; sizes: Sizes }[];
  /** Scripts that V8 compiled and ran by the end of load (JS coverage): inline ones carry the page's URL. */
  jsRun: { scripts: { url: string; inline: boolean; sizes: Sizes }[]; total: Sizes };
}

async function measurePage(browser: Browser, origin: string, log: Served[], lang: 'ja' | 'en', type: string, path: string): Promise<PageWeight> {
  // Service workers blocked: these are the page's own figures (bench-offline.ts measures the worker).
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  await page.coverage.startJSCoverage({ resetOnNavigation: false });
  const from = log.length;
  const response = await page.goto(new URL(path.slice(1), origin).href, { waitUntil: 'load' });
  await page.waitForLoadState('networkidle');
  const coverage = await page.coverage.stopJSCoverage();
  await context.close();

  const weight: PageWeight = {
    lang,
    type,
    path,
    status: response?.status() ?? 0,
    html: zero(),
    css: zero(),
    js: zero(),
    other: zero(),
    total: zero(),
    requests: [],
    jsRun: { scripts: [], total: zero() },
  };
  for (const served of log.slice(from)) {
    const kind = kindOf(served);
    const sizes = sizesOf(served.body);
    weight[kind] = add(weight[kind], sizes);
    weight.requests.push({ path: served.path, status: served.status, kind, sizes });
  }
  weight.total = add(add(weight.html, weight.css), weight.js);
  const pageUrl = new URL(path.slice(1), origin).href;
  for (const entry of coverage) {
    if (!entry.url.startsWith(origin)) continue;
    const sizes = sizesOf(entry.source ?? '');
    weight.jsRun.scripts.push({ url: entry.url.slice(origin.length - 1), inline: entry.url === pageUrl, sizes });
    weight.jsRun.total = add(weight.jsRun.total, sizes);
  }
  return weight;
}

// ---------------------------------------------------------------------------------------------
// Search: what the first search costs a reader, next to Starlight's, and how fast results follow keys.

/** Queries timed in the search dialog: Japanese on /, English on /en/. Each is known to have results. */
const QUERIES = {
  ja: ['仮想化', 'ネームスペース', '回帰テスト', 'スケジューラ', 'メモリ', 'KVM', 'ext4', 'syslets', 'nsproxy', 'Morton'],
  en: ['namespaces', 'memory reclaim', 'scheduler', 'regression', 'virtualization', 'KVM', 'ext4', 'syslets', 'nsproxy', 'Zemlin'],
};

/** The first search as Starlight's own measurement takes it: a subsystem page, the dialog, one query. */
const FIRST_SEARCH = { page: '/subsystems/containerization/', query: '仮想化' };
/** Starlight 0.42's figure for that search (first visit + opening + first query, gzip), measured side by side in issue 10. */
const STARLIGHT_REFERENCE = 157.3 * 1024;
/** --peer=DIR measures the Starlight peer's build in DIR the same way, in the same run. */
const peerArg = args.find((a) => a.startsWith('--peer='))?.slice('--peer='.length);

/** How to drive a site's search: the button that opens it, its input, and when the results for a query are on screen. */
interface SearchDriver {
  site: string;
  open: string;
  input: string;
  /** A page function: true once the results of `query` are shown. */
  shown: (query: string) => boolean;
}

const THIS_SITE: SearchDriver = {
  site: 'this site',
  open: 'a.search-button[data-open-search]',
  input: '#search-dialog input[role="combobox"]',
  shown: (query) => {
    const dialog = document.querySelector('#search-dialog');
    const status = dialog?.querySelector('[data-search-status]')?.textContent ?? '';
    return dialog?.querySelector('[role="listbox"]')?.getAttribute('aria-busy') === 'false' && status.includes(query) && dialog.querySelectorAll('[role="option"]').length > 0;
  },
};

const STARLIGHT: SearchDriver = {
  site: 'Starlight 0.42',
  open: 'button[data-open-modal]',
  input: '#starlight__search input',
  shown: () => document.querySelectorAll('#starlight__search .pagefind-ui__result-link').length > 0,
};

/** Bytes as a compressing host sends them: gzip -9, except Pagefind's files that are gzip already. */
function servedGzip(served: Served): number {
  return served.body[0] === 0x1f && served.body[1] === 0x8b ? served.body.length : sizesOf(served.body).gzip;
}

interface Step {
  files: { path: string; gzip: number }[];
  gzip: number;
}

function step(log: Served[]): Step {
  const files = log.map((s) => ({ path: s.path.split('?')[0] ?? s.path, gzip: servedGzip(s) }));
  return { files, gzip: files.reduce((t, f) => t + f.gzip, 0) };
}

/** Waits until the browser has had no request in flight for `quietMs` (Starlight loads its search UI when idle). */
async function settle(page: Page, quietMs = 500): Promise<void> {
  let inFlight = 0;
  let last = performance.now();
  const context = page.context();
  const started = () => ((inFlight += 1), (last = performance.now()));
  const ended = () => ((inFlight -= 1), (last = performance.now()));
  context.on('request', started);
  context.on('requestfinished', ended);
  context.on('requestfailed', ended);
  try {
    const until = performance.now() + 20_000;
    while (performance.now() < until && (inFlight > 0 || performance.now() - last < quietMs)) await page.waitForTimeout(50);
  } finally {
    context.off('request', started);
    context.off('requestfinished', ended);
    context.off('requestfailed', ended);
  }
}

interface FirstSearch {
  site: string;
  visit: Step;
  open: Step;
  query: Step;
  total: number;
}

/**
 * A reader's first search on a fresh browser: load the page, open search, type the query, results
 * shown. `serviceWorkers: 'block'` measures the search alone; allowed, this site's worker adds what
 * it keeps for offline reading (its install, then the rest of the language's index after the query).
 */
async function firstSearch(browser: Browser, origin: string, log: Served[], driver: SearchDriver, serviceWorkers: 'allow' | 'block' = 'allow'): Promise<FirstSearch> {
  const context = await browser.newContext({ serviceWorkers });
  const page = await context.newPage();
  let mark = log.length;
  await page.goto(new URL(FIRST_SEARCH.page.slice(1), origin).href, { waitUntil: 'load' });
  await settle(page);
  const visit = step(log.slice(mark));
  mark = log.length;
  await page.locator(driver.open).first().click();
  await page.locator(driver.input).waitFor({ state: 'visible' });
  await settle(page);
  const open = step(log.slice(mark));
  mark = log.length;
  await page.locator(driver.input).focus();
  await page.keyboard.type(FIRST_SEARCH.query);
  await page.waitForFunction(driver.shown, FIRST_SEARCH.query, { timeout: 20_000 });
  await settle(page);
  const query = step(log.slice(mark));
  await context.close();
  return { site: driver.site, visit, open, query, total: visit.gzip + open.gzip + query.gzip };
}

interface Latency {
  query: string;
  ms: number | null;
  results: number;
}

interface SearchLatency {
  lang: 'ja' | 'en';
  page: string;
  /** Last keystroke → results painted, each query typed for the first time after the index was loaded. */
  latencies: Latency[];
  /** The same queries typed a second time (index and fragments in memory). */
  repeatLatencies: Latency[];
  /** Pagefind's own search() plus data() of the first five results, without the UI. */
  engine: { query: string; ms: number; results: number }[];
}

/**
 * Installs, once per page, a record of the last input event and of when results for the whole
 * term were painted: the panel's status names the query once its results are listed, then the
 * frame that shows them is awaited, and the task after its paint.
 */
async function installPaintProbe(page: Page): Promise<void> {
  await page.evaluate(() => {
    type Probe = { round: number; lastInput: number; painted: number; pending: boolean; results: number };
    const w = window as unknown as { __benchProbe?: Probe };
    if (w.__benchProbe) return;
    const probe: Probe = { round: 0, lastInput: 0, painted: 0, pending: false, results: 0 };
    w.__benchProbe = probe;
    const dialog = document.querySelector('#search-dialog')!;
    const input = dialog.querySelector<HTMLInputElement>('input[role="combobox"]')!;
    const status = dialog.querySelector('.search-status')!;
    input.addEventListener(
      'input',
      () => {
        probe.round += 1;
        probe.lastInput = performance.now();
        probe.painted = 0;
        probe.pending = input.value.trim() !== '';
      },
      true,
    );
    new MutationObserver(() => {
      if (!probe.pending || !(status.textContent ?? '').includes(input.value.trim())) return;
      probe.pending = false;
      probe.results = dialog.querySelectorAll('[role="option"]').length;
      const round = probe.round;
      requestAnimationFrame(() =>
        setTimeout(() => {
          if (probe.round === round) probe.painted = performance.now();
        }, 0),
      );
    }).observe(status, { childList: true, subtree: true, characterData: true });
  });
}

/** Types a query key by key into an emptied box and returns the time from its last keystroke to its results painted. */
async function timedQuery(page: Page, query: string): Promise<Latency> {
  const input = page.locator(THIS_SITE.input);
  await input.fill('');
  await page.waitForFunction(() => document.querySelectorAll('#search-dialog [role="option"]').length === 0);
  await input.focus();
  await page.keyboard.type(query);
  try {
    await page.waitForFunction(
      (term) => {
        const p = (window as unknown as { __benchProbe: { painted: number } }).__benchProbe;
        return p.painted > 0 && document.querySelector<HTMLInputElement>('#search-dialog input[role="combobox"]')?.value === term;
      },
      query,
      { timeout: 10_000 },
    );
  } catch {
    return { query, ms: null, results: 0 };
  }
  const { ms, results } = await page.evaluate(() => {
    const p = (window as unknown as { __benchProbe: { lastInput: number; painted: number; results: number } }).__benchProbe;
    return { ms: p.painted - p.lastInput, results: p.results };
  });
  return { query, ms, results };
}

async function measureLatency(browser: Browser, origin: string, lang: 'ja' | 'en'): Promise<SearchLatency> {
  const pagePath = lang === 'ja' ? '/' : '/en/';
  const queries = QUERIES[lang];
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(new URL(pagePath.slice(1), origin).href, { waitUntil: 'load' });
  await page.locator(THIS_SITE.open).first().click();
  await installPaintProbe(page);
  // The index is loaded once a first query has been answered: then each query the first time, then again.
  await timedQuery(page, queries[0] ?? 'KVM');
  const latencies: Latency[] = [];
  for (const query of [...queries.slice(1), ...queries.slice(0, 1)]) latencies.push(await timedQuery(page, query));
  const repeatLatencies: Latency[] = [];
  for (const query of queries) repeatLatencies.push(await timedQuery(page, query));

  // Pagefind's engine alone (its own instance in the page, with the site's options), for comparison with what the panel shows.
  const engine = await page.evaluate(async ({ qs, options }) => {
    const bundle = `${document.documentElement.dataset.base ?? '/'}pagefind/`;
    const pagefind = (await import(`${bundle}pagefind.js`)) as {
      createInstance(o: object): { init(): Promise<void>; search(q: string): Promise<{ results: { data(): Promise<unknown> }[] }> };
    };
    const instance = pagefind.createInstance({ basePath: bundle, ...options });
    await instance.init();
    const out: { query: string; ms: number; results: number }[] = [];
    // Load what each query needs first (index chunks, the first results' fragments).
    for (const query of qs) await Promise.all((await instance.search(query)).results.slice(0, 5).map((r) => r.data()));
    for (const query of qs) {
      const t0 = performance.now();
      const found = await instance.search(query);
      await Promise.all(found.results.slice(0, 5).map((r) => r.data()));
      out.push({ query, ms: performance.now() - t0, results: found.results.length });
    }
    return out;
  }, { qs: queries, options: PAGEFIND_OPTIONS });
  await context.close();
  if (errors.length > 0) throw new Error(`page errors during the search benchmark on ${pagePath}: ${errors.join('; ')}`);
  return { lang, page: pagePath, latencies, repeatLatencies, engine };
}

interface IndexSize {
  lang: string;
  pages: number;
  meta: number;
  index: number;
  fragment: number;
  filter: number;
  wasm: number;
  /** meta + index + fragment + filter. */
  total: number;
  files: number;
}

/** Sizes of dist/pagefind per language: Pagefind prefixes every index, fragment and filter file with its language. */
function indexSizes(dist: string): { languages: IndexSize[]; shared: { file: string; sizes: Sizes }[] } {
  const dir = join(dist, 'pagefind');
  const entry = JSON.parse(readFileSync(join(dir, 'pagefind-entry.json'), 'utf8')) as {
    languages: Record<string, { hash: string; wasm: string | null; page_count: number }>;
  };
  const size = (path: string) => statSync(path).size;
  const list = (sub: string) => (existsSync(join(dir, sub)) ? readdirSync(join(dir, sub)) : []);
  const languages: IndexSize[] = [];
  for (const [lang, info] of Object.entries(entry.languages)) {
    const prefix = `${info.hash.slice(0, info.hash.indexOf('_'))}_`;
    const sum = (sub: string) => list(sub).filter((f) => f.startsWith(prefix)).reduce((t, f) => t + size(join(dir, sub, f)), 0);
    const count = (sub: string) => list(sub).filter((f) => f.startsWith(prefix)).length;
    const meta = size(join(dir, `pagefind.${info.hash}.pf_meta`));
    const wasmFile = join(dir, `wasm.${info.wasm ?? 'unknown'}.pagefind`);
    const item: IndexSize = {
      lang,
      pages: info.page_count,
      meta,
      index: sum('index'),
      fragment: sum('fragment'),
      filter: sum('filter'),
      wasm: existsSync(wasmFile) ? size(wasmFile) : 0,
      total: 0,
      files: 1 + count('index') + count('fragment') + count('filter'),
    };
    item.total = item.meta + item.index + item.fragment + item.filter;
    languages.push(item);
  }
  const shared = ['pagefind.js']
    .filter((f) => existsSync(join(dir, f)))
    .map((file) => ({ file, sizes: sizesOf(readFileSync(join(dir, file))) }));
  return { languages, shared };
}

// ---------------------------------------------------------------------------------------------

const out: string[] = [];
const say = (text = '') => {
  console.log(text);
  out.push(text);
};
const triple = (s: Sizes) => `${kb(s.raw)} / ${kb(s.gzip)} / ${kb(s.brotli)}`;

const startedAt = new Date();
let dist = distArg ? resolve(repoRoot, distArg) : join(repoRoot, 'dist');
let copy: string | undefined;
const builds: BuildTiming[] = [];
let og: OgCost | undefined;

try {
  if (build) {
    copy = isolatedCopy(repoRoot);
    console.error(`# clean builds in ${copy}`);
    for (let i = 1; i <= runs; i++) {
      cleanBuildState(copy);
      const timing = await timedBuild(copy);
      builds.push(timing);
      console.error(`# build ${i}/${runs}: wall ${ms(timing.wallMs)}, CPU ${ms(timing.cpuMs)}, Astro ${ms(timing.astroMs)}, Pagefind ${ms(timing.pagefindMs)} (load average ${loadavg()[0]?.toFixed(1)})`);
    }
    og = await measureOgImages(copy);
    dist = join(copy, 'dist');
  }
  if (!existsSync(join(dist, 'index.html'))) throw new Error(`${dist} has no build: run \`npm run build\` or drop --no-build`);

  const { url: origin, log, close } = await recordingServer(dist);
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  const chromiumVersion = browser.version();
  const pages: PageWeight[] = [];
  const firstSearches: FirstSearch[] = [];
  const searches: SearchLatency[] = [];
  let worker: ServiceWorkerCost | undefined;
  try {
    for (const lang of ['ja', 'en'] as const) {
      for (const t of PAGE_TYPES) pages.push(await measurePage(browser, origin, log, lang, t.type, t[lang]));
    }
    firstSearches.push(await firstSearch(browser, origin, log, THIS_SITE, 'block'));
    firstSearches.push(await firstSearch(browser, origin, log, { ...THIS_SITE, site: 'this site with its offline service worker' }));
    if (peerArg) {
      const peer = await recordingServer(resolve(repoRoot, peerArg));
      try {
        firstSearches.push(await firstSearch(browser, peer.url, peer.log, STARLIGHT));
      } finally {
        await peer.close();
      }
    }
    for (const lang of ['ja', 'en'] as const) searches.push(await measureLatency(browser, origin, lang));
    worker = await measureServiceWorker(browser, origin, log, '/subsystems/memory-management/');
  } finally {
    await browser.close();
    await close();
  }
  const index = indexSizes(dist);

  // ---- print ----
  say(`# Benchmark ${startedAt.toISOString()}`);
  say();
  say(`Load average at the end: ${loadavg().map((l) => l.toFixed(1)).join(' ')} on ${availableParallelism()} cores (times depend on it; sizes do not).`);
  say();
  say(`Node ${process.version}, Chromium ${chromiumVersion}, ${build ? `${runs} clean builds` : `the existing build in ${dist.slice(repoRoot.length) || dist} (no builds)`}.`);
  if (build) {
    say();
    say(`## Build time (median of ${runs} clean builds)`);
    say();
    const med = (f: (b: BuildTiming) => number) => median(builds.map(f));
    say(
      table(
        ['measure', 'median', 'runs'],
        [
          ['`npm run build`, wall clock', ms(med((b) => b.wallMs)), builds.map((b) => ms(b.wallMs)).join(', ')],
          ['`npm run build`, CPU time (user + system)', ms(med((b) => b.cpuMs)), builds.map((b) => ms(b.cpuMs)).join(', ')],
          ['Astro (reported, incl. integrations)', ms(med((b) => b.astroReportedMs)), builds.map((b) => ms(b.astroReportedMs)).join(', ')],
          ['Astro without Pagefind', ms(med((b) => b.astroMs)), builds.map((b) => ms(b.astroMs)).join(', ')],
          ['Pagefind indexing', ms(med((b) => b.pagefindMs)), builds.map((b) => ms(b.pagefindMs)).join(', ')],
        ],
      ),
    );
    say();
    say(`${builds[0]?.pages ?? '?'} pages built, ${builds[0]?.indexedPages ?? '?'} indexed.`);
  }
  if (og) {
    say();
    say(ogSection(og));
  }

  say();
  say('## First visit: bytes loaded (raw / gzip / brotli), and JavaScript run on load');
  say();
  say('HTML, CSS and JS are everything the browser fetched until load and network idle with an empty cache; "other" is the rest (favicon, search index). "JS run" is every script V8 ran by then (coverage), inline ones included.');
  say();
  say(
    table(
      ['page', 'status', 'HTML', 'CSS', 'JS', 'HTML+CSS+JS', 'other', 'JS run (scripts: gzip)'],
      pages.map((p) => [
        p.path,
        String(p.status),
        triple(p.html),
        triple(p.css),
        triple(p.js),
        triple(p.total),
        p.other.raw ? triple(p.other) : '–',
        `${p.jsRun.scripts.length}: ${kb(p.jsRun.total.gzip)} (${p.jsRun.scripts.filter((s) => s.inline).length} inline)`,
      ]),
    ),
  );

  if (worker) {
    say();
    say(serviceWorkerSection(worker));
  }

  say();
  say('## Search (Chromium): the first search, next to Starlight');
  say();
  say(`A fresh browser loads ${FIRST_SEARCH.page} and waits until no request has been made for 0.5 s (Starlight loads its search UI then), opens search from the header, types "${FIRST_SEARCH.query}" and waits for its results; bytes are gzip as a compressing host sends them (Pagefind's index files, already gzip, as they are). Starlight's reference figure is ${kb(STARLIGHT_REFERENCE)}; target ≤ 0.8× (${kb(0.8 * STARLIGHT_REFERENCE)}). "This site" blocks service workers, as Starlight has none: the search alone; the next row lets this site's offline worker run, and counts what it keeps for offline reading in the background (its install, then the rest of the language's index once the query is answered).`);
  say();
  say(
    table(
      ['site', 'first visit', 'opening search', `first query "${FIRST_SEARCH.query}"`, 'total', '× Starlight (157.3 KB)'],
      [
        ...firstSearches.map((f) => [f.site, kb(f.visit.gzip), kb(f.open.gzip), kb(f.query.gzip), kb(f.total), `${(f.total / STARLIGHT_REFERENCE).toFixed(2)}×`]),
        ...(peerArg ? [] : [['Starlight 0.42 (reference, issue 10)', '', '', '', kb(STARLIGHT_REFERENCE), '1.00×']]),
      ],
    ),
  );
  const ours = firstSearches[0];
  if (ours) {
    const list = (files: Step['files']) => files.map((f) => `${f.path.replace(/^.*\//, '')} ${kb(f.gzip)}`).join(', ');
    say();
    say(`This site, file by file (gzip). Opening: ${list(ours.open.files)}. First query: ${list(ours.query.files)}.`);
    const withWorker = firstSearches[1];
    if (withWorker) say(`With its offline worker: first visit ${list(withWorker.visit.files)}. First query: ${list(withWorker.query.files)}.`);
  }
  say();
  say('### Keystroke to results painted (this site, index loaded)');
  say();
  say(
    table(
      ['page', 'median, 1st time', 'median, repeat', 'engine only (median)'],
      searches.map((s) => [
        s.page,
        ms(median(s.latencies.flatMap((l) => (l.ms === null ? [] : [l.ms])))),
        ms(median(s.repeatLatencies.flatMap((l) => (l.ms === null ? [] : [l.ms])))),
        ms(median(s.engine.map((e) => e.ms))),
      ]),
    ),
  );
  const all = searches.flatMap((s) => s.latencies);
  const allRepeat = searches.flatMap((s) => s.repeatLatencies);
  const allMs = all.flatMap((l) => (l.ms === null ? [] : [l.ms]));
  say();
  say(`Median over all ${all.length} queries, keystroke → results painted: ${ms(median(allMs))} the first time each is typed, ${ms(median(allRepeat.flatMap((l) => (l.ms === null ? [] : [l.ms]))))} repeated; Pagefind's engine alone: ${ms(median(searches.flatMap((s) => s.engine.map((e) => e.ms))))}.`);
  const missing = [...all, ...allRepeat].filter((l) => l.ms === null).map((l) => l.query);
  if (missing.length > 0) say(`No results painted within 10 s for: ${[...new Set(missing)].join(', ')}.`);
  say();
  say(table(['query', 'options listed', '1st time', 'repeat', 'engine'], searches.flatMap((s) =>
    s.latencies.map((l) => {
      const repeat = s.repeatLatencies.find((r) => r.query === l.query);
      const engine = s.engine.find((e) => e.query === l.query);
      return [`${s.lang}: ${l.query}`, String(l.results), l.ms === null ? 'none' : ms(l.ms), repeat?.ms == null ? 'none' : ms(repeat.ms), engine ? `${ms(engine.ms)} (${engine.results} hits)` : ''];
    }),
  )));

  say();
  say('## Search index size (dist/pagefind)');
  say();
  say(
    table(
      ['language', 'pages', 'pf_meta', 'index chunks', 'fragments', 'filters', 'total (files)', 'wasm'],
      index.languages.map((l) => [l.lang, String(l.pages), kb(l.meta), kb(l.index), kb(l.fragment), kb(l.filter), `${kb(l.total)} (${l.files})`, kb(l.wasm)]),
    ),
  );
  say();
  say(`Shared by both languages (raw / gzip / brotli): ${index.shared.map((s) => `${s.file} ${triple(s.sizes)}`).join('; ')}. Pagefind's worker and its ready-made UIs are built too, but the site loads none of them.`);

  // ---- targets ----
  const subsystem = pages.filter((p) => p.type === 'subsystem');
  const reading = pages.filter((p) => p.type !== 'search');
  const launcherMax = Math.max(...reading.map((p) => p.jsRun.total.gzip));
  const buildWall = median(builds.map((b) => b.wallMs));
  const mark = (ok: boolean) => (ok ? 'met' : '**missed**');
  say();
  say('## Targets');
  say();
  say(
    table(
      ['target', 'measured', ''],
      [
        ['subsystem page, first visit HTML+CSS+JS ≤ 14 KB gzip', subsystem.map((p) => `${p.lang} ${kb(p.total.gzip)}`).join(', '), mark(subsystem.every((p) => p.total.gzip <= 14 * 1024))],
        ['reading pages run ≤ 2 KB gzip of JS on load', `largest ${kb(launcherMax)}`, mark(launcherMax <= 2 * 1024)],
        ['first visit + first search ≤ 0.8× Starlight (126 KB gzip)', ours ? `${kb(ours.total)} (${(ours.total / STARLIGHT_REFERENCE).toFixed(2)}×)` : 'n/a', mark(ours !== undefined && ours.total <= 0.8 * STARLIGHT_REFERENCE)],
        ['keystroke → results painted < 50 ms (median, index loaded)', `median ${ms(median(allMs))}`, mark(median(allMs) < 50)],
        ['`npm run build` < 15 s', build ? `median ${ms(buildWall)}` : 'not measured (--no-build)', build ? mark(buildWall < 15_000) : ''],
      ],
    ),
  );

  const resultsDir = join(repoRoot, 'bench-results');
  mkdirSync(resultsDir, { recursive: true });
  writeFileSync(
    join(resultsDir, 'bench.json'),
    `${JSON.stringify({ date: startedAt.toISOString(), node: process.version, loadavg: loadavg(), runs: build ? runs : 0, builds, og, pages, worker, firstSearches, searches, index }, null, 2)}\n`,
  );
  writeFileSync(join(resultsDir, 'bench.md'), `${out.join('\n')}\n`);
  console.error('\n# wrote bench-results/bench.json and bench-results/bench.md');
} finally {
  if (copy) rmSync(copy, { recursive: true, force: true });
}

if (scale) await benchScale(repoRoot, scale);
