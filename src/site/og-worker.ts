import { drawCard } from '../lib/og-render.ts';
import type { OgCard } from '../lib/og-card.ts';

/** One card drawn on a worker thread of src/site/og-cards.ts (run by Node itself, not bundled). */
export default function drawInWorker({ card, hash }: { card: OgCard; hash: string }): Promise<Buffer> {
  return drawCard(card, hash);
}
