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
  it('links the page to its weightiest section and lists up to three headings, the weightiest, in reading order', () => {
    const shaped = shapeResult(
      data([
        section('AIO', '/subsystems/aio/', 1, false),
        section('One', '/subsystems/aio/#one', 2),
        section('Two', '/subsystems/aio/#two', 9),
        section('Three', '/subsystems/aio/#three', 1),
        section('Four', '/subsystems/aio/#four', 5),
      ]),
      ['aio'],
    );
    assert.equal(shaped.title, 'AIO');
    assert.equal(shaped.url, '/subsystems/aio/?highlight=aio#two');
    assert.deepEqual(
      shaped.sections.map((s) => s.url),
      ['/subsystems/aio/?highlight=aio#one', '/subsystems/aio/?highlight=aio#two', '/subsystems/aio/?highlight=aio#four'],
    );
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
