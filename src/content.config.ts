import { defineCollection, reference } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { LANGS } from './lib/i18n-core.ts';
import { SECTIONS, STATUSES } from './lib/vocabulary.ts';

const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be English, lower-case and hyphenated');
const kernelVersion = z.string().regex(/^\d+\.\d+(?:\.\d+){0,2}$/, 'must be a kernel version such as 2.6.22');
const partialDate = z.string().regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/, 'must be YYYY, YYYY-MM or YYYY-MM-DD');
const localized = z.object({
  /** Japanese text. */
  ja: z.string().min(1),
  /** English text. */
  en: z.string().min(1),
});

/** content/<lang>/<id>.mdx: the text of a page in one language; everything else is in pages.yaml. */
const pages = defineCollection({
  // Ids keep the file's path as is (`ja/index`), so the page id is everything after the language.
  loader: glob({ pattern: `{${LANGS.join(',')}}/**/*.mdx`, base: './content', generateId: ({ entry }) => entry.replace(/\.mdx$/, '') }),
  schema: z.object({
    /** The page's <h1> and <title>. */
    title: z.string().min(1),
    /** One line for the meta description and the roadmap table. */
    description: z.string().min(50).max(160),
    /** A shorter label for the navigation, when the title is long. */
    navTitle: z.string().min(1).optional(),
    /** The report's own heading this page comes from, verbatim. */
    reportHeading: z.string().min(1).optional(),
  }).strict(),
});

/** content/pages.yaml: language-neutral facts of every report page, stated once. */
const pageFacts = defineCollection({
  loader: file('./content/pages.yaml'),
  schema: z.object({
    /** The page id: its URL path without the slashes (`index` is the home page). */
    id: z.string().regex(/^(index|[a-z0-9-]+(\/[a-z0-9-]+)*)$/),
    /** The part of the report the page belongs to (navigation group and search filter). */
    section: z.enum(SECTIONS),
    /** Subsystems only: position in Morton's talk, 1–12; must be unique. */
    position: z.number().int().min(1).optional(),
    /** Subsystems only: the situation as reported in March 2007. */
    status: z.enum(STATUSES).optional(),
    /** Subsystems only: the kernel version the report names, if any. */
    version: kernelVersion.optional(),
    /** What the named version is for, where the page covers more (2.6.22 is VMI's and Xen domU's, not KVM's). */
    versionFor: localized.optional(),
    /** Subsystems only: slugs of related subsystems; every relation must be stated on both sides. */
    related: z.array(slug).default([]),
    /** The people the page names; each must be linked in the body of both languages. */
    people: z.array(reference('people')).default([]),
  }).strict().superRefine((page, ctx) => {
    const isSubsystem = page.section === 'subsystem';
    for (const field of ['position', 'status'] as const) {
      if (isSubsystem && page[field] === undefined) ctx.addIssue({ code: 'custom', path: [field], message: `required for a subsystem page` });
    }
    for (const field of ['position', 'status', 'version'] as const) {
      if (!isSubsystem && page[field] !== undefined) ctx.addIssue({ code: 'custom', path: [field], message: `only subsystem pages have ${field}` });
    }
    if (page.versionFor && !page.version) ctx.addIssue({ code: 'custom', path: ['versionFor'], message: 'says what the version is for, so it needs a version' });
    if (!isSubsystem && page.related.length > 0) ctx.addIssue({ code: 'custom', path: ['related'], message: 'only subsystem pages have related subsystems' });
    if (isSubsystem && !page.id.startsWith('subsystems/')) ctx.addIssue({ code: 'custom', path: ['id'], message: 'subsystem pages live under subsystems/' });
  }),
});

/** content/people.yaml: the seven people the report names. */
const people = defineCollection({
  loader: file('./content/people.yaml'),
  schema: z.object({
    /** URL slug of the person's page. */
    id: slug,
    /** The name as the report writes it (Japanese) and romanised (English). */
    name: localized,
    /** The person's role, as the report states it. */
    role: localized,
  }).strict(),
});

/** content/glossary.yaml: every technical term and organisation in the report. */
const glossary = defineCollection({
  loader: file('./content/glossary.yaml'),
  schema: z.object({
    /** Anchor on /glossary/ and the id used by <Term id>. */
    id: slug,
    /** A technical term or an organisation. */
    kind: z.enum(['term', 'organisation']),
    /** The headword. */
    term: localized,
    /** What an abbreviation stands for. */
    expansion: localized.optional(),
    /** A short, neutral definition: what the thing is, not its history. */
    definition: localized,
  }).strict(),
});

/** content/hindsight.yaml: "what happened next", one row per row of the checked facts file. */
const hindsight = defineCollection({
  loader: file('./content/hindsight.yaml'),
  schema: z.object({
    /** Stable id of the note. */
    id: slug,
    /** The pages the note belongs to (pages.yaml ids). */
    pages: z.array(z.string()).min(1),
    /** What the note is about. */
    topic: localized,
    /** The outlook as reported in 2007. */
    outlook: localized,
    /** What happened, as the facts file states it and nothing more. */
    outcome: localized,
    /** The kernel version of the main outcome, for ordering the timeline. */
    version: kernelVersion.optional(),
    /** The date of that outcome, as far as the facts file gives it. */
    date: partialDate.optional(),
    /** The topic never reached mainline, as the facts file says (`partly`: that claim is only partly checked); version and date are then what came instead. */
    neverMerged: z.enum(['verified', 'partly']).optional(),
    /** The sources of the facts file's row. */
    sources: z.array(z.url()).min(1),
    /** How far the facts file checked the row: verified (V), partly (P) or mixed. */
    checked: z.enum(['verified', 'partly', 'mixed']),
    /** Which part is only partly checked; required unless the row is fully verified. */
    caveat: localized.optional(),
  }).strict()
    .refine((note) => note.checked === 'verified' || note.caveat !== undefined, { path: ['caveat'], message: 'a partly checked note needs a caveat' })
    .refine((note) => note.neverMerged !== 'partly' || note.checked !== 'verified', { path: ['checked'], message: 'a partly checked "never merged" makes the note partly checked or mixed' }),
});

/** content/timeline.yaml: the dated facts and the versions named in the report ("said in 2007"). */
const timeline = defineCollection({
  loader: file('./content/timeline.yaml'),
  schema: z.object({
    /** Stable id of the entry. */
    id: slug,
    /** A dated fact from the report, or an outlook the talk tied to a version. */
    kind: z.enum(['event', 'said']),
    /** When it happened, as far as the report gives it. */
    date: partialDate.optional(),
    /** The kernel version it concerns. */
    version: kernelVersion.optional(),
    /** The page that tells it (pages.yaml id). */
    page: z.string(),
    /** What the report says. */
    text: localized,
  }).strict().refine((entry) => entry.date !== undefined || entry.version !== undefined, { path: ['date'], message: 'an entry needs a date or a version' }),
});

export const collections = { pages, pageFacts, people, glossary, hindsight, timeline };
