import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { HindsightNote, Status } from '../../src/lib/site-model.ts';
import { TALK_DATE, thenAndNow, yearOf, type ChartPage } from '../../src/lib/then-and-now.ts';
import { note } from '../support/site-fixture.ts';

function subsystem(slug: string, status: Status = 'stalled'): ChartPage {
  return { id: `subsystems/${slug}`, status, navTitle: { ja: slug, en: slug } };
}

const pages = [subsystem('virt', 'merged'), subsystem('aio'), subsystem('probe', 'scheduled'), subsystem('rt', 'eventual')];

const notes: HindsightNote[] = [
  note('kvm', ['subsystems/virt'], { version: '2.6.20', date: '2007-02-05' }),
  note('xen', ['subsystems/virt'], { version: '2.6.23', date: '2007-10-09' }),
  note('pv', ['subsystems/virt'], { version: '2.6.20' }),
  note('vmi', ['subsystems/virt'], { version: '2.6.21' }),
  note('syslets', ['subsystems/aio'], { version: '5.1', date: '2019-05', neverMerged: 'verified' }),
  note('kevent', ['subsystems/aio'], { version: '2.6.22', neverMerged: 'partly', checked: 'mixed', caveat: { ja: '一部', en: 'partly' } }),
  note('rt', ['subsystems/rt'], { version: '6.12', date: '2024-11' }),
  note('xfs', ['subsystems/rt']),
];

describe('yearOf', () => {
  it('places a day, a month and a year alone on a fractional year', () => {
    assert.equal(yearOf('2007-01-01'), 2007);
    assert.equal(yearOf('2008-07'), 2008 + 6.5 / 12);
    assert.equal(yearOf('2019'), 2019.5);
    assert.ok(yearOf('2007-02-05') < yearOf(TALK_DATE) && yearOf(TALK_DATE) < yearOf('2007-04'));
  });
});

describe('thenAndNow', () => {
  const chart = thenAndNow(pages, notes);
  const row = (slug: string) => chart.rows.find((r) => r.page.id === `subsystems/${slug}`)!;

  it('has one row per subsystem, in the order given, with its March 2007 status', () => {
    assert.deepEqual(chart.rows.map((r) => [r.page.id, r.status]), [
      ['subsystems/virt', 'merged'], ['subsystems/aio', 'stalled'], ['subsystems/probe', 'scheduled'], ['subsystems/rt', 'eventual'],
    ]);
  });

  it('lists the versions its topics went in, once each and in version order, with their years', () => {
    assert.deepEqual(row('virt').versions, ['2.6.20', '2.6.21', '2.6.23']);
    assert.deepEqual(row('virt').years, [2007, 2007]);
    assert.deepEqual(row('virt').mergedTopics.map((t) => t.en), ['kvm', 'xen', 'pv', 'vmi']);
  });

  it('dates a version from another note that gives it, and leaves an undated one off the axis', () => {
    assert.deepEqual(row('virt').points.map((p) => [p.version, p.date]), [['2.6.20', '2007-02-05'], ['2.6.23', '2007-10-09']]);
  });

  it('keeps topics that never reached mainline apart, with how far that is checked, and never plots what came instead', () => {
    assert.deepEqual(row('aio').neverMerged.map((n) => [n.topic.en, n.partly]), [['syslets', false], ['kevent', true]]);
    assert.deepEqual(row('aio').versions, []);
    assert.deepEqual(row('aio').points, []);
    assert.equal(row('aio').years, undefined);
  });

  it('gives a subsystem without notes nothing after its status', () => {
    assert.deepEqual([row('probe').versions, row('probe').points, row('probe').neverMerged], [[], [], []]);
  });

  it('ignores notes without a version, such as a distribution’s default filesystem', () => {
    assert.deepEqual(row('rt').versions, ['6.12']);
    assert.deepEqual(row('rt').mergedTopics.map((t) => t.en), ['rt']);
  });

  it('runs the axis from the talk’s year to the year after the last release, labelling the ends and every fifth year clear of them', () => {
    assert.equal(chart.from, 2007);
    assert.equal(chart.to, 2025);
    assert.deepEqual(chart.ticks.map((t) => t.year), [2007, 2015, 2020, 2025]);
    assert.equal(chart.ticks[0]!.at, 0);
    assert.equal(chart.ticks.at(-1)!.at, 1);
  });

  it('places the talk and every release between 0 and 1, in time order', () => {
    const kvm = row('virt').points[0]!.at;
    assert.ok(kvm > 0 && kvm < chart.talkAt, 'KVM was released before the talk');
    assert.ok(chart.talkAt < row('virt').points[1]!.at);
    assert.ok(row('rt').points[0]!.at < 1 && row('rt').points[0]!.at > 0.95);
  });

  it('stops on a subsystem page without a status', () => {
    assert.throws(() => thenAndNow([{ ...subsystem('x'), status: undefined }], []), /subsystems\/x: a subsystem page needs a status/);
  });
});
