import type { AstroIntegration, AstroPrerenderer } from 'astro';
import { withOwnHashes } from '../lib/csp-hashes.ts';

/** The link-preview cards' route, src/pages/og/[...card].png.ts. */
const isCard = ({ route }: { route: { route: string } }) => route.route.startsWith('/og/');

/**
 * Wraps Astro's prerenderer (one integration for both, as Astro keeps only the last one set):
 * - Renders the link-preview cards after every page. The cards' route starts drawing them all on
 *   worker threads when Astro asks for its paths, before any page renders; Astro renders routes in
 *   order of priority, which puts /og/… first, so its thread would wait for the workers instead of
 *   rendering pages beside them.
 * - Keeps in each page's CSP only the hashes of that page's inline scripts and styles. Astro lists
 *   the hash of every script and style of the build on every page, the bundled ones too, which load
 *   from 'self' anyway: 9 of 13 hashes, about 400 B of a page's first visit (gzip), each allowing
 *   code the page does not have. Done as each page is rendered, not by reading and writing every
 *   page again after the build (0.6–0.8 s at ~1,000 pages).
 */
export default function prerenderer(): AstroIntegration {
  let pages = 0;
  let removed = 0;
  return {
    name: 'lfjs:prerenderer',
    hooks: {
      'astro:build:start': ({ setPrerenderer }) => {
        pages = 0;
        removed = 0;
        setPrerenderer((astro): AstroPrerenderer => ({
          ...astro,
          getStaticPaths: async () => {
            const paths = await astro.getStaticPaths();
            return [...paths.filter((path) => !isCard(path)), ...paths.filter(isCard)];
          },
          render: async (request, options) => {
            const rendered = await astro.render(request, options);
            const response = rendered instanceof Response ? rendered : rendered.response;
            if (!response.body || !response.headers.get('content-type')?.startsWith('text/html')) return rendered;
            const page = withOwnHashes(await response.text());
            pages += 1;
            removed += page.removed;
            const trimmed = new Response(page.html, { status: response.status, statusText: response.statusText, headers: response.headers });
            return rendered instanceof Response ? trimmed : { ...rendered, response: trimmed };
          },
        }));
      },
      'astro:build:done': ({ logger }) => {
        logger.info(`${pages} pages: ${removed} hash sources of code they do not have removed from their CSP`);
      },
    },
  };
}
