import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { serve, type StaticServer } from '../support/server.ts';
import { launch, ARTIFACTS, type Browser } from '../support/browser.ts';

const ARTICLE = 'articles/diplomatic-about-face/';

interface Box {
  id: string;
  top: number;
  bottom: number;
  left: number;
  right: number;
  markerTop: number;
  lineHeight: number;
  marginTop: number;
  marginBottom: number;
}

/** Geometry of every note and its marker on the page. */
async function noteBoxes(page: Page): Promise<{ notes: Box[]; textRight: number }> {
  return page.evaluate(() => {
    const body = document.querySelector('[data-article-body]')!;
    const textRight = Math.max(...[...body.querySelectorAll('p')].map((p) => p.getBoundingClientRect().right));
    const notes = [...document.querySelectorAll<HTMLElement>('[data-article-body] .note')].map((note) => {
      const rect = note.getBoundingClientRect();
      const marker = document.querySelector<HTMLElement>(`.marker-link[href="#${note.id}"]`)!;
      const paragraph = marker.closest('p')!;
      const style = getComputedStyle(note);
      return {
        id: note.id,
        top: rect.top + scrollY,
        bottom: rect.bottom + scrollY,
        left: rect.left,
        right: rect.right,
        markerTop: marker.getBoundingClientRect().top + scrollY,
        lineHeight: parseFloat(getComputedStyle(paragraph).lineHeight),
        marginTop: parseFloat(style.marginTop),
        marginBottom: parseFloat(style.marginBottom),
      };
    });
    return { notes, textRight };
  });
}

/** Full-page screenshots of the article at two sizes, light and dark, into the artefacts folder. */
async function keepScreenshots(browser: Browser, server: StaticServer): Promise<void> {
  const page = await browser.context.newPage();
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    for (const [width, height] of [[1440, 900], [390, 844]] as const) {
      await page.setViewportSize({ width, height });
      await page.goto(server.url + ARTICLE);
      await page.screenshot({ path: join(ARTIFACTS, `article-${width}x${height}-${scheme}.png`), fullPage: true });
    }
  }
  await page.close();
}

