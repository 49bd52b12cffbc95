// Reads docs/facts/what-happened-next.md, the project's checked copy of the facts behind the "what happened next" notes.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from './paths.ts';

export const FACTS_FILE = join(repoRoot, 'docs', 'facts', 'what-happened-next.md');

export interface FactRow {
  topic: string;
  /** The page slugs in the topic's parentheses: `page-replacement`, `qa`, … */
  pages: string[];
  /** The "what happened" cell. */
  happened: string;
  sources: string[];
  /** How far the row was checked: `V`, `P`, or `V (…: P)` for a row verified in part. */
  status: string;
}

/** The rows of the facts table. */
export function factRows(): FactRow[] {
  const rows: FactRow[] = [];
  for (const line of readFileSync(FACTS_FILE, 'utf8').split('\n')) {
    if (!line.startsWith('|') || /^\|\s*-/.test(line) || /^\|\s*topic\b/.test(line)) continue;
    const cells = line.split('|').slice(1, -1).map((c) => c.trim());
    const [topicCell = '', , happened = '', source = '', status = ''] = cells;
    const match = /^(.*?)\s*\(([^)]*)\)\s*$/.exec(topicCell);
    if (!match) throw new Error(`facts file: cannot read the topic of: ${line}`);
    rows.push({
      topic: match[1]!,
      pages: match[2]!.split(',').map((p) => p.trim()),
      happened,
      sources: [...source.matchAll(/https?:\/\/[^\s,|]+/g)].map((m) => m[0]),
      status,
    });
  }
  return rows;
}

/** Every URL the facts file names. */
export function factUrls(): Set<string> {
  return new Set([...readFileSync(FACTS_FILE, 'utf8').matchAll(/https?:\/\/[^\s,|)]+/g)].map((m) => m[0]));
}

/** The language-neutral route of a page slug as the facts file writes it. */
export function routeOfFactPage(slug: string): string {
  return slug === 'process' || slug === 'qa' ? `/${slug}/` : `/subsystems/${slug}/`;
}

/** The content page id (as in pages.yaml and hindsight.yaml) of a page slug as the facts file writes it. */
export function pageIdOfFactPage(slug: string): string {
  return routeOfFactPage(slug).slice(1, -1);
}
