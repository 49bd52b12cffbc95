import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { sectionAnchor, sharedIds, withPrefixedIds } from '../../src/lib/full-report.ts';

describe('sectionAnchor', () => {
  it('names a page’s section after its id', () => {
    assert.equal(sectionAnchor('index'), 'page-index');
    assert.equal(sectionAnchor('subsystems/aio'), 'page-subsystems-aio');
  });
});

describe('sharedIds', () => {
  it('finds the ids more than one page uses (a page repeating its own id does not count)', () => {
    assert.deepEqual([...sharedIds([['a', 'progress'], ['progress', 'b', 'b'], ['c']])], ['progress']);
  });
});

describe('withPrefixedIds', () => {
  it('prefixes ids and what refers to them, except the ids to keep', () => {
    const html = '<h3 id="kvm">KVM<a href="#kvm"></a></h3><a href="/x/" aria-describedby="term-kvm">KVM</a><span id="term-kvm">tip</span><a href="#progress">p</a><h3 id="progress">';
    assert.equal(
      withPrefixedIds(html, new Set(['kvm']), 'page-x'),
      '<h3 id="kvm">KVM<a href="#kvm"></a></h3><a href="/x/" aria-describedby="page-x-term-kvm">KVM</a><span id="page-x-term-kvm">tip</span><a href="#page-x-progress">p</a><h3 id="page-x-progress">',
    );
  });
});
