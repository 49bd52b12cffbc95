/**
 * The service worker: offline reading with Workbox. src/integrations/service-worker.ts bundles it
 * with the list of the build's files from Workbox's getManifest (__MANIFEST__).
 *
 * - Installing precaches only the offline pages and what they need (a few KB).
 * - Pages, assets and search files the reader opens are kept as they are fetched (network first,
 *   so a reader online always gets the current text); a search language that has answered a query
 *   once is then kept whole, so later queries work offline too.
 * - "Save for offline reading" (a message from the page) downloads every file of the manifest.
 * - Everything lives in one cache per build. A new build's worker fills its own cache with what the
 *   reader had (fresh from the network), takes over, and deletes the old caches: a page never mixes
 *   files of two builds. A page that is not cached gets the offline page in its language.
 */
import { cleanupOutdatedCaches, matchPrecache, precacheAndRoute, type PrecacheEntry } from 'workbox-precaching';
import { registerRoute, setCatchHandler, setDefaultHandler } from 'workbox-routing';
import { CacheFirst, NetworkFirst } from 'workbox-strategies';

declare const self: ServiceWorkerGlobalScope;
/** Every file of the build with its revision, set when the worker is bundled. */
declare const __MANIFEST__: PrecacheEntry[];
/** The build's id (a hash of every file's revision), set when the worker is bundled. */
declare const __BUILD__: string;
/** The offline pages and the files they load, relative to the base: precached at install. */
declare const __CORE__: string[];

const BASE = new URL(self.registration.scope).pathname;
const CACHE = `lfjs-${__BUILD__}`;
const CACHE_PREFIX = 'lfjs-';
/** Stored in the cache once the whole site is saved. */
const SAVED = `${BASE}offline-saved`;

const manifest = __MANIFEST__;
const urlOf = (entry: PrecacheEntry) => entry.url;
/** Every file of the build, as absolute paths (pages by their directory URL). */
const files = manifest.map(urlOf);
const core = manifest.filter((entry) => __CORE__.includes(urlOf(entry)));

precacheAndRoute(core);
cleanupOutdatedCaches();

const offlinePage = (path: string) => (path.startsWith(`${BASE}en/`) ? `${BASE}en/offline/` : `${BASE}offline/`);

/** The language of a Pagefind file (`index/ja_5054fb6.pf_index`, `wasm.ja.pagefind`), or undefined for shared ones. */
function searchLanguage(path: string): string | undefined {
  return /\/pagefind\/(?:.*[/.])?([a-z]{2}(?:-[a-z0-9]+)?)_[0-9a-f]{6,}\.|\/pagefind\/wasm\.([a-z]{2}(?:-[a-z0-9]+)?)\.pagefind$/.exec(path)?.slice(1).find(Boolean);
}

/** Search files the page is fetching through the worker, until each is kept. */
const pageFetches = new Map<string, Promise<unknown>>();

/** Fetches the files not yet in this build's caches (four at a time), reporting progress. */
async function download(paths: string[], progress?: (done: number, total: number) => void): Promise<void> {
  const cache = await caches.open(CACHE);
  const queue = [...new Set(paths)];
  const total = queue.length;
  let done = 0;
  const worker = async () => {
    for (let path = queue.shift(); path !== undefined; path = queue.shift()) {
      // A file the page is fetching now is kept when that ends; fetching it again would double its bytes.
      await pageFetches.get(path);
      // The precache (offline pages and what they load) is this build's too.
      if (!(await cache.match(path)) && !(await matchPrecache(path))) {
        const response = await fetch(path, { cache: 'no-cache' });
        if (!response.ok) throw new Error(`${path}: ${response.status}`);
        await cache.put(path, response);
      }
      done += 1;
      progress?.(done, total);
    }
  };
  await Promise.all([worker(), worker(), worker(), worker()]);
}

/** The site's scripts and styles (a few KB, content-hashed): every page needs some of them, and scripts import each other. */
const assets = () => files.filter((path) => path.startsWith(`${BASE}_astro/`));

