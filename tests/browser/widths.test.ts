import { beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { ARTIFACTS } from '../support/browser.ts';
import { builtSite } from '../support/built-site.ts';

const ARTICLE = 'articles/diplomatic-about-face/';

/** Every window width from 320 to 2560 CSS px, 16 px apart (141 widths). */
const SWEEP = Array.from({ length: (2560 - 320) / 16 + 1 }, (_, index) => 320 + index * 16);

/** A 1280 × 800 window at 200 % and 400 % zoom: 640 and 320 CSS px wide, each CSS px drawn by 2 or 4. */
const ZOOMS = [
  { zoom: 200, viewport: { width: 640, height: 400 }, deviceScaleFactor: 2 },
  { zoom: 400, viewport: { width: 320, height: 200 }, deviceScaleFactor: 4 },
];

/**
 * The rectangles of the author's words in a passage, without the markers and cards inside it (a card
 * floats in the margin, and would count as part of the line). Defined in the page by `definePassageRects`.
 */
declare function passageRects(passage: Element): DOMRect[];

/** Put `passageRects` on the page's window, for the functions below that run in the page. */
async function definePassageRects(page: Page): Promise<void> {
  await page.evaluate(() => {
    (window as unknown as { passageRects: (passage: Element) => DOMRect[] }).passageRects = (passage) => {
      // No filter callback: with JavaScript off the page runs none of its own, and a callback made by one
      // evaluation is dead in the next.
      const walker = document.createTreeWalker(passage, NodeFilter.SHOW_TEXT);
      const rects: DOMRect[] = [];
      while (walker.nextNode()) {
        if (walker.currentNode.parentElement?.closest('[data-ui], [data-note]')) continue;
        const range = document.createRange();
        range.selectNodeContents(walker.currentNode);
        rects.push(...[...range.getClientRects()].filter((rect) => rect.width > 0));
      }
      return rects;
    };
  });
}

/**
 * What a window of the current size shows wrong, measured in the page: how far the page scrolls sideways,
 * and every visible margin card that stands outside its margin (left of the text's right edge or past the
 * window), cuts its own text, or stands more than 120 px from the line of its marker.
 */
function layoutProblems(): { overflow: number; cards: number; problems: string[] } {
  const width = document.documentElement.clientWidth;
  const overflow = document.documentElement.scrollWidth - width;
  const problems: string[] = [];
  const body = document.querySelector('[data-article-body]')!;
  const textRight = Math.max(...[...body.querySelectorAll(':scope > p')].map((p) => p.getBoundingClientRect().right));
  const cards = [...document.querySelectorAll<HTMLElement>('.note-card')].filter((card) => card.getBoundingClientRect().height > 0);
  for (const card of cards) {
    const id = card.getAttribute('popovertarget')!;
    const rect = card.getBoundingClientRect();
    if (rect.left < textRight) problems.push(`${id}: card left ${Math.round(rect.left)} inside the text (right ${Math.round(textRight)})`);
    if (rect.right > width + 0.5) problems.push(`${id}: card right ${Math.round(rect.right)} past the window (${width})`);
    // A card cut short (an ellipsis, or a button wider than its box) hides part of its title.
    if (card.scrollWidth > card.clientWidth + 1) problems.push(`${id}: card text ${card.scrollWidth} px in a ${card.clientWidth} px card`);
    const marker = document.querySelector<HTMLElement>(`.marker[popovertarget="${id}"]`)!.getBoundingClientRect();
    const line = passageRects(document.getElementById(`anchor-${id}`)!).filter((box) => Math.abs(box.bottom - marker.bottom) < 24);
    const lineTop = Math.min(...line.map((box) => box.top));
    if (Math.abs(rect.top - lineTop) > 120) problems.push(`${id}: card ${Math.round(rect.top - lineTop)} px from its line`);
  }
  return { overflow, cards: cards.length, problems };
}

/**
 * Open every note from the control a reader sees (its margin card, else its marker), with that control in
 * the middle of the window, and report each open note that leaves the window, covers the line of its
 * passage or its marker, or is longer than the window without scrolling inside itself.
 */
async function openNoteProblems(page: Page): Promise<{ opened: number; problems: string[] }> {
  const ids = await page.$$eval('[data-article-body] .note[popover]', (notes) => notes.map((note) => note.id));
  const problems: string[] = [];
  for (const id of ids) {
    const control = page.locator(`.note-card[popovertarget="${id}"]:visible, .marker[popovertarget="${id}"]:visible`).first();
    await control.evaluate((element) => element.scrollIntoView({ block: 'center' }));
    // A click from script: the same activation as a reader's, whichever element stands on top of it.
    await control.evaluate((element: HTMLElement) => element.click());
    await page.locator(`[id="${id}"]`).waitFor({ state: 'visible' });
    // The page script may scroll a low note into view on the next frame.
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    problems.push(
      ...(await page.evaluate((noteId) => {
        const found: string[] = [];
        const note = document.getElementById(noteId)!;
        const box = note.getBoundingClientRect();
        const marker = document.querySelector(`.marker[popovertarget="${noteId}"]`)!.getBoundingClientRect();
        // The last line of the passage: the one that holds the marker.
        const line = passageRects(document.getElementById(`anchor-${noteId}`)!).filter((rect) => Math.abs(rect.bottom - marker.bottom) < 24);
        const overlaps = (rect: DOMRect) => rect.left < box.right && rect.right > box.left && rect.top < box.bottom && rect.bottom > box.top;
        if (line.some(overlaps)) found.push(`${noteId}: covers its line (note top ${Math.round(box.top)}, line bottom ${Math.round(Math.max(...line.map((rect) => rect.bottom)))})`);
        if (overlaps(marker)) found.push(`${noteId}: covers its marker`);
        if (box.left < 0 || box.right > innerWidth + 0.5) found.push(`${noteId}: ${Math.round(box.left)}–${Math.round(box.right)} outside a ${innerWidth} px window`);
        if (box.top < 0 || box.bottom > innerHeight + 0.5) found.push(`${noteId}: ${Math.round(box.top)}–${Math.round(box.bottom)} outside a ${innerHeight} px tall window`);
        if (note.scrollHeight > note.clientHeight + 1 && !/auto|scroll/.test(getComputedStyle(note).overflowY)) found.push(`${noteId}: cut off, not scrolling`);
        return found;
      }, id)),
    );
    await page.keyboard.press('Escape');
    await page.locator(`[id="${id}"]`).waitFor({ state: 'hidden' });
  }
  return { opened: ids.length, problems };
}

/**
 * Markers that stand side by side (a note inside a note, “Il⁴⁵”, “2007⁶⁷”): pairs on one line less than
 * 8 px apart, with the centre of each.
 */
async function adjacentMarkers(page: Page): Promise<Array<Array<{ id: string; x: number; y: number }>>> {
  return page.evaluate(() => {
    const markers = [...document.querySelectorAll<HTMLElement>('[data-article-body] .marker')]
      .map((marker) => ({ id: marker.getAttribute('popovertarget')!, rect: marker.getBoundingClientRect() }))
      .filter((marker) => marker.rect.width > 0);
    const pairs = [];
    for (let index = 1; index < markers.length; index++) {
      const [left, right] = [markers[index - 1]!, markers[index]!];
      if (Math.abs(left.rect.top - right.rect.top) < 2 && right.rect.left - left.rect.right < 8 && right.rect.left >= left.rect.right - 1) {
        pairs.push([left, right].map((marker) => ({ id: marker.id, x: marker.rect.left + marker.rect.width / 2, y: marker.rect.top + marker.rect.height / 2 + scrollY })));
      }
    }
    return pairs;
  });
}

describe('the reading page at every width', () => {
  const site = builtSite();
  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
  });

  it(`never scrolls sideways, and keeps every margin card in its margin and within 120 px of its line, at ${SWEEP.length} widths from 320 to 2560 px`, async () => {
    // One page, resized: a load per width would cost the shared machine minutes for the same answer.
    const page = await site.browser.context.newPage();
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.goto(site.server.url + ARTICLE);
    await definePassageRects(page);
    const overflowing: string[] = [];
    const misplaced: string[] = [];
    let widest = { width: 0, overflow: 0 };
    let widthsWithCards = 0;
    for (const width of SWEEP) {
      await page.setViewportSize({ width, height: 900 });
      const { overflow, cards, problems } = await page.evaluate(layoutProblems);
      if (overflow > 0) overflowing.push(`${width}: ${overflow} px`);
      if (overflow > widest.overflow) widest = { width, overflow };
      if (cards > 0) widthsWithCards++;
      misplaced.push(...problems.map((problem) => `${width}: ${problem}`));
    }
    await page.close();
    // Cards show on every laptop and desktop width: a sweep that met none would prove nothing.
    expect(widthsWithCards).toBeGreaterThan(90);
    expect(
      { overflowing, misplaced: misplaced.slice(0, 30) },
      `widest overflow ${widest.overflow} px at ${widest.width} px; ${overflowing.length} widths overflow; ${misplaced.length} misplaced cards in all`,
    ).toEqual({ overflowing: [], misplaced: [] });
  });

  for (const { zoom, viewport, deviceScaleFactor } of ZOOMS) {
    it(`never scrolls sideways in a 1280 px window at ${zoom} % zoom (${viewport.width} CSS px)`, async () => {
      const page = await site.browser.context.newPage();
      await page.setViewportSize(viewport);
      const session = await page.context().newCDPSession(page);
      await session.send('Emulation.setDeviceMetricsOverride', { ...viewport, deviceScaleFactor, mobile: false });
      await page.goto(site.server.url + ARTICLE);
    await definePassageRects(page);
      const { overflow } = await page.evaluate(layoutProblems);
      expect(overflow).toBe(0);
      await page.screenshot({ path: join(ARTIFACTS, `article-1280-zoom-${zoom}.png`) });
      await page.close();
    });
  }

  // Widths no earlier test used (laptops), a desktop, a phone and the two zoomed windows.
  const windows = [
    { name: '1024 × 768', viewport: { width: 1024, height: 768 } },
    { name: '1280 × 800', viewport: { width: 1280, height: 800 } },
    { name: '1366 × 768', viewport: { width: 1366, height: 768 } },
    { name: '1440 × 900', viewport: { width: 1440, height: 900 } },
    { name: '390 × 844', viewport: { width: 390, height: 844 } },
    { name: '1280 × 800 at 200 %', viewport: { width: 640, height: 400 } },
    { name: '1280 × 800 at 400 %', viewport: { width: 320, height: 200 } },
  ];
  for (const { name, viewport } of windows) {
    it(`at ${name}, every open note fits the window beside or below its line, never over it`, async () => {
      const page = await site.browser.context.newPage();
      await page.setViewportSize(viewport);
      await page.goto(site.server.url + ARTICLE);
    await definePassageRects(page);
      const { opened, problems } = await openNoteProblems(page);
      expect(opened).toBeGreaterThan(40);
      expect(problems.slice(0, 20), `${problems.length} problems in all`).toEqual([]);
      await page.close();
    });
  }

  for (const viewport of [{ width: 1440, height: 900 }, { width: 390, height: 844 }]) {
    it(`at ${viewport.width} wide, a click on the centre of each of two markers side by side opens its own note`, async () => {
      const page = await site.browser.context.newPage();
      await page.setViewportSize(viewport);
      await page.goto(site.server.url + ARTICLE);
    await definePassageRects(page);
      const pairs = await adjacentMarkers(page);
      // “Kim Jong Il⁴⁵” and “the end of 2007⁶⁷” at least.
      expect(pairs.length).toBeGreaterThanOrEqual(2);
      const wrong: string[] = [];
      for (const marker of pairs.flat()) {
        await page.evaluate((y) => scrollTo(0, y - innerHeight / 2), marker.y);
        const scroll = await page.evaluate(() => scrollY);
        await page.mouse.click(marker.x, marker.y - scroll);
        const open = await page.evaluate(() => document.querySelector('.note:popover-open')?.id ?? 'none');
        if (open !== marker.id) wrong.push(`centre of ${marker.id} opened ${open}`);
        await page.keyboard.press('Escape');
      }
      expect(wrong).toEqual([]);
      await page.close();
    });
  }
});

