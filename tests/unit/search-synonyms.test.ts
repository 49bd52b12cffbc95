import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { searchSynonyms, termNames, titleMeta } from '../../src/lib/search-synonyms.ts';
import type { GlossaryEntry } from '../../src/lib/site-model.ts';

const entry = (id: string, ja: string, en: string, expansion?: string): GlossaryEntry => ({
  id,
  kind: 'term',
  term: { ja, en },
  ...(expansion ? { expansion: { ja: expansion, en: expansion } } : {}),
  definition: { ja: '', en: '' },
});

const glossary = [
  entry('aio', 'AIO(非同期I/O)', 'AIO', 'Asynchronous I/O'),
  entry('namespace', 'ネームスペース(namespace)', 'namespace'),
  entry('kvm', 'KVM', 'KVM', 'Kernel-based Virtual Machine'),
];

describe('termNames', () => {
  it('gives every name in both languages, with a parenthesised gloss split off, each once', () => {
    assert.deepEqual(termNames(glossary[0]!), ['AIO', '非同期I/O', 'Asynchronous I/O']);
    assert.deepEqual(termNames(glossary[1]!), ['ネームスペース', 'namespace']);
  });
});

describe('searchSynonyms', () => {
  it('collects the names of the terms a page uses, each once', () => {
    assert.deepEqual(searchSynonyms(glossary, ['namespace', 'kvm', 'namespace']), ['ネームスペース', 'namespace', 'KVM', 'Kernel-based Virtual Machine']);
    assert.deepEqual(searchSynonyms(glossary, []), []);
  });
  it('stops on an unknown term id', () => {
    assert.throws(() => searchSynonyms(glossary, ['nope']), /no glossary entry "nope"/);
  });
});

describe('titleMeta', () => {
  it('keeps the title and adds the synonyms as an inline field, last', () => {
    assert.equal(titleMeta([]), 'title');
    assert.equal(titleMeta(['AIO', '非同期I/O']), 'title, terms:AIO, 非同期I/O');
  });
});
