import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';
import { before, describe, it } from 'node:test';
import { LANGS, SUBSYSTEMS, assertBuilt, fileOfPath, htmlFiles, page, pathOf, pathOfFile } from '../support/dist.ts';
import { distDir } from '../support/paths.ts';

before(() => assertBuilt());

/** The target is 14 KB (docs/performance.md, tracked by `npm run bench`); a test fails only well past it, so a sentence added to a page does not break the build. */
const HTML_CSS_BUDGET = 16 * 1024;
const JS_BUDGET = 2 * 1024;

const gzipSize = (data: string | Buffer) => gzipSync(data, { level: 9 }).length;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(2)} KB`;

/** Reads a file of the build by its root-relative URL (the build has base /). */
function asset(url: string): Buffer {
  assert.ok(url.startsWith('/') && !url.startsWith('//'), `not a local asset: ${url}`);
  return readFileSync(join(distDir, decodeURIComponent(url.split(/[?#]/)[0]!)));
}

/** Static imports of an ES module (not dynamic import(), which only runs on demand). */
function staticImports(code: string, from: string): string[] {
  return [...code.matchAll(/\b(?:import|export)\s*(?:[\w$*{}\s,]*?\bfrom\s*)?["']([^"']+)["']/g)].map((m) => posix.resolve(posix.dirname(from), m[1]!));
}

/** Every script a page runs on load: inline scripts, and external scripts with their static imports. */
function scriptsOnLoad(path: string): { inline: string[]; files: string[] } {
  const dom = page(path);
  const inline = dom.querySelectorAll('script:not([src])').filter((s) => !/json/.test(s.getAttribute('type') ?? '')).map((s) => s.innerHTML);
  const queue = [
    ...dom.querySelectorAll('script[src]').map((s) => s.getAttribute('src')!),
    ...dom.querySelectorAll('link[rel=modulepreload]').map((l) => l.getAttribute('href')!),
  ];
  const files = new Set<string>();
  while (queue.length > 0) {
    const url = queue.shift()!;
    if (files.has(url)) continue;
    files.add(url);
    queue.push(...staticImports(asset(url).toString('utf8'), url));
  }
  return { inline, files: [...files] };
}

const readingPaths = () => htmlFiles().map(pathOfFile).filter((p) => !/^(\/en)?\/search\/$/.test(p));

describe('size budgets (gzip)', () => {
  it(`a subsystem page’s HTML and the CSS it links stay under ${kb(HTML_CSS_BUDGET)}`, () => {
    const over: string[] = [];
    for (const lang of LANGS) {
      for (const slug of SUBSYSTEMS) {
        const path = pathOf(`/subsystems/${slug}/`, lang);
        const html = readFileSync(join(distDir, fileOfPath(path)));
        const css = page(path).querySelectorAll('link[rel=stylesheet]').map((l) => asset(l.getAttribute('href')!));
        const htmlSize = gzipSize(html);
        const cssSize = css.reduce((sum, file) => sum + gzipSize(file), 0);
        console.log(`budget: ${path} HTML ${kb(htmlSize)} + CSS ${kb(cssSize)} (${css.length} file(s)) = ${kb(htmlSize + cssSize)} gzip`);
        if (htmlSize + cssSize > HTML_CSS_BUDGET) over.push(`${path}: ${kb(htmlSize + cssSize)}`);
      }
    }
    assert.deepEqual(over, []);
  });

  it('reading pages load only the Astro launcher script, and no Pagefind file', () => {
    const launchers = new Set<string>();
    for (const path of readingPaths()) {
      const dom = page(path);
      const external = dom.querySelectorAll('script[src]').map((s) => s.getAttribute('src')!);
      assert.ok(external.length <= 1, `${path} loads ${external.join(', ')}`);
      external.forEach((src) => launchers.add(src));
      const references = dom.querySelectorAll('[href], [src]').map((e) => e.getAttribute('href') ?? e.getAttribute('src') ?? '');
      assert.deepEqual(references.filter((r) => r.includes('/pagefind/')), [], `${path} references Pagefind`);
      assert.deepEqual(scriptsOnLoad(path).files.filter((f) => f.includes('/pagefind/')), [], `${path} imports Pagefind on load`);
    }
    assert.equal(launchers.size, 1, `one launcher for every reading page: ${[...launchers].join(', ')}`);
    assert.match([...launchers][0]!, /^\/_astro\/[^/]+\.js$/);
  });

  it(`reading pages run at most ${kb(JS_BUDGET)} of JavaScript before any interaction`, () => {
    const over: string[] = [];
    const figures = new Map<string, string[]>();
    for (const path of readingPaths()) {
      const { inline, files } = scriptsOnLoad(path);
      const inlineSize = inline.reduce((sum, code) => sum + gzipSize(code), 0);
      const fileSize = files.reduce((sum, url) => sum + gzipSize(asset(url)), 0);
      const line = `inline ${kb(inlineSize)} (${inline.length}) + files ${kb(fileSize)} (${files.map((f) => posix.basename(f)).join(', ')}) = ${kb(inlineSize + fileSize)} gzip`;
      figures.set(line, [...(figures.get(line) ?? []), path]);
      if (inlineSize + fileSize > JS_BUDGET) over.push(`${path}: ${kb(inlineSize + fileSize)}`);
    }
    for (const [line, paths] of figures) console.log(`budget: JS on load, ${paths.length} page(s) (e.g. ${paths[0]}): ${line}`);
    assert.deepEqual(over, []);
  });
});
