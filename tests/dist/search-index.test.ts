import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import { parse } from 'yaml';
import { termNames } from '../../src/lib/search-synonyms.ts';
import type { GlossaryEntry } from '../../src/lib/site-model.ts';
import { LANGS, REPORT_ROUTES, assertBuilt, htmlFiles, page, pathOf, pathOfFile } from '../support/dist.ts';
import { repoRoot } from '../support/paths.ts';

/** What the built pages give Pagefind to index: the report text, its headings, and index-only synonyms. */

before(() => assertBuilt());

const glossary = parse(readFileSync(join(repoRoot, 'content', 'glossary.yaml'), 'utf8')) as GlossaryEntry[];
const entries = new Map(glossary.map((e) => [e.id, e]));

/** The synonyms a page's title heading gives Pagefind (data-pagefind-meta="title, terms:…"). */
function synonymsOf(path: string): string[] {
  const meta = page(path).querySelector('h1')?.getAttribute('data-pagefind-meta') ?? '';
  const field = /^title(?:, terms:(.*))?$/.exec(meta);
  assert.ok(field, `${path}: the title heading's data-pagefind-meta is "${meta}"`);
  return field[1]?.split(', ') ?? [];
}

describe('search index', () => {
  it('each report page carries, as index-only synonyms, the glossary names in both languages of every term it uses', () => {
    for (const lang of LANGS) {
      for (const route of REPORT_ROUTES) {
        const path = pathOf(route, lang);
        const used = new Set(page(path).querySelectorAll('section.report a.term-link').map((a) => (a.getAttribute('href') ?? '').split('#')[1] ?? ''));
        const expected = [...used].flatMap((id) => {
          const entry = entries.get(id);
          assert.ok(entry, `${path}: a term link to #${id}, which the glossary does not have`);
          return termNames(entry);
        });
        assert.deepEqual(new Set(synonymsOf(path)), new Set(expected), path);
      }
    }
    assert.ok(synonymsOf('/subsystems/os-virtualization/').includes('namespace'), 'the English name on the Japanese page');
    assert.ok(synonymsOf('/en/subsystems/aio/').includes('非同期I/O'), 'the Japanese name on the English page');
  });

  it('the site’s additions and the glossary tips on report pages are kept out of the index', () => {
    for (const file of htmlFiles()) {
      const dom = page(pathOfFile(file));
      for (const selector of ['section.addition', '.term-tip']) {
        const indexed = dom.querySelectorAll(selector).filter((e) => e.getAttribute('data-pagefind-ignore') !== 'all');
        assert.deepEqual(indexed.map((e) => e.getAttribute('id') ?? e.getAttribute('aria-labelledby') ?? selector), [], `${file}: ${selector} indexed`);
      }
    }
  });
});
