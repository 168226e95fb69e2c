import { describe, expect, it } from 'vitest';
import { archiveDay, archiveLabel, archiveUrl, isArchiveUrl, parseArchiveUrl } from '../../src/lib/content/archive.ts';
import { sourceSchema } from '../../src/lib/content/schema.ts';

describe('archived addresses', () => {
  it('parses a well-formed address into its day and live address', () => {
    expect(parseArchiveUrl('https://web.archive.org/web/20071206/http://example.org/a?b=c')).toEqual({ day: '2007-12-06', original: 'http://example.org/a?b=c' });
  });

  it('refuses other hosts, impossible days, missing timestamps and non-http live addresses', () => {
    expect(isArchiveUrl('http://web.archive.org/web/20071206/http://example.org/')).toBe(false);
    expect(isArchiveUrl('https://archive.ph/web/20071206/http://example.org/')).toBe(false);
    expect(isArchiveUrl('https://web.archive.org/web/20070230/http://example.org/')).toBe(false);
    expect(isArchiveUrl('https://web.archive.org/web/2007/http://example.org/')).toBe(false);
    expect(isArchiveUrl('https://web.archive.org/web/20071206/javascript:alert(1)')).toBe(false);
  });

  it('asks for the source day, the middle of a month or year, or the fallback for an undated source', () => {
    expect(archiveDay('2007-12-06', '2026-11-29')).toBe('2007-12-06');
    expect(archiveDay('2007-12', '2026-11-29')).toBe('2007-12-15');
    expect(archiveDay('2007', '2026-11-29')).toBe('2007-07-01');
    expect(archiveDay(undefined, '2026-11-29')).toBe('2026-11-29');
    expect(archiveUrl('https://example.org/x', '2007-12-06')).toBe('https://web.archive.org/web/20071206/https://example.org/x');
  });

  it('labels the copy by the source date at its own precision', () => {
    expect(archiveLabel({ date: '2007-12-06', archived: 'https://web.archive.org/web/20071206/https://example.org/' })).toBe('archived copy, nearest to 6 December 2007');
    expect(archiveLabel({ date: '2007-12', archived: 'https://web.archive.org/web/20071215/https://example.org/' })).toBe('archived copy, nearest to December 2007');
    expect(archiveLabel({ archived: 'https://web.archive.org/web/20261129/https://example.org/' })).toBe('archived copy, nearest to 29 November 2026');
    expect(archiveLabel({ date: '2007-12-06' })).toBeUndefined();
  });

  it('the source schema refuses an archived copy of another page', () => {
    const base = { title: 'T', publisher: 'P', url: 'https://example.org/a' };
    expect(sourceSchema.safeParse({ ...base, archived: 'https://web.archive.org/web/20071206/https://example.org/a' }).success).toBe(true);
    expect(sourceSchema.safeParse({ ...base, archived: 'https://web.archive.org/web/20071206/https://example.org/b' }).success).toBe(false);
    expect(sourceSchema.safeParse({ ...base, archived: 'https://example.org/a' }).success).toBe(false);
  });
});
