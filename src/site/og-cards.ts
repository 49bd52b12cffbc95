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
 * Starts drawing every card of a build on worker threads, one per core: a card costs ~40 ms of CPU,
 * so a thousand pages' cards would otherwise hold up the one thread that renders pages. The pool
 * closes when the last card is drawn.
 */
export function drawAll(cards: OgCard[]): void {
  const pool = new Tinypool({ filename: WORKER, maxThreads: availableParallelism() });
  drawing = new Map(cards.map((card) => [keyOf(card), pool.run({ card, cacheDir: CACHE_DIR }) as Promise<Uint8Array>]));
  // The route reports a failed card when it asks for it; this only waits for all to end.
  void Promise.allSettled(drawing.values()).then(() => pool.destroy());
}

/** A card's PNG: from the build's pool if drawAll() started it, else drawn (or taken from the cache) here, as `astro dev` does on request. */
export async function cardPng(card: OgCard): Promise<Uint8Array> {
  return (await drawing?.get(keyOf(card))) ?? (await cachedCard(card, CACHE_DIR)).png;
}
