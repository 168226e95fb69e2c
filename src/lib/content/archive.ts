/**
 * Archived copies of sources in the Wayback Machine. Live links rot, so every source leads to the archive:
 *
 * - to one capture, when an editor looked one up and recorded it in `archived`
 *   (`https://web.archive.org/web/<YYYYMMDDhhmmss>/<url>`, the timestamp the Wayback Machine gave);
 * - otherwise to the Wayback Machine's list of captures of the address, built here at render time
 *   (`https://web.archive.org/web/*\/<url>`), labelled as the search it is.
 *
 * The data never holds an address nobody looked up: the content check refuses an `archived` address that is
 * not a capture's (a day-only or impossible timestamp), is of another page, or is dated before the source.
 */
import { isValidIsoDate } from '../tagging/dates.ts';
import { spanOf } from '../calendar.ts';
import { formatDay } from '../format.ts';
import { isWebUrl } from '../urls.ts';

/** Where every Wayback Machine address starts. */
export const ARCHIVE_PREFIX = 'https://web.archive.org/web/';

/** What a reader sees on the link to the list of captures, when no capture was recorded. */
export const ARCHIVE_LOOKUP_LABEL = 'Find archived copies (Wayback Machine)';

const CAPTURE_PATTERN = /^https:\/\/web\.archive\.org\/web\/(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})\/(.+)$/;

/** A capture's address taken apart: its moment, and the address it is a copy of. */
export interface Capture {
  /** The day of the capture, YYYY-MM-DD. */
  day: string;
  /** The whole timestamp, YYYYMMDDhhmmss. */
  timestamp: string;
  /** The address captured. */
  original: string;
}

/**
 * Take a capture's address apart.
 *
 * @param address A candidate such as `https://web.archive.org/web/20071207043512/http://example.org/`.
 * @returns The capture, or `undefined` when the address is not a capture's: another host or scheme, a
 *   timestamp that is not 14 digits naming a real moment (a day alone is what a constructed address has),
 *   or a captured address that is not http(s).
 */
export function parseCapture(address: string): Capture | undefined {
  const match = CAPTURE_PATTERN.exec(address);
  if (!match) return undefined;
  const [, year, month, day, hour, minute, second, original] = match as unknown as [string, string, string, string, string, string, string, string];
  const isoDay = `${year}-${month}-${day}`;
  if (!isValidIsoDate(isoDay) || Number(hour) > 23 || Number(minute) > 59 || Number(second) > 59) return undefined;
  if (!isWebUrl(original)) return undefined;
  return { day: isoDay, timestamp: `${year}${month}${day}${hour}${minute}${second}`, original };
}

/** The fields of a source this module reads. */
export interface ArchivedSource {
  url: string;
  /** The address the page had when it was cited, when it has moved since. */
  urlThen?: string | undefined;
  /** YYYY-MM-DD, YYYY-MM or YYYY. */
  date?: string | undefined;
  /** A capture an editor looked up. */
  archived?: string | undefined;
}

/** A problem with a source's `archived` address: the message parts. */
export interface ArchiveProblem {
  reason: string;
  ruleId: string;
  hint: string;
}

const LOOKUP_HINT =
  'Record only a capture you opened: search the address in the Wayback Machine, open a capture from on or after the source’s date, and copy its address with the 14-digit timestamp. Or remove `archived`: the page then links to the list of captures.';

/**
 * Check a source's `archived` address: a real capture of the source's address (`urlThen` when given, else
 * `url`), taken no earlier than the source's own date.
 *
 * @param source The source.
 * @returns The problem, or `undefined` when the address is a capture that could be real (or there is none).
 */
export function checkArchived(source: ArchivedSource): ArchiveProblem | undefined {
  if (source.archived === undefined) return undefined;
  const capture = parseCapture(source.archived);
  if (!capture) {
    return {
      reason: `Unexpected archived address \`${source.archived}\`, expected a capture the Wayback Machine gave: \`${ARCHIVE_PREFIX}<YYYYMMDDhhmmss>/<url>\` with a real 14-digit timestamp`,
      ruleId: 'source/archived-not-a-capture',
      hint: LOOKUP_HINT,
    };
  }
  const expected = source.urlThen ?? source.url;
  if (capture.original !== expected) {
    return {
      reason: `Unexpected archived copy of \`${capture.original}\`, expected a capture of \`${expected}\`${source.urlThen ? ' (`urlThen`)' : ''}`,
      ruleId: 'source/archived-other-page',
      hint: 'A capture must be of the cited address; when the page had another address at the time, give it as `urlThen` and capture that.',
    };
  }
  if (source.date !== undefined && capture.day < spanOf(source.date).start) {
    return {
      reason: `Unexpected capture of ${capture.day} for a source dated ${source.date}, expected a capture taken on or after the source’s date`,
      ruleId: 'source/archived-before-source',
      hint: `A copy taken before the source appeared cannot hold it. ${LOOKUP_HINT}`,
    };
  }
  return undefined;
}

/** A link to the archive beside a source's live link. */
export interface ArchiveLink {
  href: string;
  label: string;
}

/**
 * The archive link of a source, for every page that lists sources: the recorded capture ("archived copy,
 * 7 December 2007"), or else the Wayback Machine's list of captures of the address the page had then.
 *
 * @param source The source.
 * @returns The address and the words to show.
 */
export function archiveLinkOf(source: ArchivedSource): ArchiveLink {
  const capture = source.archived === undefined ? undefined : parseCapture(source.archived);
  if (capture && source.archived) return { href: source.archived, label: `archived copy, ${formatDay(capture.day)}` };
  return { href: `${ARCHIVE_PREFIX}*/${source.urlThen ?? source.url}`, label: ARCHIVE_LOOKUP_LABEL };
}
