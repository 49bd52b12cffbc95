import assert from 'node:assert/strict';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import { LANGS, assertBuilt, fileOfPath, htmlFiles, page, pathOf, pathOfFile } from '../support/dist.ts';
import { distDir } from '../support/paths.ts';

before(() => assertBuilt());

/** The URLs and revisions dist/sw.js is built with (Workbox's getManifest). */
function manifest(): { url: string; revision: string | null }[] {
  const code = readFileSync(join(distDir, 'sw.js'), 'utf8');
  const entries = [...code.matchAll(/\{"?url"?:"([^"]+)","?revision"?:(null|"[0-9a-f]+")\}|\{"?revision"?:(null|"[0-9a-f]+"),"?url"?:"([^"]+)"\}/g)];
  return entries.map((m) => ({ url: m[1] ?? m[4] ?? '', revision: JSON.parse(m[2] ?? m[3] ?? 'null') as string | null }));
}

/** The file of the build behind a manifest URL (pages by their directory). */
const fileOf = (url: string) => join(distDir, fileOfPath(url));

describe('service worker and offline reading', () => {
  it('dist/sw.js lists every page of both languages and the search index, and nothing for crawlers, previews or Pagefind files the site never loads', () => {
    const urls = manifest().map((e) => e.url);
    assert.ok(urls.length > 100, `${urls.length} entries`);
    const pages = htmlFiles().map(pathOfFile).filter((p) => p !== '/404.html');
    assert.deepEqual(pages.filter((p) => !urls.includes(p)), [], 'pages missing from the manifest');
    for (const lang of ['en', 'ja']) assert.ok(urls.some((u) => new RegExp(`^/pagefind/index/${lang}_[0-9a-f]+\\.pf_index$`).test(u)), `${lang} search index`);
    assert.ok(urls.includes('/pagefind/pagefind.js'));
    assert.deepEqual(urls.filter((u) => /^\/og\/|sitemap|robots|\/sw\.js$|404\.html$/.test(u)), []);
    assert.ok(existsSync(join(distDir, 'pagefind/pagefind-ui.js')), 'Pagefind still writes its UI bundles');
    assert.deepEqual(urls.filter((u) => /^\/pagefind\/pagefind-(?:ui|component-ui|modular-ui|highlight|worker)\./.test(u)), []);
    for (const url of urls) assert.ok(existsSync(fileOf(url)), `${url} is in the manifest but not in dist/`);
  });

  it('dist/offline.json gives the download size the save control shows: the bytes of every listed file', () => {
    const { bytes, files, build } = JSON.parse(readFileSync(join(distDir, 'offline.json'), 'utf8')) as { bytes: number; files: number; build: string };
    const entries = manifest();
    assert.equal(files, entries.length);
    assert.equal(bytes, entries.reduce((sum, e) => sum + statSync(fileOf(e.url)).size, 0));
    assert.match(build, /^[0-9a-f]{12}$/);
    assert.ok(readFileSync(join(distDir, 'sw.js'), 'utf8').includes(`"lfjs-${build}"`), 'sw.js names its cache after the build');
  });

  it('the offline pages exist in both languages, out of the sitemap and the search index', () => {
    const sitemap = readFileSync(join(distDir, 'sitemap-0.xml'), 'utf8');
    for (const lang of LANGS) {
      const path = pathOf('/offline/', lang);
      const dom = page(path);
      assert.equal(dom.querySelector('html')?.getAttribute('lang'), lang);
      assert.ok(dom.querySelector('h1')?.text.trim());
      assert.ok(!dom.toString().includes('data-pagefind-body'), `${path} is indexed`);
      assert.ok(!sitemap.includes(`${path}</loc>`), `${path} is in the sitemap`);
    }
  });

  it('every page has the save control, hidden until the launcher finds service workers, with its script on demand only', () => {
    for (const path of htmlFiles().map(pathOfFile).filter((p) => p !== '/404.html')) {
      const control = page(path).querySelector('.offline-save[data-needs-sw][data-script][hidden]');
      assert.ok(control, `${path}: no save control`);
      assert.equal(page(path).querySelectorAll(`script[src="${control.getAttribute('data-script')}"]`).length, 0, `${path} loads the save script on load`);
    }
  });
});
