import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import { parse } from 'yaml';
import type { HTMLElement } from 'node-html-parser';
import { LANGS, SUBSYSTEMS, assertBuilt, page, pathOf } from '../support/dist.ts';
import { factRows } from '../support/facts.ts';
import { indexedPages } from '../support/pagefind.ts';
import { repoRoot } from '../support/paths.ts';

before(() => assertBuilt());

interface Note {
  pages: string[];
  version?: string;
  neverMerged?: 'verified' | 'partly';
}
const notes = parse(readFileSync(join(repoRoot, 'content', 'hindsight.yaml'), 'utf8')) as Note[];
const notesOf = (slug: string) => notes.filter((n) => n.pages.includes(`subsystems/${slug}`));

const TITLE = { ja: '12のサブシステムの2007年3月の状況とその後', en: 'The twelve subsystems in March 2007, and what happened next' };
const ROUTES = ['/roadmap/', '/timeline/'];

function charts(path: string): HTMLElement[] {
  return page(path).querySelectorAll('svg.tn-chart');
}

describe('the "then and now" chart', () => {
  it('is on the roadmap and the timeline, in both languages, and nowhere else among the report pages', () => {
    for (const lang of LANGS) {
      for (const route of ROUTES) assert.equal(charts(pathOf(route, lang)).length, 2, `${pathOf(route, lang)}: a wide and a narrow drawing`);
      for (const route of ['/', '/subsystems/aio/', '/qa/']) assert.equal(charts(pathOf(route, lang)).length, 0, pathOf(route, lang));
    }
  });

  for (const lang of LANGS) {
    for (const route of ROUTES) {
      const path = pathOf(route, lang);
      it(`${path}: each drawing is an image named by its <title> and described by its <desc>`, () => {
        for (const svg of charts(path)) {
          assert.equal(svg.getAttribute('role'), 'img');
          const title = svg.querySelector(`[id="${svg.getAttribute('aria-labelledby')}"]`);
          const desc = svg.querySelector(`[id="${svg.getAttribute('aria-describedby')}"]`);
          assert.equal(title?.rawTagName, 'title');
          assert.equal(title?.text, TITLE[lang]);
          assert.equal(desc?.rawTagName, 'desc');
          for (const slug of SUBSYSTEMS) {
            const name = svg.querySelector(`g.tn-row[data-page="subsystems/${slug}"] .tn-name`)?.text ?? '';
            assert.ok(name && desc.text.includes(name), `${path}: the description tells ${slug}`);
          }
          assert.equal(page(path).querySelectorAll(`[id="${title.id}"]`).length, 1, `${path}: the title id is unique`);
        }
      });

      it(`${path}: twelve rows in the order of the talk, each with its status and what happened next`, () => {
        for (const svg of charts(path)) {
          const rows = svg.querySelectorAll('g.tn-row');
          assert.deepEqual(rows.map((g) => g.getAttribute('data-page')), SUBSYSTEMS.map((s) => `subsystems/${s}`));
          for (const slug of SUBSYSTEMS) {
            const row = svg.querySelector(`g.tn-row[data-page="subsystems/${slug}"]`)!;
            const status = page(pathOf(`/subsystems/${slug}/`, lang)).querySelector('.page-facts .badge')?.text;
            assert.equal(row.querySelector('.tn-status')?.text, status, `${slug}: the status of its page`);
            const merged = [...new Set(notesOf(slug).filter((n) => n.version && !n.neverMerged).map((n) => n.version))];
            const never = notesOf(slug).filter((n) => n.neverMerged);
            const expected = merged.length > 0 ? 'merged' : never.length > 0 ? 'never' : 'none';
            assert.equal(row.getAttribute('data-outcome'), expected, slug);
            assert.deepEqual(row.querySelectorAll('circle.tn-point').map((c) => c.getAttribute('data-version')).sort(), [...merged].sort(), `${slug}: a point per release`);
            assert.equal(row.querySelectorAll('.tn-then').length, 1, `${slug}: one "then" marker`);
          }
        }
      });
    }
  }

  it('says which subsystems never merged, as hindsight.yaml marks them', () => {
    const svg = charts('/en/roadmap/')[0]!;
    const never = svg.querySelectorAll('g.tn-row[data-outcome="never"]').map((g) => g.getAttribute('data-page'));
    assert.deepEqual(never, ['subsystems/aio', 'subsystems/kevent', 'subsystems/utrace', 'subsystems/cpu-scheduler']);
    assert.match(svg.querySelector('g.tn-row[data-page="subsystems/kevent"] .tn-outcome')!.text, /never merged\*$/);
    assert.match(svg.querySelector('g.tn-row[data-page="subsystems/realtime"] .tn-outcome')!.text, /^Linux 6\.12 \(2024\)$/);
    assert.match(svg.querySelector('g.tn-row[data-page="subsystems/kprobes"] .tn-outcome')!.text, /^no checked note$/);
  });

  it('hindsight.yaml marks "never merged" exactly where the facts file says it, with its check mark', () => {
    const rows = factRows();
    assert.equal(rows.length, notes.length, 'one note per row of the facts file');
    const expected = rows.map((row) => {
      const never = /\b(never merged|was not merged|never reached mainline)\b/.exec(row.happened);
      if (!never) return undefined;
      return row.status === 'V' ? 'verified' : row.status.includes(`${never[1] === 'never reached mainline' ? 'never merged' : never[1]}: P`) ? 'partly' : 'verified';
    });
    assert.deepEqual(notes.map((n) => n.neverMerged), expected);
    assert.ok(expected.filter(Boolean).length >= 4, 'the facts file has four topics that never merged');
  });

  it('takes its colors from the theme, never from a fixed value in the markup', () => {
    for (const lang of LANGS) {
      for (const route of ROUTES) {
        const markup = charts(pathOf(route, lang)).map((svg) => svg.outerHTML).join('');
        assert.doesNotMatch(markup, /\b(fill|stroke|style|color)="/, `${pathOf(route, lang)}: colors come from CSS classes`);
      }
    }
  });

  it('sits in a box marked as added by this site, out of the search index', () => {
    for (const lang of LANGS) {
      for (const route of ROUTES) {
        const figure = page(pathOf(route, lang)).querySelector('figure.then-and-now')!;
        assert.equal(figure.getAttribute('data-pagefind-ignore'), 'all');
        const box = figure.closest('section.addition, .addition-page');
        assert.ok(box?.querySelector('.addition-label'), `${pathOf(route, lang)}: inside an "added by this site" box`);
      }
    }
    const roadmap = indexedPages().find((f) => f.url === '/en/roadmap/')!.content;
    assert.doesNotMatch(roadmap, /never merged|no checked note/);
  });
});
