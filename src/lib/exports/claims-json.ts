/**
 * `claims.json`: every sentence of every article, classified, with its verdict, people, dates and notes.
 */
import { hasClaimPage, notesForClaim } from '../views/ledger.ts';
import { routes } from '../views/routes.ts';
import { CLAIM_TYPE_LABELS, VERDICT_LABELS, dateLabel } from '../views/labels.ts';
import type { ClaimRecord, EditionModel, NoteRecord } from '../model/model.ts';
import type { Layer, Source, Verdict } from '../content/schema.ts';
import type { CheckWorthiness, ClaimType } from '../tagging/claims.ts';
import { type ExportArticle, type RegistryPerson, type SiteAddress, siteUrl } from './exports.ts';
import { SITE_NAME } from '../../consts.ts';
import { noteText } from '../render/note-markdown.ts';

/**
 * The years a claim is about: those its dates cover, or the publication year when it names none.
 *
 * @param claim The sentence.
 * @param model The article's model (for the date records and the publication day).
 * @returns Four-digit years, ascending, without repeats.
 */
export function claimYears(claim: ClaimRecord, model: EditionModel): string[] {
  const years = new Set<number>();
  for (const id of claim.dates) {
    const date = model.dates.find((record) => record.id === id);
    if (!date) continue;
    const first = Number(date.startDay.slice(0, 4));
    const last = Number(date.endDay.slice(0, 4));
    // A span longer than a decade ("since the 1990s") would flood the year filter; keep its ends only.
    if (last - first > 10) years.add(first).add(last);
    else for (let year = first; year <= last; year++) years.add(year);
  }
  if (years.size === 0) years.add(Number(model.published.slice(0, 4)));
  return [...years].sort((a, b) => a - b).map(String);
}

/** The claim note that gives a sentence its verdict, if there is one. */
export function verdictNote(claim: ClaimRecord, notes: NoteRecord[]): NoteRecord | undefined {
  return notesForClaim(claim, notes).find((note) => note.layer === 'claim' && note.verdict === claim.verdict && note.verdict !== undefined);
}

/** One claim in `claims.json`. */
export interface ClaimExport {
  id: string;
  text: string;
  type: ClaimType;
  typeLabel: string;
  checkWorthiness: CheckWorthiness;
  verdict?: Verdict;
  verdictLabel?: string;
  /** The sentence in the reading page: the page's address plus `#<id>`. */
  url: string;
  /** The claim's own page, when it has one: a note bears on it (`hasClaimPage` in ledger.ts). */
  page?: string;
  /** Where the sentence sits in the article's plain text (blocks joined by a blank line). */
  position: { block: number; start: number; end: number };
  /** Registry ids (or detected-name ids) of the people it mentions; names are in the article's `people`. */
  people: string[];
  dates: Array<{ text: string; value: string; start: string; end: string; label: string }>;
  /** The years it is about (see `claimYears`). */
  years: string[];
  /** Ids of the notes on it; the notes are in the article's `notes`. */
  notes: string[];
}

/** One note in `claims.json`. */
export interface NoteExport {
  id: string;
  number: number;
  layer: Layer;
  title?: string;
  verdict?: Verdict;
  /** The note's address in the reading page. */
  url: string;
  quote: { exact: string; prefix?: string; suffix?: string };
  /** The note, known-then and what-happened-next, as plain text. */
  text: string;
  knownThen?: string;
  knownLater?: string;
  person?: string;
  /** The dated events the note describes, as the timeline draws them (`date` as `YYYY`, `YYYY-MM` or `YYYY-MM-DD`). */
  events?: Array<{ date: string; label: string }>;
  sources: Source[];
}

/** One article in `claims.json`. */
export interface ArticleExport {
  slug: string;
  title: string;
  dek?: string;
  authors: string[];
  publisher: string;
  published: string;
  language: string;
  /** The publisher's address for the piece. */
  source: string;
  /** The annotated reading page. */
  url: string;
  people: Array<{ id: string; name: string; registered: boolean; mentions: number }>;
  claims: ClaimExport[];
  notes: NoteExport[];
}

/** The whole `claims.json`. */
export interface ClaimsExport {
  /** Bumped when a field changes meaning. */
  version: 1;
  edition: { name: string; url: string };
  articles: ArticleExport[];
  /** The register of people, for names, roles and Wikidata ids. */
  people: Array<{ id: string; name: string; aliases: string[]; roleThen: string; rolesLater: string[]; summary?: string; wikidata?: string; url: string }>;
}

/**
 * The claims dataset: every sentence of every article, classified, with its verdict, people, dates and notes.
 *
 * @param articles The articles, newest first.
 * @param people The register of people.
 * @param address Where the site lives.
 * @returns Plain JSON-ready data.
 */
export function claimsExport(articles: ExportArticle[], people: RegistryPerson[], address: SiteAddress): ClaimsExport {
  return {
    version: 1,
    edition: { name: SITE_NAME, url: siteUrl(address, '') },
    articles: articles.map(({ slug, article, authors, model }) => {
      const page = siteUrl(address, routes.article(slug));
      return {
        slug,
        title: article.title,
        ...(article.dek ? { dek: article.dek } : {}),
        authors: authors.map((author) => author.name),
        publisher: article.publisher,
        published: article.published,
        language: article.language,
        source: article.source,
        url: page,
        people: model.people.map(({ id, name, registered, mentions }) => ({ id, name, registered, mentions })),
        claims: model.claims.map((claim) => ({
          id: claim.id,
          text: claim.text,
          type: claim.type,
          typeLabel: CLAIM_TYPE_LABELS[claim.type],
          checkWorthiness: claim.checkWorthiness,
          ...(claim.verdict ? { verdict: claim.verdict, verdictLabel: VERDICT_LABELS[claim.verdict].label } : {}),
          url: `${page}#${claim.id}`,
          ...(hasClaimPage(claim, model.notes) ? { page: siteUrl(address, routes.claim(claim.id)) } : {}),
          position: { block: claim.block, start: claim.start, end: claim.end },
          people: claim.people,
          dates: claim.dates.flatMap((id) => {
            const date = model.dates.find((record) => record.id === id);
            return date ? [{ text: date.text, value: date.value, start: date.startDay, end: date.endDay, label: dateLabel(date) }] : [];
          }),
          years: claimYears(claim, model),
          notes: notesForClaim(claim, model.notes).map((note) => note.id),
        })),
        notes: model.notes.map((note) => ({
          id: note.id,
          number: note.number,
          layer: note.layer,
          ...(note.title ? { title: note.title } : {}),
          ...(note.verdict ? { verdict: note.verdict } : {}),
          url: `${page}#${note.id}`,
          quote: note.quote,
          text: noteText(note.body),
          ...(note.knownThen ? { knownThen: noteText(note.knownThen) } : {}),
          ...(note.knownLater ? { knownLater: noteText(note.knownLater) } : {}),
          ...(note.person ? { person: note.person } : {}),
          ...(note.events.length > 0 ? { events: note.events } : {}),
          sources: note.sources,
        })),
      };
    }),
    people: people.map((person) => ({
      id: person.id,
      name: person.name,
      aliases: person.aliases,
      roleThen: person.roleThen,
      rolesLater: person.rolesLater,
      ...(person.summary ? { summary: person.summary } : {}),
      ...(person.wikidata ? { wikidata: person.wikidata } : {}),
      url: siteUrl(address, routes.person(person.id)),
    })),
  };
}
