import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import { LANGS, PEOPLE, ROUTES, SUBSYSTEMS, assertBuilt, fileOfPath, pathOf, siteUrlOf } from '../support/dist.ts';
import { distDir } from '../support/paths.ts';

before(() => assertBuilt());

describe('routes of the information architecture', () => {
  it('lists the twelve subsystems and seven people', () => {
    assert.equal(SUBSYSTEMS.length, 12);
    assert.equal(PEOPLE.length, 7);
  });
  for (const lang of LANGS) {
    it(`every route exists in ${lang}`, () => {
      const missing = ROUTES.map((route) => pathOf(route, lang)).filter((path) => !existsSync(join(distDir, fileOfPath(path))));
      assert.deepEqual(missing, []);
    });
  }
  it('has a 404 page at the root', () => {
    assert.ok(existsSync(join(distDir, '404.html')));
  });
});

describe('robots.txt', () => {
  it('points at the sitemap index with an absolute URL under the site URL', () => {
    const robots = readFileSync(join(distDir, 'robots.txt'), 'utf8');
    const sitemap = /^Sitemap: (\S+)$/m.exec(robots)?.[1];
    assert.ok(sitemap, robots);
    assert.equal(sitemap, new URL('sitemap-index.xml', siteUrlOf()).href);
    assert.match(robots, /^User-agent: \*$/m);
  });
});

describe('sitemap', () => {
  const site = () => siteUrlOf();

  function sitemapEntries(): Map<string, Map<string, string>> {
    const index = readFileSync(join(distDir, 'sitemap-index.xml'), 'utf8');
    const files = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);
    assert.ok(files.length > 0, 'sitemap-index.xml lists at least one sitemap');
    const entries = new Map<string, Map<string, string>>();
    for (const url of files) {
      assert.ok(url.startsWith(site()), `${url} is under ${site()}`);
      const xml = readFileSync(join(distDir, new URL(url).pathname.slice(new URL(site()).pathname.length)), 'utf8');
      for (const [, body = ''] of xml.matchAll(/<url>(.*?)<\/url>/gs)) {
        const loc = /<loc>([^<]+)<\/loc>/.exec(body)?.[1] ?? '';
        const alternates = new Map([...body.matchAll(/<xhtml:link rel="alternate" hreflang="([^"]+)" href="([^"]+)"\/>/g)].map((m) => [m[1]!, m[2]!]));
        entries.set(loc, alternates);
      }
    }
    return entries;
  }

  it('lists every route in both languages', () => {
    const entries = sitemapEntries();
    const missing = LANGS.flatMap((lang) => ROUTES.map((route) => new URL(pathOf(route, lang).slice(1), site()).href)).filter((url) => !entries.has(url));
    assert.deepEqual(missing, []);
  });
  it('lists nothing else: the route list the tests walk is the whole site', () => {
    const expected = new Set(LANGS.flatMap((lang) => ROUTES.map((route) => new URL(pathOf(route, lang).slice(1), site()).href)));
    assert.deepEqual([...sitemapEntries().keys()].filter((url) => !expected.has(url)), []);
  });
  it('gives each entry its ja and en alternates', () => {
    const entries = sitemapEntries();
    for (const route of ROUTES) {
      const ja = new URL(pathOf(route, 'ja').slice(1), site()).href;
      const en = new URL(pathOf(route, 'en').slice(1), site()).href;
      for (const loc of [ja, en]) {
        assert.deepEqual(Object.fromEntries(entries.get(loc) ?? []), { ja, en }, loc);
      }
    }
  });
  it('does not list the 404 page', () => {
    assert.ok(![...sitemapEntries().keys()].some((loc) => loc.includes('404')));
  });
});
