import { transformerStyleToClass } from '@shikijs/transformers';
import bibtex from 'shiki/langs/bibtex.mjs';
import githubDark from 'shiki/themes/github-dark-high-contrast.mjs';
import githubLight from 'shiki/themes/github-light-high-contrast.mjs';
import { createHighlighterCoreSync } from 'shiki/core';
import { createJavaScriptRegexEngine } from 'shiki/engine/javascript';

/**
 * Shiki, CSP-safe: the colours go into classes, not style attributes (which the site's
 * Content-Security-Policy forbids), and the classes' rules into a stylesheet (highlightCss).
 * Each token class sets --shiki-light and --shiki-dark; the site's CSS picks one with light-dark().
 */

// The high-contrast variants: GitHub's ordinary light keyword red reaches only 4:1 on the code background (WCAG AA asks 4.5:1).
const highlighter = createHighlighterCoreSync({ themes: [githubLight, githubDark], langs: [bibtex], engine: createJavaScriptRegexEngine() });
const toClasses = transformerStyleToClass({ classPrefix: 'hl-' });

export type HighlightLang = 'bibtex';

/** Highlighted HTML of a piece of code: a `<pre class="shiki …">` whose tokens carry classes only. */
export function highlight(code: string, lang: HighlightLang): string {
  return highlighter.codeToHtml(code, {
    lang,
    themes: { light: 'github-light-high-contrast', dark: 'github-dark-high-contrast' },
    defaultColor: false,
    transformers: [toClasses],
  });
}

/** The rules of every class that highlight() has given out so far. */
export function highlightCss(): string {
  return toClasses.getCSS();
}
