// Reads what Pagefind indexed in a build: one fragment per page, with the text it searches.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { distDir } from './paths.ts';

export interface IndexedPage {
  /** The page's URL, as Pagefind stores it. */
  url: string;
  /** The page's language, from its fragment's file name. */
  lang: string;
  /** The text Pagefind searches and shows excerpts from. */
  content: string;
}

/** Every page in a build's search index. */
export function indexedPages(root = distDir): IndexedPage[] {
  const dir = join(root, 'pagefind', 'fragment');
  return readdirSync(dir).map((file) => {
    const json = gunzipSync(readFileSync(join(dir, file))).toString('utf8').replace(/^pagefind_dcd/, '');
    const { url, content } = JSON.parse(json) as { url: string; content: string };
    return { url, lang: file.split('_')[0] ?? '', content };
  });
}
