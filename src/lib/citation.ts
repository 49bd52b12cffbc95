/** A citation of one page of the site: plain text and BibTeX, both naming the original report. */

export interface CitationInput {
  /** Page id from pages.yaml, for the BibTeX key. */
  pageId: string;
  lang: 'ja' | 'en';
  /** The page's title in its language. */
  pageTitle: string;
  siteTitle: string;
  /** The page's absolute URL. */
  url: string;
  report: {
    title: string;
    publisher: string;
    year: string;
  };
  /** The plain-text citation, in the page's language. */
  text: (report: string, publisher: string, year: string, title: string, site: string, url: string) => string;
  /** The BibTeX note: which part of the report this page holds, and where. */
  note: (title: string, site: string) => string;
  /** The BibTeX `language` field (babel's name for the language). */
  language: string;
}

export interface Citation {
  text: string;
  bibtex: string;
}

/** Escapes the characters that BibTeX and LaTeX read as commands (`&`, `%`, `$`, `#`, `_`, `{`, `}`, `~`, `^`, `\`). */
export function escapeBibtex(value: string): string {
  return value.replace(/[\\{}&%$#_~^]/g, (ch) => {
    if (ch === '\\') return '\\textbackslash{}';
    if (ch === '~') return '\\textasciitilde{}';
    if (ch === '^') return '\\textasciicircum{}';
    return `\\${ch}`;
  });
}

/** The BibTeX key of a page in a language: `lfjs2007-subsystems-aio-en`. */
export function bibtexKey(pageId: string, lang: string): string {
  return `lfjs2007-${pageId.replace(/[^a-z0-9]+/g, '-')}-${lang}`;
}

export function citation(input: CitationInput): Citation {
  const { report } = input;
  const fields: [string, string][] = [
    ['title', escapeBibtex(report.title)],
    ['publisher', escapeBibtex(report.publisher)],
    ['year', report.year],
    ['note', escapeBibtex(input.note(input.pageTitle, input.siteTitle))],
    ['url', input.url],
    ['language', input.language],
  ];
  const width = Math.max(...fields.map(([name]) => name.length));
  const bibtex = [`@misc{${bibtexKey(input.pageId, input.lang)},`, ...fields.map(([name, value]) => `  ${name.padEnd(width)} = {${value}},`), '}'].join('\n');
  return { text: input.text(report.title, report.publisher, report.year, input.pageTitle, input.siteTitle, input.url), bibtex };
}
