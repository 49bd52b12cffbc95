import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { parse } from 'yaml';
import { factRows, pageIdOfFactPage } from '../support/facts.ts';
import { repoRoot } from '../support/paths.ts';

/** The fields of content/hindsight.yaml this check reads. */
interface Note {
  id: string;
  pages: string[];
  sources: string[];
  checked: string;
}

const notes = () => parse(readFileSync(join(repoRoot, 'content', 'hindsight.yaml'), 'utf8')) as Note[];

/** The `checked` value a row's status column calls for: V → verified, P → partly, "V (…: P)" → mixed. */
function checkedOf(status: string): string {
  if (status === 'V') return 'verified';
  if (status === 'P') return 'partly';
  if (/^V \(.*: P\)$/.test(status)) return 'mixed';
  throw new Error(`facts file: unknown status "${status}"`);
}

// hindsight.yaml has one note per row of docs/facts/what-happened-next.md, in the same order.
describe('content/hindsight.yaml follows the facts file (docs/facts/what-happened-next.md)', () => {
  it('has a note for every row and a row for every note', () => {
    const rows = factRows();
    assert.ok(rows.length >= 10, `${rows.length} rows`);
    assert.equal(notes().length, rows.length, `${notes().length} notes for ${rows.length} rows: ${notes().map((n) => n.id).join(', ')}`);
  });

  it('each note is on the pages of its row', () => {
    const rows = factRows();
    const wrong = notes().flatMap((note, i) => {
      const pages = (rows[i]?.pages ?? []).map(pageIdOfFactPage);
      return JSON.stringify([...note.pages].sort()) === JSON.stringify([...pages].sort()) ? [] : [`${note.id}: pages ${note.pages.join(', ')}; row “${rows[i]?.topic}”: ${pages.join(', ')}`];
    });
    assert.deepEqual(wrong, []);
  });

  it('each note cites only sources of its row, and at least one', () => {
    const rows = factRows();
    const wrong = notes().flatMap((note, i) => {
      const allowed = new Set(rows[i]?.sources ?? []);
      const foreign = note.sources.filter((s) => !allowed.has(s));
      if (note.sources.length === 0) return [`${note.id}: no source`];
      return foreign.length === 0 ? [] : [`${note.id}: ${foreign.join(', ')} not in row “${rows[i]?.topic}”`];
    });
    assert.deepEqual(wrong, []);
  });

  it('each note says as much about checking as its row', () => {
    const rows = factRows();
    const wrong = notes().flatMap((note, i) => {
      const expected = checkedOf(rows[i]?.status ?? '');
      return note.checked === expected ? [] : [`${note.id}: checked ${note.checked}, row “${rows[i]?.topic}” (${rows[i]?.status}) says ${expected}`];
    });
    assert.deepEqual(wrong, []);
  });
});