describe('a note without JavaScript', () => {
  const site = builtSite({ javaScriptEnabled: false });

  for (const viewport of [{ width: 1440, height: 900 }, { width: 1024, height: 768 }, { width: 390, height: 844 }]) {
    it(`at ${viewport.width} wide, a deep link opens its note beside or below its line, in view, never over it`, async () => {
      const page = await site.browser.context.newPage();
      await page.setViewportSize(viewport);
      const wrong: string[] = [];
      for (const id of ['world-war-iii', 'pen-pals', 'person-kim-jong-il']) {
        await page.goto(`${site.server.url + ARTICLE}#${id}`);
        await definePassageRects(page);
        const state = await page.evaluate((noteId) => {
          const note = document.getElementById(noteId)!.getBoundingClientRect();
          const marker = document.querySelector(`.marker[popovertarget="${noteId}"]`)!.getBoundingClientRect();
          const line = passageRects(document.getElementById(`anchor-${noteId}`)!).filter((rect) => Math.abs(rect.bottom - marker.bottom) < 24);
          const covers = line.some((rect) => rect.left < note.right && rect.right > note.left && rect.top < note.bottom && rect.bottom > note.top);
          return { noteTop: note.top, noteBottom: note.bottom, markerTop: marker.top, lineBottom: Math.max(...line.map((rect) => rect.bottom)), covers, height: innerHeight };
        }, id);
        // Beside its line (its top within a line of the marker's) or just below it.
        const near = Math.abs(state.noteTop - state.markerTop) <= 40 || (state.noteTop >= state.lineBottom && state.noteTop - state.lineBottom <= 40);
        if (!near) wrong.push(`${id}: note top ${Math.round(state.noteTop)}, marker top ${Math.round(state.markerTop)}`);
        if (state.covers) wrong.push(`${id}: covers its line`);
        if (state.noteTop < 0 || state.noteTop > state.height) wrong.push(`${id}: out of view at ${Math.round(state.noteTop)}`);
        if (state.markerTop < 0 || state.markerTop > state.height) wrong.push(`${id}: its line out of view at ${Math.round(state.markerTop)}`);
      }
      expect(wrong).toEqual([]);
      await page.close();
    });
  }

  it('every note shown after the text (every note in full) links back to its passage', async () => {
    const page = await site.browser.context.newPage();
    await page.goto(site.server.url + ARTICLE);
    await page.locator('.layers > summary').click();
    await page.locator('#notes-in-full').check();
    const links = await page.$$eval('[data-article-body] .note', (notes) =>
      notes.map((note) => {
        const back = note.querySelector<HTMLAnchorElement>('a[href^="#anchor-"]');
        const passage = back ? document.getElementById(decodeURIComponent(back.hash.slice(1))) : null;
        return { id: note.id, visible: note.getBoundingClientRect().height > 0, back: passage?.id === `anchor-${note.id}` };
      }),
    );
    expect(links.length).toBeGreaterThan(40);
    expect(links.filter((link) => !link.visible || !link.back).map((link) => link.id)).toEqual([]);
    // Following the link scrolls the passage into view.
    await page.locator('#pen-pals a[href="#anchor-pen-pals"]').click();
    const top = await page.locator('#anchor-pen-pals').evaluate((element) => element.getBoundingClientRect().top);
    expect(top).toBeGreaterThanOrEqual(-1);
    expect(top).toBeLessThan(900);
    await page.close();
  });
});
