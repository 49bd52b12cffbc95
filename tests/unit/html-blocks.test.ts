import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { excerptHtml, pairBlocks } from '../../src/lib/html-blocks.ts';

describe('excerptHtml', () => {
  it('leaves the ids with the home page, points their anchors there and puts the headings one level down', () => {
    const html = '<h2 id="rsdl">RSDL<a class="heading-anchor" href="#rsdl"></a></h2><p id="qa-p1">Text <a href="/people/x/">X</a><span id="tip-ja-rsdl"></span><a class="block-anchor" href="#qa-p1"></a></p>';
    assert.equal(excerptHtml(html, ['rsdl', 'qa-p1'], '/qa/'),
      '<h3>RSDL<a class="heading-anchor" href="/qa/#rsdl"></a></h3><p>Text <a href="/people/x/">X</a><span id="tip-ja-rsdl"></span><a class="block-anchor" href="/qa/#qa-p1"></a></p>');
  });
  it('does not touch ids that merely start like one of them', () => {
    assert.equal(excerptHtml('<p id="qa-p10"></p>', ['qa-p1'], '/qa/'), '<p id="qa-p10"></p>');
  });
});

describe('pairBlocks', () => {
  it('pairs headings, paragraphs, list items and quotes by id, each in its own list, the ids on the row', () => {
    const ja = '<h2 id="a">見出し</h2>\n<p id="x-p1">一。</p><ul>\n<li id="x-p2">二</li>\n<li id="x-p3">三</li>\n</ul><blockquote id="x-p4"><p>四</p></blockquote>';
    const en = '<h2 id="a">Heading</h2>\n<p id="x-p1">One.</p><ul>\n<li id="x-p2">Two</li>\n<li id="x-p3">Three</li>\n</ul><blockquote id="x-p4"><p>Four</p></blockquote>';
    assert.deepEqual(pairBlocks(ja, en), [
      { id: 'a', ja: '<h2>見出し</h2>', en: '<h2>Heading</h2>' },
      { id: 'x-p1', ja: '<p>一。</p>', en: '<p>One.</p>' },
      { id: 'x-p2', ja: '<ul><li>二</li></ul>', en: '<ul><li>Two</li></ul>' },
      { id: 'x-p3', ja: '<ul><li>三</li></ul>', en: '<ul><li>Three</li></ul>' },
      { id: 'x-p4', ja: '<blockquote><p>四</p></blockquote>', en: '<blockquote><p>Four</p></blockquote>' },
    ]);
  });
});
