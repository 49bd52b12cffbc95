import type { AstroIntegration } from 'astro';
import en from '../i18n/en.ts';
import ja from '../i18n/ja.ts';
import { citation } from '../lib/citation.ts';
import { highlight, highlightCss } from '../lib/highlight.ts';

/** The stylesheet the generated rules are added to (it holds only a comment itself). */
const STYLESHEET = '/src/styles/highlight.css';

/**
 * Adds the rules of the classes Shiki's highlighting gives out (src/lib/highlight.ts) to
 * src/styles/highlight.css as it is bundled (Astro then inlines a stylesheet this small, with its
 * hash in the CSP). Stylesheets are bundled before pages render, so the rules come from a sample
 * citation of each language with every character BibTeX escapes: every citation the pages show has
 * the same kinds of tokens, and the build-output tests check that each class used has a rule.
 */
export default function highlightStylesheet(): AstroIntegration {
  return {
    name: 'highlight-css',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'highlight-css',
                // Before Vite's own CSS plugin, which turns the stylesheet into a module.
                enforce: 'pre',
                transform: (code: string, id: string) => {
                  if (!id.endsWith(STYLESHEET)) return undefined;
                  for (const t of [ja, en]) {
                    const sample = citation({
                      pageId: 'sample',
                      lang: t === ja ? 'ja' : 'en',
                      pageTitle: 'Q&A {100%} $#_~^\\',
                      siteTitle: t.site.title,
                      url: 'https://example.org/lfjs-2007/subsystems/aio/',
                      report: { title: t.cite.reportTitle, publisher: t.cite.publisher, year: t.cite.year },
                      text: t.cite.text,
                      note: t.cite.note,
                      language: t.cite.language,
                    });
                    highlight(sample.bibtex, 'bibtex');
                  }
                  return `${code}\n${highlightCss()}`;
                },
              },
            ],
          },
        });
      },
    },
  };
}