/** Keeps pages and the files they load, so they read offline as they did online. */
async function keepPages(pages: string[]): Promise<void> {
  const cache = await caches.open(CACHE);
  const linked = new Set(assets());
  for (const page of pages) {
    const response = await fetch(page, { cache: 'no-cache' });
    if (!response.ok) throw new Error(`${page}: ${response.status}`);
    await cache.put(page, response.clone());
    const html = await response.text();
    for (const [, href, src] of html.matchAll(/<link\b[^>]*\brel="(?:stylesheet|icon)"[^>]*\bhref="([^"#]+)"|<script\b[^>]*\bsrc="([^"#]+)"/g)) {
      const path = new URL(href ?? src ?? '', new URL(page, self.location.href)).pathname;
      if (files.includes(path)) linked.add(path);
    }
  }
  await download([...linked]);
}

/** The whole search index of a language (and Pagefind's shared files). */
const searchBundle = (language: string) => files.filter((path) => path.startsWith(`${BASE}pagefind/`) && [language, undefined].includes(searchLanguage(path)));

const keptLanguages = new Set<string>();

// Pages: network first, so a reader online always reads the current build.
registerRoute(({ request }) => request.mode === 'navigate', new NetworkFirst({ cacheName: CACHE, matchOptions: { ignoreSearch: true } }));
// Built assets have content hashes in their names: a cached copy is always right.
registerRoute(({ url }) => url.pathname.startsWith(`${BASE}_astro/`), new CacheFirst({ cacheName: CACHE }));
// Search files: Pagefind asks for pagefind-entry.json?ts=…, hence ignoreSearch.
const search = new NetworkFirst({ cacheName: CACHE, matchOptions: { ignoreSearch: true } });
registerRoute(
  ({ url }) => url.pathname.startsWith(`${BASE}pagefind/`),
  async (options) => {
    const path = options.url.pathname;
    const [response, kept] = search.handleAll(options);
    const pending = kept.catch(() => undefined).then(() => {
      if (pageFetches.get(path) === pending) pageFetches.delete(path);
    });
    pageFetches.set(path, pending);
    // A result's fragment comes after the query is answered: the rest of the language waits until then, off the reader's way.
    const language = path.endsWith('.pf_fragment') ? searchLanguage(path) : undefined;
    if (language && !keptLanguages.has(language)) {
      keptLanguages.add(language);
      options.event.waitUntil(download(searchBundle(language)).catch(() => keptLanguages.delete(language)));
    }
    return response;
  },
);
setDefaultHandler(new NetworkFirst({ cacheName: CACHE }));

setCatchHandler(async ({ request, url }) => {
  if (request.mode === 'navigate') return (await matchPrecache(offlinePage(url.pathname))) ?? Response.error();
  return Response.error();
});

self.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      // What the reader kept with the previous build, fetched again from this one.
      const wanted = new Set<string>();
      let saved = false;
      for (const name of await caches.keys()) {
        if (!name.startsWith(CACHE_PREFIX) || name === CACHE) continue;
        const cache = await caches.open(name);
        for (const request of await cache.keys()) wanted.add(new URL(request.url).pathname);
        saved ||= (await cache.match(SAVED)) !== undefined;
      }
      if (saved) {
        await download(files);
        await (await caches.open(CACHE)).put(SAVED, new Response(__BUILD__));
      } else {
        const languages = new Set([...wanted].map(searchLanguage).filter((l) => l !== undefined));
        await keepPages([...wanted].filter((path) => files.includes(path) && path.endsWith('/')));
        await download([...languages].flatMap(searchBundle));
      }
      await self.skipWaiting();
    })(),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const name of await caches.keys()) {
        if (name.startsWith(CACHE_PREFIX) && name !== CACHE) await caches.delete(name);
      }
      await self.clients.claim();
      // The page the reader is on loaded before this worker ran: keep it too.
      const open = (await self.clients.matchAll({ type: 'window' })).map((client) => new URL(client.url).pathname).filter((path) => files.includes(path));
      // Best effort: the reader may already be offline again.
      await keepPages(open).catch(() => undefined);
    })(),
  );
});

/** Messages from the page: `status` (is the whole site saved?) and `save` (save it, reporting progress). */
self.addEventListener('message', (event) => {
  const port = event.ports[0];
  const type = (event.data as { type?: string } | null)?.type;
  if (!port) return;
  if (type === 'status') {
    event.waitUntil(
      caches
        .open(CACHE)
        .then((cache) => cache.match(SAVED))
        .then((saved) => port.postMessage({ type: 'status', saved: saved !== undefined, build: __BUILD__ })),
    );
  } else if (type === 'save') {
    event.waitUntil(
      download(files, (done, total) => port.postMessage({ type: 'progress', done, total }))
        .then(async () => {
          await (await caches.open(CACHE)).put(SAVED, new Response(__BUILD__));
          port.postMessage({ type: 'saved' });
        })
        .catch((error: unknown) => port.postMessage({ type: 'failed', message: String(error) })),
    );
  }
});
