import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

export interface AxeOptions {
  /** Only these rules (e.g. `['color-contrast']`); by default every WCAG 2.1 A and AA rule. */
  rules?: string[];
}

/** Axe's violations, one line per failing node, readable in a test failure. */
export async function violations(page: Page, { rules }: AxeOptions = {}): Promise<string[]> {
  // Legacy mode runs axe in the page itself rather than finishing in a new blank page: about twice
  // as fast, and the site has no iframes for the newer mode to reach into.
  const builder = new AxeBuilder({ page }).setLegacyMode(true);
  const { violations } = await (rules ? builder.withRules(rules) : builder.withTags(TAGS)).analyze();
  return violations.flatMap((v) => v.nodes.map((n) => `${v.id} (${v.impact}): ${n.target.join(' ')} — ${n.failureSummary?.split('\n').slice(1).join(' ').trim()}`));
}

/** The rules whose outcome depends on colours: the only ones a second colour scheme can change. */
const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

/** Runs axe in the dark scheme, then its colour rules in the light scheme, without reloading the page. */
export async function bothSchemes(page: Page, label: string, options: AxeOptions = {}): Promise<void> {
  for (const colorScheme of ['dark', 'light'] as const) {
    await page.emulateMedia({ colorScheme });
    const rules = colorScheme === 'dark' ? options.rules : (options.rules ?? COLOUR_RULES).filter((rule) => COLOUR_RULES.includes(rule));
    if (rules?.length === 0) continue;
    expect.soft(await violations(page, { rules }), `${label} (${colorScheme})`).toEqual([]);
  }
}
