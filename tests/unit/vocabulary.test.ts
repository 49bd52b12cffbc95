import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { SECTIONS, STATUSES } from '../../src/lib/vocabulary.ts';
import { repoRoot } from '../support/paths.ts';

describe('vocabulary', () => {
  it('has exactly the status values the content guide documents, in its order', () => {
    const guide = readFileSync(join(repoRoot, 'docs/content-guide.md'), 'utf8');
    const table = guide.slice(guide.indexOf('## Status values'));
    const documented = [...table.matchAll(/^\| `([a-z-]+)` \|/gm)].map((m) => m[1]);
    assert.deepEqual([...STATUSES], documented);
  });
  it('orders the sections as the report reads, the about page last', () => {
    assert.deepEqual([...SECTIONS], ['overview', 'keynote', 'roadmap', 'subsystem', 'process', 'qa', 'about']);
  });
});
