import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { AstroIntegration, AstroPrerenderer } from 'astro';
import cardsLast from '../../src/integrations/cards-last.ts';

type PathWithRoute = Awaited<ReturnType<AstroPrerenderer['getStaticPaths']>>[number];
const path = (pathname: string, route: string) => ({ pathname, route: { route } }) as unknown as PathWithRoute;

describe('cardsLast', () => {
  it('has Astro render the link-preview cards after every page, each group in its order, and changes nothing else', async () => {
    let wrap: ((prerenderer: AstroPrerenderer) => AstroPrerenderer) | undefined;
    const hook = cardsLast().hooks['astro:build:start'] as (options: Parameters<NonNullable<AstroIntegration['hooks']['astro:build:start']>>[0]) => void;
    hook({ setPrerenderer: (given) => (wrap = given as typeof wrap), logger: undefined as never });
    const render = async () => new Response('');
    const original: AstroPrerenderer = {
      name: 'astro:default',
      render,
      getStaticPaths: async () => [path('/og/ja/index.png', '/og/[...card].png'), path('/', '/[...path]'), path('/og/en/index.png', '/og/[...card].png'), path('/en/', '/[...path]')],
    };
    const wrapped = wrap!(original);
    assert.deepEqual((await wrapped.getStaticPaths()).map((p) => p.pathname), ['/', '/en/', '/og/ja/index.png', '/og/en/index.png']);
    assert.equal(wrapped.name, 'astro:default');
    assert.equal(wrapped.render, render);
  });
});
