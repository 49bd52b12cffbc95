import assert from 'node:assert/strict';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, posix } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { parse } from 'node-html-parser';
import { LinkState } from 'linkinator';
import { assertBuilt, htmlFiles, pathOfFile, siteUrlOf } from '../support/dist.ts';
import { checkLinks } from '../support/link-check.ts';
import { SUBPATH_BASE, distDir, subpathDistDir } from '../support/paths.ts';

describe('links of the main build', () => {
  before(() => assertBuilt());

  it('has no broken link or fragment', async () => {
    const { links, broken } = await checkLinks(distDir, '/', siteUrlOf());
    const pages = new Set(links.filter((l) => l.state === LinkState.OK && /\/$|\.html$/.test(l.url)).map((l) => l.url));
    console.log(`links: checked ${links.length} links, ${pages.size} pages, ${links.filter((l) => l.state === LinkState.SKIPPED).length} external skipped`);
    // No link leads to the not-found page or to the offline pages (the service worker shows them).
    const linkable = htmlFiles().filter((f) => !['404.html', 'offline/index.html', 'en/offline/index.html'].includes(f));
    assert.ok(pages.size >= linkable.length, `crawled ${pages.size} pages of ${linkable.length}`);
    assert.deepEqual(broken, []);
  });

  describe('the check itself', () => {
    let copy: string;
    before(() => {
      copy = mkdtempSync(join(tmpdir(), 'lfjs-dist-'));
      cpSync(distDir, copy, { recursive: true });
      const qa = join(copy, 'qa', 'index.html');
      const html = readFileSync(qa, 'utf8');
      assert.ok(html.includes('</main>'), 'the copy of /qa/ is complete');
      writeFileSync(qa, html.replace('</main>', '<a href="/process/#no-such-heading">x</a><a href="/no-such-page/">y</a></main>'));
    });
    after(() => rmSync(copy, { recursive: true, force: true }));

    it('catches a broken page link and a broken fragment', async () => {
      const { links, broken } = await checkLinks(copy, '/', siteUrlOf());
      assert.ok(links.some((l) => new URL(l.url).pathname === '/qa/'), `the crawl reached /qa/ (${links.length} links)`);
      // (The 404 page served for the missing page may add its own lines about that same URL.)
      assert.deepEqual(broken.filter((b) => !b.includes('no-such-')), [], broken.join('\n'));
      assert.ok(broken.some((b) => b.includes('/process/#no-such-heading')), broken.join('\n'));
      assert.ok(broken.some((b) => b.includes('/no-such-page/')), broken.join('\n'));
    });
  });
});

/** Attributes that hold a URL the browser loads or follows. */
const URL_ATTRIBUTES = ['href', 'src', 'action', 'poster', 'data'];

describe(`a build under the sub-path ${SUBPATH_BASE} (npm run build:subpath, shared with the browser suite)`, () => {
  let siteUrl = '';
  let origin = '';

  before(() => {
    assertBuilt(subpathDistDir, 'npm run build:subpath');
    // The build is made for a public origin other than the local default, so absolute URLs can be told from local ones.
    siteUrl = siteUrlOf(subpathDistDir);
    origin = new URL(siteUrl).origin;
    assert.ok(siteUrl.endsWith(SUBPATH_BASE) && !origin.startsWith('http://127.0.0.1'), `the sub-path build was made for ${siteUrl}`);
  });

  it('has no broken link or fragment when served under the sub-path', async () => {
    const { links, broken } = await checkLinks(subpathDistDir, SUBPATH_BASE, siteUrl);
    console.log(`links (sub-path): checked ${links.length} links`);
    assert.ok(links.length > 100);
    assert.deepEqual(broken, []);
  });

  it('no href, src or action points outside the sub-path', () => {
    const outside: string[] = [];
    for (const file of htmlFiles(subpathDistDir)) {
      const pagePath = `${SUBPATH_BASE}${pathOfFile(file).slice(1)}`;
      const dom = parse(readFileSync(join(subpathDistDir, file), 'utf8'));
      for (const attribute of URL_ATTRIBUTES) {
        for (const element of dom.querySelectorAll(`[${attribute}]`)) {
          const value = element.getAttribute(attribute) ?? '';
          if (/^(mailto:|data:|#)/.test(value)) continue;
          if (/^https?:\/\//.test(value)) {
            if (value.startsWith(origin) && !value.startsWith(siteUrl)) outside.push(`${file}: <${element.tagName.toLowerCase()} ${attribute}="${value}">`);
            continue;
          }
          const resolved = value.startsWith('/') ? value : posix.resolve(posix.dirname(pagePath.endsWith('/') ? `${pagePath}x` : pagePath), value);
          if (!resolved.startsWith(SUBPATH_BASE)) outside.push(`${file}: <${element.tagName.toLowerCase()} ${attribute}="${value}">`);
        }
      }
    }
    assert.deepEqual(outside, []);
  });

  it('canonical, alternate and og:url are absolute URLs under SITE_URL and the sub-path', () => {
    const wrong: string[] = [];
    let count = 0;
    for (const file of htmlFiles(subpathDistDir)) {
      const dom = parse(readFileSync(join(subpathDistDir, file), 'utf8'));
      const urls = [
        ...dom.querySelectorAll('link[rel=canonical], link[rel=alternate]').map((l) => l.getAttribute('href') ?? ''),
        ...dom.querySelectorAll('meta[property="og:url"]').map((m) => m.getAttribute('content') ?? ''),
      ];
      count += urls.length;
      wrong.push(...urls.filter((u) => !u.startsWith(siteUrl)).map((u) => `${file}: ${u}`));
    }
    assert.ok(count > 200, `${count} absolute URLs`);
    assert.deepEqual(wrong, []);
  });

  it('tells scripts the base, for the search index', () => {
    for (const file of htmlFiles(subpathDistDir)) {
      const html = parse(readFileSync(join(subpathDistDir, file), 'utf8')).querySelector('html');
      assert.equal(html?.getAttribute('data-base'), SUBPATH_BASE, file);
    }
    assert.ok(existsSync(join(subpathDistDir, 'pagefind', 'pagefind.js')), 'the Pagefind index is built');
  });

  it('CSS loads nothing from outside the sub-path', () => {
    const dir = join(subpathDistDir, '_astro');
    const outside = readdirSync(dir)
      .filter((f) => f.endsWith('.css'))
      .flatMap((f) => [...readFileSync(join(dir, f), 'utf8').matchAll(/url\(\s*['"]?(\/[^'")]*)/g)].map((m) => `${f}: ${m[1]}`))
      .filter((ref) => !ref.split(': ')[1]!.startsWith(SUBPATH_BASE));
    assert.deepEqual(outside, []);
  });

  it('robots.txt and the sitemap use the sub-path', () => {
    const robots = readFileSync(join(subpathDistDir, 'robots.txt'), 'utf8');
    assert.match(robots, new RegExp(`^Sitemap: ${siteUrl.replace(/[.]/g, '\\.')}sitemap-index\\.xml$`, 'm'));
    const sitemap = readdirSync(subpathDistDir).filter((f) => /^sitemap-\d+\.xml$/.test(f)).map((f) => readFileSync(join(subpathDistDir, f), 'utf8')).join('');
    const locs = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>|href="([^"]+)"/g)].map((m) => m[1] ?? m[2]!);
    assert.ok(locs.length > 50);
    assert.deepEqual(locs.filter((l) => !l.startsWith(siteUrl)), []);
  });
});
