/**
 * An internal link checker for a built site: every link, script, stylesheet, image and citation that
 * points into the site must reach a built file, and every `#fragment` must name an element id in the
 * page it points to — the way a static host and a browser would resolve them under the site's base.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { filesUnder } from '../../src/loader/files.ts';
import type { Element, Root } from 'hast';
import { findAll } from './html.ts';

/** One reference from a page to a URL, with where it stands. */
export interface Reference {
  /** The page holding it, relative to the built folder (`articles/x/index.html`). */
  page: string;
  /** The element and attribute, e.g. `<a href>`. */
  where: string;
  /** The URL as written. */
  url: string;
}

/** A reference that does not resolve, and why. */
export interface BrokenLink extends Reference {
  reason: string;
}

// Attributes that hold one URL, by element; `srcset` holds several.
const URL_ATTRIBUTES: Record<string, string[]> = {
  a: ['href'],
  area: ['href'],
  link: ['href'],
  script: ['src'],
  img: ['src', 'srcSet'],
  source: ['src', 'srcSet'],
  video: ['src', 'poster'],
  audio: ['src'],
  track: ['src'],
  iframe: ['src'],
  embed: ['src'],
  object: ['data'],
  form: ['action'],
  button: ['formAction'],
  input: ['formAction', 'src'],
  blockquote: ['cite'],
  q: ['cite'],
  ins: ['cite'],
  del: ['cite'],
};
const HTML_NAMES: Record<string, string> = { srcSet: 'srcset', formAction: 'formaction' };

/** Every HTML file under a built folder, relative to it. */
export function htmlPages(folder: string): string[] {
  return filesUnder(folder).filter((file) => file.endsWith('.html'));
}

/** The URLs a parsed page refers to. */
export function referencesOf(tree: Root, page: string): Reference[] {
  const references: Reference[] = [];
  for (const element of findAll(tree, (candidate: Element) => candidate.tagName in URL_ATTRIBUTES)) {
    for (const property of URL_ATTRIBUTES[element.tagName]!) {
      const value = element.properties[property];
      if (value === undefined || value === null || value === false) continue;
      const where = `<${element.tagName} ${HTML_NAMES[property] ?? property}>`;
      const urls = property === 'srcSet'
        ? String(Array.isArray(value) ? value.join(',') : value).split(',').map((candidate) => candidate.trim().split(/\s+/)[0]!).filter(Boolean)
        : [String(value)];
      for (const url of urls) references.push({ page, where, url });
    }
  }
  return references;
}

/** The ids a fragment can name in a parsed page: every `id`, and the `name` of `<a>` (HTML still honours it). */
export function fragmentTargets(tree: Root): Set<string> {
  const ids = new Set<string>();
  for (const element of findAll(tree, () => true)) {
    if (typeof element.properties.id === 'string') ids.add(element.properties.id);
    if (element.tagName === 'a' && typeof element.properties.name === 'string') ids.add(element.properties.name);
  }
  return ids;
}

/** The site URL of a built page: `articles/x/index.html` under `/edition/` is `/edition/articles/x/`. */
export function pageUrl(page: string, base: string): string {
  return `${base}${page.replace(/(^|\/)index\.html$/, '$1')}`;
}

/**
 * Check every internal reference of a built site.
 *
 * @param folder the built folder (`dist/`).
 * @param base the base path the folder is served under (`/` or `/edition/`), with slashes at both ends.
 * @returns the references that do not resolve; external (other origin), `mailto:` and similar are skipped.
 */
export function findBrokenLinks(folder: string, base = '/'): BrokenLink[] {
  const origin = 'http://site.invalid';
  const pages = htmlPages(folder);
  const trees = new Map<string, Root>();
  const treeOf = (page: string) => {
    let tree = trees.get(page);
    if (!tree) trees.set(page, (tree = fromHtml(readFileSync(join(folder, page), 'utf8'))));
    return tree;
  };
  const targets = new Map<string, Set<string>>();
  const targetsOf = (page: string) => {
    let ids = targets.get(page);
    if (!ids) targets.set(page, (ids = fragmentTargets(treeOf(page))));
    return ids;
  };

  const broken: BrokenLink[] = [];
  for (const page of pages) {
    const pageAddress = new URL(pageUrl(page, base), origin);
    for (const reference of referencesOf(treeOf(page), page)) {
      let url: URL;
      try {
        url = new URL(reference.url, pageAddress);
      } catch {
        broken.push({ ...reference, reason: 'Unexpected URL that does not parse' });
        continue;
      }
      if (url.origin !== origin) continue;
      if (!url.pathname.startsWith(base)) {
        broken.push({ ...reference, reason: `Unexpected path outside the base ${base}, expected every internal link to respect the base` });
        continue;
      }
      let path: string;
      try {
        path = decodeURIComponent(url.pathname.slice(base.length));
      } catch {
        broken.push({ ...reference, reason: 'Unexpected malformed percent-encoding' });
        continue;
      }
      // A static host serves a folder's index.html for `folder/`; the site uses trailing slashes throughout.
      let target = path === '' || path.endsWith('/') ? `${path}index.html` : path;
      const file = join(folder, target);
      if (!existsSync(file)) {
        broken.push({ ...reference, reason: `Missing ${target} in the build` });
        continue;
      }
      if (statSync(file).isDirectory()) {
        const index = `${target}/index.html`;
        if (!existsSync(join(folder, index))) {
          broken.push({ ...reference, reason: `Missing ${index} in the build` });
          continue;
        }
        broken.push({ ...reference, reason: `Unexpected link to a folder without its trailing slash, expected ${url.pathname}/` });
        continue;
      }
      target = target.split('\\').join('/');
      const fragment = url.hash.slice(1);
      // `#` alone and `#top` scroll to the top of a page without naming an element.
      if (fragment === '' || fragment.toLowerCase() === 'top') continue;
      if (!target.endsWith('.html')) continue;
      let id: string;
      try {
        id = decodeURIComponent(fragment);
      } catch {
        id = fragment;
      }
      if (!targetsOf(target).has(id)) broken.push({ ...reference, reason: `Missing element with id "${id}" in ${target}` });
    }
  }
  return broken;
}

/** A broken link in one line: `page: <a href>="url": reason`. */
export function formatBrokenLink(link: BrokenLink): string {
  return `${link.page}: ${link.where}="${link.url}": ${link.reason}`;
}
