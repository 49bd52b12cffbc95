import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { comparableText, missingTerms, normalizeQuery, queryWords, searchTerms } from '../../src/lib/search-query.ts';

describe('normalizeQuery', () => {
  it('folds full-width and half-width forms (NFKC) and collapses spaces', () => {
    assert.equal(normalizeQuery('ＫＶＭ'), 'KVM');
    assert.equal(normalizeQuery('ｅｘｔ４'), 'ext4');
    assert.equal(normalizeQuery('ﾈｰﾑｽﾍﾟｰｽ'), 'ネームスペース');
    assert.equal(normalizeQuery('  memory\u3000 reclaim \n'), 'memory reclaim');
    assert.equal(normalizeQuery('   '), '');
  });
});

describe('queryWords', () => {
  it('splits at spaces and keeps each word once', () => {
    assert.deepEqual(queryWords('KVM  ＫＶＭ 仮想化'), ['KVM', '仮想化']);
    assert.deepEqual(queryWords(''), []);
  });
});

describe('searchTerms', () => {
  it('splits Japanese into words as pagefind.js does (Intl.Segmenter), lower case, punctuation dropped', () => {
    assert.deepEqual(searchTerms('仮想化', 'ja'), ['仮想', '化']);
    assert.deepEqual(searchTerms('非同期I/O', 'ja'), ['非同期', 'i', 'o']);
    assert.deepEqual(searchTerms('memory reclaim', 'ja'), ['memory', 'reclaim']);
  });
  it('splits other languages at spaces only, removing punctuation inside words', () => {
    assert.deepEqual(searchTerms('Asynchronous I/O', 'en'), ['asynchronous', 'io']);
    assert.deepEqual(searchTerms('"fake NUMA"', 'en'), ['fake', 'numa']);
    assert.deepEqual(searchTerms('2.6.22', 'en'), ['2622']);
  });
  it('removes accents but keeps the kana voicing marks', () => {
    assert.deepEqual(searchTerms('Café', 'en'), ['cafe']);
    assert.deepEqual(searchTerms('ガベージ', 'ja'), ['ガベージ']);
  });
  it('gives each term once, and none for punctuation or emoji-free noise', () => {
    assert.deepEqual(searchTerms('KVM kvm', 'en'), ['kvm']);
    assert.deepEqual(searchTerms('!!!???...', 'en'), []);
  });
});

describe('comparableText', () => {
  it('normalises text like the terms, without spaces between words', () => {
    assert.equal(comparableText('AIO(非同期I/O)'), 'aio非同期io');
    assert.equal(comparableText('Memory\u200Breclaim, again.'), 'memoryreclaimagain');
  });
});

describe('missingTerms', () => {
  const page = ['OSレベルの仮想化. ネームスペースの仮想化対応', 'OSレベルの仮想化', 'namespace, nsproxy'];
  it('finds nothing missing when every term occurs, even split differently from the index (ネーム + スペース)', () => {
    assert.deepEqual(missingTerms(searchTerms('ネームスペースの仮想化', 'ja'), page), []);
    assert.deepEqual(missingTerms(searchTerms('仮想化対応', 'ja'), page), []);
  });
  it('names the terms that occur nowhere: the compound Pagefind would answer with a single kanji', () => {
    assert.deepEqual(missingTerms(searchTerms('暗号化', 'ja'), page), ['暗号']);
    assert.deepEqual(missingTerms(['化学'], page), ['化学']);
  });
  it('counts the synonyms and an English plural whose singular occurs', () => {
    assert.deepEqual(missingTerms(['namespace', 'namespaces', 'nsproxies'], page), ['nsproxies']);
  });
  it('is not fooled by case or width', () => {
    assert.deepEqual(missingTerms(['NSPROXY', 'ｎｓｐｒｏｘｙ'], page), []);
  });
});
