import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { LANGS, assertBuilt, page, pathOf } from '../support/dist.ts';

before(() => assertBuilt());

// KVM was merged before the talk: 2.6.22 is the version of VMware's VMI and Xen domU, and the site says so.
const FOR = { ja: '2.6.22(VMwareのVMIとXenのdomUについて)', en: '2.6.22 (for VMware’s VMI and Xen domU)' };

describe('a named version says what it is for', () => {
  for (const lang of LANGS) {
    it(`${lang}: hardware virtualization’s 2.6.22 is VMI’s and Xen domU’s, in the page header and the roadmap table`, () => {
      const facts = page(pathOf('/subsystems/hardware-virtualization/', lang)).querySelectorAll('.page-facts dd').map((dd) => dd.text.replace(/\s+/g, ' ').trim());
      assert.ok(facts.includes(FOR[lang]), `page header: ${facts.join(' | ')}`);
      for (const route of ['/', '/roadmap/']) {
        const row = page(pathOf(route, lang)).querySelector('table.roadmap-table a[href$="/subsystems/hardware-virtualization/"]')?.closest('tr');
        assert.equal(row?.querySelector('.roadmap-version')?.text.replace(/\s+/g, ' ').trim(), FOR[lang], `${pathOf(route, lang)}: table`);
      }
    });
    it(`${lang}: a version that needs no explanation stands alone`, () => {
      const facts = page(pathOf('/subsystems/kprobes/', lang)).querySelectorAll('.page-facts dd').map((dd) => dd.text.trim());
      assert.ok(facts.includes('2.6.22'), facts.join(' | '));
    });
  }
});
