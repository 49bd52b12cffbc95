import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { applyCase, copyProject, removeDir, runBuild, type Expectation } from '../support/project-copy.ts';
import { repoRoot } from '../support/paths.ts';

/**
 * Each folder under tests/fixtures/bad-content/ breaks content rules in a copy of the project (see its
 * README); the build must stop and name every mistake: file, line and field (expect.json).
 */
const FIXTURES = join(repoRoot, 'tests', 'fixtures', 'bad-content');
const cases = readdirSync(FIXTURES, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name).sort();

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Whether the build output reports the expected mistake. */
function reports(output: string, expected: Expectation): boolean {
  const where = new RegExp(`${escape(expected.file)}${expected.line === false ? '(?!:\\d)' : ':\\d+'}`);
  const words = [expected.field, ...(expected.phrases ?? [])];
  if (expected.oneLine === false) return where.test(output) && words.every((w) => output.includes(w));
  return output.split('\n').some((line) => where.test(line) && words.every((w) => line.includes(w)));
}

describe('bad content stops the build, naming every mistake with its file, line and field', { concurrency: 2, timeout: 900_000 }, () => {
  it('has a case for each layer that reports mistakes', () => {
    assert.deepEqual(cases, ['every-layer-at-once', 'frontmatter-not-yaml', 'page-missing-in-english']);
  });

  for (const name of cases) {
    it(name, { timeout: 600_000 }, async () => {
      const dir = copyProject(repoRoot, `lfjs-bad-${name}-`);
      try {
        const expected = applyCase(dir, join(FIXTURES, name));
        const { code, output } = await runBuild(dir);
        const tail = output.slice(-4000);
        assert.notEqual(code, 0, `the build succeeded, but it must reject this content. Output:\n${tail}`);
        for (const mistake of expected) assert.ok(reports(output, mistake), `the build output does not report ${JSON.stringify(mistake)}. Output:\n${tail}`);
        if (expected.length > 1) assert.match(output, new RegExp(`^${expected.length} content errors \\(the rules: docs/content-guide\\.md\\):$`, 'm'));
      } finally {
        removeDir(dir);
      }
    });
  }
});
