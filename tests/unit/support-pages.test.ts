import { describe, expect, it } from 'vitest';
import { oneOfEachTemplate } from '../support/pages.ts';

describe('one page of each template (the accessibility test’s sample)', () => {
  it('keeps the first page of each dynamic route and every page that is its own template', () => {
    const routes = ['', '404/', 'about/', 'articles/a/', 'articles/b/', 'claims/', 'claims/x-1/', 'claims/y-2/', 'people/', 'people/kim/', 'people/roh/', 'timeline/', 'timeline/2007/', 'timeline/2008-03/'];
    expect(oneOfEachTemplate(routes)).toEqual(['', '404/', 'about/', 'articles/a/', 'claims/', 'claims/x-1/', 'people/', 'people/kim/', 'timeline/', 'timeline/2007/']);
  });
});
