/**
 * What the link-preview images (src/pages/og/) add to `npm run build`: one build with no cache (every
 * card drawn) and one right after it (every card from the cache), timed per image from the lines
 * Astro prints for each route it writes (`├─ /og/ja/index.png (+45ms)`).
 */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { runBuild } from '../tests/support/project-copy.ts';
import { cleanBuildState, kb, median, ms, table } from './bench-lib.ts';

export interface OgBuildCost {
  images: number;
  /** Sum of the per-image times Astro printed. */
  totalMs: number;
  medianMs: number;
  maxMs: number;
}

export interface OgCost {
  cold: OgBuildCost;
  warm: OgBuildCost;
  /** Bytes of dist/og. */
  bytes: number;
}

function imageTimes(output: string): OgBuildCost {
  const times = [...output.matchAll(/\/og\/\S+\.png \(\+([\d.]+)(ms|s)\)/g)].map(([, value, unit]) => Number(value) * (unit === 's' ? 1000 : 1));
  return { images: times.length, totalMs: times.reduce((sum, t) => sum + t, 0), medianMs: median(times), maxMs: Math.max(0, ...times) };
}

async function build(projectDir: string): Promise<OgBuildCost> {
  const { code, output } = await runBuild(projectDir);
  if (code !== 0) throw new Error(`npm run build exited with ${code}:\n${output.slice(-3000)}`);
  return imageTimes(output);
}

/** Builds twice in a project copy: from clean (cards drawn), then again (cards cached). */
export async function measureOgImages(projectDir: string): Promise<OgCost> {
  cleanBuildState(projectDir);
  const cold = await build(projectDir);
  const warm = await build(projectDir);
  const dir = join(projectDir, 'dist', 'og');
  const bytes = readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .reduce((sum, e) => sum + statSync(join(e.parentPath, e.name)).size, 0);
  return { cold, warm, bytes };
}

/** The bench's Markdown section for the link-preview images. */
export function ogSection(cost: OgCost): string {
  const row = (label: string, c: OgBuildCost) => [label, String(c.images), ms(c.totalMs), ms(c.medianMs), ms(c.maxMs)];
  return [
    '## Link-preview images (build time they add)',
    '',
    table(['build', 'images', 'total', 'median per image', 'slowest'], [row('no cache (every card drawn)', cost.cold), row('cached (content unchanged)', cost.warm)]),
    '',
    `Per image, as Astro reports each route it writes (wall clock). dist/og: ${kb(cost.bytes)} in ${cost.cold.images} PNGs (${kb(cost.bytes / Math.max(1, cost.cold.images))} each).`,
  ].join('\n');
}
