import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import Tinypool from 'tinypool';
import { ogImagePath, type OgCard } from '../lib/og-card.ts';
import { cachedCard } from '../lib/og-render.ts';

/** Drawn cards are kept here (gitignored) and reused while what they show is unchanged. */
const CACHE_DIR = join(process.cwd(), '.astro', 'cache');

/** The worker's source: the pool loads it with Node (which strips its types) from the project, as the build's bundle has no copy of it. */
const WORKER = join(process.cwd(), 'src', 'site', 'og-worker.ts');

let drawing: Map<string, Promise<Uint8Array>> | undefined;

const keyOf = (card: OgCard) => ogImagePath(card.id, card.lang);

/**
 * Starts drawing every card of a build in worker processes, one per core, while Astro renders the
 * pages (src/integrations/cards-last.ts renders the cards' route last). The workers run at the
 * lowest CPU priority (src/site/og-worker.ts); they are processes rather than threads because resvg
 * draws on libuv's thread pool, which worker threads share with Astro's. Clean ~1,000-page builds,
 * 6 of each: 24.8 s median against 26.8 s with threads at normal priority, one core kept for the
 * pages. The pool closes when the last card is drawn.
 */
export function drawAll(cards: OgCard[]): void {
  // tinypool would start its processes with an empty environment; NODE_OPTIONS (the bench's --cpu-prof) must reach them.
  const pool = new Tinypool({ filename: WORKER, runtime: 'child_process', serialization: 'advanced', env: process.env as Record<string, string>, maxThreads: availableParallelism() });
  drawing = new Map(cards.map((card) => [keyOf(card), pool.run({ card, cacheDir: CACHE_DIR }) as Promise<Uint8Array>]));
  // The route reports a failed card when it asks for it; this only waits for all to end.
  void Promise.allSettled(drawing.values()).then(() => pool.destroy());
}

/** A card's PNG: from the build's pool if drawAll() started it, else drawn (or taken from the cache) here, as `astro dev` does on request. */
export async function cardPng(card: OgCard): Promise<Uint8Array> {
  return (await drawing?.get(keyOf(card))) ?? (await cachedCard(card, CACHE_DIR)).png;
}
