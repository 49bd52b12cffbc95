import { expect, test, type Page } from '@playwright/test';

test.describe.configure({ mode: 'parallel' });

/** Relative luminance (0 black … 1 white) of the page's computed background. */
async function backgroundLuminance(page: Page): Promise<number> {
  const colour = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
  const [r = 0, g = 0, b = 0] = (colour.match(/[\d.]+/g) ?? []).map(Number);
  const lin = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

const DARK = 0.1;
const LIGHT = 0.6;

/**
 * Records, in the order the parser did them, when html[data-theme] changed and when the first
 * content element of <body> (anything but a script) was inserted; and the attribute at
 * DOMContentLoaded. The init script runs before any of the page's own scripts.
 */
async function watchThemeBeforePaint(page: Page): Promise<void> {
  await page.addInitScript(() => {
    type Event = { kind: 'attr'; old: string | null } | { kind: 'content'; tag: string };
    const w = window as unknown as { __themeEvents: Event[]; __themeAtDCL?: string | null };
    w.__themeEvents = [];
    new MutationObserver((records) => {
      for (const r of records) {
        if (r.type === 'attributes') w.__themeEvents.push({ kind: 'attr', old: r.oldValue });
        else if (r.target === document.body) {
          for (const n of r.addedNodes) {
            if (n instanceof Element && n.tagName !== 'SCRIPT') w.__themeEvents.push({ kind: 'content', tag: n.tagName });
          }
        }
      }
    }).observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ['data-theme'], attributeOldValue: true });
    document.addEventListener('DOMContentLoaded', () => {
      w.__themeAtDCL = document.documentElement.getAttribute('data-theme');
    }, { once: true });
  });
}

/**
 * html[data-theme] when the first content of the body was inserted (before anything of the page
 * can paint), and at DOMContentLoaded. Call it once the navigation has committed (the URL is the
 * new page's); it waits for the document's DOMContentLoaded before it reads either value.
 */
async function themeBeforePaint(page: Page): Promise<{ body: string | null | undefined; dcl: string | null | undefined }> {
  return page.evaluate(async () => {
    type Event = { kind: 'attr'; old: string | null } | { kind: 'content'; tag: string };
    const w = window as unknown as { __themeEvents: Event[]; __themeAtDCL?: string | null };
    // Not document.readyState: it is already "interactive" while the page's module script still holds DOMContentLoaded back.
    if (!('__themeAtDCL' in w)) await new Promise((done) => document.addEventListener('DOMContentLoaded', done, { once: true }));
    const events = w.__themeEvents;
    const firstContent = events.findIndex((e) => e.kind === 'content');
    if (firstContent < 0) return { body: undefined, dcl: w.__themeAtDCL };
    // The value an attribute change set is the old value of the next change, or the current value.
    const attrs = events.map((e, i) => ({ e, i })).filter(({ e }) => e.kind === 'attr');
    const before = attrs.filter(({ i }) => i < firstContent);
    let body: string | null = null;
    if (before.length > 0) {
      const last = before[before.length - 1]!;
      const next = attrs.find(({ i }) => i > last.i);
      body = next ? (next.e as { old: string | null }).old : document.documentElement.getAttribute('data-theme');
    }
    return { body, dcl: w.__themeAtDCL };
  });
}

/**
 * Holds back the site's script files until the returned function is called (later ones then pass
 * at once): DOMContentLoaded waits for the page's module script, so the page is read while it is
 * still loading, every time.
 */
async function holdScripts(page: Page): Promise<() => void> {
  let release = () => {};
  const released = new Promise<void>((done) => (release = done));
  await page.route('**/_astro/*.js', async (route) => {
    await released;
    await route.continue();
  });
  return release;
}

test('follows a dark system preference when nothing is stored', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/subsystems/aio/');
  await expect(page.locator('html')).not.toHaveAttribute('data-theme', /./);
  expect(await page.evaluate(() => localStorage.getItem('theme'))).toBeNull();
  expect(await backgroundLuminance(page)).toBeLessThan(DARK);
  await expect(page.locator('select[data-theme-switch]')).toHaveValue('system');
});

