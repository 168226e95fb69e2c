import { describe, expect, it } from 'vitest';
import { builtSite } from '../support/built-site.ts';
import { sourceParagraphs } from '../support/source.ts';

describe('reading the article in Chromium', () => {
  const site = builtSite({ javaScriptEnabled: false });

  it('with JavaScript off, the body text without notes and interface equals the source', async () => {
    const page = await site.browser.context.newPage();
    await page.goto(`${site.server.url}articles/diplomatic-about-face/`);
    const paragraphs = await page.$$eval('[data-article-body] p', (elements) =>
      elements.map((element) => {
        const copy = element.cloneNode(true) as HTMLElement;
        for (const added of copy.querySelectorAll('[data-note], [data-ui]')) added.remove();
        return copy.textContent ?? '';
      }),
    );
    expect(paragraphs).toEqual(sourceParagraphs);
    await page.close();
  });

  it('the editors’ note keeps a space between each part of its closing line', async () => {
    const page = await site.browser.context.newPage();
    await page.goto(`${site.server.url}articles/diplomatic-about-face/`);
    const line = await page.locator('.editors-note .meta').textContent();
    expect(line?.replace(/\s+/g, ' ').trim()).toMatch(/^\S.* · \d+ notes · revised \d{1,2} [A-Z][a-z]+ \d{4} · Corrections · Method$/);
    await page.close();
  });
});
