import { relative, sep } from 'node:path';
import type { BlockContent, Heading, Link, Nodes, Parent, PhrasingContent, Root, RootContent } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import type {} from 'mdast-util-to-hast';
import { toString } from 'mdast-util-to-string';
import { visitParents } from 'unist-util-visit-parents';
import type { VFile } from 'vfile';
import { useTranslations } from '../i18n/index.ts';
import { isLang, type Lang } from '../lib/i18n-core.ts';
import type { ContentProblem } from '../lib/problems.ts';
import { sentenceAround } from '../lib/sentences.ts';
import { SLUG, blockPrefix, type BodyFindings, type BodyLink } from '../lib/site-model.ts';
import { localizedPath } from '../lib/urls.ts';

export interface Options {
  /** Absolute path of the content/ folder. */
  contentDir: string;
  /** The deploy base path, e.g. `/` or `/lfjs-2007/`. */
  base: string;
}

type MdxJsxElement = MdxJsxFlowElement | MdxJsxTextElement;

/** Blocks whose text a link's sentence is taken from. */
const SENTENCE_BLOCKS = new Set(['paragraph', 'listItem', 'heading', 'tableCell', 'blockquote']);

/**
 * Reads one page under content/<lang>/ and nothing else, so the build's cost grows with the content:
 * gives headings their explicit ids and every paragraph, list item and quote a stable id; rewrites
 * root-relative links for the page's language and the base; stamps each `<Term>` with its language
 * and tooltip id. What it finds (headings, blocks, links, terms, local mistakes) goes to the page as
 * remark frontmatter; src/lib/site-model.ts checks it against the rest of the site.
 */
export default function remarkReportContent(options: Options) {
  return (tree: Root, file: VFile) => {
    if (!file.path) return;
    const rel = relative(options.contentDir, file.path).split(sep);
    const lang = rel[0];
    if (rel.length < 2 || !isLang(lang)) return;
    const fileName = ['content', ...rel].join('/');
    const pageId = rel.slice(1).join('/').replace(/\.mdx?$/, '');
    const found: BodyFindings = { headings: [], blocks: [], links: [], terms: [], problems: [] };
    const problem = (node: Nodes | undefined, field: string, what: string, allowed: string) => {
      found.problems.push({ file: fileName, line: node?.position?.start.line, field, found: what, allowed } satisfies ContentProblem);
    };

    numberBlocks(tree, blockPrefix(pageId), found);
    let section = '';
    visitParents(tree, (node, ancestors) => {
      if (node.type === 'heading') section = readHeading(node, found, problem);
      if (node.type !== 'link') return;
      const link = readLink(node, ancestors, lang, options.base, problem);
      const block = ancestors.find((a) => a.type !== 'heading' && a.data?.hProperties?.id)?.data?.hProperties?.id;
      if (link) found.links.push({ ...link, section, block: typeof block === 'string' ? block : '', line: node.position?.start.line });
    });
    // A second pass, so the sentences quoted for links above hold no tooltip ids.
    const tips = new Map<string, number>();
    visitParents(tree, (node, ancestors) => {
      if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') return undefined;
      if (readTerm(node, ancestors, lang, tips, found, problem)) return 'skip';
      // A misused element is reported and replaced by its text, so the page still renders while the build says why it stops.
      const parent = ancestors.at(-1) as Parent;
      const at = parent.children.indexOf(node);
      parent.children.splice(at, 1, ...(node.children as Parent['children']));
      return at;
    });

    addBlockAnchors(tree, lang);

    const data = file.data as { astro?: { frontmatter?: Record<string, unknown> } };
    data.astro ??= {};
    data.astro.frontmatter = { ...data.astro.frontmatter, ...found };
  };
}

type Report = (node: Nodes | undefined, field: string, found: string, allowed: string) => void;

/** Ids for every paragraph, list item and quote of the body, in order: `aio-p1`, `aio-p2`, … */
function numberBlocks(tree: Root, prefix: string, found: BodyFindings): void {
  const give = (node: BlockContent | RootContent) => {
    const id = `${prefix}-p${found.blocks.length + 1}`;
    found.blocks.push(id);
    node.data = { ...node.data, hProperties: { ...node.data?.hProperties, id } };
  };
  for (const node of tree.children) {
    if (node.type === 'paragraph' || node.type === 'blockquote') give(node);
    else if (node.type === 'list') node.children.forEach(give);
  }
}

/** A link to each numbered block at its end, drawn by CSS and named for screen readers; the search index sees no text in it. */
function addBlockAnchors(tree: Root, lang: Lang): void {
  const label = useTranslations(lang).blockAnchor.label;
  visitParents(tree, (node) => {
    const id = node.type === 'heading' ? undefined : node.data?.hProperties?.id;
    if (typeof id !== 'string' || !('children' in node)) return undefined;
    const anchor: PhrasingContent = { type: 'emphasis', data: { hName: 'a', hProperties: { className: ['block-anchor'], href: `#${id}`, ariaLabel: label } }, children: [] };
    const last = node.children.at(-1);
    if (node.type === 'paragraph') node.children.push(anchor);
    else if (last?.type === 'paragraph') last.children.push(anchor);
    return 'skip';
  });
}

