/** A content mistake: where it is, which field, what was found there and what is allowed. */
export interface ContentProblem {
  /** The file, relative to the project: `content/pages.yaml`, `content/en/qa.mdx`. */
  file: string;
  /** The line in that file, when known. */
  line?: number | undefined;
  /** The entry of a YAML list the problem is in (its id). */
  entry?: string | undefined;
  /** The field, or what in the body: `related[0]`, `title`, `link "/qa/#x"`, `<Term id="x">`. */
  field: string;
  /** The field's path inside a data file's entry, to find its line: ['related', 0]. */
  path?: (string | number)[] | undefined;
  /** What the file has there. */
  found: string;
  /** What would be right. */
  allowed: string;
}

/** Where authors read the rules every message refers to. */
export const CONTENT_GUIDE = 'docs/content-guide.md';

/** One problem as one line: `file:line: entry → field: found …; allowed: …`. */
export function formatProblem(problem: ContentProblem): string {
  const where = `${problem.file}${problem.line ? `:${problem.line}` : ''}`;
  const field = problem.entry ? `${problem.entry} → ${problem.field}` : problem.field;
  const found = problem.found === 'missing' ? 'missing' : `found ${problem.found}`;
  return `${where}: ${field}: ${found}; allowed: ${problem.allowed}`;
}

/** A field path as an author reads it: ['related', 0] → `related[0]`. */
export function fieldName(path: readonly (string | number)[]): string {
  return path.reduce<string>((name, key) => (typeof key === 'number' ? `${name}[${key}]` : name ? `${name}.${key}` : key), '') || '(the entry)';
}

/** Every problem of a build, sorted by file and line, as one message. */
export function formatProblems(problems: readonly ContentProblem[]): string {
  const sorted = [...problems].sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0));
  const count = sorted.length === 1 ? '1 content error' : `${sorted.length} content errors`;
  return [`${count} (the rules: ${CONTENT_GUIDE}):`, ...sorted.map((p) => `  ${formatProblem(p)}`)].join('\n');
}

/** Stops the build with every content problem found, each naming its file and field. */
export class ContentError extends Error {
  override name = 'ContentError';
  readonly problems: readonly ContentProblem[];

  constructor(problems: readonly ContentProblem[]) {
    super(formatProblems(problems));
    this.problems = problems;
    // An author needs the list, not where in the build it was found: Astro prints no trace for an error without one.
    this.stack = '';
  }
}