describe('margin notes in Chromium', () => {
  let server: StaticServer;
  let browser: Browser;
  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    server = await serve(join(process.cwd(), 'dist'));
    browser = await launch();
  });
  afterAll(async () => {
    // Screenshots for people to look at (1440×900 and 390×844, light and dark); they assert nothing.
    if (browser && server) await keepScreenshots(browser, server);
    await browser?.close();
    await server?.close();
  });

  it('at 1440 wide, no two notes overlap and every note sits right of the text column', async () => {
    const page = await browser.context.newPage();
    await page.goto(server.url + ARTICLE);
    const { notes, textRight } = await noteBoxes(page);
    expect(notes.length).toBeGreaterThan(40);
    for (const note of notes) {
      expect(note.left, note.id).toBeGreaterThanOrEqual(textRight);
      expect(note.bottom - note.top, note.id).toBeGreaterThan(0);
    }
    const sorted = [...notes].sort((a, b) => a.top - b.top);
    for (let index = 1; index < sorted.length; index++) {
      expect(sorted[index]!.top, `${sorted[index]!.id} overlaps ${sorted[index - 1]!.id}`).toBeGreaterThanOrEqual(sorted[index - 1]!.bottom);
    }
    await page.close();
  });

  it('at 1440 wide, each note’s top is within 1.5 lines of its marker’s line unless the note above pushed it', async () => {
    const page = await browser.context.newPage();
    await page.goto(server.url + ARTICLE);
    const { notes } = await noteBoxes(page);
    let previous: Box | undefined;
    let aligned = 0;
    for (const note of notes) {
      const nearAnchor = Math.abs(note.top - note.markerTop) <= 1.5 * note.lineHeight;
      // Pushed: it starts right where the note above ends (plus the two margins between them).
      const pushed = previous !== undefined && Math.abs(note.top - (previous.bottom + previous.marginBottom + note.marginTop)) <= 2;
      expect(nearAnchor || pushed, `${note.id}: top ${note.top}, marker ${note.markerTop}`).toBe(true);
      if (nearAnchor) aligned++;
      // Never higher than its own line: a note does not float above its anchor.
      expect(note.top, note.id).toBeGreaterThanOrEqual(note.markerTop - 1.5 * note.lineHeight);
      previous = note;
    }
    // Notes that nothing pushed sit level with their line: the first one, and others where the margin has room.
    expect(Math.abs(notes[0]!.top - notes[0]!.markerTop)).toBeLessThanOrEqual(0.5 * notes[0]!.lineHeight);
    expect(aligned).toBeGreaterThanOrEqual(3);
    await page.close();
  });

  it('at 390 wide, notes are closed until opened from the keyboard, and the same control closes them', async () => {
    const page = await browser.context.newPage();
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(server.url + ARTICLE);
    const hiddenCount = await page.$$eval('[data-article-body] .note', (notes) => notes.filter((note) => note.getBoundingClientRect().height === 0).length);
    const total = await page.$$eval('[data-article-body] .note', (notes) => notes.length);
    expect(hiddenCount).toBe(total);

    const toggle = page.locator('button.marker-toggle[popovertarget="pygmy"]');
    await toggle.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('#pygmy').isVisible()).toBe(true);
    const [note, marker] = await Promise.all([page.locator('#pygmy').boundingBox(), toggle.boundingBox()]);
    // It opens just below its line, across the column, inside the screen.
    expect(note!.y).toBeGreaterThanOrEqual(marker!.y + marker!.height - 2);
    expect(note!.y).toBeLessThan(marker!.y + marker!.height + 40);
    expect(note!.x).toBeGreaterThanOrEqual(0);
    expect(note!.x + note!.width).toBeLessThanOrEqual(390);
    await toggle.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('#pygmy').isVisible()).toBe(false);
    await toggle.focus();
    await page.keyboard.press('Space');
    await expect.poll(() => page.locator('#pygmy').isVisible()).toBe(true);
    await page.screenshot({ path: join(ARTIFACTS, 'article-390-note-open.png') });
    await page.close();
  });

  it('every marker is focusable and shows a visible focus ring', async () => {
    const page = await browser.context.newPage();
    await page.goto(server.url + ARTICLE);
    await page.locator('.marker-link[href="#pygmy"]').focus();
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Tab');
    const outline = await page.evaluate(() => {
      const active = document.activeElement as HTMLElement;
      return { href: active.getAttribute('href'), style: getComputedStyle(active).outlineStyle, width: getComputedStyle(active).outlineWidth };
    });
    expect(outline.href).toBe('#pygmy');
    expect(outline.style).toBe('solid');
    expect(parseFloat(outline.width)).toBeGreaterThanOrEqual(2);
    await page.close();
  });

  it('each note is tied to its markers (aria-details) and has role note', async () => {
    const page = await browser.context.newPage();
    await page.goto(server.url + ARTICLE);
    const problems = await page.evaluate(() => {
      const found: string[] = [];
      for (const note of document.querySelectorAll<HTMLElement>('[data-article-body] .note')) {
        if (note.getAttribute('role') !== 'note') found.push(`${note.id}: role`);
        const markers = document.querySelectorAll(`[aria-details="${note.id}"]`);
        if (markers.length !== 2) found.push(`${note.id}: ${markers.length} markers`);
        // The note follows its markers in reading order, right after the passage it explains.
        const previous = note.previousElementSibling;
        if (!previous?.matches('.markers') || !previous.previousElementSibling?.matches(`#anchor-${note.id}`)) found.push(`${note.id}: order`);
      }
      return found;
    });
    expect(problems).toEqual([]);
    await page.close();
  });

  it('a deep link scrolls to the note, opens it in full and highlights its passage', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${server.url + ARTICLE}#world-war-iii`);
    const state = await page.evaluate(() => {
      const note = document.getElementById('world-war-iii')!;
      const anchor = document.getElementById('anchor-world-war-iii')!;
      const rect = note.getBoundingClientRect();
      return {
        inView: rect.top >= 0 && rect.top < innerHeight,
        detail: getComputedStyle(note.querySelector('.note-detail')!).display,
        wash: getComputedStyle(anchor).backgroundColor,
        ring: getComputedStyle(note).boxShadow,
      };
    });
    expect(state.inView).toBe(true);
    expect(state.detail).toBe('block');
    expect(state.wash).not.toBe('rgba(0, 0, 0, 0)');
    expect(state.ring).not.toBe('none');
    await page.screenshot({ path: join(ARTIFACTS, 'article-1440-deep-link.png') });
    await page.close();
  });

  it('switching a layer off hides its notes and markers, with JavaScript off too', async () => {
    const noScript = await launch({ javaScriptEnabled: false });
    try {
      const page = await noScript.context.newPage();
      await page.goto(server.url + ARTICLE);
      expect(await page.locator('#nk-test-2006').isVisible()).toBe(true);
      await page.locator('#layer-claim').uncheck();
      expect(await page.locator('#nk-test-2006').isVisible()).toBe(false);
      expect(await page.locator('.marker-link[href="#nk-test-2006"]').isVisible()).toBe(false);
      expect(await page.locator('#date-october-2006').isVisible()).toBe(true);
      await page.locator('#notes-in-full').check();
      expect(await page.locator('#date-october-2006 .note-detail').isVisible()).toBe(true);
    } finally {
      await noScript.close();
    }
  });

  it('a switched-off layer stays off on the next visit when JavaScript runs', async () => {
    const page = await browser.context.newPage();
    await page.goto(server.url + ARTICLE);
    await page.locator('#layer-context').uncheck();
    await page.reload();
    expect(await page.locator('#layer-context').isChecked()).toBe(false);
    expect(await page.locator('#context-christopher-hill').isVisible()).toBe(false);
    await page.locator('#layer-context').check();
    await page.close();
  });

  it('in print, every note is an endnote numbered like its marker, with its sources’ addresses', async () => {
    const page = await browser.context.newPage();
    await page.goto(server.url + ARTICLE);
    await page.emulateMedia({ media: 'print' });
    const printed = await page.evaluate(() => {
      const endnotes = [...document.querySelectorAll<HTMLLIElement>('.endnotes > ol > li')];
      const markers = [...document.querySelectorAll<HTMLElement>('[data-article-body] .marker-link')];
      const firstSource = document.querySelector('.endnotes a[href^="http"]')!;
      return {
        endnotesVisible: getComputedStyle(document.querySelector('.endnotes')!).display !== 'none',
        numbers: endnotes.map((item) => item.value),
        markers: markers.filter((marker) => getComputedStyle(marker).display !== 'none').map((marker) => Number(marker.textContent)),
        inlineNotesShown: [...document.querySelectorAll('[data-article-body] .note')].filter((note) => getComputedStyle(note).display !== 'none').length,
        sourceAddress: getComputedStyle(firstSource, '::after').content,
        firstHref: firstSource.getAttribute('href'),
      };
    });
    expect(printed.endnotesVisible).toBe(true);
    expect(printed.inlineNotesShown).toBe(0);
    expect(printed.numbers).toEqual(printed.markers.slice().sort((a, b) => a - b));
    expect(printed.numbers.length).toBeGreaterThan(40);
    expect(printed.sourceAddress).toContain(printed.firstHref);
    await page.pdf({ path: join(ARTIFACTS, 'article.pdf') });
    await page.close();
  });
});