/** Takes the explicit id off a heading's text and gives it to the heading; returns the id. */
function readHeading(node: Heading, found: BodyFindings, problem: Report): string {
  const text = toString(node).replace(/\s*\{#[^}]*\}\s*$/, '');
  if (node.depth === 1) problem(node, 'heading', `an h1 "# ${text}"`, 'h2 (##) and h3 (###): the title is the page\'s only h1');
  if (node.depth > 3) problem(node, 'heading', `an h${node.depth} "${text}"`, 'h2 (##) and h3 (###) only');
  const last = node.children.at(-1);
  const match = last?.type === 'text' ? /\s*\{#([^}]*)\}\s*$/.exec(last.value) : null;
  if (last?.type !== 'text' || !match) {
    problem(node, 'heading id', `heading "${text}" with no explicit id`, 'a heading that ends with its id, e.g. ## 見出し \\{#some-id}');
    return '';
  }
  const id = match[1] ?? '';
  if (!SLUG.test(id)) problem(node, 'heading id', `"${id}"`, 'an English, lower-case, hyphenated id such as "regression-testing"');
  if (found.headings.some((h) => h.slug === id)) problem(node, 'heading id', `"${id}" a second time on this page`, 'an id used once per page');
  last.value = last.value.slice(0, match.index);
  found.headings.push({ depth: node.depth, slug: id, text: toString(node), line: node.position?.start.line });
  node.data = { ...node.data, hProperties: { ...node.data?.hProperties, id, dataLevel: node.depth } };
  return id;
}

/** Records a link and rewrites it for the page's language and the base; external links are left as they are. */
function readLink(node: Link, ancestors: Parent[], lang: Lang, base: string, problem: Report): Omit<BodyLink, 'section' | 'block' | 'line'> | undefined {
  const text = toString(node);
  const field = `link "${node.url}"`;
  if (/^(https?:|mailto:)/.test(node.url)) return { route: node.url, hash: '', text, sentence: '' };
  const [route = '', hash = ''] = node.url.split('#');
  const mistake = !route.startsWith('/')
    ? ['a relative link', 'a root-relative path such as /subsystems/aio/ or /process/#regression-testing']
    : !route.endsWith('/')
      ? ['a path without its trailing slash', `${route}/`]
      : route === '/en/' || route.startsWith('/en/')
        ? ['a path that names a language', `${route.slice(3)} (the build adds /en/ on English pages)`]
        : undefined;
  if (mistake) {
    problem(node, field, mistake[0] ?? '', mistake[1] ?? '');
    return undefined;
  }
  node.url = localizedPath(route, lang, base) + (hash ? `#${hash}` : '');
  return { route, hash, text, sentence: sentenceOf(node, ancestors) };
}

/** The sentence around a link, from the nearest block that holds it. */
function sentenceOf(node: Link, ancestors: Parent[]): string {
  const block = [...ancestors].reverse().find((a) => SENTENCE_BLOCKS.has(a.type));
  if (!block) return toString(node);
  let before = '';
  let reached = false;
  visitParents(block as Nodes, (inner) => {
    if (reached) return false;
    if (inner === node) {
      reached = true;
      return false;
    }
    if (inner.type === 'text' || inner.type === 'inlineCode') before += inner.value;
    return undefined;
  });
  return sentenceAround(toString(block), before.length, before.length + toString(node).length);
}

/** Checks a `<Term id>` where it stands and stamps it with its language and a tooltip id unique on the page; false if misused. */
function readTerm(element: MdxJsxElement, ancestors: Parent[], lang: Lang, tips: Map<string, number>, found: BodyFindings, problem: Report): boolean {
  const field = `<${element.name ?? ''}>`;
  const attr = element.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'id');
  const id = typeof attr?.value === 'string' ? attr.value : '';
  const mistake = element.name !== 'Term'
    ? ['an unknown component', '<Term id="…">…</Term> only']
    : element.type === 'mdxJsxFlowElement'
      ? ['a <Term> on a line of its own', 'a <Term> inside a sentence']
      : ancestors.some((a) => a.type === 'link' || a.type === 'heading')
        ? ['a <Term> inside a link or a heading', 'a <Term> in running text']
        : !id
          ? ['a <Term> without an id', 'an id from content/glossary.yaml, e.g. <Term id="kvm">KVM</Term>']
          : undefined;
  if (mistake) {
    problem(element, field, mistake[0] ?? '', mistake[1] ?? '');
    return false;
  }
  const count = (tips.get(id) ?? 0) + 1;
  tips.set(id, count);
  found.terms.push({ id, line: element.position?.start.line });
  const tip = `tip-${lang}-${id}${count === 1 ? '' : `-${count}`}`;
  element.attributes.push({ type: 'mdxJsxAttribute', name: 'lang', value: lang }, { type: 'mdxJsxAttribute', name: 'tip', value: tip });
  return true;
}
