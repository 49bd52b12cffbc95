import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DEFAULT_LANG, LANGS, isLang, otherLang } from '../../src/lib/i18n-core.ts';

describe('i18n core', () => {
  it('has Japanese (the original, the default) and English', () => {
    assert.deepEqual([...LANGS], ['ja', 'en']);
    assert.equal(DEFAULT_LANG, 'ja');
  });
  it('recognises only the site languages', () => {
    assert.equal(isLang('ja'), true);
    assert.equal(isLang('en'), true);
    for (const value of ['JA', 'EN', 'de', '', 'en-GB', undefined, null, 1, {}]) assert.equal(isLang(value), false, String(value));
  });
  it('switches to the other language', () => {
    assert.equal(otherLang('ja'), 'en');
    assert.equal(otherLang('en'), 'ja');
  });
});
