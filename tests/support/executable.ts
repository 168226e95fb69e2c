/**
 * What in a built page could run, for the hostile-input tests: the scan itself is unit-tested
 * (tests/unit/executable.test.ts); the build tier runs it over the pages of hostile builds.
 */
import { fromHtml } from 'hast-util-from-html';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { filesUnder } from '../../src/loader/files.ts';
import { findAll } from './html.ts';

// Attributes whose value the browser loads or navigates to.
const URL_ATTRIBUTES = ['href', 'src', 'action', 'formAction', 'poster', 'srcSet', 'cite', 'data', 'background', 'ping', 'xLinkHref'];
const ACTIVE_ELEMENTS = new Set(['iframe', 'frame', 'frameset', 'object', 'embed', 'base', 'applet']);
// Browsers ignore whitespace and control characters inside a scheme (`java\tscript:`), so this does too.
const DANGEROUS_URL = /^(?:javascript|data|vbscript):/i;

/**
 * What in a built page could run: inline or foreign scripts, event-handler attributes, `javascript:` or
 * `data:` URLs, frames and plugins. The site's own external module scripts and JSON-LD data blocks are fine.
 *
 * @param html The page.
 * @param page Its path, to name it in the findings.
 * @returns One line per finding; none for an inert page.
 */
export function executableMarkup(html: string, page: string): string[] {
  const found: string[] = [];
  for (const element of findAll(fromHtml(html), () => true)) {
    const where = `${page}: <${element.tagName}>`;
    if (element.tagName === 'script') {
      const type = String(element.properties.type ?? '');
      const src = element.properties.src;
      if (type === 'application/ld+json' && src === undefined) {
        const data = element.children.map((child) => (child.type === 'text' ? child.value : '')).join('');
        try {
          JSON.parse(data);
        } catch {
          found.push(`${where} JSON-LD block that is not JSON`);
        }
      } else if (!(type === 'module' && typeof src === 'string' && src.startsWith('/') && !src.startsWith('//'))) {
        found.push(`${where} script that is not the site's own module (type=${type || 'classic'}, src=${String(src)})`);
      }
    }
    if (ACTIVE_ELEMENTS.has(element.tagName)) found.push(`${where} element that loads active content`);
    if (element.tagName === 'meta' && String(element.properties.httpEquiv ?? '').toLowerCase() === 'refresh') found.push(`${where} refresh`);
    for (const [name, value] of Object.entries(element.properties)) {
      if (/^on/i.test(name)) found.push(`${where} event handler ${name}`);
      if (!URL_ATTRIBUTES.includes(name)) continue;
      for (const url of Array.isArray(value) ? value : [value]) {
        // eslint-disable-next-line no-control-regex
        if (typeof url === 'string' && DANGEROUS_URL.test(url.replace(/[\u0000-\u0020]/g, ''))) found.push(`${where} ${name}="${url}"`);
      }
    }
  }
  return found;
}

/** SHA-256 of every file in a folder, so a test can tell whether anything touched any byte of it. */
export function hashTree(folder: string): Record<string, string> {
  return Object.fromEntries(filesUnder(folder).map((file) => [file, createHash('sha256').update(readFileSync(join(folder, file))).digest('hex')]));
}
