import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { serve, type StaticServer } from '../support/server.ts';
import { launch, type Browser } from '../support/browser.ts';

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
  let server: StaticServer;
  let browser: Browser;
  let shown: Record<string, { knownThen: boolean; sources: string[]; archived: number; more: string | null; moreHref: string | null }>;
  beforeAll(async () => {
    server = await serve(join(process.cwd(), 'dist'));
    // Without JavaScript: the evidence is in the page, not fetched.
    browser = await launch({ javaScriptEnabled: false });
    const page = await browser.context.newPage();
    await page.goto(server.url + ARTICLE);
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
  afterAll(async () => {
    await browser?.close();
    await server?.close();
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
    const page = await browser.context.newPage();
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
      const address = new URL(shown[note.id]!.moreHref!, server.url + ARTICLE);
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
