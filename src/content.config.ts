import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { LANGS } from './lib/i18n-core.ts';
import { checked } from './schemas/checked.ts';
import { glossaryEntrySchema, hindsightNoteSchema, personSchema, timelineEntrySchema } from './schemas/data.ts';
import { pageFactsSchema } from './schemas/page-facts.ts';
import { pageTextSchema } from './schemas/page-text.ts';

// Each schema's fields are documented where it is defined, in src/schemas/. An entry that breaks its
// schema is kept with its problems (`checked`), so that one build reports every mistake together.

/** content/<lang>/<id>.mdx: the text of a page in one language (frontmatter: src/schemas/page-text.ts). */
const pages = defineCollection({
  // Ids keep the file's path (`ja/subsystems/aio`): the page id is everything after the language.
  loader: glob({ pattern: `{${LANGS.join(',')}}/**/*.mdx`, base: './content', generateId: ({ entry }) => entry.replace(/\.mdx$/, '') }),
  schema: checked(pageTextSchema),
});

/** content/pages.yaml: language-neutral facts of every page, stated once (src/schemas/page-facts.ts). */
const pageFacts = defineCollection({ loader: file('./content/pages.yaml'), schema: checked(pageFactsSchema) });

/** content/people.yaml: the people the report names (src/schemas/data.ts). */
const people = defineCollection({ loader: file('./content/people.yaml'), schema: checked(personSchema) });

/** content/glossary.yaml: the terms and organizations of the report (src/schemas/data.ts). */
const glossary = defineCollection({ loader: file('./content/glossary.yaml'), schema: checked(glossaryEntrySchema) });

/** content/hindsight.yaml: "what happened next", from the checked facts (src/schemas/data.ts). */
const hindsight = defineCollection({ loader: file('./content/hindsight.yaml'), schema: checked(hindsightNoteSchema) });

/** content/timeline.yaml: dated facts and versions the report names (src/schemas/data.ts). */
const timeline = defineCollection({ loader: file('./content/timeline.yaml'), schema: checked(timelineEntrySchema) });

export const collections = { pages, pageFacts, people, glossary, hindsight, timeline };
