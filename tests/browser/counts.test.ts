import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { builtSite } from '../support/built-site.ts';

/** The ledger's filter choices, label → count, from “Needs context (7)”. */
async function ledgerFilter(page: Page, which: 'first-of-type' | 'last-of-type'): Promise<Record<string, number>> {
  const texts = await page.$$eval(`[data-ledger-filters] fieldset:${which} label`, (labels) => labels.map((label) => label.textContent!.trim()));
  return Object.fromEntries(
    texts.map((text) => {
      const [, label, count] = /^(.*?)\s*\((\d+)\)$/.exec(text)!;
      return [label, Number(count)];
    }),
  );
}

/** The search page's filter choices of one name, value → count. */
async function searchFilter(page: Page, name: string): Promise<Record<string, number>> {
  return page.$$eval(`label:has(input[name="${name}"])`, (labels) =>
    Object.fromEntries(labels.map((label) => [label.querySelector('input')!.value, Number.parseInt(label.querySelector('.search-filter-count')!.textContent!, 10)])),
  );
}

describe('one number everywhere', () => {
  const site = builtSite();
  let page: Page;
  beforeAll(async () => {
    // The counts are in the HTML: the ledger's filter form is shown by its script, so JavaScript runs.
    page = await site.browser.context.newPage();
  });

  it('names verdicts and types of statement with different words', async () => {
    await page.goto(`${site.server.url}claims/`);
    const legends = await page.$$eval('[data-ledger-filters] fieldset', (sets) =>
      sets.map((set) => [...set.querySelectorAll('label')].map((label) => label.textContent!.replace(/\(\d+\)/, '').trim())),
    );
    expect(legends).toHaveLength(2);
    const [verdicts, types] = legends as [string[], string[]];
    expect(verdicts.length).toBeGreaterThan(3);
    expect(types).toContain('Opinion');
    expect(verdicts.filter((label) => types.includes(label))).toEqual([]);
  });

  it('counts the sentences of each verdict alike on the front page, in the ledger’s sections and filter, and in search', async () => {
    await page.goto(site.server.url);
    const front = await page.$$eval('.verdict-tally li', (items) =>
      Object.fromEntries(items.map((item) => [item.querySelector('.verdict')!.textContent!, Number(item.lastChild!.textContent)])),
    );
    const sentences = Number(await page.locator('.edition-figures div:has(dt:text-is("Sentences")) dd').textContent());
    await page.goto(`${site.server.url}claims/`);
    const sections = await page.$$eval('[data-ledger-group][id^="verdict-"] h2', (headings) =>
      Object.fromEntries(headings.map((heading) => [heading.firstChild!.textContent!.trim(), Number(heading.querySelector('[data-group-count]')!.getAttribute('data-group-count'))])),
    );
    const filter = await ledgerFilter(page, 'first-of-type');
    await page.goto(`${site.server.url}search/`);
    const searchCounts = await searchFilter(page, 'verdict');
    // The ledger's filter also offers the sentences with no verdict; the others count the verdicts only.
    const withVerdict = Object.fromEntries(Object.entries(filter).filter(([label]) => label !== 'No verdict'));
    expect(Object.keys(front).length).toBeGreaterThan(3);
    expect(sections).toEqual(front);
    expect(withVerdict).toEqual(front);
    expect(searchCounts).toEqual(front);
    // Every sentence here has a verdict: the counts add up to the sentences.
    expect(Object.values(front).reduce((sum, count) => sum + count, 0)).toBe(sentences);
  });

  it('counts the sentences of each type alike on the front page, in the ledger’s filter and in search', async () => {
    await page.goto(site.server.url);
    const breakdown = (await page.locator('.edition-breakdown').textContent())!;
    const front = Object.fromEntries(
      breakdown.split('·').map((part) => {
        const [count, ...words] = part.trim().split(' ');
        const word = words.join(' ').replace(/s$/, '');
        return [word[0]!.toUpperCase() + word.slice(1), Number(count)];
      }),
    );
    await page.goto(`${site.server.url}claims/`);
    const filter = await ledgerFilter(page, 'last-of-type');
    await page.goto(`${site.server.url}search/`);
    const search = await searchFilter(page, 'type');
    expect(front.Opinion).toBeGreaterThan(0);
    expect(filter).toEqual(front);
    expect(search).toEqual(front);
  });

  it('counts the people named in the text alike on the front page and the People page', async () => {
    await page.goto(site.server.url);
    const front = Number(await page.locator('.edition-figures div:has(dt:text-matches("^People")) dd').textContent());
    const label = await page.locator('.edition-figures dt:text-matches("^People")').textContent();
    await page.goto(`${site.server.url}people/`);
    const named = await page.locator('#people-text ~ ul.person-cards').first().locator('li').count();
    const heading = await page.locator('#people-text').textContent();
    expect(label).toBe('People named');
    expect(heading).toContain(`(${named})`);
    expect(front).toBe(named);
  });

  it('never labels a sentence a fact and non-factual at once', async () => {
    await page.goto(`${site.server.url}claims/`);
    const labels = await page.$$eval('[data-claim-card]', (cards) =>
      cards.map((card) => ({ id: card.id, type: card.getAttribute('data-type'), worthiness: card.querySelector('.claim-worthiness')?.textContent ?? '' })),
    );
    expect(labels.length).toBeGreaterThan(20);
    expect(labels.filter((label) => label.type === 'fact' && label.worthiness === 'Non-factual').map((label) => label.id)).toEqual([]);
    expect(labels.filter((label) => label.type !== 'fact' && label.worthiness !== 'Non-factual').map((label) => label.id)).toEqual([]);
  });

  it('sets a note’s number apart from a title that begins with a number (“31 | October 2007”)', async () => {
    await page.goto(`${site.server.url}articles/diplomatic-about-face/#date-october-2007`);
    const head = await page.locator('#date-october-2007 .note-head').evaluate((element) => {
      const number = element.querySelector('.note-number')!;
      const title = element.querySelector('.note-title')!;
      const style = getComputedStyle(number);
      return {
        number: number.textContent,
        title: title.textContent,
        framed: style.borderTopStyle !== 'none' || style.backgroundColor !== 'rgba(0, 0, 0, 0)',
        gap: title.getBoundingClientRect().left - number.getBoundingClientRect().right,
      };
    });
    expect(head.number).toBe('31');
    expect(head.title).toMatch(/^October 2007/);
    expect(head.framed).toBe(true);
    expect(head.gap).toBeGreaterThanOrEqual(6);
  });
});
