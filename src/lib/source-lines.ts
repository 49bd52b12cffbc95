import { LineCounter, parseDocument, isMap, isSeq, type Node } from 'yaml';

/**
 * The line of a field in YAML source, for error messages: `entry` picks the list item with that id
 * (data files), none means the whole document (MDX frontmatter). Falls back to the nearest enclosing
 * node that exists, so a missing field points at its entry. Lines count from 1.
 */
export function yamlLine(source: string, path: readonly (string | number)[], entry?: string): number | undefined {
  const lines = new LineCounter();
  const doc = parseDocument(source, { lineCounter: lines });
  let node: unknown = doc.contents;
  if (entry !== undefined) {
    if (!isSeq(node)) return undefined;
    node = node.items.find((item) => isMap(item) && String(item.get('id')) === entry);
  }
  let best = node as Node | undefined;
  for (const key of path) {
    if (!isMap(node) && !isSeq(node)) break;
    const next: unknown = node.get(key, true);
    if (next === undefined) {
      // An unknown or misspelt key: point at the key itself.
      const pair = isMap(node) ? node.items.find((p) => String((p.key as { value?: unknown } | null)?.value ?? p.key) === String(key)) : undefined;
      if (pair?.key && typeof pair.key === 'object' && 'range' in pair.key) best = pair.key as Node;
      break;
    }
    node = next;
    if (node && typeof node === 'object' && 'range' in node) best = node as Node;
  }
  const offset = best?.range?.[0];
  return offset === undefined ? undefined : lines.linePos(offset).line;
}

/** The line of a frontmatter field in an MDX source (the frontmatter starts after the opening `---`). */
export function frontmatterLine(source: string, path: readonly (string | number)[]): number | undefined {
  const match = /^---\r?\n([\s\S]*?)\r?\n---/.exec(source);
  if (!match?.[1]) return 1;
  const line = yamlLine(match[1], path);
  return line === undefined ? 1 : line + 1;
}
