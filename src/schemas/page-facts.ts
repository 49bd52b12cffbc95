import { z } from 'zod';
import { ADDITIONS, SECTIONS, STATUSES } from '../lib/vocabulary.ts';
import { SLUG, kernelVersion, localized, pageId, record, slug } from './fields.ts';

/** A related subsystem is named by the part of its id after `subsystems/`. */
const subsystemSlug = z.string({ error: 'a subsystem slug: the part of its id after subsystems/, e.g. aio' })
  .regex(SLUG, 'a subsystem slug: the part of its id after subsystems/, e.g. aio');

const oneOf = (values: readonly string[]) => `one of ${values.join(', ')}`;

/** An entry of content/pages.yaml: the language-neutral facts of one report page, stated once. */
export const pageFactsSchema = record({
  /** The page id: its URL path without the slashes (`index` is the home page); subsystems live under `subsystems/`. */
  id: pageId,
  /** The part of the report the page belongs to: its navigation group and search filter. */
  section: z.enum(SECTIONS, { error: oneOf(SECTIONS) }),
  /** Subsystems only (required there): position in Morton's talk, unique across pages. */
  position: z.number({ error: 'a whole number from 1' }).int('a whole number from 1').min(1, 'a whole number from 1').optional(),
  /** Subsystems only (required there): the situation as reported in March 2007. */
  status: z.enum(STATUSES, { error: oneOf(STATUSES) }).optional(),
  /** Subsystems only: the kernel version the report names, if any. */
  version: kernelVersion.optional(),
  /** What the named version is for, where the page covers more (2.6.22 is VMI's and Xen domU's, not KVM's); needs a version. */
  versionFor: localized.optional(),
  /** Subsystems only: slugs of related subsystems (the part after `subsystems/`); every relation is stated on both sides. */
  related: z.array(subsystemSlug, { error: 'a list of subsystem slugs, e.g. [aio, kevent]' }).default([]),
  /** Ids from content/people.yaml of the people the page names; each is linked in the body of both languages. */
  people: z.array(slug, { error: 'a list of people ids, e.g. [andrew-morton]' }).default([]),
  /** What the layout adds to this page besides related pages, people, hindsight and backlinks. */
  additions: z.array(z.enum(ADDITIONS, { error: oneOf(ADDITIONS) }), { error: `a list, each ${oneOf(ADDITIONS)}` }).default([]),
  /** The page whose report text this page shows as a marked excerpt instead of a body of its own (the passage's home). */
  excerptOf: pageId.optional(),
}, 'a page: id, section (and position, status, version, versionFor, related, people, additions, excerptOf)').superRefine((page, ctx) => {
  const isSubsystem = page.section === 'subsystem';
  for (const field of ['position', 'status'] as const) {
    if (isSubsystem && page[field] === undefined) ctx.addIssue({ code: 'custom', path: [field], message: 'required for a subsystem page' });
  }
  for (const field of ['position', 'status', 'version'] as const) {
    if (!isSubsystem && page[field] !== undefined) ctx.addIssue({ code: 'custom', path: [field], message: `only subsystem pages have ${field}` });
  }
  if (page.versionFor && !page.version) ctx.addIssue({ code: 'custom', path: ['versionFor'], message: 'a version alongside it: it says what the version is for' });
  if (!isSubsystem && page.related.length > 0) ctx.addIssue({ code: 'custom', path: ['related'], message: 'only subsystem pages have related subsystems' });
  if (isSubsystem !== page.id.startsWith('subsystems/')) ctx.addIssue({ code: 'custom', path: ['id'], message: 'subsystem pages, and only they, have ids under subsystems/' });
  if (page.excerptOf === page.id) ctx.addIssue({ code: 'custom', path: ['excerptOf'], message: 'another page: a page cannot be an excerpt of itself' });
});

export type PageFactsData = z.infer<typeof pageFactsSchema>;
