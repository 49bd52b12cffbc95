import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import { inlineHashes } from '../../src/lib/csp-hashes.ts';
import { assertBuilt, fileOfPath, htmlFiles, page, pathOfFile } from '../support/dist.ts';
import { distDir } from '../support/paths.ts';

/**
 * The Content Security Policy each page carries in a <meta> tag. That the browser enforces it
 * without a violation is checked by the browser suite (tests/e2e/every-page.spec.ts).
 */

before(() => assertBuilt());

/** Keyword and hash sources that keep script-src to this origin and to the listed inline scripts. */
const SAFE_SCRIPT_SOURCE = /^('self'|'none'|'wasm-unsafe-eval'|'strict-dynamic'|'report-sample'|'sha(256|384|512)-[A-Za-z0-9+/]+={0,2}')$/;

function scriptSrcProblems(policy: string): string[] {
  const directives = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name && !directives.has(name.toLowerCase())) directives.set(name.toLowerCase(), sources);
  }
  const scriptSrc = directives.get('script-src') ?? directives.get('default-src');
  if (!scriptSrc) return ['no script-src (nor default-src)'];
  return scriptSrc.filter((s) => !SAFE_SCRIPT_SOURCE.test(s)).map((s) => `script-src allows ${s}`);
}

describe('Content Security Policy', () => {
  it('the check rejects inline code, eval and other origins', () => {
    assert.deepEqual(scriptSrcProblems("default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval' https://cdn.example.org"), [
      "script-src allows 'unsafe-inline'",
      "script-src allows 'unsafe-eval'",
      'script-src allows https://cdn.example.org',
    ]);
    assert.deepEqual(scriptSrcProblems("img-src 'self'"), ['no script-src (nor default-src)']);
  });

  it('every page of both languages (and the 404 page) has one <meta> CSP whose script-src allows no inline code and no other origin', () => {
    const paths = htmlFiles().map(pathOfFile);
    assert.ok(paths.length > 40, `${paths.length} pages`);
    const problems: string[] = [];
    for (const path of paths) {
      const policies = page(path).querySelectorAll('head meta').filter((m) => m.getAttribute('http-equiv')?.toLowerCase() === 'content-security-policy');
      if (policies.length !== 1) {
        problems.push(`${path}: ${policies.length} CSP <meta> tags`);
        continue;
      }
      for (const p of scriptSrcProblems(policies[0]?.getAttribute('content') ?? '')) problems.push(`${path}: ${p}`);
      // A <meta> policy only covers what comes after it: no script may come first.
      const html = readFileSync(join(distDir, fileOfPath(path)), 'utf8');
      const metaAt = html.search(/<meta[^>]+http-equiv=["']?content-security-policy/i);
      const scriptAt = html.search(/<script\b/i);
      if (scriptAt !== -1 && scriptAt < metaAt) problems.push(`${path}: a <script> comes before the CSP <meta>`);
    }
    assert.deepEqual(problems, []);
  });

  it('each page’s CSP lists the hash of each of its inline scripts and styles, and no other', () => {
    const problems: string[] = [];
    for (const path of htmlFiles().map(pathOfFile)) {
      const html = readFileSync(join(distDir, fileOfPath(path)), 'utf8');
      const listed = new Set([...(/http-equiv="content-security-policy" content="([^"]*)"/.exec(html)?.[1] ?? '').matchAll(/'sha256-([^']+)'/g)].map((m) => m[1]));
      const inline = inlineHashes(html);
      for (const hash of inline) if (!listed.has(hash)) problems.push(`${path}: inline code ${hash} is not allowed`);
      for (const hash of listed) if (!inline.has(hash!)) problems.push(`${path}: ${hash} allows code the page does not have`);
    }
    assert.deepEqual(problems, []);
  });
});
