import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import type { HTMLElement } from 'node-html-parser';
import { PNG_TITLE_KEY, readCardStore } from '../../src/lib/og-render.ts';
import { pngSize, pngText } from '../../src/lib/png.ts';
import { assertBuilt, htmlFiles, page, pathOfFile, siteUrlOf } from '../support/dist.ts';
import { distDir, repoRoot } from '../support/paths.ts';

before(() => assertBuilt());

const meta = (dom: HTMLElement, key: string) => dom.querySelectorAll(`meta[property="${key}"], meta[name="${key}"]`).map((m) => m.getAttribute('content') ?? '');

function one(dom: HTMLElement, key: string, path: string): string {
  const values = meta(dom, key);
  assert.equal(values.length, 1, `${path}: ${values.length} × ${key}`);
  return values[0]!;
}

/** A parallel edition's path: /parallel/…, /en/parallel/…. */
const isParallel = (path: string) => /^(\/en)?\/parallel\//.test(path);

describe('link previews (Open Graph images)', () => {
  it('every built page, the not-found page included, names a 1200×630 PNG that exists and shows the page title (a parallel edition, its report page’s)', () => {
    const site = siteUrlOf();
    const paths = htmlFiles().map(pathOfFile);
    assert.ok(paths.length >= 60, `${paths.length} pages`);
    const images = new Set<string>();
    const parallelImages = new Set<string>();
    for (const path of paths) {
      const dom = page(path);
      const image = one(dom, 'og:image', path);
      assert.ok(image.startsWith(site), `${path}: og:image ${image} is not under ${site}`);
      const file = join(distDir, new URL(image).pathname.slice(new URL(site).pathname.length));
      assert.ok(existsSync(file), `${path}: ${image} has no file in dist/`);
      const png = readFileSync(file);
      assert.deepEqual(pngSize(png), { width: 1200, height: 630 }, `${path}: ${image}`);
      assert.equal(one(dom, 'og:image:width', path), '1200');
      assert.equal(one(dom, 'og:image:height', path), '630');
      assert.equal(one(dom, 'og:image:type', path), 'image/png');
      const parallel = isParallel(path);
      const title = parallel ? one(page(path.replace('/parallel/', '/')), 'og:title', path) : one(dom, 'og:title', path);
      // The renderer records the title it drew in the PNG itself.
      assert.equal(pngText(png)[PNG_TITLE_KEY], title, `${path}: ${image} shows another title`);
      assert.ok(one(dom, 'og:image:alt', path).includes(title), `${path}: og:image:alt does not name the title`);
      assert.equal(one(dom, 'twitter:card', path), 'summary_large_image', path);
      if (parallel) parallelImages.add(image);
      else images.add(image);
    }
    assert.equal(images.size, paths.filter((path) => !isParallel(path)).length, 'each page but a parallel edition has its own image');
    assert.ok(parallelImages.size > 0 && [...parallelImages].every((image) => images.has(image)), 'a parallel edition shows its report page’s image');
  });

  it('subsystem cards describe the March 2007 status in their alt text', () => {
    const alt = one(page('/en/subsystems/aio/'), 'og:image:alt', '/en/subsystems/aio/');
    assert.match(alt, /Status in March 2007: Stalled/);
    assert.match(one(page('/subsystems/aio/'), 'og:image:alt', '/subsystems/aio/'), /2007年3月時点の状況: 停滞/);
  });

  it('the build keeps exactly its cards, byte for byte, in the store the next build draws from', () => {
    const store = readCardStore(join(repoRoot, '.astro/cache/og-cards.bin'));
    const built = readdirSync(join(distDir, 'og'), { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.png')).map((file) => `og/${file}`);
    assert.ok(built.length >= 60, `${built.length} cards in dist/og`);
    assert.deepEqual([...store.keys()].sort(), built.sort());
    for (const path of built) assert.ok(store.get(path)?.equals(readFileSync(join(distDir, path))), `${path} differs from its stored card`);
  });
});
