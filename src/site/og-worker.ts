import { setPriority } from 'node:os';
import { drawCard } from '../lib/og-render.ts';
import type { OgCard } from '../lib/og-card.ts';

// The lowest priority, for this thread only (a per-thread setting on Linux; elsewhere it would slow the whole build): the cards take the CPU the pages leave.
if (process.platform === 'linux') setPriority(19);

/** One card drawn on a worker thread of src/site/og-cards.ts (run by Node itself, not bundled). */
export default function drawInWorker({ card, hash }: { card: OgCard; hash: string }): Promise<Buffer> {
  return drawCard(card, hash);
}
