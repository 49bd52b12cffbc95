import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { headword, sortedEntries } from '../../src/lib/glossary.ts';
import type { GlossaryEntry } from '../../src/lib/site-model.ts';

function entry(id: string, kind: GlossaryEntry['kind'], en: string, ja = en, expansion?: [string, string]): GlossaryEntry {
  return {
    id,
    kind,
    term: { ja, en },
    expansion: expansion ? { ja: expansion[0], en: expansion[1] } : undefined,
    definition: { ja: `${ja}の定義`, en: `Definition of ${en}` },
  };
}

const entries = [
  entry('xen', 'term', 'Xen'),
  entry('linux-foundation', 'organisation', 'The Linux Foundation'),
  entry('aio', 'term', 'asynchronous I/O', '非同期IO', ['AIO', 'asynchronous I/O']),
  entry('kvm', 'term', 'KVM', 'KVM', ['Kernel-based Virtual Machine', 'Kernel-based Virtual Machine']),
  entry('fsg', 'organisation', 'FSG', 'FSG', ['Free Standards Group', 'Free Standards Group']),
  entry('google', 'organisation', 'Google'),
  entry('cpusets', 'term', 'cpusets'),
];

describe('sortedEntries', () => {
  it('keeps only the entries of one kind, sorted by English headword ignoring case', () => {
    assert.deepEqual(sortedEntries(entries, 'term').map((e) => e.id), ['aio', 'cpusets', 'kvm', 'xen']);
  });
  it('sorts "The Linux Foundation" under L', () => {
    assert.deepEqual(sortedEntries(entries, 'organisation').map((e) => e.id), ['fsg', 'google', 'linux-foundation']);
  });
  it('does not reorder its input', () => {
    const before = entries.map((e) => e.id);
    sortedEntries(entries, 'term');
    assert.deepEqual(entries.map((e) => e.id), before);
  });
});

describe('headword', () => {
  it('gives the term in the language and the expansion of an abbreviation', () => {
    assert.deepEqual(headword(entries[3]!, 'en'), { term: 'KVM', expansion: 'Kernel-based Virtual Machine' });
    assert.deepEqual(headword(entries[2]!, 'ja'), { term: '非同期IO', expansion: 'AIO' });
  });
  it('leaves out an expansion that only repeats the term, or none', () => {
    assert.deepEqual(headword(entries[2]!, 'en'), { term: 'asynchronous I/O', expansion: undefined });
    assert.deepEqual(headword(entries[0]!, 'ja'), { term: 'Xen', expansion: undefined });
  });
});
