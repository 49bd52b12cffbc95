import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import type { HTMLElement } from 'node-html-parser';
import { assertBuilt, htmlFiles, page, pathOf, pathOfFile, siteUrlOf, splitPath } from '../support/dist.ts';

before(() => assertBuilt());

const meta = (dom: HTMLElement, key: string) =>
  dom.querySelectorAll(`meta[property="${key}"], meta[name="${key}"]`).map((m) => m.getAttribute('content') ?? '');

/** The paths of the pages meant to be indexed: everything but the 404 page. */
/** The fallback pages a browser or the service worker shows instead of a page: no canonical URL, not indexed. */
const FALLBACKS = ['/404.html', '/offline/', '/en/offline/'];
const indexedPaths = () => htmlFiles().map(pathOfFile).filter((p) => !FALLBACKS.includes(p));

describe('head metadata of every page', () => {
  it('finds the pages', () => {
    assert.ok(indexedPaths().length >= 58, `${indexedPaths().length} pages`);
  });

  it('each page has exactly one non-empty <title>, unique across the site', () => {
    const seen = new Map<string, string>();
    for (const path of indexedPaths()) {
      const titles = page(path).querySelectorAll('head title');
      assert.equal(titles.length, 1, `${path}: ${titles.length} <title>`);
      const title = titles[0]!.text.trim();
      assert.ok(title.length > 0, `${path}: empty title`);
      assert.ok(!seen.has(title), `${path} has the same title as ${seen.get(title)}: ${title}`);
      seen.set(title, path);
    }
  });

  it('each page has one meta description', () => {
    for (const path of indexedPaths()) {
      const descriptions = meta(page(path), 'description');
      assert.equal(descriptions.length, 1, path);
      assert.ok(descriptions[0]!.trim().length >= 10, `${path}: description "${descriptions[0]}"`);
    }
  });

  it('<html lang> matches the language of the path', () => {
    for (const path of [...indexedPaths(), '/404.html']) {
      const expected = path === '/404.html' ? 'ja' : splitPath(path).lang;
      assert.equal(page(path).querySelector('html')?.getAttribute('lang'), expected, path);
    }
  });

  it('the canonical URL is absolute, ends with a slash and is the page itself in its own language', () => {
    const site = siteUrlOf();
    assert.match(site, /^https?:\/\/[^/]+\/(.+\/)?$/);
    for (const path of indexedPaths()) {
      const canonicals = page(path).querySelectorAll('link[rel=canonical]').map((l) => l.getAttribute('href'));
      assert.deepEqual(canonicals, [new URL(path.slice(1), site).href], path);
    }
  });

  it('hreflang alternates name ja, en and x-default (the Japanese original)', () => {
    const site = siteUrlOf();
    for (const path of indexedPaths()) {
      const { route } = splitPath(path);
      const links = page(path).querySelectorAll('link[rel=alternate][hreflang]');
      const alternates = Object.fromEntries(links.map((l) => [l.getAttribute('hreflang'), l.getAttribute('href')]));
      assert.equal(links.length, 3, path);
      assert.deepEqual(alternates, {
        ja: new URL(pathOf(route, 'ja').slice(1), site).href,
        en: new URL(pathOf(route, 'en').slice(1), site).href,
        'x-default': new URL(pathOf(route, 'ja').slice(1), site).href,
      }, path);
    }
  });

  it('Open Graph and Twitter card tags are there, matching the page', () => {
    for (const path of indexedPaths()) {
      const dom = page(path);
      const { lang } = splitPath(path);
      const one = (key: string) => {
        const values = meta(dom, key);
        assert.equal(values.length, 1, `${path}: ${values.length} × ${key}`);
        assert.ok(values[0]!.trim().length > 0, `${path}: empty ${key}`);
        return values[0]!;
      };
      const canonical = dom.querySelector('link[rel=canonical]')?.getAttribute('href');
      const description = one('description');
      assert.equal(one('og:url'), canonical, `${path}: og:url`);
      assert.equal(one('og:locale'), lang === 'ja' ? 'ja_JP' : 'en_US', `${path}: og:locale`);
      assert.equal(one('og:locale:alternate'), lang === 'ja' ? 'en_US' : 'ja_JP', `${path}: og:locale:alternate`);
      assert.ok(['article', 'website'].includes(one('og:type')), `${path}: og:type`);
      assert.equal(one('og:description'), description, `${path}: og:description`);
      assert.equal(one('twitter:description'), description, `${path}: twitter:description`);
      assert.ok(['summary', 'summary_large_image'].includes(one('twitter:card')), `${path}: twitter:card`);
      const title = one('og:title');
      assert.equal(one('twitter:title'), title, `${path}: twitter:title`);
      assert.ok(dom.querySelector('title')!.text.includes(title), `${path}: og:title "${title}" is part of <title>`);
    }
  });

  it('no page asks not to be indexed', () => {
    for (const path of indexedPaths()) assert.deepEqual(meta(page(path), 'robots').filter((v) => v.includes('noindex')), [], path);
  });
});

describe('the 404 and offline pages', () => {
  it('are not indexed and have no canonical or og:url', () => {
    for (const path of FALLBACKS) {
      const dom = page(path);
      assert.ok(meta(dom, 'robots').some((v) => /\bnoindex\b/.test(v)), `${path}: meta robots noindex`);
      assert.equal(dom.querySelectorAll('link[rel=canonical]').length, 0, path);
      assert.equal(dom.querySelectorAll('link[rel=alternate][hreflang]').length, 0, path);
      assert.equal(meta(dom, 'og:url').length, 0, path);
    }
  });
  it('has a title and a description', () => {
    const dom = page('/404.html');
    assert.ok((dom.querySelector('title')?.text ?? '').trim().length > 0);
    assert.equal(meta(dom, 'description').length, 1);
  });
});
