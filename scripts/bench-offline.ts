/**
 * What the service worker adds to a first visit: the page loaded with service workers blocked, then
 * with the worker allowed to install and keep the page (its script, the offline pages it precaches,
 * the page and assets it keeps). The rest of the bench blocks service workers, so its first-visit
 * figures stay the page's own.
 */
import type { Browser } from '@playwright/test';
import { add, kb, sizesOf, table, zero, type Served, type Sizes } from './bench-lib.ts';

export interface ServiceWorkerCost {
  path: string;
  /** Everything fetched with service workers blocked, until load and network idle. */
  page: Sizes;
  /** Everything fetched with the worker, until it controls the page and has kept it. */
  withWorker: Sizes;
}

const total = (served: Served[]) => served.reduce((sum, s) => add(sum, sizesOf(s.body)), zero());

export async function measureServiceWorker(browser: Browser, origin: string, log: Served[], path: string): Promise<ServiceWorkerCost> {
  const url = new URL(path.slice(1), origin).href;
  let from = log.length;
  const blocked = await browser.newContext({ serviceWorkers: 'block' });
  await (await blocked.newPage()).goto(url, { waitUntil: 'networkidle' });
  await blocked.close();
  const pageOnly = log.slice(from);

  from = log.length;
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(url, { waitUntil: 'load' });
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  // The worker keeps the page it took over once it has activated.
  const kept = () =>
    page.evaluate(async (p) => {
      for (const name of await caches.keys()) if (name.startsWith('lfjs-') && (await (await caches.open(name)).match(p))) return true;
      return false;
    }, new URL(url).pathname);
  while (!(await kept())) await page.waitForTimeout(100);
  await page.waitForLoadState('networkidle');
  await context.close();
  return { path, page: total(pageOnly), withWorker: total(log.slice(from)) };
}

export function serviceWorkerSection(cost: ServiceWorkerCost): string {
  const extra = { raw: cost.withWorker.raw - cost.page.raw, gzip: cost.withWorker.gzip - cost.page.gzip, brotli: cost.withWorker.brotli - cost.page.brotli };
  const triple = (s: Sizes) => `${kb(s.raw)} / ${kb(s.gzip)} / ${kb(s.brotli)}`;
  return [
    '## Service worker (first visit, after load)',
    '',
    table(['first visit of ' + cost.path, 'raw / gzip / brotli'], [['page alone (service workers blocked)', triple(cost.page)], ['with the worker installed and the page kept', triple(cost.withWorker)], ['added by the worker', triple(extra)]]),
  ].join('\n');
}
