import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import {
  LANGS, REPORT_ROUTES, addedSection, assertBuilt, htmlFiles, internalLinks, page, pathOf, pathOfFile, reportSection, reportText, splitPath,
} from '../support/dist.ts';
import { factRows, factUrls, routeOfFactPage } from '../support/facts.ts';

before(() => assertBuilt());

const allPaths = () => htmlFiles().map(pathOfFile);

/** Glossary entry ids (h3 ids) on a language's glossary page. */
function glossaryIds(lang: 'ja' | 'en'): Set<string> {
  return new Set(page(pathOf('/glossary/', lang)).querySelectorAll('article h3[id]').map((h) => h.id));
}

describe('glossary term links', () => {
  it('the glossary has entries', () => {
    assert.ok(glossaryIds('ja').size >= 20, `${glossaryIds('ja').size} entries`);
  });
  for (const lang of LANGS) {
    it(`${lang}: every term link points to an existing entry of the ${lang} glossary`, () => {
      const ids = glossaryIds(lang);
      const glossaryPath = pathOf('/glossary/', lang);
      let count = 0;
      // A term links the glossary of the language it stands in: the page's, or a parallel edition's column.
      for (const path of allPaths().filter((p) => p !== '/404.html')) {
        for (const a of page(path).querySelectorAll('a.term-link').filter((link) => link.closest('[lang]')?.getAttribute('lang') === lang)) {
          count++;
          const href = a.getAttribute('href') ?? '';
          const [target, id = ''] = href.split('#');
          assert.equal(target, glossaryPath, `${path}: term link ${href} leaves the ${lang} glossary`);
          assert.ok(ids.has(id), `${path}: term link ${href} names no glossary entry`);
          const tip = page(path).querySelector(`[id="${a.getAttribute('aria-describedby')}"]`);
          assert.ok(tip?.classList.contains('term-tip'), `${path}: term link ${href} is described by its tooltip`);
          assert.equal(tip?.getAttribute('role'), 'tooltip', `${path}: the tooltip of ${href} has role=tooltip`);
          assert.equal(a.nextElementSibling, tip, `${path}: the tooltip of ${href} follows the link`);
        }
      }
      assert.ok(count > 50, `${count} term links`);
    });
    it(`${lang}: every glossary entry is used by a term link in a report page`, () => {
      const used = new Set(
        REPORT_ROUTES.flatMap((route) => (reportSection(page(pathOf(route, lang)))?.querySelectorAll('a.term-link') ?? []).map((a) => a.getAttribute('href')?.split('#')[1])),
      );
      const unused = [...glossaryIds(lang)].filter((id) => !used.has(id));
      assert.deepEqual(unused, []);
    });
  }
});

describe('"referenced from" lists the pages whose body links here', () => {
  for (const lang of LANGS) {
    /** route → the pages whose body (the report text, or the about page's own text) links to it. */
    const linkers = () => {
      const map = new Map<string, Set<string>>();
      for (const from of [...REPORT_ROUTES, '/about/']) {
        const dom = page(pathOf(from, lang));
        for (const link of internalLinks(reportSection(dom) ?? dom.querySelector('article .prose'))) {
          if (link.route === from) continue;
          map.set(link.route, (map.get(link.route) ?? new Set()).add(from));
        }
      }
      return map;
    };
    for (const route of REPORT_ROUTES) {
      it(`${lang}: ${route}`, () => {
        const dom = page(pathOf(route, lang));
        const section = addedSection(dom, 'referenced-from');
        assert.ok(section, `${pathOf(route, lang)} has a #referenced-from section`);
        const listed = section.querySelectorAll('li').map((li) => internalLinks(li)[0]?.route ?? '(no link)');
        assert.deepEqual([...listed].sort(), [...(linkers().get(route) ?? [])].sort());
      });
    }
    it(`${lang}: each quote in "referenced from" is the linking report page’s own text, without tooltips`, () => {
      const wrong: string[] = [];
      for (const route of REPORT_ROUTES) {
        const section = addedSection(page(pathOf(route, lang)), 'referenced-from');
        for (const li of section?.querySelectorAll('li') ?? []) {
          const from = internalLinks(li)[0]?.route;
          const quote = li.querySelector('blockquote')?.text.replace(/\s+/g, ' ').trim();
          // Entries from pages without a report body are the listing test's concern.
          if (!from || !quote || !REPORT_ROUTES.includes(from)) continue;
          if (!reportText(pathOf(from, lang)).includes(quote)) wrong.push(`${pathOf(route, lang)} quotes ${pathOf(from, lang)}: “${quote}”`);
        }
      }
      assert.deepEqual(wrong, []);
    });
  }
});

describe('"what happened next" follows the facts file', () => {
  it('the facts file has its rows', () => {
    assert.ok(factRows().length >= 10);
  });

  for (const lang of LANGS) {
    it(`${lang}: every source link of a hindsight note is a URL of the facts file`, () => {
      const urls = factUrls();
      let count = 0;
      for (const path of allPaths().filter((p) => splitPath(p).lang === lang && p !== '/404.html')) {
        for (const a of addedSection(page(path), 'hindsight')?.querySelectorAll('a[rel~=external]') ?? []) {
          count++;
          assert.ok(urls.has(a.getAttribute('href') ?? ''), `${path}: source ${a.getAttribute('href')} is not in the facts file`);
        }
      }
      assert.ok(count > 0, 'found hindsight sources');
    });

    it(`${lang}: pages have a hindsight section exactly when the facts file has rows for them, with those rows’ sources`, () => {
      const rows = factRows();
      for (const route of [...REPORT_ROUTES, '/about/']) {
        const path = pathOf(route, lang);
        const expected = rows.filter((r) => r.pages.some((p) => routeOfFactPage(p) === route)).map((r) => [...r.sources].sort().join(' ')).sort();
        const section = addedSection(page(path), 'hindsight');
        if (expected.length === 0) {
          assert.equal(section, null, `${path} has a hindsight section but the facts file has no row for it`);
          continue;
        }
        assert.ok(section, `${path} has no hindsight section but the facts file has ${expected.length} row(s) for it`);
        const notes = section.querySelectorAll('.hindsight-note').map((n) => n.querySelectorAll('a[rel~=external]').map((a) => a.getAttribute('href') ?? '').sort().join(' ')).sort();
        assert.deepEqual(notes, expected, `${path}: the notes’ sources`);
      }
    });
  }

  it('kprobes has no hindsight section (the facts file says nothing about it)', () => {
    for (const lang of LANGS) assert.equal(addedSection(page(pathOf('/subsystems/kprobes/', lang)), 'hindsight'), null, lang);
  });
});
