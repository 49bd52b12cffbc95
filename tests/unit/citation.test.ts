import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { bibtexKey, citation, escapeBibtex } from '../../src/lib/citation.ts';
import { highlight, highlightCss } from '../../src/lib/highlight.ts';
import en from '../../src/i18n/en.ts';

describe('escapeBibtex', () => {
  it('escapes what BibTeX and LaTeX read as commands', () => {
    assert.equal(escapeBibtex('Q&A 100% $5 #1 a_b {x} ~ ^ \\'), 'Q\\&A 100\\% \\$5 \\#1 a\\_b \\{x\\} \\textasciitilde{} \\textasciicircum{} \\textbackslash{}');
    assert.equal(escapeBibtex('仮想化(KVM)'), '仮想化(KVM)');
  });
});

describe('bibtexKey', () => {
  it('is made of the page id and the language', () => {
    assert.equal(bibtexKey('subsystems/aio', 'en'), 'lfjs2007-subsystems-aio-en');
  });
});

describe('citation', () => {
  const cite = citation({
    pageId: 'qa',
    lang: 'en',
    pageTitle: 'Q&A',
    siteTitle: en.site.title,
    url: 'https://example.org/lfjs-2007/en/qa/',
    report: { title: en.cite.reportTitle, publisher: en.cite.publisher, year: en.cite.year },
    text: en.cite.text,
    note: en.cite.note,
    language: en.cite.language,
  });

  it('names the report, its publisher, year and the page’s URL in the text', () => {
    assert.equal(cite.text, `The Linux Foundation Japan, “${en.cite.reportTitle}” (in Japanese), 2007. “Q&A,” English translation in ${en.site.title}, https://example.org/lfjs-2007/en/qa/.`);
  });

  it('writes aligned BibTeX fields with the values escaped', () => {
    assert.equal(
      cite.bibtex,
      [
        '@misc{lfjs2007-qa-en,',
        `  title     = {${en.cite.reportTitle}},`,
        '  publisher = {The Linux Foundation Japan},',
        '  year      = {2007},',
        `  note      = {In Japanese. Section “Q\\&A”, English translation in ${en.site.title}},`,
        '  url       = {https://example.org/lfjs-2007/en/qa/},',
        '  language  = {english},',
        '}',
      ].join('\n'),
    );
  });

  it('highlights into classes whose rules hold a light and a dark colour, with no style attribute', () => {
    const html = highlight(cite.bibtex, 'bibtex');
    assert.doesNotMatch(html, /style=/);
    const classes = new Set([...html.matchAll(/class="([^"]+)"/g)].flatMap((m) => (m[1] ?? '').split(' ')).filter((c) => c.startsWith('hl-')));
    assert.ok(classes.size >= 4, [...classes].join(' '));
    const css = highlightCss();
    for (const name of classes) assert.match(css, new RegExp(`\\.${name}\\{--shiki-light:#[0-9A-Fa-f]{6};--shiki-dark:#[0-9A-Fa-f]{6}`));
  });
});
