/** Escapes a string for use in a regular expression. */
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A passage rendered on a page that is not its home: the given ids are taken off its elements
 * (they belong to the home page), the anchors that named them point to the home page instead, and
 * its headings go one level down, under the heading of the box that quotes them.
 */
export function excerptHtml(html: string, ids: readonly string[], homeHref: string): string {
  const names = ids.map(escapeRegExp).join('|');
  const moved = ids.length === 0 ? html : html
    .replace(new RegExp(` id="(?:${names})"`, 'g'), '')
    .replace(new RegExp(` href="#(${names})"`, 'g'), (_, id: string) => ` href="${homeHref}#${id}"`);
  return moved.replace(/<(\/?)h([2-5])\b/g, (_, slash: string, level: string) => `<${slash}h${Number(level) + 1}`);
}
