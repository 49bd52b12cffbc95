import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { expect, type Page } from '@playwright/test';
import type { AxeResults, ElementContext, RunOptions } from 'axe-core';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeOptions {
  /** Only these rules (e.g. `['color-contrast']`); by default every rule of `tags`. */
  rules?: string[];
  /** The WCAG tags whose rules run when `rules` is not given; by default WCAG 2.1 A and AA. */
  tags?: string[];
  /** Only this part of the page (a CSS selector); by default the whole document. */
  include?: string;
}

/**
 * Axe's violations, one line per failing node, readable in a test failure. Axe's 500 KB source is
 * evaluated once per document, not on every run: @axe-core/playwright's AxeBuilder evaluates it
 * twice per analyze(), which took ~0.6 s of a ~0.9 s check on this machine.
 */
export async function violations(page: Page, { rules, tags = TAGS, include }: AxeOptions = {}): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  const options: RunOptions = { runOnly: rules ? { type: 'rule', values: rules } : { type: 'tag', values: tags }, resultTypes: ['violations'] };
  const results = await page.evaluate(
    ([include, options]) => (window as unknown as { axe: { run(c: ElementContext, o: RunOptions): Promise<AxeResults> } }).axe.run(include ?? document, options),
    [include ?? null, options] as const,
  );
  return results.violations.flatMap((v) => v.nodes.map((n) => `${v.id} (${v.impact}): ${n.target.join(' ')} — ${n.failureSummary?.split('\n').slice(1).join(' ').trim()}`));
}

/** The rules whose outcome depends on colours: the only ones a second colour scheme can change. */
const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

/** Runs axe in the dark scheme, then its colour rules in the light scheme, without reloading the page. */
export async function bothSchemes(page: Page, label: string, options: AxeOptions = {}): Promise<void> {
  for (const colorScheme of ['dark', 'light'] as const) {
    await page.emulateMedia({ colorScheme });
    const rules = colorScheme === 'dark' ? options.rules : (options.rules ?? COLOUR_RULES).filter((rule) => COLOUR_RULES.includes(rule));
    if (rules?.length === 0) continue;
    expect.soft(await violations(page, { ...options, rules }), `${label} (${colorScheme})`).toEqual([]);
  }
}
