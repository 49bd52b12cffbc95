// Reading the built Pagefind index: each page's fragment holds the text search shows excerpts from.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { distDir } from './paths.ts';

export interface Fragment {
  /** The page's URL (with the build's base). */
  url: string;
  /** The indexed text, as Pagefind extracted it. */
  content: string;
}

/** Every page fragment of a build's Pagefind index (gzip'd JSON after a signature line). */
export function fragments(root = distDir): Fragment[] {
  const dir = join(root, 'pagefind', 'fragment');
  return readdirSync(dir).filter((f) => f.endsWith('.pf_fragment')).map((f) => {
    const text = gunzipSync(readFileSync(join(dir, f))).toString('utf8');
    const { url, content } = JSON.parse(text.slice(text.indexOf('{'))) as Fragment;
    return { url, content };
  });
}
