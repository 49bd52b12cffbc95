import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { assertBuilt, htmlFiles } from '../support/dist.ts';
import { distDir, repoRoot } from '../support/paths.ts';

before(() => assertBuilt());

// The rules come from .htmlvalidate.json at the repo root (html-validate:recommended, nothing turned off).
const validator = new HtmlValidate(new FileSystemConfigLoader());

describe('html-validate (html-validate:recommended)', () => {
  it('uses the repo’s config, which turns no rule off', async () => {
    const config = JSON.parse(readFileSync(join(repoRoot, '.htmlvalidate.json'), 'utf8')) as { extends?: string[]; rules?: Record<string, unknown> };
    assert.ok(config.extends?.includes('html-validate:recommended'));
    assert.deepEqual(Object.entries(config.rules ?? {}).filter(([, v]) => v === 'off' || v === 0 || (Array.isArray(v) && (v[0] === 'off' || v[0] === 0))), []);
    const report = await validator.validateString('<!doctype html><html lang="en"><head><title>t</title></head><body><main>a</main><main>b</main></body></html>', join(distDir, 'probe.html'));
    assert.ok(report.results.flatMap((r) => r.messages).some((m) => m.ruleId === 'no-multiple-main'), 'the validator reports a known error');
  });
  for (const file of htmlFiles()) {
    it(file, async () => {
      const report = await validator.validateFile(join(distDir, file));
      const messages = report.results
        .flatMap((r) => r.messages)
        .map((m) => `${m.line}:${m.column} [${m.ruleId}] ${m.message} (${m.selector ?? ''})`);
      assert.deepEqual(messages, []);
    });
  }
});
