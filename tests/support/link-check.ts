import { LinkChecker, LinkState, type LinkResult } from 'linkinator';
import { serveStatic } from './static-server.ts';

export interface LinkCheckResult {
  /** Every link linkinator looked at. */
  links: LinkResult[];
  /** Broken links and fragments, one line each. */
  broken: string[];
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Serves a build on 127.0.0.1 under `base` and crawls it with linkinator from the home pages and
 * the 404 page, checking fragments too. Links to other hosts are skipped. Absolute URLs of the
 * build's own site (canonical, alternates: `siteUrl`, which includes the base) are rewritten to
 * the local server, so they are checked as well.
 */
export async function checkLinks(root: string, base: string, siteUrl: string): Promise<LinkCheckResult> {
  const { server, url } = await serveStatic(root, base, 0);
  try {
    const origin = new URL(url).origin;
    const checker = new LinkChecker();
    const result = await checker.check({
      path: [url, `${url}en/`, `${url}404.html`],
      recurse: true,
      checkFragments: true,
      concurrency: 8,
      timeout: 20_000,
      linksToSkip: async (link) => !link.startsWith(`${origin}/`) && link !== origin && !link.startsWith(siteUrl),
      urlRewriteExpressions: [{ pattern: new RegExp(`^${escapeRegExp(siteUrl)}`), replacement: url }],
    });
    const broken = result.links
      .filter((l) => l.state === LinkState.BROKEN)
      .map((l) => `${l.status ?? '-'} ${l.url} (from ${l.parent ?? '-'})${l.failureDetails?.some((d) => d instanceof Error) ? `: ${l.failureDetails.filter((d) => d instanceof Error).map((d) => (d as Error).message).join('; ')}` : ''}`);
    return { links: result.links, broken };
  } finally {
    await new Promise((resolve) => server.close(resolve));
  }
}
