import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import { assertBuilt } from '../support/dist.ts';
import { distDir } from '../support/paths.ts';

before(() => assertBuilt());

/** The cascade layers of src/styles/index.css, in order. */
const LAYER_ORDER = ['tokens', 'base', 'layout', 'components', 'content'];

/** The layers a stylesheet names, in the order it first names them (statements and blocks alike): the order it gives them if it loads first. */
function layerOrder(css: string): string[] {
  const seen: string[] = [];
  for (const [, names = ''] of css.matchAll(/@layer\s+([^{;]+)[{;]/g)) {
    for (const name of names.split(',').map((n) => n.trim())) if (!seen.includes(name)) seen.push(name);
  }
  return seen;
}

describe('stylesheets', () => {
  it('every built stylesheet that uses layers gives them the site’s order, whichever loads first', () => {
    const files = readdirSync(join(distDir, '_astro')).filter((file) => file.endsWith('.css'));
    assert.ok(files.length > 2, `${files.length} stylesheets`);
    const wrong = files
      .map((file) => ({ file, order: layerOrder(readFileSync(join(distDir, '_astro', file), 'utf8')) }))
      .filter(({ order }) => order.length > 0 && order.join() !== LAYER_ORDER.join())
      .map(({ file, order }) => `${file}: ${order.join(', ')}`);
    assert.deepEqual(wrong, []);
  });

  it('the check sees a stylesheet that would put its layer first', () => {
    assert.deepEqual(layerOrder('@layer content{.a{color:red}}'), ['content']);
    assert.deepEqual(layerOrder('@layer tokens,base,layout,components;@layer content{.a{b:c}}'), LAYER_ORDER);
  });
});
