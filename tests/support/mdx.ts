// Compiles MDX through @mdx-js/mdx with the site's remark plugin, and renders it to an HTML string
// with a tiny JSX runtime, so tests can look at the output without Astro. `<Term>` renders as a
// span that shows the attributes the plugin gave it.
import { compile, run } from '@mdx-js/mdx';
import { parse, type HTMLElement } from 'node-html-parser';
import { join } from 'node:path';
import type { BodyFindings } from '../../src/lib/site-model.ts';
import remarkReportContent from '../../src/plugins/remark-report-content.ts';

interface Html {
  __html: string;
}
type Child = Html | string | number | boolean | null | undefined | Child[];

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
const escape = (text: string) => text.replace(/[&<>"]/g, (c) => ESCAPES[c] ?? c);

function render(child: Child): string {
  if (Array.isArray(child)) return child.map(render).join('');
  if (child === null || child === undefined || typeof child === 'boolean') return '';
  if (typeof child === 'object') return child.__html;
  return escape(String(child));
}

const Fragment = Symbol('Fragment');

function jsx(type: unknown, props: Record<string, unknown>): Html {
  if (typeof type === 'function') return (type as (p: Record<string, unknown>) => Html)(props);
  const { children, ...attributes } = props;
  const inner = render(children as Child);
  if (type === Fragment) return { __html: inner };
  const attrs = Object.entries(attributes)
    .filter(([, value]) => value !== undefined && value !== null && value !== false)
    .map(([name, value]) => ` ${name}="${escape(String(value))}"`)
    .join('');
  return { __html: `<${String(type)}${attrs}>${inner}</${String(type)}>` };
}

export interface Compiled {
  html: string;
  dom: HTMLElement;
  /** What the plugin handed to Astro as remark frontmatter. */
  frontmatter: Partial<BodyFindings>;
}

/** Stands in for src/components/mdx/Term.astro: the attributes, and the term's text. */
function Term(props: Record<string, unknown>): Html {
  const { children, ...attributes } = props;
  return jsx('span', { class: 'term', 'data-term': attributes.id, 'data-lang': attributes.lang, 'data-tip': attributes.tip, children });
}

/** Where the tests pretend the content folder is: the plugin reads nothing from it, only the file's path below it. */
export const CONTENT_DIR = '/project/content';

/** Compiles one MDX page at content/<path> (e.g. `en/qa.mdx`) with the plugin and renders it. */
export async function compilePage(path: string, source: string, base = '/'): Promise<Compiled> {
  const file = await compile(
    { path: join(CONTENT_DIR, path), value: source },
    { outputFormat: 'function-body', elementAttributeNameCase: 'html', remarkPlugins: [[remarkReportContent, { contentDir: CONTENT_DIR, base }]] },
  );
  const { default: Content } = await run(String(file), { Fragment, jsx, jsxs: jsx, baseUrl: import.meta.url } as never);
  const html = render((Content as (props: object) => Html)({ components: { Term } }));
  const data = file.data as { astro?: { frontmatter?: Compiled['frontmatter'] } };
  return { html, dom: parse(html), frontmatter: data.astro?.frontmatter ?? {} };
}
