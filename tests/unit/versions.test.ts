import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { compareVersions } from '../../src/lib/versions.ts';

describe('compareVersions', () => {
  it('compares numerically, not as text', () => {
    assert.ok(compareVersions('2.6.9', '2.6.20') < 0);
    assert.ok(compareVersions('2.6.20', '2.6.9') > 0);
    assert.ok(compareVersions('2.6.20', '3.0') < 0);
    assert.ok(compareVersions('3.0', '6.12') < 0);
    assert.ok(compareVersions('5.1', '3.5') > 0);
  });
  it('treats equal versions as equal and a shorter version as the earlier one', () => {
    assert.equal(compareVersions('2.6.22', '2.6.22'), 0);
    assert.ok(compareVersions('2.6.20', '2.6.20.1') < 0);
    assert.ok(compareVersions('3', '3.0') < 0);
  });
  it('sorts a list of kernel versions in release order', () => {
    const sorted = ['6.12', '2.6.20', '3.0', '2.6.9', '2.6.23', '5.1', '2.6.20.1', '3.5'].sort(compareVersions);
    assert.deepEqual(sorted, ['2.6.9', '2.6.20', '2.6.20.1', '2.6.23', '3.0', '3.5', '5.1', '6.12']);
  });
});
