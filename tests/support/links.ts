/**
 * The internal link check of a built site, by linkinator: every page is served on 127.0.0.1 under the
 * site's base, as a static host would serve it, and every link, script, stylesheet, image and citation
 * that points into the site must load, without a redirect (the server redirects a folder linked without
 * its slash), and every `#fragment` must name an element id in its page. Other origins are skipped, so the
 * check never leaves the machine.
 */
import { LinkChecker } from 'linkinator';
import { filesUnder } from '../../src/loader/files.ts';
import { serve } from './server.ts';

/** Every HTML file under a built folder, relative to it. */
export function htmlPages(folder: string): string[] {
  return filesUnder(folder).filter((file) => file.endsWith('.html'));
}

/**
 * Check every internal reference of a built site.
 *
 * @param folder The built folder (`dist/`).
 * @param base The base path the folder is served under (`/` or `/edition/`), with slashes at both ends.
 * @returns One line per broken reference: `page: url: why`, with site paths.
 */
export async function findBrokenLinks(folder: string, base = '/'): Promise<string[]> {
  const server = await serve(folder, base);
  const local = (text = '') => text.replaceAll(server.origin, '');
  try {
    const { links } = await new LinkChecker().check({
      path: htmlPages(folder).map((page) => `${server.url}${page.replace(/(^|\/)index\.html$/, '$1')}`),
      checkFragments: true,
      redirects: 'error',
      linksToSkip: async (link) => !link.startsWith(`${server.origin}/`),
    });
    return links
      .filter((link) => link.state === 'BROKEN')
      .map((link) => {
        const detail = link.failureDetails?.find((failure) => failure instanceof Error)?.message;
        return local(`${link.parent}: ${link.url}: ${detail ?? `status ${link.status}`}`);
      });
  } finally {
    await server.close();
  }
}
