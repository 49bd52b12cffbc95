import { cachedCard } from '../lib/og-render.ts';
import type { OgCard } from '../lib/og-card.ts';

/** One card drawn on a worker thread of src/site/og-cards.ts (run by Node itself, not bundled). */
export default async function drawCard({ card, cacheDir }: { card: OgCard; cacheDir: string }): Promise<Buffer> {
  return (await cachedCard(card, cacheDir)).png;
}
