import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import pLimit from 'p-limit';
import Tinypool from 'tinypool';
import { ogImagePath, type OgCard } from '../lib/og-card.ts';
import { cachedCard } from '../lib/og-render.ts';

/** Drawn cards are kept here (gitignored) and reused while what they show is unchanged. */
const CACHE_DIR = join(process.cwd(), '.astro', 'cache');

/** The worker's source: the pool loads it with Node (which strips its types) from the project, as the build's bundle has no copy of it. */
const WORKER = join(process.cwd(), 'src', 'site', 'og-worker.ts');

const CORES = availableParallelism();

let drawing: Map<string, Promise<Uint8Array>> | undefined;
let limit: ReturnType<typeof pLimit> | undefined;

const keyOf = (card: OgCard) => ogImagePath(card.id, card.lang);

/**
 * Starts drawing every card of a build on worker threads while Astro renders the pages
 * (src/integrations/cards-last.ts renders the cards' route last): on every core but one, which is
 * left to the pages, until the cards' route asks for its first card. Clean ~1,000-page builds:
 * 26.8 s median against 31–35 s with the cards drawn after the pages. The pool closes when the
 * last card is drawn.
 */
export function drawAll(cards: OgCard[]): void {
  const pool = new Tinypool({ filename: WORKER, maxThreads: CORES });
  const queue = pLimit(Math.max(1, CORES - 1));
  limit = queue;
  drawing = new Map(cards.map((card) => [keyOf(card), queue(() => pool.run({ card, cacheDir: CACHE_DIR }) as Promise<Uint8Array>)]));
  // The route reports a failed card when it asks for it; this only waits for all to end.
  void Promise.allSettled(drawing.values()).then(() => pool.destroy());
}

/** A card's PNG: from the build's pool if drawAll() started it, else drawn (or taken from the cache) here, as `astro dev` does on request. */
export async function cardPng(card: OgCard): Promise<Uint8Array> {
  // The route asks for its first card once every page is written: the pages' core is free.
  if (limit) limit.concurrency = CORES;
  return (await drawing?.get(keyOf(card))) ?? (await cachedCard(card, CACHE_DIR)).png;
}
