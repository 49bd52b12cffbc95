import AnchorHeading from './AnchorHeading.astro';
import Term from './Term.astro';

/** The components MDX bodies render with: headings with anchors, and glossary terms. */
export const contentComponents = { h2: AnchorHeading, h3: AnchorHeading, Term };
