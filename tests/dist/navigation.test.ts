import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import type { HTMLElement } from 'node-html-parser';
import { LANGS, REPORT_ROUTES, SUBSYSTEMS, assertBuilt, htmlFiles, page, pathOf, pathOfFile, splitPath } from '../support/dist.ts';

/**
 * What the built pages say about getting around, checked without a browser: the language switch,
 * the sidebar's current page, breadcrumbs, pagination, heading anchors, tables of contents and
 * the skip link. Playwright checks what they do (tests/e2e/).
 */

before(() => assertBuilt());

/** Every page but the 404 page. */
const pagePaths = () => htmlFiles().map(pathOfFile).filter((p) => p !== '/404.html');
const other = (lang: 'ja' | 'en') => (lang === 'ja' ? 'en' : 'ja');
const textOf = (el: HTMLElement | null | undefined) => el?.text.replace(/\s+/g, ' ').trim() ?? '';

describe('the language switch', () => {
  it('each page has one, a plain link to the same page in the other language (with hreflang and lang)', () => {
    const wrong: string[] = [];
    for (const path of pagePaths()) {
      const { lang, route } = splitPath(path);
      const target = other(lang);
      const links = page(path).querySelectorAll('header.site-header a[data-language-switch]');
      const found = links.map((a) => ({ href: a.getAttribute('href'), hreflang: a.getAttribute('hreflang'), lang: a.getAttribute('lang') }));
      const expected = [{ href: pathOf(route, target), hreflang: target, lang: target }];
      if (JSON.stringify(found) !== JSON.stringify(expected)) wrong.push(`${path}: ${JSON.stringify(found)}, expected ${JSON.stringify(expected)}`);
    }
    assert.ok(pagePaths().length >= 58, `${pagePaths().length} pages`);
    assert.deepEqual(wrong, []);
  });
});

describe('the sidebar marks the current page', () => {
  it('a page listed in the sidebar is the one link marked aria-current="page"; other pages mark none (a person’s page at most the people index)', () => {
    const wrong: string[] = [];
    for (const path of pagePaths()) {
      const nav = page(path).querySelector('nav#site-nav');
      if (!nav) {
        wrong.push(`${path}: no nav#site-nav`);
        continue;
      }
      const listed = nav.querySelectorAll('a[href]').some((a) => a.getAttribute('href') === path);
      const current = nav.querySelectorAll('a[aria-current="page"]').map((a) => a.getAttribute('href'));
      const { lang, route } = splitPath(path);
      const allowed = listed ? [[path]] : route.startsWith('/people/') && route !== '/people/' ? [[], [pathOf('/people/', lang)]] : [[]];
      if (!allowed.some((a) => JSON.stringify(a) === JSON.stringify(current))) wrong.push(`${path}: current ${JSON.stringify(current)}, expected ${allowed.map((a) => JSON.stringify(a)).join(' or ')}`);
    }
    assert.deepEqual(wrong, []);
  });

  it('lists every report page and the reference pages (the check above is not vacuous)', () => {
    for (const lang of LANGS) {
      const hrefs = new Set(page(pathOf('/', lang)).querySelectorAll('nav#site-nav a[href]').map((a) => a.getAttribute('href')));
      const missing = [...REPORT_ROUTES, '/about/', '/glossary/', '/people/', '/timeline/'].map((r) => pathOf(r, lang)).filter((p) => !hrefs.has(p));
      assert.deepEqual(missing, [], lang);
    }
  });
});

describe('breadcrumbs', () => {
  it('every crumb but the last is a link; the last is the page itself (aria-current, the h1’s text)', () => {
    const wrong: string[] = [];
    let count = 0;
    for (const path of pagePaths()) {
      const crumbs = page(path).querySelectorAll('main nav.breadcrumbs li');
      if (crumbs.length === 0) continue;
      count++;
      const last = crumbs.at(-1)!;
      const here = last.querySelector('[aria-current="page"]');
      if (!here || last.querySelector('a')) wrong.push(`${path}: the last crumb is not the current page`);
      else if (textOf(here) !== textOf(page(path).querySelector('main h1'))) wrong.push(`${path}: the last crumb “${textOf(here)}” is not the h1 “${textOf(page(path).querySelector('main h1'))}”`);
      for (const crumb of crumbs.slice(0, -1)) {
        const a = crumb.querySelector('a[href]');
        if (!a) wrong.push(`${path}: crumb “${textOf(crumb)}” is not a link`);
        // A crumb names the page it leads to, by that page's h1.
        else if (textOf(a) !== textOf(page(a.getAttribute('href') ?? '').querySelector('main h1')) && a.getAttribute('href') !== pathOf('/', splitPath(path).lang)) {
          wrong.push(`${path}: crumb “${textOf(a)}” leads to ${a.getAttribute('href')}, whose h1 differs`);
        }
      }
    }
    assert.ok(count >= 50, `${count} pages with breadcrumbs`);
    assert.deepEqual(wrong, []);
  });

  for (const lang of LANGS) {
    it(`${lang}: a subsystem page’s breadcrumbs lead home › roadmap › the page`, () => {
      for (const slug of SUBSYSTEMS) {
        const path = pathOf(`/subsystems/${slug}/`, lang);
        const hrefs = page(path).querySelectorAll('main nav.breadcrumbs li').map((li) => li.querySelector('a')?.getAttribute('href') ?? null);
        assert.deepEqual(hrefs, [pathOf('/', lang), pathOf('/roadmap/', lang), null], path);
      }
    });
  }
});

