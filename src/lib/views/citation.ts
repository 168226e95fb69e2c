/** "Cite this edition": one reference to the edition or a claim, as plain text, BibTeX and CSL-JSON. */
import { formatDay, formatPublished } from './labels.ts';
import { listOf } from '../format.ts';
import { SITE_NAME } from '../../consts.ts';

export interface CitationInput {
  /** The op-ed, from its frontmatter; authors as display names. */
  article: {
    title: string;
    authors: string[];
    publisher: string;
    published: string;
    /** True when the day is inferred: the citation then gives the month only. */
    estimated?: boolean | undefined;
    source: string;
  };
  /** The edition: its name, the notes' byline and updated day, and the address of the page cited. */
  edition: { name: string; byline: string; updated: string; url: string };
  /** When citing one claim: its id and words (the page address is then the claim's page). */
  claim?: { id: string; text: string } | undefined;
}

export interface CslName {
  family: string;
  given?: string;
}

export interface CslItem {
  id: string;
  type: 'webpage' | 'entry';
  title: string;
  'container-title': string;
  author: CslName[];
  publisher: string;
  issued: { 'date-parts': number[][] };
  accessed: { 'date-parts': number[][] };
  URL: string;
  note: string;
}

export interface Citation {
  text: string;
  bibtex: string;
  csl: CslItem;
}

/** "Andrew J. Grotto" → family "Grotto", given "Andrew J."; a single word is a family name. */
export function splitName(name: string): CslName {
  const words = name.trim().split(/\s+/);
  if (words.length === 1) return { family: words[0]! };
  return { family: words[words.length - 1]!, given: words.slice(0, -1).join(' ') };
}

/** `2007-12-06` → [2007, 12, 6]; trimmed to [2007, 12] when only the month is certain. */
function dateParts(day: string, monthOnly = false): number[] {
  const parts = day.split('-').map(Number);
  return monthOnly ? parts.slice(0, 2) : parts;
}

/** Text made safe inside a BibTeX field: braces kept balanced, LaTeX specials escaped. */
export function bibtexEscape(value: string): string {
  return value.replace(/\\/g, '\\textbackslash{}').replace(/([{}&%$#_])/g, '\\$1').replace(/~/g, '\\textasciitilde{}').replace(/\^/g, '\\textasciicircum{}');
}

const BIBTEX_MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** The citation of the annotated edition, or of one claim in it: text, BibTeX `@misc` and CSL-JSON. */
export function citeEdition(input: CitationInput): Citation {
  const { article, edition, claim } = input;
  const monthOnly = article.estimated === true;
  const when = formatPublished({ published: article.published, publishedCertainty: monthOnly ? { estimated: true } : undefined });
  const updated = formatDay(edition.updated);
  const authors = listOf(article.authors);
  const original = `${authors}, “${article.title}”, ${article.publisher}, ${when}`;
  const annotated = `annotated edition, ${edition.name} (${edition.byline}), updated ${updated}`;
  const text = claim
    ? `“${claim.text}” In ${original}; ${annotated}. ${edition.url}`
    : `${original}; ${annotated}. ${edition.url} (original: ${article.source})`;

  const key = `${splitName(article.authors[0] ?? article.publisher).family.toLowerCase().replace(/[^a-z0-9]/g, '')}${article.published.slice(0, 4)}${claim ? `-${claim.id}` : '-annotated'}`;
  const [year, month] = article.published.split('-');
  const fields: Array<[string, string]> = [
    ['author', article.authors.map((name) => { const { family, given } = splitName(name); return bibtexEscape(given ? `${family}, ${given}` : family); }).join(' and ')],
    // Double braces keep the title's capitals as written.
    ['title', `{{${bibtexEscape(claim ? claim.text : article.title)}}}`],
    ...(claim ? [['booktitle', `{{${bibtexEscape(article.title)}}}`] as [string, string]] : []),
    ['year', year!],
    ['month', BIBTEX_MONTHS[Number(month) - 1]!],
    ['howpublished', `{${bibtexEscape(`Annotated edition, ${edition.name}`)}}`],
    ['note', `{${bibtexEscape(`Originally published by ${article.publisher}, ${when}, ${article.source}. ${edition.byline}, updated ${updated}.`)}}`],
    ['url', `{${edition.url}}`],
    ['urldate', `{${edition.updated}}`],
  ];
  // `month` takes a bare BibTeX macro (jan, feb…); every other value is braced.
  const bibtex = `@misc{${key},\n${fields.map(([name, value]) => `  ${name} = ${name === 'month' || name === 'year' ? value : value.startsWith('{') ? value : `{${value}}`}`).join(',\n')}\n}`;

  const csl: CslItem = {
    id: key,
    type: claim ? 'entry' : 'webpage',
    title: claim ? claim.text : article.title,
    'container-title': claim ? `${article.title} (annotated edition, ${edition.name})` : `${edition.name} (annotated edition)`,
    author: article.authors.map(splitName),
    publisher: article.publisher,
    issued: { 'date-parts': [dateParts(article.published, monthOnly)] },
    accessed: { 'date-parts': [dateParts(edition.updated)] },
    URL: edition.url,
    note: `${edition.byline}, updated ${updated}. Original: ${article.source}`,
  };
  return { text, bibtex, csl };
}

/** The parts of a built edition a citation reads (structurally, site.ts's `Edition`). */
export interface CitedEdition {
  entry: { data: Omit<CitationInput['article'], 'authors' | 'estimated'> & { publishedCertainty?: { estimated: boolean } | undefined } };
  authors: ReadonlyArray<{ name: string }>;
  annotations?: { byline: string; updated: string } | undefined;
}

/** The citation as the page shows it; `undefined` for an article without notes (no edition to cite). */
export function citeEditionOf(edition: CitedEdition, url: string, claim?: { id: string; text: string }): Citation | undefined {
  const { entry, authors, annotations } = edition;
  if (!annotations) return undefined;
  return citeEdition({
    article: { ...entry.data, authors: authors.map((author) => author.name), estimated: entry.data.publishedCertainty?.estimated },
    edition: { name: SITE_NAME, byline: annotations.byline, updated: annotations.updated, url },
    claim,
  });
}
