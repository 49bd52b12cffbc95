import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { routeData } from '../../src/lib/route-data.ts';
import { buildSite, pageAt } from '../../src/lib/site-model.ts';
import { validInput } from '../support/site-fixture.ts';

const site = buildSite(validInput());
const data = (route: string, lang: 'ja' | 'en', base = '/') => routeData(site, pageAt(site, route)!, lang, base, 'https://example.org');

describe('routeData', () => {
  it('links the view stylesheets only on the pages that show their part', () => {
    assert.deepEqual(data('/', 'ja').styles, ['roadmap']);
    assert.deepEqual(data('/subsystems/aio/', 'ja').styles, []);
    assert.deepEqual(data('/timeline/', 'en').styles, ['timeline', 'then-and-now']);
    assert.deepEqual(data('/parallel/qa/', 'en').styles, ['parallel']);
    assert.deepEqual(data('/full/', 'ja').styles, ['full-report']);
  });
  it('gives hrefs in the page’s language under the base, and in another language on request', () => {
    const en = data('/subsystems/aio/', 'en', '/lfjs-2007/');
    assert.equal(en.href('/glossary/', 'aio'), '/lfjs-2007/en/glossary/#aio');
    assert.equal(en.href('/', '', 'ja'), '/lfjs-2007/');
    assert.deepEqual(en.translation, { lang: 'ja', href: '/lfjs-2007/subsystems/aio/' });
  });
  it('computes crumbs, contents, neighbours and the document title once', () => {
    const ja = data('/subsystems/kevent/', 'ja');
    assert.deepEqual(ja.crumbs, [{ label: 'ホーム', href: '/' }, { label: 'roadmap (ja)', href: '/roadmap/' }, { label: 'subsystems/kevent (ja)' }]);
    assert.equal(ja.prev?.id, 'subsystems/aio');
    assert.equal(ja.next?.id, 'process');
    assert.equal(ja.documentTitle, 'subsystems/kevent (ja) | Morton氏のカーネル・ロードマップ 2007');
    assert.deepEqual(data('/', 'en').crumbs, []);
  });
  it('gives canonical and alternate URLs to every page but the 404 page', () => {
    const en = data('/qa/', 'en');
    assert.equal(en.canonical, 'https://example.org/en/qa/');
    assert.deepEqual(en.alternates.map((a) => a.hreflang), ['ja', 'en', 'x-default']);
    const missing = data('/404.html', 'ja');
    assert.equal(missing.canonical, undefined);
    assert.deepEqual(missing.alternates, []);
    assert.equal(missing.translation.href, '/en/');
  });
});
