/** Words for the edition's categories, shared by the notes, the ledger, the legend and the method page. */
import type { Layer, Verdict } from '../content/schema.ts';
import type { CheckWorthiness, ClaimType } from '../tagging/claims.ts';
import { isLastDayOfMonth, mondayOf } from '../calendar.ts';
import { formatDay } from '../format.ts';

export { formatDay };

export const LAYER_LABELS: Record<Layer, string> = {
  claim: 'Claim',
  person: 'Person',
  date: 'Date',
  context: 'Context',
};

/** The layers named as a group, for the switches that show or hide each: "People", not "Persons". */
export const LAYER_PLURAL_LABELS: Record<Layer, string> = {
  claim: 'Claims',
  person: 'People',
  date: 'Dates',
  context: 'Context notes',
};

/** Verdicts as readers see them, with the one-line meaning the method page documents. */
export const VERDICT_LABELS: Record<Verdict, { label: string; meaning: string }> = {
  accurate: { label: 'Accurate', meaning: 'The statement checks out against the sources.' },
  'needs-context': { label: 'Needs context', meaning: 'True as far as it goes, but missing something that changes how it reads.' },
  misleading: { label: 'Misleading', meaning: 'Built from true parts that add up to a wrong impression.' },
  inaccurate: { label: 'Inaccurate', meaning: 'Wrong on the facts.' },
  unsupported: { label: 'Unsupported', meaning: 'No source we could find confirms it.' },
  'held-up': { label: 'Held up', meaning: 'A forecast or judgement that events bore out.' },
  'did-not-hold-up': { label: 'Did not hold up', meaning: 'A forecast or judgement that events contradicted.' },
  'not-checkable': { label: 'Not checkable', meaning: 'A judgement or recommendation: not true or false, but the note gives the evidence around it.' },
};

export const CLAIM_TYPE_LABELS: Record<ClaimType, string> = {
  fact: 'Fact',
  opinion: 'Opinion',
  recommendation: 'Recommendation',
  prediction: 'Prediction',
};

/** ClaimBuster's classes as readers see them. */
export const CHECK_WORTHINESS_LABELS: Record<CheckWorthiness, string> = {
  'check-worthy': 'Check-worthy factual',
  unimportant: 'Unimportant factual',
  'non-factual': 'Non-factual',
};

/** When an article appeared, in words: its day, or only its month when the day is inferred ("December 2007"). */
export function formatPublished(article: { published: string; publishedCertainty?: { estimated: boolean } }): string {
  return article.publishedCertainty?.estimated ? formatDay(article.published.slice(0, 7)) : formatDay(article.published);
}

/** A span of days in words: "3–5 December 2007", "1 January – 5 December 2007", "3 December 2007". */
export function formatSpan(start: string, end: string): string {
  if (start === end) return formatDay(start);
  const [startYear, startMonth] = start.split('-');
  const [endYear, endMonth] = end.split('-');
  if (startYear === endYear && startMonth === endMonth) {
    return `${Number(start.slice(8))}–${formatDay(end)}`;
  }
  if (startYear === endYear) return `${formatDay(start).replace(` ${startYear}`, '')} – ${formatDay(end)}`;
  return `${formatDay(start)} – ${formatDay(end)}`;
}

/** How a resolved date reads: "week of 3 December 2007 (3–5 December 2007)", "October 2006". */
export function describeResolution(resolution: { value: string; start: string; end: string; precision: string }): string {
  const span = formatSpan(resolution.start, resolution.end);
  if (resolution.precision === 'week') return `week of ${formatDay(mondayOf(resolution.start))}, ${span}`;
  if (resolution.precision === 'month' && /^\d{4}-\d{2}$/.test(resolution.value)) {
    const whole = resolution.start.endsWith('-01') && isLastDayOfMonth(resolution.end);
    return whole ? formatDay(resolution.value) : span;
  }
  if (resolution.precision === 'day') return formatDay(resolution.start);
  return span;
}

export function dateLabel(date: { value: string; startDay: string; endDay: string; precision: string }): string {
  return describeResolution({ value: date.value, start: date.startDay, end: date.endDay, precision: date.precision });
}

/**
 * A page's `<title>` within the 70 characters search results show: the site name only when it fits, and
 * a longer title (a claim's sentence) cut at a word.
 */
export function pageTitle(title: string, siteName: string, limit = 70): string {
  const withSite = title === siteName ? title : `${title} · ${siteName}`;
  if (withSite.length <= limit) return withSite;
  if (title.length <= limit) return title;
  const cut = title.lastIndexOf(' ', limit - 1);
  return `${title.slice(0, cut > 0 ? cut : limit - 1).replace(/[\s,;:.–—-]+$/u, '')}…`;
}
