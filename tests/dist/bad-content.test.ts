import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { applyCase, copyProject, removeDir, runBuild } from '../support/project-copy.ts';
import { repoRoot } from '../support/paths.ts';

/**
 * Each folder under tests/fixtures/bad-content/ breaks one content rule of docs/content-guide.md
 * in a copy of the project (see applyCase: overlaid files, delete.txt, replace.json); the build
 * must stop and its output must name the file and the field (expect.json).
 */
const FIXTURES = join(repoRoot, 'tests', 'fixtures', 'bad-content');
const cases = readdirSync(FIXTURES, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name).sort();

/** Builds take several seconds each: two at a time. */
describe('bad content stops the build with the file and the field named', { concurrency: 2, timeout: 1_800_000 }, () => {
  it('has the cases the content guide calls for', () => {
    assert.ok(cases.length >= 17, cases.join(', '));
  });

  for (const name of cases) {
    it(name, { timeout: 600_000 }, async () => {
      const dir = copyProject(repoRoot, `lfjs-bad-${name}-`);
      try {
        const expected = applyCase(dir, join(FIXTURES, name));
        const { code, output } = await runBuild(dir);
        const tail = output.slice(-3000);
        assert.notEqual(code, 0, `the build succeeded, but it must reject this content. Output:\n${tail}`);
        for (const phrase of [expected.file, expected.field, ...(expected.phrases ?? [])]) {
          assert.ok(output.includes(phrase), `the build output does not contain "${phrase}". Output:\n${tail}`);
        }
      } finally {
        removeDir(dir);
      }
    });
  }
});