test('follows a light system preference when nothing is stored', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/en/subsystems/aio/');
  expect(await backgroundLuminance(page)).toBeGreaterThan(LIGHT);
  // The preference is read live, without a reload.
  await page.emulateMedia({ colorScheme: 'dark' });
  await expect.poll(() => backgroundLuminance(page)).toBeLessThan(DARK);
});

test('the theme switch is shown once the script runs', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('label.theme-switch')).toBeVisible();
  const values = await page.locator('select[data-theme-switch] option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
  expect(values).toEqual(['system', 'light', 'dark']);
  await expect(page.locator('select[data-theme-switch]')).toHaveAccessibleName(/\S/);
});

test('choosing dark persists across navigation and reload, applied before first paint', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await watchThemeBeforePaint(page);
  await page.goto('/keynote/');
  expect(await themeBeforePaint(page)).toEqual({ body: null, dcl: null });
  expect(await backgroundLuminance(page)).toBeGreaterThan(LIGHT);

  await page.locator('select[data-theme-switch]').selectOption('dark');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  expect(await page.evaluate(() => localStorage.getItem('theme'))).toBe('dark');
  expect(await backgroundLuminance(page)).toBeLessThan(DARK);

  // Another page, reached by following a link; read while its script is held back, before DOMContentLoaded.
  const release = await holdScripts(page);
  await page.locator('nav.pagination a[rel=next]').click();
  await page.waitForURL('/roadmap/', { waitUntil: 'commit' });
  expect(await page.evaluate(() => (window as unknown as { __themeAtDCL?: string | null }).__themeAtDCL), 'DOMContentLoaded has not fired yet').toBeUndefined();
  const reading = themeBeforePaint(page);
  release();
  expect(await reading).toEqual({ body: 'dark', dcl: 'dark' });
  expect(await backgroundLuminance(page)).toBeLessThan(DARK);
  await expect(page.locator('select[data-theme-switch]')).toHaveValue('dark');

  // The other language shares the choice.
  await page.locator('a[data-language-switch]').click();
  await page.waitForURL(/\/en\/roadmap\/(#.*)?$/, { waitUntil: 'domcontentloaded' });
  expect(await themeBeforePaint(page)).toEqual({ body: 'dark', dcl: 'dark' });

  await page.reload();
  expect(await themeBeforePaint(page)).toEqual({ body: 'dark', dcl: 'dark' });
  expect(await backgroundLuminance(page)).toBeLessThan(DARK);
  await expect(page.locator('select[data-theme-switch]')).toHaveValue('dark');
});

test('choosing light overrides a dark system preference', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await watchThemeBeforePaint(page);
  await page.goto('/process/');
  await page.locator('select[data-theme-switch]').selectOption('light');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  expect(await backgroundLuminance(page)).toBeGreaterThan(LIGHT);
  await page.goto('/qa/');
  expect(await themeBeforePaint(page)).toEqual({ body: 'light', dcl: 'light' });
  expect(await backgroundLuminance(page)).toBeGreaterThan(LIGHT);
});

test('switching back to system removes the stored choice', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await watchThemeBeforePaint(page);
  await page.goto('/glossary/');
  const select = page.locator('select[data-theme-switch]');
  await select.selectOption('dark');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.reload();
  await expect(select).toHaveValue('dark');

  await select.selectOption('system');
  await expect(page.locator('html')).not.toHaveAttribute('data-theme', /./);
  expect(await page.evaluate(() => localStorage.getItem('theme'))).toBeNull();
  expect(await backgroundLuminance(page)).toBeGreaterThan(LIGHT);

  await page.reload();
  expect(await themeBeforePaint(page)).toEqual({ body: null, dcl: null });
  await expect(select).toHaveValue('system');
  await page.emulateMedia({ colorScheme: 'dark' });
  await expect.poll(() => backgroundLuminance(page)).toBeLessThan(DARK);
});
