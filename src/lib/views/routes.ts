/** Paths under the site's base, so the edition works at `/` or under any sub-path (`/edition/`). */

/** Normalise a BASE_PATH value to `/`, or `/a/b/` with one leading and one trailing slash. */
export function normaliseBase(value: string | undefined): string {
  const trimmed = (value ?? '').trim().replace(/^\/+|\/+$/g, '');
  if (trimmed === '') return '/';
  if (!/^[A-Za-z0-9._~\-/]+$/.test(trimmed) || trimmed.split('/').some((part) => part === '' || part === '.' || part === '..')) {
    throw new Error(
      `Unexpected BASE_PATH \`${value}\`, expected a path such as /edition/ (letters, digits, - _ . ~ and single slashes)`,
    );
  }
  return `/${trimmed}/`;
}

/** Join the base and a site path: `withBase('/edition/', 'claims/')` → `/edition/claims/`. */
export function withBase(base: string, path: string): string {
  const root = base.endsWith('/') ? base : `${base}/`;
  return root + path.replace(/^\/+/, '');
}

function at(fragment: string | undefined): string {
  return fragment === undefined || fragment === '' ? '' : `#${fragment}`;
}

/** Every page's path relative to the base: the one place a route is spelled. */
export const routes = {
  home: (): string => '',
  article: (slug: string, fragment?: string): string => `articles/${slug}/${at(fragment)}`,
  claims: (fragment?: string): string => `claims/${at(fragment)}`,
  claim: (id: string): string => `claims/${id}/`,
  people: (): string => 'people/',
  person: (id: string): string => `people/${id}/`,
  timeline: (fragment?: string): string => `timeline/${at(fragment)}`,
  /** One period of a timeline too long for one page: `2007` or `2007-12` (src/lib/views/timeline-periods.ts). */
  timelinePeriod: (period: string, fragment?: string): string => `timeline/${period}/${at(fragment)}`,
  /** The search page, with words, or filters (`{ type: ['Fact'] }`: a filter's name and the values ticked). */
  search: (query?: string, filters: Record<string, string[]> = {}): string => {
    const params = new URLSearchParams();
    if (query !== undefined) params.set('q', query);
    for (const [name, values] of Object.entries(filters)) for (const value of values) params.append(name, value);
    const search = params.toString().replace(/\+/g, '%20');
    return `search/${search === '' ? '' : `?${search}`}`;
  },
  about: (fragment?: string): string => `about/${at(fragment)}`,
  claimsJson: (): string => 'claims.json',
  annotationsJsonLd: (): string => 'annotations.jsonld',
} as const;
