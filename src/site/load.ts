import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { getCollection, render, type CollectionEntry } from 'astro:content';
import type { AstroComponentFactory } from 'astro/runtime/server/index.js';
import { isLang, type Lang } from '../lib/i18n-core.ts';
import { ContentError, type ContentProblem } from '../lib/problems.ts';
import type { Checked } from '../schemas/checked.ts';
import { buildSite, type BodyFindings, type EntryInput, type SiteModel, type TextInput } from '../lib/site-model.ts';
import { frontmatterLine, yamlLine } from '../lib/source-lines.ts';

/** The site model plus each page's rendered body, built once per build (or dev reload) and shared by every route. */
export interface LoadedSite {
  site: SiteModel;
  content: (id: string, lang: Lang) => AstroComponentFactory;
}

/** The entries of a data file, with the file they come from. */
function inputs<T>(file: string, entries: { id: string; data: Checked<T> }[]): EntryInput<T>[] {
  return entries.map((entry) => ({ file, id: entry.id, checked: entry.data }));
}

async function textEntry(entry: CollectionEntry<'pages'>): Promise<TextInput & { Content: AstroComponentFactory }> {
  const [lang, ...rest] = entry.id.split('/');
  const file = `content/${entry.id}.mdx`;
  if (!isLang(lang)) throw new ContentError([{ file, field: 'folder', found: `content/${lang}/`, allowed: 'content/ja/ or content/en/' }]);
  const { Content, remarkPluginFrontmatter } = await render(entry);
  return { file, id: rest.join('/'), lang, checked: entry.data, body: remarkPluginFrontmatter as BodyFindings, Content };
}

/** Finds the line of every problem that names a field but no line, reading only the files concerned. */
function withLines(problems: readonly ContentProblem[]): ContentProblem[] {
  const sources = new Map<string, string>();
  const source = (file: string) => {
    if (!sources.has(file)) sources.set(file, readFileSync(join(process.cwd(), file), 'utf8'));
    return sources.get(file) ?? '';
  };
  return problems.map((problem) => {
    if (problem.line !== undefined || !problem.path) return problem;
    try {
      const text = source(problem.file);
      const line = problem.file.endsWith('.mdx') ? frontmatterLine(text, problem.path) : yamlLine(text, problem.path, problem.entry);
      return { ...problem, line };
    } catch {
      return problem;
    }
  });
}

async function load(): Promise<LoadedSite> {
  const [entries, facts, people, glossary, hindsight, timeline] = await Promise.all([
    getCollection('pages'),
    getCollection('pageFacts'),
    getCollection('people'),
    getCollection('glossary'),
    getCollection('hindsight'),
    getCollection('timeline'),
  ]);
  const texts = await Promise.all(entries.map(textEntry));
  const bodies = new Map(texts.map((text) => [`${text.lang}/${text.id}`, text.Content]));
  let site: SiteModel;
  try {
    site = buildSite({
      texts,
      facts: inputs('content/pages.yaml', facts),
      people: inputs('content/people.yaml', people),
      glossary: inputs('content/glossary.yaml', glossary),
      hindsight: inputs('content/hindsight.yaml', hindsight),
      timeline: inputs('content/timeline.yaml', timeline),
    });
  } catch (error) {
    throw error instanceof ContentError ? new ContentError(withLines(error.problems)) : error;
  }
  return {
    site,
    content: (id, lang) => {
      const body = bodies.get(`${lang}/${id}`);
      if (!body) throw new Error(`no rendered body for content/${lang}/${id}.mdx`);
      return body;
    },
  };
}

let loading: Promise<LoadedSite> | undefined;

/** The site, loaded and checked on first use; content errors stop the build here, all of them at once. */
export function loadSite(): Promise<LoadedSite> {
  loading ??= load();
  return loading;
}
