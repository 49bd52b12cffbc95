import { DEFAULT_LANG, type Lang } from './i18n-core.ts';

/** The language-neutral route of a page id: `index` → `/`, `subsystems/aio` → `/subsystems/aio/`. */
export function routeOf(id: string): string {
  return id === 'index' ? '/' : `/${id}/`;
}

/** The page id of a language-neutral route, or undefined when the route is not of that form. */
export function idOfRoute(route: string): string | undefined {
  if (route === '/') return 'index';
  const match = /^\/([a-z0-9-]+(?:\/[a-z0-9-]+)*)\/$/.exec(route);
  return match?.[1];
}

/** Base path normalised to start and end with a slash (`''` and `/` both mean the root). */
export function normalizeBase(base: string | undefined): string {
  const trimmed = (base ?? '').replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}

/** The public path of a language-neutral route in a language, under the deploy base. */
export function localizedPath(route: string, lang: Lang, base: string): string {
  const prefix = lang === DEFAULT_LANG ? '' : `${lang}/`;
  return `${normalizeBase(base)}${prefix}${route.replace(/^\//, '')}`;
}

/** The route of a report page's parallel edition: `/subsystems/aio/` → `/parallel/subsystems/aio/`, `/` → `/parallel/`. */
export function parallelRouteOf(route: string): string {
  return `/parallel${route}`;
}
