import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { highlightWords, markRanges, withoutHighlight } from '../../src/lib/search-highlight.ts';

const marked = (text: string, words: string[]) => markRanges(text, words).map(([s, e]) => text.slice(s, e));

describe('highlightWords', () => {
  it('reads every ?highlight= value, NFKC, each once', () => {
    assert.deepEqual(highlightWords('?highlight=%EF%BC%AB%EF%BC%B6%EF%BC%AD&highlight=KVM&highlight=%20&x=1'), ['KVM']);
    assert.deepEqual(highlightWords('?q=KVM'), []);
  });
  it('ignores overlong words and keeps at most ten', () => {
    assert.deepEqual(highlightWords(`?highlight=${'a'.repeat(101)}`), []);
    const many = Array.from({ length: 12 }, (_, i) => `highlight=w${i}`).join('&');
    assert.equal(highlightWords(`?${many}`).length, 10);
  });
});

describe('withoutHighlight', () => {
  it('drops the words and keeps the rest of the query string', () => {
    assert.equal(withoutHighlight('?highlight=a&highlight=b'), '');
    assert.equal(withoutHighlight('?x=1&highlight=a'), '?x=1');
  });
});

describe('markRanges', () => {
  it('finds each occurrence, ignoring case, longest word first', () => {
    assert.deepEqual(marked('ネームスペースの仮想化と仮想マシン', ['仮想', '仮想化']), ['仮想化', '仮想']);
    assert.deepEqual(marked('KVM, kvm and Kvm', ['kvm']), ['KVM', 'kvm', 'Kvm']);
  });
  it('extends a Latin word to the end of the word it starts, not a Japanese one', () => {
    assert.deepEqual(marked('Reclaiming memory: reclaim.', ['reclaim']), ['Reclaiming', 'reclaim']);
    assert.deepEqual(marked('仮想化対応', ['仮想']), ['仮想']);
  });
  it('treats the words as text, not as patterns', () => {
    assert.deepEqual(marked('a.b axb (c)', ['a.b', '(c)']), ['a.b', '(c)']);
    assert.deepEqual(markRanges('anything', []), []);
  });
});
