import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { excerptHtml } from '../../src/lib/html-blocks.ts';

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
