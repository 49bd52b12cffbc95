import { z } from 'zod';

/** Page, anchor and entry ids: English, lower-case, hyphenated. */
export const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** An id of that form; the message says what is allowed. */
export const slug = z.string({ error: 'an English, lower-case, hyphenated id such as "memory-management"' })
  .regex(SLUG, 'an English, lower-case, hyphenated id such as "memory-management"');

/** A kernel version as the report writes it. */
export const kernelVersion = z.string({ error: 'a kernel version in quotes, such as "2.6.22"' })
  .regex(/^\d+\.\d+(?:\.\d+){0,2}$/, 'a kernel version in quotes, such as "2.6.22"');

/** A date as precise as the source gives it. */
export const partialDate = z.string({ error: 'a date in quotes: "YYYY", "YYYY-MM" or "YYYY-MM-DD"' })
  .regex(/^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/, 'a date in quotes: "YYYY", "YYYY-MM" or "YYYY-MM-DD"');

/** A page id from content/pages.yaml: its URL path without the slashes (`index` is the home page). */
export const pageId = z.string({ error: 'a page id from content/pages.yaml, such as "subsystems/aio" or "index"' })
  .regex(/^(?:index|[a-z0-9-]+(?:\/[a-z0-9-]+)*)$/, 'a page id from content/pages.yaml, such as "subsystems/aio" or "index"');

/** A strict object whose messages list its fields: an unknown field is an error, not silently dropped. */
export function record<Shape extends z.ZodRawShape>(shape: Shape, what: string) {
  const known = Object.keys(shape).join(', ');
  return z.strictObject(shape, { error: (issue) => (issue.code === 'unrecognized_keys' ? `only the fields ${known}` : what) });
}

const text = z.string({ error: 'text (a non-empty string)' }).trim().min(1, 'text (a non-empty string)');

/** Text in both languages, side by side. */
export const localized = record({
  /** Japanese text. */
  ja: text,
  /** English text. */
  en: text,
}, 'text in both languages: { ja: …, en: … }');
