import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { REPORT_ROUTES, assertBuilt, htmlFiles, internalLinks, page, pathOf, pathOfFile, reportSection, splitPath } from '../support/dist.ts';

before(() => assertBuilt());

/** Language-neutral routes of the built pages of one language (404.html aside). */
function routesOf(lang: 'ja' | 'en'): string[] {
  return htmlFiles()
    .map(pathOfFile)
    .filter((p) => p !== '/404.html')
    .map(splitPath)
    .filter((p) => p.lang === lang)
    .map((p) => p.route)
    .sort();
}

/** Heading ids of h2 and h3 inside the article, in document order. */
function headingIds(path: string): string[] {
  return page(path).querySelectorAll('article h2[id], article h3[id]').map((h) => `${h.tagName.toLowerCase()}#${h.id}`);
}

describe('the two languages have the same pages', () => {
  it('the same set of slugs', () => {
    const ja = routesOf('ja');
    assert.ok(ja.length >= 29, `${ja.length} Japanese pages`);
    assert.deepEqual(routesOf('en'), ja);
  });
});

describe('each English page has the headings of its Japanese page', () => {
  for (const route of routesOf('ja')) {
    it(route, () => {
      const ja = headingIds(pathOf(route, 'ja'));
      assert.deepEqual(headingIds(pathOf(route, 'en')), ja);
    });
  }
  it('compares something: report pages have headings', () => {
    assert.ok(headingIds('/subsystems/aio/').length > 0);
  });
});

describe('each English page links where its Japanese page links', () => {
  for (const route of [...REPORT_ROUTES, '/about/']) {
    it(route, () => {
      const links = (lang: 'ja' | 'en') => {
        const dom = page(pathOf(route, lang));
        const body = reportSection(dom) ?? dom.querySelector('section.excerpt') ?? dom.querySelector('article .prose');
        assert.ok(body, `${pathOf(route, lang)} has a body`);
        return internalLinks(body).map((l) => `${l.route}${l.hash ? `#${l.hash}` : ''}`).sort();
      };
      assert.deepEqual(links('en'), links('ja'));
    });
  }
});
