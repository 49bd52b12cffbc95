import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { htmlToText } from '../../src/lib/html-text.ts';

describe('htmlToText', () => {
  it('drops tags and keeps the text', () => {
    assert.equal(htmlToText('<p>RSDL <a href="/qa/">scheduler</a></p>'), 'RSDL scheduler');
    assert.equal(htmlToText('<span class="term"><a href="/glossary/#kvm">KVM</a></span>'), 'KVM');
  });
  it('decodes the entities Astro escapes', () => {
    assert.equal(htmlToText('a &amp; b &lt;c&gt; &quot;d&quot; &#39;e&#39; &#x27;f&#x27;'), 'a & b <c> "d" \'e\' \'f\'');
  });
  it('does not decode twice', () => {
    assert.equal(htmlToText('&amp;lt;'), '&lt;');
  });
  it('collapses whitespace and trims', () => {
    assert.equal(htmlToText('  <p>one\n  two</p>\t<p>three</p>  '), 'one two three');
  });
});
