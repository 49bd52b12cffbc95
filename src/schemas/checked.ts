import { z } from 'zod';

/** One way an entry breaks its schema: where, what was found there, and what is allowed. */
export interface SchemaIssue {
  /** The field's path inside the entry, e.g. ['related', 0]. */
  path: (string | number)[];
  /** What was found, as the author wrote it ("missing" when absent). */
  found: string;
  /** What the field allows. */
  allowed: string;
}

/** An entry as loaded: its data when valid, else every issue found, so that all can be reported together. */
export type Checked<T> = { ok: true; value: T } | { ok: false; issues: SchemaIssue[] };

function valueAt(raw: unknown, path: readonly PropertyKey[]): unknown {
  let value = raw;
  for (const key of path) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

/** What the author wrote, short enough for one line of an error message. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'missing';
  if (value === null) return 'an empty value';
  if (value instanceof Date) return `the date ${value.toISOString().slice(0, 10)} (unquoted, so YAML read it as a date)`;
  if (typeof value === 'string') {
    const shown = value.length > 60 ? `${value.slice(0, 57)}…` : value;
    return value.length > 20 ? `"${shown}" (${[...value].length} characters)` : `"${shown}"`;
  }
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return `a list of ${value.length}`;
  return 'an object';
}

const pathKey = (key: PropertyKey): string | number => (typeof key === 'number' ? key : String(key));

/** Checks raw data against a schema; never throws, so one build can report every problem. */
export function check<S extends z.ZodType>(schema: S, raw: unknown): Checked<z.output<S>> {
  const result = schema.safeParse(raw);
  if (result.success) return { ok: true, value: result.data };
  const issues = result.error.issues.flatMap((issue): SchemaIssue[] => {
    const path = issue.path.map(pathKey);
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({ path: [...path, key], found: describeValue(valueAt(raw, [...path, key])), allowed: issue.message }));
    }
    return [{ path, found: describeValue(valueAt(raw, issue.path)), allowed: issue.message }];
  });
  return { ok: false, issues };
}

/** A collection schema that keeps the outcome of the check instead of stopping at the first bad entry. */
export function checked<S extends z.ZodType>(schema: S) {
  return z.unknown().transform((raw): Checked<z.output<S>> => check(schema, raw));
}
