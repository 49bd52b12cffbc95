import { existsSync, readdirSync } from 'node:fs';
import { setPriority } from 'node:os';
import { cachedCard } from '../lib/og-render.ts';
import type { OgCard } from '../lib/og-card.ts';

// The lowest CPU priority, so cards take only the CPU that page rendering leaves idle. Linux sets it
// per thread: every thread of this process is lowered, and the threads it starts later inherit it.
for (const thread of existsSync('/proc/self/task') ? readdirSync('/proc/self/task').map(Number) : [0]) setPriority(thread, 19);

// The pool ends its processes with SIGTERM; exiting normally instead lets `--cpu-prof` (the bench's profile) write this process's profile.
process.on('SIGTERM', () => process.exit(0));

/** One card drawn in a worker process of src/site/og-cards.ts (run by Node itself, not bundled). */
export default async function drawCard({ card, cacheDir }: { card: OgCard; cacheDir: string }): Promise<Buffer> {
  return (await cachedCard(card, cacheDir)).png;
}
