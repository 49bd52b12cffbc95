import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { describe, it } from 'node:test';
import { inlineHashes, trimmedPolicy } from '../../src/lib/csp-hashes.ts';

const sha = (text: string) => createHash('sha256').update(text).digest('base64');

describe('inlineHashes', () => {
  it('hashes inline scripts and styles exactly as written, and not scripts loaded from a file', () => {
    const html = `<head><style>.a{color:red}</style><script type="module" src="/_astro/x.js"></script></head><body><script>try{1}catch{}</script></body>`;
    assert.deepEqual([...inlineHashes(html)].sort(), [sha('.a{color:red}'), sha('try{1}catch{}')].sort());
  });
});

describe('trimmedPolicy', () => {
  it('keeps the hash sources of the page’s own code and every other source', () => {
    const kept = sha('mine');
    const policy = `default-src 'self'; script-src 'self' 'wasm-unsafe-eval' 'sha256-${kept}' 'sha256-${sha('elsewhere')}'; style-src 'self' 'sha256-${sha('other')}';`;
    assert.equal(trimmedPolicy(policy, new Set([kept])), `default-src 'self'; script-src 'self' 'wasm-unsafe-eval' 'sha256-${kept}'; style-src 'self';`);
  });
});
