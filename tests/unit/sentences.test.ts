import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { sentenceAround } from '../../src/lib/sentences.ts';

/** The sentence around the first occurrence of `needle` in `text`. */
function around(text: string, needle: string): string {
  const start = text.indexOf(needle);
  assert.ok(start >= 0, `${needle} not in ${text}`);
  return sentenceAround(text, start, start + needle.length);
}

describe('sentenceAround', () => {
  it('cuts Japanese text at 。', () => {
    const text = 'KVMが登場した。AIOは止まっている。keventも止まっている。';
    assert.equal(around(text, 'AIO'), 'AIOは止まっている。');
    assert.equal(around(text, 'KVM'), 'KVMが登場した。');
    assert.equal(around(text, 'kevent'), 'keventも止まっている。');
  });
  it('cuts English text at a full stop followed by a space, not inside a version number', () => {
    const text = 'KVM was merged. Support will come in 2.6.22 as well. Xen follows.';
    assert.equal(around(text, '2.6.22'), 'Support will come in 2.6.22 as well.');
    assert.equal(around(text, 'Xen'), 'Xen follows.');
  });
  it('does not cut Japanese text at the full stop of a version number', () => {
    const text = '第4回シンポジウムを開催した。この記事では、Linuxカーネル2.6のメインテナーであるAndrew Morton氏の講演をレポートする。';
    assert.equal(around(text, 'Andrew Morton氏'), 'この記事では、Linuxカーネル2.6のメインテナーであるAndrew Morton氏の講演をレポートする。');
  });
  it('cuts at ! and ? in both widths', () => {
    assert.equal(around('Really? Yes! It works.', 'Yes'), 'Yes!');
    assert.equal(around('本当?はい!動く。', 'はい'), 'はい!');
  });
  it('does not cut inside quotation brackets', () => {
    const text = '前置き。Morton氏は「テストが必要だ。3~5%遅い。」と述べた。後書き。';
    assert.equal(around(text, '3~5%'), 'Morton氏は「テストが必要だ。3~5%遅い。」と述べた。');
    const en = 'Before. He said “It works. Tell us.” and left. After.';
    assert.equal(around(en, 'Tell us'), 'He said “It works. Tell us.” and left.');
  });
  it('returns the whole span when it crosses a boundary', () => {
    const text = 'One. Two. Three.';
    assert.equal(sentenceAround(text, text.indexOf('One'), text.indexOf('Two') + 3), 'One. Two.');
  });
  it('returns the text as is when it has no sentence end', () => {
    assert.equal(around('  a link without a full stop ', 'link'), 'a link without a full stop');
  });
});
