import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { excerptParts, shapeResult, withHighlight, type PagefindResultData, type PagefindSubResult } from '../../src/lib/search-results.ts';

describe('excerptParts', () => {
  it('turns Pagefind’s marked excerpt into text runs, unescaping only what Pagefind escaped', () => {
    assert.deepEqual(excerptParts('a &lt;b&gt; <mark>KVM</mark> c'), [
      { text: 'a <b> ', mark: false },
      { text: 'KVM', mark: true },
      { text: ' c', mark: false },
    ]);
  });
  it('merges adjacent marks (Japanese is marked word by word) and drops empty runs', () => {
    assert.deepEqual(excerptParts('の<mark>仮想</mark><mark>化</mark>対応'), [
      { text: 'の', mark: false },
      { text: '仮想化', mark: true },
      { text: '対応', mark: false },
    ]);
    assert.deepEqual(excerptParts(''), []);
  });
  it('never produces markup: other tags stay text', () => {
    assert.deepEqual(excerptParts('&lt;img src=x onerror=alert(1)&gt;'), [{ text: '<img src=x onerror=alert(1)>', mark: false }]);
  });
});

describe('withHighlight', () => {
  it('adds each word as ?highlight=, before the fragment', () => {
    assert.equal(withHighlight('/subsystems/aio/#syslets', ['syslets', '非同期']), '/subsystems/aio/?highlight=syslets&highlight=%E9%9D%9E%E5%90%8C%E6%9C%9F#syslets');
    assert.equal(withHighlight('/lfjs-2007/en/qa/', []), '/lfjs-2007/en/qa/');
  });
  it('keeps an absolute URL absolute', () => {
    assert.equal(withHighlight('https://example.org/a/?x=1', ['KVM']), 'https://example.org/a/?x=1&highlight=KVM');
  });
});

const section = (title: string, url: string, score: number, anchor = true): PagefindSubResult => ({
  title,
  url,
  excerpt: `<mark>${title}</mark> text`,
  weighted_locations: [{ weight: 1, balanced_score: score, location: 0 }],
  ...(anchor ? { anchor: { element: 'h2', id: url.split('#')[1] ?? '', location: 0 } } : {}),
});

const data = (subResults: PagefindSubResult[]): PagefindResultData => ({
  url: '/subsystems/aio/',
  content: '',
  excerpt: 'page <mark>excerpt</mark>',
  meta: { title: 'AIO' },
  sub_results: subResults,
});

describe('shapeResult', () => {
  it('links the page to its weightiest section and lists up to three headings, the weightiest, in reading order, when none shows the words whole', () => {
    const shaped = shapeResult(
      data([
        section('AIO', '/subsystems/aio/', 1, false),
        section('One', '/subsystems/aio/#one', 2),
        section('Two', '/subsystems/aio/#two', 9),
        section('Three', '/subsystems/aio/#three', 1),
        section('Four', '/subsystems/aio/#four', 5),
      ]),
      ['syslets'],
    );
    assert.equal(shaped.title, 'AIO');
    assert.equal(shaped.url, '/subsystems/aio/?highlight=syslets#two');
    assert.deepEqual(
      shaped.sections.map((s) => s.url),
      ['/subsystems/aio/?highlight=syslets#one', '/subsystems/aio/?highlight=syslets#two', '/subsystems/aio/?highlight=syslets#four'],
    );
  });
  it('prefers the section that shows the query’s words whole over a weightier one that shows a part', () => {
    const title = { ...section('OSレベルの仮想化', '/os/', 50, false), excerpt: 'OSレベルの<mark>仮想</mark><mark>化</mark>' };
    const heading = { ...section('ネームスペースの仮想化', '/os/#namespaces', 10), excerpt: '<mark>ネームスペース</mark>の<mark>仮想化</mark>は' };
    assert.equal(shapeResult(data([title, heading]), ['ネームスペースの仮想化']).url, '/os/?highlight=%E3%83%8D%E3%83%BC%E3%83%A0%E3%82%B9%E3%83%9A%E3%83%BC%E3%82%B9%E3%81%AE%E4%BB%AE%E6%83%B3%E5%8C%96#namespaces');
    assert.equal(shapeResult(data([title, heading]), ['仮想化']).url, '/os/?highlight=%E4%BB%AE%E6%83%B3%E5%8C%96');
  });
  it('gives the page the excerpt of its top (before the first heading) unless that is only its title', () => {
    const top = { ...section('AIO', '/subsystems/aio/', 5, false), excerpt: '<mark>AIO</mark>.' };
    const titleOnly = shapeResult(data([top, section('One', '/subsystems/aio/#one', 1)]), []);
    assert.deepEqual(titleOnly.excerpt, [], 'only the title matched at the top');
    const intro = { ...section('AIO', '/subsystems/aio/', 5, false), excerpt: 'AIO. The <mark>intro</mark>' };
    assert.equal(shapeResult(data([intro, section('One', '/subsystems/aio/#one', 1)]), []).excerpt.map((p) => p.text).join(''), 'AIO. The intro');
  });
  it('gives a page without listed headings the best excerpt of the whole page', () => {
    const shaped = shapeResult(data([section('AIO', '/subsystems/aio/', 5, false)]), []);
    assert.deepEqual(shaped.sections, []);
    assert.equal(shaped.url, '/subsystems/aio/');
    assert.deepEqual(shaped.excerpt, [
      { text: 'page ', mark: false },
      { text: 'excerpt', mark: true },
    ]);
  });
});
