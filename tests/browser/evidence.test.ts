import { beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { ARTIFACTS } from '../support/browser.ts';
import { builtSite } from '../support/built-site.ts';

const ARTICLE = 'articles/diplomatic-about-face/';

interface SourceEntry {
  url: string;
  primary?: boolean;
}
interface NoteEntry {
  id: string;
  layer: string;
  knownThen?: string;
  sources?: SourceEntry[];
}

// What the editors wrote: the test reads the annotation file itself, not the model the page was built from.
const notes = (parse(readFileSync(join(process.cwd(), 'content/annotations/diplomatic-about-face.yaml'), 'utf8')) as { notes: NoteEntry[] }).notes;

describe('the evidence in a note on the reading page', () => {
  const site = builtSite({ javaScriptEnabled: false });
  let shown: Record<string, { knownThen: boolean; sources: string[]; archived: number; more: string | null; moreHref: string | null }>;
  beforeAll(async () => {
    // Without JavaScript: the evidence is in the page, not fetched.
    const page = await site.browser.context.newPage();
    await page.goto(site.server.url + ARTICLE);
    shown = await page.evaluate(() =>
      Object.fromEntries(
        [...document.querySelectorAll<HTMLElement>('[data-article-body] .note')].map((note) => [
          note.id,
          {
            knownThen: [...note.querySelectorAll('.note-label')].some((label) => label.textContent === 'Known then'),
            sources: [...note.querySelectorAll('.source > a:first-child')].map((link) => link.getAttribute('href')!),
            archived: note.querySelectorAll('.source a.source-archive').length,
            more: note.querySelector('.note-more')?.textContent ?? null,
            moreHref: note.querySelector('.note-more')?.getAttribute('href') ?? null,
          },
        ]),
      ),
    );
    await page.close();
  });

  it('shows what was known then in every note that has it', () => {
    const withKnownThen = notes.filter((note) => note.knownThen);
    expect(withKnownThen.length).toBeGreaterThan(20);
    expect(withKnownThen.filter((note) => !shown[note.id]?.knownThen).map((note) => note.id)).toEqual([]);
  });

  it('shows each note’s primary sources, or its first two where none is primary, each linked', () => {
    const withSources = notes.filter((note) => (note.sources ?? []).length > 0);
    expect(withSources.length).toBeGreaterThan(40);
    const wrong: string[] = [];
    for (const note of withSources) {
      const sources = note.sources!;
      const primary = sources.filter((source) => source.primary);
      const expected = (primary.length > 0 ? primary : sources.slice(0, 2)).map((source) => source.url);
      const got = shown[note.id]?.sources ?? [];
      if (JSON.stringify([...got].sort()) !== JSON.stringify([...expected].sort())) wrong.push(`${note.id}: shows ${got.length}, expected ${expected.length}`);
    }
    expect(wrong).toEqual([]);
  });

  it('says how many sources wait on the claim’s page, and links there', async () => {
    const page = await site.browser.context.newPage();
    const wrong: string[] = [];
    let checked = 0;
    for (const note of notes) {
      const sources = note.sources ?? [];
      const count = sources.length - (shown[note.id]?.sources.length ?? 0);
      const more = shown[note.id]?.more ?? null;
      if (count === 0) {
        if (more !== null) wrong.push(`${note.id}: “${more}” with nothing more`);
        continue;
      }
      if (more !== `and ${count} more on the claim’s page`) {
        wrong.push(`${note.id}: “${more}”, expected ${count} more`);
        continue;
      }
      // The claim's page exists and lists every source of the note.
      const address = new URL(shown[note.id]!.moreHref!, site.server.url + ARTICLE);
      if (checked++ < 5) {
        await page.goto(address.href);
        const listed = await page.$$eval('a[href^="http"]', (links) => links.map((link) => link.getAttribute('href')));
        for (const source of sources) if (!listed.includes(source.url)) wrong.push(`${note.id}: ${source.url} missing on ${address.pathname}`);
      }
    }
    await page.close();
    expect(checked).toBeGreaterThan(3);
    expect(wrong).toEqual([]);
  });

  it('gives every source it shows an archive link beside the live one', () => {
    const missing = Object.entries(shown).filter(([, note]) => note.archived < note.sources.length).map(([id]) => id);
    expect(Object.values(shown).reduce((sum, note) => sum + note.sources.length, 0)).toBeGreaterThan(60);
    expect(missing).toEqual([]);
  });
});

describe('the article on paper', () => {
  const site = builtSite();

  it('prints every note with its sources’ full addresses, its number linking back to its passage, and the editors’ note', async () => {
    const page = await site.browser.context.newPage();
    await page.goto(site.server.url + ARTICLE);
    // On screen an open note keeps to the sources it shows; the rest are for paper.
    const onScreen = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('[data-article-body] .note')]
        .filter((note) => note.querySelector('.note-print a'))
        .map((note) => {
          note.showPopover();
          const seen = { open: note.checkVisibility(), extra: [...note.querySelectorAll('.note-print a')].some((link) => link.checkVisibility()) };
          note.hidePopover();
          return seen;
        }),
    );
    expect(onScreen.length).toBeGreaterThan(20);
    expect(onScreen.every((note) => note.open && !note.extra)).toBe(true);
    await page.emulateMedia({ media: 'print' });
    const printed = await page.evaluate(() => ({
      notes: [...document.querySelectorAll<HTMLElement>('[data-article-body] .note')].map((note) => ({
        id: note.id,
        // The addresses written out on paper: links that print (not hidden) and read their address, in their
        // text or after it.
        addresses: [...note.querySelectorAll<HTMLAnchorElement>('a[href^="http"]')]
          .filter((link) => {
            const href = link.getAttribute('href')!;
            return link.checkVisibility() && (link.textContent === href || getComputedStyle(link, '::after').content.includes(href));
          })
          .map((link) => link.getAttribute('href')!),
        back: note.querySelector('.note-number')?.getAttribute('href'),
      })),
      editors: (() => {
        const text = document.querySelector<HTMLElement>('.editors-note-text');
        return text ? { height: text.getBoundingClientRect().height, words: text.innerText.split(/\s+/).length } : null;
      })(),
    }));
    const withSources = new Set(notes.filter((note) => (note.sources ?? []).length > 0).map((note) => note.id));
    expect(withSources.size).toBeGreaterThan(40);
    // Every source of every note, as the editors listed it, with its full address: paper has no claim's page.
    const byId = new Map(printed.notes.map((note) => [note.id, note.addresses]));
    const missing = notes.flatMap((note) => (note.sources ?? []).filter((source) => !byId.get(note.id)?.includes(source.url)).map((source) => `${note.id}: ${source.url}`));
    expect(notes.reduce((sum, note) => sum + (note.sources ?? []).length, 0)).toBeGreaterThan(150);
    expect(missing).toEqual([]);
    expect(printed.notes.filter((note) => note.back !== `#anchor-${note.id}`).map((note) => note.id)).toEqual([]);
    expect(printed.editors?.height).toBeGreaterThan(50);
    expect(printed.editors?.words).toBeGreaterThan(50);
    mkdirSync(ARTIFACTS, { recursive: true });
    await page.pdf({ path: join(ARTIFACTS, 'article-print.pdf') });
    await page.close();
  });

  it('prints lines of 60 to 75 characters, in the text and in the notes', async () => {
    const page = await site.browser.context.newPage();
    await page.goto(site.server.url + ARTICLE);
    await page.emulateMedia({ media: 'print' });
    // Characters per line of every paragraph: the words grouped by the top of their line, the last line of
    // each paragraph left out (it ends where the paragraph does).
    const lines = await page.evaluate(() => {
      const measure = (blocks: Element[]) => {
        const lengths: number[] = [];
        for (const block of blocks) {
          const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
          const byLine = new Map<number, number>();
          while (walker.nextNode()) {
            const node = walker.currentNode as Text;
            if (node.parentElement?.closest('[data-ui]:not(.notes), .note-number')) continue;
            for (let index = 0; index < node.data.length; index++) {
              if (node.data[index] === '\u2060' || node.data[index] === '\n') continue;
              const range = document.createRange();
              range.setStart(node, index);
              range.setEnd(node, index + 1);
              const rect = range.getBoundingClientRect();
              if (rect.width === 0 && node.data[index] !== ' ') continue;
              const top = Math.round(rect.bottom / 4);
              byLine.set(top, (byLine.get(top) ?? 0) + 1);
            }
          }
          const counts = [...byLine.entries()].sort((a, b) => a[0] - b[0]).map(([, count]) => count);
          lengths.push(...counts.slice(0, -1));
        }
        return lengths;
      };
      return {
        text: measure([...document.querySelectorAll('[data-article-body] > p')]),
        notes: measure([...document.querySelectorAll('[data-article-body] .note .note-p')]),
      };
    });
    const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
    expect(lines.text.length).toBeGreaterThan(40);
    expect(lines.notes.length).toBeGreaterThan(200);
    expect(median(lines.text)).toBeGreaterThanOrEqual(60);
    expect(median(lines.text)).toBeLessThanOrEqual(75);
    expect(median(lines.notes)).toBeGreaterThanOrEqual(60);
    expect(median(lines.notes)).toBeLessThanOrEqual(75);
    // No line of the text runs past 75 characters plus a long word.
    expect(Math.max(...lines.text)).toBeLessThanOrEqual(80);
    await page.setViewportSize({ width: 816, height: 1056 });
    mkdirSync(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: join(ARTIFACTS, 'article-print.png'), fullPage: true });
    await page.close();
  });
});
