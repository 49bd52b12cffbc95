import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import { parse, type HTMLElement } from 'node-html-parser';
import { LANGS, REPORT_ROUTES, assertBuilt, htmlFiles, page, pathOf, pathOfFile } from '../support/dist.ts';
import { distDir } from '../support/paths.ts';

before(() => assertBuilt());

const REPORT = {
  ja: { title: 'イベントレポート:第4回 The Linux Foundation Japan Symposium――Andrew Morton氏がLinuxカーネルの開発動向を報告', year: '2007' },
  en: { title: 'Event report: The 4th Linux Foundation Japan Symposium — Andrew Morton reports on Linux kernel development', year: '2007' },
};
const PUBLISHER = 'The Linux Foundation Japan';

/** The text of a <pre> (node-html-parser keeps a <pre>'s content as raw HTML). */
const preText = (pre: HTMLElement | null | undefined) => parse(pre?.innerHTML ?? '').text;

/** Every CSS rule a page has: its inline <style> elements and the stylesheets it links. */
function cssOf(path: string): string {
  const dom = page(path);
  const linked = dom.querySelectorAll('link[rel=stylesheet]').map((l) => readFileSync(join(distDir, l.getAttribute('href')!), 'utf8'));
  return [...dom.querySelectorAll('style').map((s) => s.innerHTML), ...linked].join('\n');
}

describe('cite this page', () => {
  for (const lang of LANGS) {
    it(`${lang}: every report page has a citation naming the report, its publisher, year and the page's URL, as text and BibTeX`, () => {
      for (const route of REPORT_ROUTES) {
        const path = pathOf(route, lang);
        const dom = page(path);
        const canonical = dom.querySelector('link[rel=canonical]')?.getAttribute('href') ?? '';
        const block = dom.querySelector('section.cite');
        assert.ok(block, `${path}: no citation block`);
        assert.equal(block.getAttribute('data-pagefind-ignore'), 'all', `${path}: the citation is indexed`);
        const text = block.querySelector('#cite-text')?.text ?? '';
        for (const part of [REPORT[lang].title, PUBLISHER, REPORT[lang].year, canonical]) assert.ok(text.includes(part), `${path}: the text citation lacks ${part}`);
        const bibtex = preText(block.querySelector('pre#cite-bibtex'));
        assert.match(bibtex, /^@misc\{lfjs2007-[a-z0-9-]+,\n/);
        assert.ok(bibtex.includes(`title     = {${REPORT[lang].title}}`), `${path}: BibTeX title`);
        assert.ok(bibtex.includes(`publisher = {${PUBLISHER}}`), `${path}: BibTeX publisher`);
        assert.ok(bibtex.includes(`year      = {${REPORT[lang].year}}`), `${path}: BibTeX year`);
        assert.ok(bibtex.includes(`url       = {${canonical}}`), `${path}: BibTeX url`);
        assert.equal(block.querySelectorAll('button.copy-button[data-copy][data-script]').length, 2, `${path}: copy buttons`);
      }
    });
  }

  it('the about page, which is not report text, has none', () => {
    for (const lang of LANGS) assert.equal(page(pathOf('/about/', lang)).querySelector('section.cite'), null);
  });

  it('BibTeX keys differ per page and language', () => {
    const keys = LANGS.flatMap((lang) => REPORT_ROUTES.map((route) => /^@misc\{([^,]+),/.exec(preText(page(pathOf(route, lang)).querySelector('#cite-bibtex')))?.[1]));
    assert.equal(new Set(keys).size, keys.length);
  });

  it('highlighting uses classes only, and every class a page uses has a rule in its CSS (light and dark)', () => {
    for (const path of htmlFiles().map(pathOfFile)) {
      const dom = page(path);
      assert.deepEqual(dom.querySelectorAll('[style]').map((e) => e.tagName), [], `${path}: style attributes (the CSP forbids them)`);
      const used = new Set(dom.querySelectorAll('pre.shiki, pre.shiki span').flatMap((e) => e.classList.value.filter((c) => c.startsWith('hl-'))));
      if (used.size === 0) continue;
      const css = cssOf(path);
      for (const name of used) assert.match(css, new RegExp(`\\.${name}\\{--shiki-light:#[0-9a-f]{6};--shiki-dark:#[0-9a-f]{6}`, 'i'), `${path}: no rule for .${name}`);
    }
  });
});
