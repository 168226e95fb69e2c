/**
 * Archived copies of sources: Wayback Machine addresses of the form
 * `https://web.archive.org/web/<YYYYMMDD>/<url>`, which the Wayback Machine answers with the capture
 * nearest that day. Most sources date from 2007, and live links rot; the archived address keeps each
 * one findable.
 */
import { isValidIsoDate } from '../tagging/dates.ts';
import { formatDay } from '../format.ts';
import { isWebUrl } from '../urls.ts';

/** Where every archived address starts. */
export const ARCHIVE_PREFIX = 'https://web.archive.org/web/';

const ARCHIVE_PATTERN = /^https:\/\/web\.archive\.org\/web\/(\d{4})(\d{2})(\d{2})\/(.+)$/;

/** An archived address taken apart: the day asked for (YYYY-MM-DD) and the live address. */
export interface ArchivedAddress {
  day: string;
  original: string;
}

/**
 * Take an archived address apart.
 *
 * @param address A candidate such as `https://web.archive.org/web/20071206/http://example.org/`.
 * @returns The day and the live address, or `undefined` when the address is not well formed (wrong host,
 *   a timestamp that is not a real day, or a live address that is not http(s)).
 */
export function parseArchiveUrl(address: string): ArchivedAddress | undefined {
  const match = ARCHIVE_PATTERN.exec(address);
  if (!match) return undefined;
  const day = `${match[1]}-${match[2]}-${match[3]}`;
  const original = match[4]!;
  if (!isValidIsoDate(day) || !isWebUrl(original)) return undefined;
  return { day, original };
}

/** Whether `address` is a well-formed archived address (see `parseArchiveUrl`). */
export function isArchiveUrl(address: string): boolean {
  return parseArchiveUrl(address) !== undefined;
}

/**
 * The day to ask the archive for, for a source dated `date`.
 *
 * A day is used as it is. A month or a year names a span, so its middle is asked for (the 15th of the
 * month, July 1 of the year): the capture nearest the middle is the nearest to any day of the span on
 * average. An undated source takes `fallback`, the day the editors last checked the sources.
 *
 * @param date YYYY-MM-DD, YYYY-MM or YYYY, or undefined.
 * @param fallback YYYY-MM-DD.
 * @returns YYYY-MM-DD.
 */
export function archiveDay(date: string | undefined, fallback: string): string {
  if (date === undefined) return fallback;
  if (/^\d{4}$/.test(date)) return `${date}-07-01`;
  if (/^\d{4}-\d{2}$/.test(date)) return `${date}-15`;
  return date;
}

/**
 * The archived address of a live address, for a day.
 *
 * @param url The live http(s) address.
 * @param day YYYY-MM-DD.
 * @returns `https://web.archive.org/web/YYYYMMDD/<url>`.
 */
export function archiveUrl(url: string, day: string): string {
  return `${ARCHIVE_PREFIX}${day.replace(/-/g, '')}/${url}`;
}

/**
 * What a reader sees beside the live link: "archived copy, nearest to 6 December 2007".
 *
 * @param source The source's date (when it has one) and archived address.
 * @returns The label, naming the source's own date at its own precision, or the day asked for when the
 *   source is undated; `undefined` when the address is missing or not well formed.
 */
export function archiveLabel(source: { date?: string | undefined; archived?: string | undefined }): string | undefined {
  const parsed = source.archived === undefined ? undefined : parseArchiveUrl(source.archived);
  if (!parsed) return undefined;
  return `archived copy, nearest to ${formatDay(source.date ?? parsed.day)}`;
}
