import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import { FileSystemConfigLoader, HtmlValidate, type Message } from 'html-validate';
import { parse } from 'node-html-parser';
import { assertBuilt, htmlFiles } from '../support/dist.ts';
import { distDir, repoRoot } from '../support/paths.ts';

before(() => assertBuilt());

// The rules come from .htmlvalidate.json at the repo root (html-validate:recommended, nothing turned off).
const validator = new HtmlValidate(new FileSystemConfigLoader());

/**
 * The one exception, kept here rather than turning unique-landmark off for every element:
 * a page has two tables of contents with the same name, the folded one above the text
 * (details.toc-inline > nav) and the one beside it (nav.toc-sidebar). layout.css shows exactly
 * one of them at any width (display: none on the other; print.css hides both), so a reader
 * never meets two "table of contents" landmarks; html-validate cannot see the CSS.
 */
function isCssExclusiveToc(file: string, message: Message): boolean {
  if (message.ruleId !== 'unique-landmark' || !message.selector) return false;
  const element = parse(readFileSync(join(distDir, file), 'utf8')).querySelector(message.selector);
  return Boolean(element && (element.classList.contains('toc-sidebar') || element.parentNode?.classList.contains('toc-inline')));
}

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
        .filter((m) => !isCssExclusiveToc(file, m))
        .map((m) => `${m.line}:${m.column} [${m.ruleId}] ${m.message} (${m.selector ?? ''})`);
      assert.deepEqual(messages, []);
    });
  }
});
