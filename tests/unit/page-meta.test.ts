import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { alternates, documentTitle, ogLocale } from '../../src/lib/page-meta.ts';

describe('alternates', () => {
  it('gives absolute URLs in both languages and x-default pointing at the Japanese original', () => {
    assert.deepEqual(alternates('/subsystems/aio/', 'https://example.org', '/'), [
      { hreflang: 'ja', href: 'https://example.org/subsystems/aio/' },
      { hreflang: 'en', href: 'https://example.org/en/subsystems/aio/' },
      { hreflang: 'x-default', href: 'https://example.org/subsystems/aio/' },
    ]);
  });
  it('honours the deploy base and accepts a URL object', () => {
    assert.deepEqual(alternates('/', new URL('https://example.org'), '/lfjs-2007/'), [
      { hreflang: 'ja', href: 'https://example.org/lfjs-2007/' },
      { hreflang: 'en', href: 'https://example.org/lfjs-2007/en/' },
      { hreflang: 'x-default', href: 'https://example.org/lfjs-2007/' },
    ]);
  });
  it('keeps the origin only of a site given with a path', () => {
    const [ja] = alternates('/qa/', 'https://example.org/somewhere/else', '/lfjs-2007/');
    assert.equal(ja?.href, 'https://example.org/lfjs-2007/qa/');
  });
});

describe('documentTitle', () => {
  it('puts the page title before the site title', () => {
    assert.equal(documentTitle('AIO', 'Roadmap 2007'), 'AIO | Roadmap 2007');
  });
  it('does not repeat the site title', () => {
    assert.equal(documentTitle('Roadmap 2007', 'Roadmap 2007'), 'Roadmap 2007');
  });
});

describe('ogLocale', () => {
  it('maps languages to Open Graph locales', () => {
    assert.equal(ogLocale('ja'), 'ja_JP');
    assert.equal(ogLocale('en'), 'en_US');
  });
});
