/** Helpers for the whole-report page, which puts every report page's body on one page. */

/** The anchor of a page's section on the whole-report page: `subsystems/aio` → `page-subsystems-aio`. */
export function sectionAnchor(pageId: string): string {
  return `page-${pageId.replace(/\//g, '-')}`;
}

/** The ids that more than one page uses; on one page they would clash. */
export function sharedIds(idsByPage: string[][]): Set<string> {
  const seen = new Set<string>();
  const shared = new Set<string>();
  for (const ids of idsByPage) {
    for (const id of new Set(ids)) {
      if (seen.has(id)) shared.add(id);
      seen.add(id);
    }
  }
  return shared;
}

/**
 * Gives every id in a page's rendered body, except the ones to keep, the section's prefix, and
 * follows the attributes that refer to ids (`href="#…"`, `aria-describedby`, …): headings keep the
 * ids of their page, while ids that only tie an element to another (glossary tooltips) and ids
 * another page also uses cannot clash on the whole-report page.
 */
export function withPrefixedIds(html: string, keep: Set<string>, prefix: string): string {
  const rename = (id: string) => (keep.has(id) ? id : `${prefix}-${id}`);
  return html
    .replace(/\b(id|for|aria-describedby|aria-labelledby|aria-controls)="([^"]+)"/g, (_, attr: string, ids: string) => `${attr}="${ids.split(' ').map(rename).join(' ')}"`)
    .replace(/\bhref="#([^"]+)"/g, (_, id: string) => `href="#${rename(id)}"`);
}
