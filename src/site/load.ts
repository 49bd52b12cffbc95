import { getCollection, render, type CollectionEntry } from 'astro:content';
import type { AstroComponentFactory } from 'astro/runtime/server/index.js';
import { isLang, type Lang } from '../lib/i18n-core.ts';
import { buildSite, type BodyLink, type PageTextInput, type SiteModel } from '../lib/site-model.ts';

/** The site model plus each page's rendered body, built once per build and shared by every route. */
export interface LoadedSite {
  site: SiteModel;
  content: (id: string, lang: Lang) => AstroComponentFactory;
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
  const bodies = new Map<string, AstroComponentFactory>();
  const texts = await Promise.all(entries.map(async (entry) => {
    const text = await pageText(entry);
    bodies.set(`${text.lang}/${text.id}`, text.Content);
    return text;
  }));
  const site = buildSite({
    facts: facts.map(({ data }) => ({ ...data, people: data.people.map((p) => p.id) })),
    texts,
    people: people.map(({ data }) => data),
    glossary: glossary.map(({ data }) => data),
    hindsight: hindsight.map(({ data }) => data),
    timeline: timeline.map(({ data }) => data),
  });
  return {
    site,
    content: (id, lang) => {
      const body = bodies.get(`${lang}/${id}`);
      if (!body) throw new Error(`no rendered body for content/${lang}/${id}.mdx`);
      return body;
    },
  };
}

async function pageText(entry: CollectionEntry<'pages'>): Promise<PageTextInput & { Content: AstroComponentFactory }> {
  const [lang, ...rest] = entry.id.split('/');
  if (!isLang(lang)) throw new Error(`content/${entry.id}.mdx: pages live under content/ja/ or content/en/`);
  const { Content, headings, remarkPluginFrontmatter } = await render(entry);
  const found = remarkPluginFrontmatter as { links?: BodyLink[]; terms?: string[] };
  return {
    id: rest.join('/'),
    lang,
    filePath: `content/${entry.id}.mdx`,
    ...entry.data,
    headings,
    links: found.links ?? [],
    terms: found.terms ?? [],
    Content,
  };
}

let loading: Promise<LoadedSite> | undefined;

/** The site, loaded and checked on first use; a content error stops the build here. */
export function loadSite(): Promise<LoadedSite> {
  loading ??= load();
  return loading;
}