describe('pagination', () => {
  for (const lang of LANGS) {
    it(`${lang}: walks the report in reading order, from the overview to the Q&A`, () => {
      const order = REPORT_ROUTES.map((r) => pathOf(r, lang));
      for (const [i, path] of order.entries()) {
        const nav = page(path).querySelector('nav.pagination');
        const prev = nav?.querySelectorAll('a[rel=prev]').map((a) => a.getAttribute('href')) ?? [];
        const next = nav?.querySelectorAll('a[rel=next]').map((a) => a.getAttribute('href')) ?? [];
        assert.deepEqual(prev, i === 0 ? [] : [order[i - 1]], `${path}: previous`);
        assert.deepEqual(next, i === order.length - 1 ? [] : [order[i + 1]], `${path}: next`);
      }
    });
  }

  it('pages outside the report have no pagination', () => {
    const report = new Set(LANGS.flatMap((lang) => REPORT_ROUTES.map((r) => pathOf(r, lang))));
    assert.deepEqual(pagePaths().filter((p) => !report.has(p) && page(p).querySelector('nav.pagination a')), []);
  });
});

describe('heading anchors', () => {
  it('every section heading (h2 with an id) has one anchor link to itself, labelled with the heading’s text', () => {
    const wrong: string[] = [];
    let count = 0;
    for (const path of pagePaths()) {
      for (const h of page(path).querySelectorAll('article h2[id]')) {
        count++;
        const anchors = h.querySelectorAll('a.heading-anchor');
        const text = textOf(h);
        const label = anchors[0]?.getAttribute('aria-label') ?? '';
        if (text === '') wrong.push(`${path}#${h.id}: no text`);
        if (anchors.length !== 1 || anchors[0]?.getAttribute('href') !== `#${h.id}` || !label.includes(text)) {
          wrong.push(`${path}#${h.id}: ${anchors.length} anchor(s), href ${anchors[0]?.getAttribute('href')}, label “${label}” for “${text}”`);
        }
      }
    }
    assert.ok(count > 200, `${count} headings`);
    assert.deepEqual(wrong, []);
  });

  it('an anchor inside a smaller heading links to that heading (in an excerpt, to it on its home page) and has a label', () => {
    const wrong: string[] = [];
    for (const path of pagePaths()) {
      for (const a of page(path).querySelectorAll('article h3 a.heading-anchor, article h4 a.heading-anchor')) {
        const id = a.parentNode?.id;
        const href = a.getAttribute('href') ?? '';
        const right = a.closest('.excerpt') ? /^\/[^#]*\/#[a-z0-9-]+$/.test(href) && !id : !!id && href === `#${id}`;
        if (!right || !(a.getAttribute('aria-label') ?? '').trim()) wrong.push(`${path}: ${a.outerHTML.slice(0, 100)}`);
      }
    }
    assert.deepEqual(wrong, []);
  });
});

describe('tables of contents', () => {
  it('the sidebar and the folded table of contents list the same sections, each an id of the page', () => {
    const wrong: string[] = [];
    let count = 0;
    for (const path of pagePaths()) {
      const dom = page(path);
      const sidebar = dom.querySelectorAll('nav.toc-sidebar a').map((a) => a.getAttribute('href') ?? '');
      const inline = dom.querySelectorAll('details.toc-inline a').map((a) => a.getAttribute('href') ?? '');
      if (sidebar.length === 0 && inline.length === 0) continue;
      count++;
      if (JSON.stringify(sidebar) !== JSON.stringify(inline)) wrong.push(`${path}: sidebar ${sidebar.join(' ')} ≠ folded ${inline.join(' ')}`);
      for (const href of sidebar) {
        if (!/^#[\w-]+$/.test(href) || dom.querySelectorAll(`[id="${href.slice(1)}"]`).length !== 1) wrong.push(`${path}: ${href} is not one id of the page`);
      }
    }
    assert.ok(count >= 30, `${count} pages with a table of contents`);
    assert.deepEqual(wrong, []);
  });
});

describe('the skip link', () => {
  /** Elements that take focus with Tab, as the page is written (the site does not reorder them with CSS). */
  const TABBABLE = 'a[href], button, input:not([type=hidden]), select, textarea, summary, [tabindex]:not([tabindex="-1"])';

  it('is the first thing Tab reaches on every page (the 404 page included) and leads to a focusable main#main', () => {
    const wrong: string[] = [];
    for (const path of [...pagePaths(), '/404.html']) {
      const dom = page(path);
      const first = dom.querySelector('body')?.querySelector(TABBABLE);
      if (!first?.classList.contains('skip-link') || first.getAttribute('href') !== '#main') wrong.push(`${path}: first tabbable is ${first?.outerHTML.slice(0, 80)}`);
      const mains = dom.querySelectorAll('main');
      if (mains.length !== 1 || mains[0]?.id !== 'main' || mains[0]?.getAttribute('tabindex') !== '-1') wrong.push(`${path}: main is ${mains.map((m) => m.outerHTML.slice(0, 60)).join(', ')}`);
    }
    assert.deepEqual(wrong, []);
  });
});
