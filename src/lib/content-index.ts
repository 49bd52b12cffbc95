import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import yaml from 'js-yaml';
import { LANGS, type Lang } from './i18n-core.ts';
import { routeOf } from './urls.ts';

/** Text in both languages, as the data files write it. */
export type Localized = Record<Lang, string>;

export interface GlossaryTip {
  term: Localized;
  definition: Localized;
}

/** What a link or a term in the body may point to, read straight from the files under content/. */
export interface ContentIndex {
  /** Per language: every route of the site → the anchors a link may name on it. */
  anchors: Record<Lang, Map<string, Set<string>>>;
  /** Glossary entries by id, for term tooltips. */
  glossary: Map<string, GlossaryTip>;
  /** Ids of the pages in pages.yaml, whether or not each language has its file yet. */
  pageIds: Set<string>;
}

/** Matches a heading line with an explicit id: `## 見出し \{#some-id}`. */
export const HEADING_ID = /^(#{1,6})\s+(.*?)\s*\\\{#([^}\\]*)\\?\}\s*$/;

/** Valid page and anchor ids: English, lower-case, hyphenated. */
export const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Routes the site generates from data rather than from an MDX page. */
export const GENERATED_ROUTES = ['/glossary/', '/people/', '/timeline/', '/search/'] as const;

function readYamlList(path: string): Record<string, unknown>[] {
  if (!existsSync(path)) return [];
  const data: unknown = yaml.load(readFileSync(path, 'utf8'));
  return Array.isArray(data) ? data.filter((item): item is Record<string, unknown> => typeof item === 'object' && item !== null) : [];
}

function mdxFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.mdx'))
    .map((entry) => join(entry.parentPath, entry.name));
}

/** The page id of an MDX file under content/<lang>/ (`content/en/subsystems/aio.mdx` → `subsystems/aio`). */
export function pageIdOfFile(contentDir: string, lang: Lang, file: string): string {
  return relative(join(contentDir, lang), file).split(sep).join('/').replace(/\.mdx$/, '');
}

/** The explicit heading ids of an MDX source, in document order. */
export function headingIds(source: string): string[] {
  return source
    .split('\n')
    .map((line) => HEADING_ID.exec(line)?.[3])
    .filter((id): id is string => id !== undefined);
}

function localized(value: unknown): Localized {
  const record = (typeof value === 'object' && value !== null ? value : {}) as Record<string, unknown>;
  return { ja: String(record.ja ?? ''), en: String(record.en ?? '') };
}

/** Reads content/ to learn every route, anchor, glossary term and person a page may refer to. */
export function scanContent(contentDir: string): ContentIndex {
  const glossaryItems = readYamlList(join(contentDir, 'glossary.yaml'));
  const peopleIds = readYamlList(join(contentDir, 'people.yaml')).map((p) => String(p.id));
  const glossary = new Map(
    glossaryItems.map((item) => [String(item.id), { term: localized(item.term), definition: localized(item.definition) }]),
  );
  const anchors = {} as ContentIndex['anchors'];
  for (const lang of LANGS) {
    const routes = new Map<string, Set<string>>();
    for (const file of mdxFiles(join(contentDir, lang))) {
      routes.set(routeOf(pageIdOfFile(contentDir, lang, file)), new Set(headingIds(readFileSync(file, 'utf8'))));
    }
    for (const route of GENERATED_ROUTES) routes.set(route, new Set());
    routes.set('/glossary/', new Set(glossary.keys()));
    for (const id of peopleIds) routes.set(`/people/${id}/`, new Set());
    anchors[lang] = routes;
  }
  const pageIds = new Set(readYamlList(join(contentDir, 'pages.yaml')).map((p) => String(p.id)));
  return { anchors, glossary, pageIds };
}
