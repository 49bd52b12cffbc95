import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { formatPartialDate } from '../../src/lib/dates.ts';

describe('formatPartialDate', () => {
  it('shows only the year of a year', () => {
    assert.equal(formatPartialDate('2007', 'ja'), '2007年');
    assert.equal(formatPartialDate('2007', 'en'), '2007');
  });
  it('shows month and year of a month', () => {
    assert.equal(formatPartialDate('2007-03', 'ja'), '2007年3月');
    assert.equal(formatPartialDate('2007-03', 'en'), 'March 2007');
    assert.equal(formatPartialDate('2024-11', 'en'), 'November 2024');
  });
  it('shows a full date in each language’s order', () => {
    assert.equal(formatPartialDate('2007-03-13', 'ja'), '2007年3月13日');
    assert.equal(formatPartialDate('2007-03-13', 'en'), 'March 13, 2007');
  });
  it('does not shift the date with the time zone', () => {
    assert.equal(formatPartialDate('2007-01-01', 'en'), 'January 1, 2007');
    assert.equal(formatPartialDate('2007-12-31', 'en'), 'December 31, 2007');
  });
});
