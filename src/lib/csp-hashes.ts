import { createHash } from 'node:crypto';

const INLINE = /<(script|style)\b([^>]*)>([\s\S]*?)<\/\1>/g;

const sha256 = (text: string) => createHash('sha256').update(text).digest('base64');

/** The hashes of a page's inline scripts and styles (a script with a src is not inline). */
export function inlineHashes(html: string): Set<string> {
  const hashes = new Set<string>();
  for (const [, tag, attributes = '', body = ''] of html.matchAll(INLINE)) {
    if (tag === 'script' && /\bsrc=/.test(attributes)) continue;
    hashes.add(sha256(body));
  }
  return hashes;
}

/** A page's policy with only the hash sources of its own inline code: the rest allows nothing the page has. */
export function trimmedPolicy(policy: string, hashes: Set<string>): string {
  return policy.replace(/ ?'sha256-([A-Za-z0-9+/]+={0,2})'/g, (source, hash: string) => (hashes.has(hash) ? source : ''));
}

const POLICY = /(<meta http-equiv="content-security-policy" content=")([^"]*)(")/;

/** A page whose CSP meta tag lists only the hashes of its own inline code, and how many hash sources went. */
export function withOwnHashes(html: string): { html: string; removed: number } {
  const match = POLICY.exec(html);
  if (!match) return { html, removed: 0 };
  const policy = trimmedPolicy(match[2] ?? '', inlineHashes(html));
  const removed = (match[2]?.split("'sha256-").length ?? 1) - policy.split("'sha256-").length;
  return { html: html.replace(POLICY, (_, open: string, __: string, close: string) => `${open}${policy}${close}`), removed };
}
