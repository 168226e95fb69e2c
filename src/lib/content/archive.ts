/**
 * Archived copies of sources in the Wayback Machine, since live links rot: a source leads to the capture an
 * editor recorded in `archived`, or else to the list of captures of its address. The data never holds an
 * address nobody looked up: the check refuses an `archived` that is not a real capture of the source.
 */
import { isValidIsoDate } from '../tagging/dates.ts';
import { spanOf } from '../calendar.ts';
import { formatDay } from '../format.ts';
import { isWebUrl } from '../urls.ts';

export const ARCHIVE_PREFIX = 'https://web.archive.org/web/';

export const ARCHIVE_LOOKUP_LABEL = 'Find archived copies (Wayback Machine)';

const CAPTURE_PATTERN = /^https:\/\/web\.archive\.org\/web\/(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})\/(.+)$/;

export interface Capture {
  day: string;
  original: string;
}

/**
 * Take a capture's address apart; `undefined` when it is not a capture's: another host, a timestamp that
 * is not 14 digits naming a real moment (a constructed address has a day alone), or a non-http(s) original.
 */
export function parseCapture(address: string): Capture | undefined {
  const match = CAPTURE_PATTERN.exec(address);
  if (!match) return undefined;
  const [, year, month, day, hour, minute, second, original] = match as unknown as [string, string, string, string, string, string, string, string];
  const isoDay = `${year}-${month}-${day}`;
  if (!isValidIsoDate(isoDay) || Number(hour) > 23 || Number(minute) > 59 || Number(second) > 59) return undefined;
  if (!isWebUrl(original)) return undefined;
  return { day: isoDay, original };
}

export interface ArchivedSource {
  url: string;
  /** The address the page had when it was cited, when it has moved since. */
  urlThen?: string | undefined;
  date?: string | undefined;
  /** A capture an editor looked up. */
  archived?: string | undefined;
}

export interface ArchiveProblem {
  reason: string;
  ruleId: string;
  hint: string;
}

const LOOKUP_HINT =
  'Record only a capture you opened: search the address in the Wayback Machine, open a capture from on or after the source’s date, and copy its address with the 14-digit timestamp. Or remove `archived`: the page then links to the list of captures.';

/** Check `archived`: a real capture of `urlThen ?? url`, taken no earlier than the source's date. */
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

/** The archive link of a source: the recorded capture, or else the list of captures of its address then. */
export function archiveLinkOf(source: ArchivedSource): { href: string; label: string } {
  const capture = source.archived === undefined ? undefined : parseCapture(source.archived);
  if (capture && source.archived) return { href: source.archived, label: `archived copy, ${formatDay(capture.day)}` };
  return { href: `${ARCHIVE_PREFIX}*/${source.urlThen ?? source.url}`, label: ARCHIVE_LOOKUP_LABEL };
}
