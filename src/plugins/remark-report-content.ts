import { relative, sep } from 'node:path';
import type { Heading, Link, Nodes, Parent, PhrasingContent, Root } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import type {} from 'mdast-util-to-hast';
import { toString } from 'mdast-util-to-string';
import { visitParents } from 'unist-util-visit-parents';
import type { VFile } from 'vfile';
import { SLUG, scanContent, type ContentIndex } from '../lib/content-index.ts';
import { isLang, type Lang } from '../lib/i18n-core.ts';
import { sentenceAround } from '../lib/sentences.ts';
import type { BodyLink } from '../lib/site-model.ts';
import { idOfRoute, localizedPath } from '../lib/urls.ts';

export interface Options {
  /** Absolute path of the content/ folder. */
  contentDir: string;
  /** The deploy base path, e.g. `/` or `/lfjs-2007/`. */
  base: string;
}

/** Ids the layout gives to the sections it adds, so content headings must not take them. */
export const RESERVED_IDS = ['related', 'people', 'hindsight', 'referenced-from', 'status-table', 'entry-points', 'glossary-terms'];

type MdxJsxElement = MdxJsxFlowElement | MdxJsxTextElement;

const BLOCKS = new Set(['paragraph', 'listItem', 'heading', 'tableCell', 'blockquote']);

/**
 * Checks and rewrites the body of every page under content/<lang>/:
 * explicit heading ids, root-relative links (checked, then given language and base),
 * and `<Term id>` elements (turned into a glossary link with a tooltip).
 * What it finds is handed to the page as remark frontmatter: `links` and `terms`.
 */
export default function remarkReportContent(options: Options) {
  return (tree: Root, file: VFile) => {
    if (!file.path) return;
    const rel = relative(options.contentDir, file.path).split(sep);
    const lang = rel[0];
    if (rel.length < 2 || !isLang(lang)) return;
    const fileName = relative(process.cwd(), file.path);
    const fail = (message: string, node?: Nodes): never => {
      const line = node?.position?.start.line;
      return file.fail(`${fileName}${line ? `:${line}` : ''}: ${message}`, node);
    };
    const index = scanContent(options.contentDir);
    const links: BodyLink[] = [];
    const terms: string[] = [];
    const seenIds = new Set<string>();
    const tipIds = new Map<string, number>();
    let section = '';

    visitParents(tree, (node, ancestors) => {
      if (node.type === 'heading') section = checkHeading(node, seenIds, fail);
      else if (node.type === 'link') links.push({ ...checkLink(node, ancestors, lang, index, options.base, fail), section });
    });
    // Terms are replaced in a second pass, so the sentences quoted for links hold no tooltip text.
    visitParents(tree, (node, ancestors) => {
      if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') return undefined;
      const parent = ancestors.at(-1);
      if (node.name !== 'Term') fail(`unknown component <${node.name ?? ''}> (only <Term id="…"> may be used in content)`, node);
      if (node.type === 'mdxJsxFlowElement' || !parent) fail('<Term> must stand inside a sentence', node);
      if (ancestors.some((a) => a.type === 'link' || a.type === 'heading')) fail('<Term> may not stand inside a link or a heading', node);
      const id = termId(node, index, fail);
      terms.push(id);
      const count = (tipIds.get(id) ?? 0) + 1;
      tipIds.set(id, count);
      const siblings = (parent as Parent).children;
      siblings[siblings.indexOf(node)] = termNode(node, id, count, lang, index, options.base);
      return 'skip';
    });

    const data = file.data as { astro?: { frontmatter?: Record<string, unknown> } };
    data.astro ??= {};
    data.astro.frontmatter = { ...data.astro.frontmatter, links, terms: [...new Set(terms)] };
  };
}

