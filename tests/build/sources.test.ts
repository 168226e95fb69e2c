/**
 * Sources as the built site shows them (`dist/`, made by `npm test`): the editors' descriptions in square
 * brackets wherever a title is listed, and beside every source a link to the archive that is either a
 * recorded capture or the Wayback Machine's list of captures, labelled as such. No page links to an
 * archived address built from a date.
 */
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import type { Element, Nodes } from 'hast';
import { filesUnder } from '../../src/loader/files.ts';
import { findAll, readPage } from '../support/html.ts';

const dist = join(process.cwd(), 'dist');
const COOLING_TOWER = 'http://english.china.org.cn/international/news/2008-06/28/content_15901228.htm';
const DESCRIPTION = '[Xinhua report of June 28, 2008 on the demolition of the Yongbyon cooling tower]';

const classes = (element: Element) => (Array.isArray(element.properties.className) ? element.properties.className.map(String) : []);
/** All the text of an element, the edition's own included. */
const textOf = (node: Nodes): string => (node.type === 'text' ? node.value : 'children' in node ? node.children.map((child) => textOf(child as Nodes)).join('') : '');
const pages = filesUnder(dist).filter((file) => file.endsWith('.html')).map((file) => join(dist, file));

describe('sources on the built pages', () => {
  const claimPages = pages.filter((file) => file.includes(`${join(dist, 'claims')}/`));

  it('a claim page lists an editors’ description in brackets, beside the lookup of its address', () => {
    const items = claimPages.flatMap((file) =>
      findAll(readPage(file), (element) => element.tagName === 'li' && findAll(element, (link) => link.tagName === 'a' && link.properties.href === COOLING_TOWER).length > 0),
    );
    expect(items.length).toBeGreaterThan(0);
    for (const item of items) {
      const [title, archive] = findAll(item, (element) => element.tagName === 'a');
      expect(textOf(title!)).toBe(DESCRIPTION);
      expect(classes(archive!)).toContain('source-archive');
      expect(archive!.properties.href).toBe(`https://web.archive.org/web/*/${COOLING_TOWER}`);
      expect(textOf(archive!)).toBe('Find archived copies (Wayback Machine)');
    }
  });

  it('the method page’s index of sources shows the description in brackets too', () => {
    const about = readPage(join(dist, 'about/index.html'));
    const titles = findAll(about, (element) => element.tagName === 'a' && element.properties.href === COOLING_TOWER).map(textOf);
    expect(titles).toEqual([DESCRIPTION]);
  });

  it('every archive link on every page is a capture with a 14-digit timestamp or the list of captures', () => {
    const wrong: string[] = [];
    let count = 0;
    for (const file of pages) {
      for (const link of findAll(readPage(file), (element) => element.tagName === 'a' && classes(element).includes('source-archive'))) {
        count += 1;
        const href = String(link.properties.href);
        if (!/^https:\/\/web\.archive\.org\/web\/(\*|\d{14})\/https?:\/\//.test(href)) wrong.push(`${file}: ${href}`);
      }
    }
    expect(count).toBeGreaterThan(100);
    expect(wrong).toEqual([]);
  });

  it('a moved page is looked up under the address it had then', () => {
    const hrefs = new Set(claimPages.flatMap((file) => findAll(readPage(file), (element) => classes(element).includes('source-archive')).map((link) => String(link.properties.href))));
    expect(hrefs).toContain('https://web.archive.org/web/*/http://www.state.gov/r/pa/prs/ps/2007/february/80508.htm');
  });
});
