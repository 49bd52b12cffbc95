import type { AstroIntegration } from 'astro';

/** The link-preview cards' route, src/pages/og/[...card].png.ts. */
const isCard = ({ route }: { route: { route: string } }) => route.route.startsWith('/og/');

/**
 * Renders the link-preview cards after every page. The cards' route starts drawing them all on
 * worker threads when Astro asks for its paths, before any page renders; Astro renders routes in
 * order of priority, which puts /og/… first, so its thread would wait for the workers instead of
 * rendering pages beside them (at ~1,000 pages: 537 cards, 8 s of CPU).
 */
export default function cardsLast(): AstroIntegration {
  return {
    name: 'lfjs:cards-last',
    hooks: {
      'astro:build:start': ({ setPrerenderer }) => {
        setPrerenderer((prerenderer) => ({
          ...prerenderer,
          getStaticPaths: async () => {
            const paths = await prerenderer.getStaticPaths();
            return [...paths.filter((path) => !isCard(path)), ...paths.filter(isCard)];
          },
        }));
      },
    },
  };
}
