/**
 * Paths under the site's base, so the edition works at `/` or under any sub-path (`/edition/`).
 */

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

/** Whether a URL is an absolute http(s) address (the only links the edition lets content make). */
export function isWebUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}
