import { z } from 'zod';
import { record } from './fields.ts';

/** Frontmatter of content/<lang>/<id>.mdx: what differs between languages; everything else is in pages.yaml. */
export const pageTextSchema = record({
  /** The page's <h1> and <title>. */
  title: z.string({ error: "the page's title (text)" }).trim().min(1, "the page's title (text)"),
  /** One line of 50–160 characters: the meta description and the roadmap table's summary. */
  description: z.string({ error: 'one line of 50–160 characters' })
    .min(50, 'one line of 50–160 characters')
    .max(160, 'one line of 50–160 characters'),
  /** A shorter label for the navigation, when the title is long. */
  navTitle: z.string({ error: 'a short label (text)' }).trim().min(1, 'a short label (text)').optional(),
  /** The report's own heading this page comes from, verbatim; omitted where the passage has none. */
  reportHeading: z.string({ error: "the report's heading, verbatim (text)" }).trim().min(1, "the report's heading, verbatim (text)").optional(),
}, 'frontmatter: title, description (and navTitle, reportHeading)');

export type PageTextData = z.infer<typeof pageTextSchema>;
