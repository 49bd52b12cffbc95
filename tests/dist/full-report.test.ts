import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import { parse, type HTMLElement } from 'node-html-parser';
import { LANGS, REPORT_ROUTES, assertBuilt, page, pathOf, reportSection } from '../support/dist.ts';
import { distDir } from '../support/paths.ts';

before(() => assertBuilt());

/** The text a reader sees in an element, without the glossary tooltips and the given parts. */
function textOf(element: HTMLElement | null, drop: string[] = []): string {
  if (!element) return '';
  const copy = parse(element.outerHTML);
  for (const part of copy.querySelectorAll(['.term-tip', ...drop].join(', '))) part.remove();
  return copy.text.replace(/\s+/g, ' ').trim();
}

/** Sentences ending in 。, ． or a full stop followed by a space or the end. */
const sentences = (text: string) => text.split(/(?<=[。．])|(?<=\.)\s/).map((s) => s.trim()).filter(Boolean);

/** The report pages that hold report text of their own (the RSDL page shows the Q&A's as an excerpt). */
const TEXT_ROUTES = REPORT_ROUTES.filter((route) => reportSection(page(route)) !== null);

for (const lang of LANGS) {
  const fullPath = pathOf('/full/', lang);
  describe(`${fullPath}: the whole report on one page`, () => {
    const sections = () => page(fullPath).querySelectorAll('section.full-section');

    it('has one section per report page, in the order of the report, each linking back to its page', () => {
      const links = sections().map((s) => s.querySelector('.full-meta a')?.getAttribute('href'));
      assert.deepEqual(links, TEXT_ROUTES.map((route) => pathOf(route, lang)));
    });

    it('holds every sentence of every report page, in order, with nothing added to the report text', () => {
      const all = sections();
      const fromPages: string[] = [];
      const onFull: string[] = [];
      TEXT_ROUTES.forEach((route, i) => {
        const own = textOf(reportSection(page(pathOf(route, lang))), ['.report-label']);
        const here = textOf(all[i]?.querySelector('.report-body') ?? null);
        assert.ok(own.length > 0, `${route}: no report text`);
        assert.equal(here, own, `${fullPath}: the section of ${pathOf(route, lang)} differs from the page`);
        fromPages.push(...sentences(own));
        onFull.push(...sentences(here));
      });
      assert.deepEqual(onFull, fromPages);
      console.log(`full: ${fullPath} holds ${onFull.length} sentences of ${TEXT_ROUTES.length} pages`);
    });

    it('keeps each page’s heading ids, prefixed only where two pages share one, and has no duplicate id', () => {
      const dom = page(fullPath);
      const ids = dom.querySelectorAll('[id]').map((e) => e.id);
      assert.deepEqual(ids.filter((id, i) => ids.indexOf(id) !== i), [], 'duplicate ids');
      const headingIds = TEXT_ROUTES.map((route) => reportSection(page(pathOf(route, lang)))?.querySelectorAll('h2[id], h3[id]').map((h) => h.id) ?? []);
      const counts = new Map<string, number>();
      for (const id of headingIds.flat()) counts.set(id, (counts.get(id) ?? 0) + 1);
      TEXT_ROUTES.forEach((route, i) => {
        const section = sections()[i]!;
        const anchor = section.querySelector('h2')?.id ?? '';
        for (const id of headingIds[i]!) {
          const expected = counts.get(id) === 1 ? id : `${anchor}-${id}`;
          assert.ok(section.querySelector(`[id="${expected}"]`), `${route}: heading #${id} is not #${expected} on ${fullPath}`);
        }
      });
    });

    it('is kept out of the search index but listed in the sitemap', () => {
      const html = readFileSync(join(distDir, pathOf('/full/', lang).slice(1), 'index.html'), 'utf8');
      assert.ok(!html.includes('data-pagefind-body'), 'the page is indexed');
      const sitemap = readFileSync(join(distDir, 'sitemap-0.xml'), 'utf8');
      assert.ok(sitemap.includes(`${pathOf('/full/', lang)}</loc>`), 'not in the sitemap');
    });

    it('is linked from the navigation of every page and from each report page’s citation block', () => {
      for (const route of REPORT_ROUTES) {
        const dom = page(pathOf(route, lang));
        assert.ok(dom.querySelector(`nav.site-nav a[href="${fullPath}"]`), `${route}: no link in the navigation`);
        assert.ok(dom.querySelector(`section.cite a[href="${fullPath}"]`), `${route}: no link in the citation block`);
      }
    });
  });
}
