import { z } from 'zod';
import { kernelVersion, localized, pageId, partialDate, record, slug } from './fields.ts';

/** An entry of content/people.yaml: a person the report names. */
export const personSchema = record({
  /** URL slug of the person's page, /people/<id>/. */
  id: slug,
  /** The name as the report writes it (Japanese) and romanized (English). */
  name: localized,
  /** The person's role, as the report states it. */
  role: localized,
}, 'a person: id, name and role');

/** An entry of content/glossary.yaml: a technical term or an organization the report names. */
export const glossaryEntrySchema = record({
  /** Anchor on /glossary/ and the id `<Term id>` uses. */
  id: slug,
  /** A technical term or an organization. */
  kind: z.enum(['term', 'organisation'], { error: 'term or organisation' }),
  /** The headword. */
  term: localized,
  /** What an abbreviation stands for. */
  expansion: localized.optional(),
  /** A short, neutral definition: what the thing is, not its history. */
  definition: localized,
}, 'a glossary entry: id, kind, term, definition (and expansion)');

/** An entry of content/hindsight.yaml: "what happened next", one per row of docs/facts/what-happened-next.md. */
export const hindsightNoteSchema = record({
  /** Stable id of the note; also its anchor on the page (#hindsight-<id>). */
  id: slug,
  /** The pages the note belongs to (pages.yaml ids), the first being its main page. */
  pages: z.array(pageId, { error: 'a list of page ids, e.g. [subsystems/aio]' }).min(1, 'at least one page id'),
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
  neverMerged: z.enum(['verified', 'partly'], { error: 'verified or partly' }).optional(),
  /** The sources of the facts file's row. */
  sources: z.array(z.url({ error: 'a URL (https://…)' }), { error: 'a list of URLs' }).min(1, 'at least one URL'),
  /** How far the facts file checked the row: verified (V), partly (P) or mixed; anything but verified needs a caveat. */
  checked: z.enum(['verified', 'partly', 'mixed'], { error: 'verified, partly or mixed' }),
  /** Which part is only partly checked; required unless the row is fully verified. */
  caveat: localized.optional(),
}, 'a note: id, pages, topic, outlook, outcome, sources, checked (and version, date, neverMerged, caveat)')
  .refine((note) => note.checked === 'verified' || note.caveat !== undefined, { path: ['caveat'], message: 'required when checked is partly or mixed' })
  .refine((note) => note.neverMerged !== 'partly' || note.checked !== 'verified', { path: ['checked'], message: 'partly or mixed: a partly checked "never merged" makes the note partly checked' });

/** An entry of content/timeline.yaml: a dated fact of the report, or a version the talk named ("said in 2007"). */
export const timelineEntrySchema = record({
  /** Stable id of the entry. */
  id: slug,
  /** A dated fact from the report (event), or an outlook the talk tied to a version (said). */
  kind: z.enum(['event', 'said'], { error: 'event or said' }),
  /** When it happened, as far as the report gives it; an entry has a date, a version or both. */
  date: partialDate.optional(),
  /** The kernel version it concerns. */
  version: kernelVersion.optional(),
  /** The page that tells it (pages.yaml id). */
  page: pageId,
  /** What the report says. */
  text: localized,
}, 'an entry: id, kind, page, text and a date or a version').refine((entry) => entry.date !== undefined || entry.version !== undefined, { path: ['date'], message: 'a date or a version (or both)' });

export type PersonData = z.infer<typeof personSchema>;
export type GlossaryEntryData = z.infer<typeof glossaryEntrySchema>;
export type HindsightNoteData = z.infer<typeof hindsightNoteSchema>;
export type TimelineEntryData = z.infer<typeof timelineEntrySchema>;