/** Takes the explicit id off the heading's text and gives it to the heading; returns the id. */
function checkHeading(node: Heading, seen: Set<string>, fail: (m: string, n?: Nodes) => never): string {
  if (node.depth === 1) fail('a page may not have its own h1 (#): the title is the h1', node);
  if (node.depth > 3) fail('headings go two levels deep at most (## and ###)', node);
  const last = node.children.at(-1);
  const match = last?.type === 'text' ? /\s*\{#([^}]*)\}\s*$/.exec(last.value) : null;
  if (last?.type !== 'text' || !match || match[1] === undefined) {
    return fail(`heading "${toString(node)}" has no explicit id: end it with \\{#some-id}`, node);
  }
  const id = match[1];
  if (!SLUG.test(id)) fail(`heading id "${id}" must be English, lower-case and hyphenated`, node);
  if (RESERVED_IDS.includes(id)) fail(`heading id "${id}" is reserved for a section the layout adds`, node);
  if (seen.has(id)) fail(`heading id "${id}" is used twice on this page`, node);
  seen.add(id);
  last.value = last.value.slice(0, match.index);
  node.data = { ...node.data, hProperties: { ...node.data?.hProperties, id, dataLevel: node.depth } };
  return id;
}

function checkLink(node: Link, ancestors: Parent[], lang: Lang, index: ContentIndex, base: string, fail: (m: string, n?: Nodes) => never): Omit<BodyLink, 'section'> {
  const text = toString(node);
  if (/^(https?:|mailto:)/.test(node.url)) return { route: node.url, hash: '', text, sentence: '' };
  if (!node.url.startsWith('/')) fail(`link "${node.url}" must be root-relative, like /subsystems/aio/`, node);
  const [route = '', hash = ''] = node.url.split('#');
  if (!route.endsWith('/')) fail(`link "${node.url}" must end its path with a slash`, node);
  if (route === '/en/' || route.startsWith('/en/')) fail(`link "${node.url}" must not name a language: write the path without /en/`, node);
  const anchors = index.anchors[lang].get(route);
  const id = idOfRoute(route);
  if (!anchors && id && index.pageIds.has(id)) fail(`link to "${route}": content/${lang}/${id}.mdx is missing (content/pages.yaml lists "${id}")`, node);
  if (!anchors) fail(`link to "${route}": no such page`, node);
  if (hash && !anchors?.has(hash)) fail(`link to "${node.url}": page ${route} has no heading #${hash}`, node);
  node.url = localizedPath(route, lang, base) + (hash ? `#${hash}` : '');
  return { route, hash, text, sentence: contextSentence(node, ancestors) };
}

/** The sentence around a link, from the nearest block that holds it. */
function contextSentence(node: Link, ancestors: Parent[]): string {
  const block = [...ancestors].reverse().find((a) => BLOCKS.has(a.type));
  if (!block) return toString(node);
  let before = '';
  let found = false;
  visitParents(block as Nodes, (inner) => {
    if (found) return false;
    if (inner === node) {
      found = true;
      return false;
    }
    if (inner.type === 'text' || inner.type === 'inlineCode') before += inner.value;
    return undefined;
  });
  const text = toString(block);
  return sentenceAround(text, before.length, before.length + toString(node).length);
}

function termId(element: MdxJsxElement, index: ContentIndex, fail: (m: string, n?: Nodes) => never): string {
  const attr = element.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'id');
  const id = typeof attr?.value === 'string' ? attr.value : undefined;
  if (!id) return fail('<Term> needs an id attribute, like <Term id="kvm">', element);
  if (!index.glossary.has(id)) fail(`<Term id="${id}">: no such entry in content/glossary.yaml`, element);
  return id;
}

/** A glossary link with its definition as a tooltip that CSS shows on hover and focus, no script needed. */
function termNode(element: MdxJsxElement, id: string, count: number, lang: Lang, index: ContentIndex, base: string): PhrasingContent {
  const tipId = count === 1 ? `term-${id}` : `term-${id}-${count}`;
  const entry = index.glossary.get(id);
  return {
    type: 'emphasis',
    data: { hName: 'span', hProperties: { className: ['term'] } },
    children: [
      {
        type: 'link',
        url: `${localizedPath('/glossary/', lang, base)}#${id}`,
        data: { hProperties: { className: ['term-link'], ariaDescribedBy: [tipId] } },
        children: element.children as PhrasingContent[],
      },
      {
        type: 'emphasis',
        data: { hName: 'span', hProperties: { className: ['term-tip'], role: 'tooltip', id: tipId, dataPagefindIgnore: 'all' } },
        children: [
          { type: 'strong', data: { hName: 'span', hProperties: { className: ['term-tip-term'] } }, children: [{ type: 'text', value: entry?.term[lang] ?? id }] },
          { type: 'text', value: ` ${entry?.definition[lang] ?? ''}` },
        ],
      },
    ],
  };
}
