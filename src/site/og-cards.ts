import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import Tinypool from 'tinypool';
import { ogImagePath, type OgCard } from '../lib/og-card.ts';
import { cardHash, drawCard, readCardStore, storedCard, writeCardStore, type CardStore } from '../lib/og-render.ts';

/** The cards of the last build (gitignored), reused while what they show is unchanged. */
const STORE = join(process.cwd(), '.astro', 'cache', 'og-cards.bin');

/** The worker's source: the pool loads it with Node (which strips its types) from the project, as the build's bundle has no copy of it. */
const WORKER = join(process.cwd(), 'src', 'site', 'og-worker.ts');

/**
 * Threads drawing cards: one per core but the one Astro renders the pages on. At ~1,000 pages on 2
 * cores, the one worker draws 453–512 of the 543 cards before the last page is rendered (~2–4 ms
 * of CPU each); a second thread started then for the rest took longer to start (~1 s: satori, resvg,
 * HarfBuzz and the fonts loaded, the glyphs drawn again) than the first took to finish them.
 */
const THREADS = Math.max(1, availableParallelism() - 1);

let drawing: Map<string, Promise<Buffer>> | undefined;

const keyOf = (card: OgCard) => ogImagePath(card.id, card.lang);

/**
 * Starts drawing every card of a build that the store does not have, on worker threads (THREADS)
 * while Astro renders the pages (src/integrations/prerenderer.ts renders the cards' route last); the
 * workers run at the lowest priority, so the pages go first. When the last card is drawn, the pool
 * closes and, if a card was drawn or one went away, the store is replaced by this build's cards.
 */
export function drawAll(cards: OgCard[]): void {
  const stored = readCardStore(STORE);
  let pool: Tinypool | undefined;
  const draw = async (card: OgCard, hash: string) => {
    pool ??= new Tinypool({ filename: WORKER, minThreads: THREADS, maxThreads: THREADS });
    // A Buffer comes back from the worker as a plain Uint8Array.
    const png = (await pool.run({ card, hash })) as Uint8Array;
    return Buffer.from(png.buffer, png.byteOffset, png.byteLength);
  };
  const pending = new Map(
    cards.map((card) => {
      const hash = cardHash(card);
      const png = storedCard(stored, card, hash);
      return [keyOf(card), png ? Promise.resolve(png) : draw(card, hash)];
    }),
  );
  drawing = pending;
  // The route reports a failed card when it asks for it; this only waits for all to end. The store is
  // written at once, synchronously, as the last card settles: `astro build` exits as soon as it is done.
  void Promise.allSettled([...pending].map(async ([key, png]) => [key, await png] as const)).then((results) => {
    void pool?.destroy();
    if (!pool && stored.size === cards.length) return;
    writeCardStore(STORE, new Map(results.flatMap((result) => (result.status === 'fulfilled' ? [result.value] : []))));
  });
}

let devStore: CardStore | undefined;

/** A card's PNG: from the build's pool or store if drawAll() started it, else (`astro dev`, on request) from the store or drawn here. */
export async function cardPng(card: OgCard): Promise<Buffer> {
  const started = drawing?.get(keyOf(card));
  if (started) return started;
  const hash = cardHash(card);
  devStore ??= readCardStore(STORE);
  return storedCard(devStore, card, hash) ?? drawCard(card, hash);
}
