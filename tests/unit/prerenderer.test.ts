import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { describe, it } from 'node:test';
import type { AstroIntegration, AstroPrerenderer } from 'astro';
import prerenderer from '../../src/integrations/prerenderer.ts';

type PathWithRoute = Awaited<ReturnType<AstroPrerenderer['getStaticPaths']>>[number];
type RenderOptions = Parameters<AstroPrerenderer['render']>[1];
const path = (pathname: string, route: string) => ({ pathname, route: { route } }) as unknown as PathWithRoute;
const sha = (text: string) => createHash('sha256').update(text).digest('base64');

/** Astro's prerenderer as the integration wraps it. */
function wrapped(original: AstroPrerenderer): AstroPrerenderer {
  let wrap: ((prerenderer: AstroPrerenderer) => AstroPrerenderer) | undefined;
  const hook = prerenderer().hooks['astro:build:start'] as (options: Parameters<NonNullable<AstroIntegration['hooks']['astro:build:start']>>[0]) => void;
  hook({ setPrerenderer: (given) => (wrap = given as typeof wrap), logger: undefined as never });
  return wrap!(original);
}

describe('prerenderer', () => {
  it('has Astro render the link-preview cards after every page, each group in its order', async () => {
    const astro = wrapped({
      name: 'astro:default',
      render: async () => new Response(''),
      getStaticPaths: async () => [path('/og/ja/index.png', '/og/[...card].png'), path('/', '/[...path]'), path('/og/en/index.png', '/og/[...card].png'), path('/en/', '/[...path]')],
    });
    assert.deepEqual((await astro.getStaticPaths()).map((p) => p.pathname), ['/', '/en/', '/og/ja/index.png', '/og/en/index.png']);
    assert.equal(astro.name, 'astro:default');
  });

  it('keeps in a page’s CSP only the hashes of its own inline code, and passes anything else through as it is', async () => {
    const own = 'document.documentElement.dataset.theme="dark"';
    const policy = `script-src 'self' 'sha256-${sha(own)}' 'sha256-${sha('elsewhere')}'`;
    const page = `<html><head><meta http-equiv="content-security-policy" content="${policy}"><script>${own}</script></head></html>`;
    const png = new Response(new Uint8Array([137, 80, 78, 71]), { headers: { 'content-type': 'image/png' } });
    const astro = wrapped({
      name: 'astro:default',
      getStaticPaths: async () => [],
      render: async (request) =>
        request.url.endsWith('.png') ? png : { response: new Response(page, { status: 404, headers: { 'content-type': 'text/html' } }) },
    });
    const options = { routeData: {} } as RenderOptions;
    const html = await astro.render(new Request('http://127.0.0.1/404.html'), options);
    assert.ok(!(html instanceof Response));
    assert.equal(html.response.status, 404);
    assert.equal(await html.response.text(), page.replace(` 'sha256-${sha('elsewhere')}'`, ''));
    assert.equal(await astro.render(new Request('http://127.0.0.1/og/ja/index.png'), options), png);
  });
});
