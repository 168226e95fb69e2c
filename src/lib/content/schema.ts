/**
 * The zod schemas of the content: article frontmatter, people and annotation files. Astro's collections and
 * the content check (which places every problem at its line) share them.
 */
import { z } from 'zod';
import { isValidIsoDate } from '../tagging/dates.ts';
import { isWebUrl } from '../urls.ts';

/** Kebab-case ids, as used for people, notes and articles. */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Whether `value` is a real day as YYYY-MM-DD (2007-02-30 is not). */
export const isCalendarDay = isValidIsoDate;

/**
 * YAML parsers disagree on unquoted dates (js-yaml rolls 2007-02-30 over to March 2; `yaml` keeps a
 * string), so both forms are accepted; the content check, which reads strings, refuses impossible days.
 */
export const calendarDay = z
  .union([z.string(), z.date()])
  .transform((value, context) => {
    const text = typeof value === 'string' ? value : Number.isNaN(value.getTime()) ? '' : value.toISOString().slice(0, 10);
    if (!isCalendarDay(text)) {
      context.addIssue({ code: 'custom', message: `Unexpected \`${String(value)}\`, expected a real day as YYYY-MM-DD` });
      return z.NEVER;
    }
    return text;
  });

/** A day, a month or a year (YYYY-MM-DD, YYYY-MM or YYYY), for sources and events whose day is unknown. */
export const partialDate = z
  .union([z.string(), z.date(), z.number().int()])
  .transform((value, context) => {
    const text =
      typeof value === 'number' ? String(value) : typeof value === 'string' ? value : value.toISOString().slice(0, 10);
    const ok = /^\d{4}$/.test(text) || (/^\d{4}-(0[1-9]|1[0-2])$/.test(text)) || isCalendarDay(text);
    if (!ok) {
      context.addIssue({ code: 'custom', message: `Unexpected \`${text}\`, expected YYYY-MM-DD, YYYY-MM or YYYY` });
      return z.NEVER;
    }
    return text;
  });

/** An absolute http(s) URL; other schemes (javascript:, data:, file:) are refused. */
export const webUrl = z.string().refine(isWebUrl, { message: 'Unexpected URL, expected an absolute http(s) address' });

const plainText = z
  .string()
  .trim()
  .min(1, 'Unexpected empty text, expected some words')
  .refine((value) => !/[<>]/.test(value), { message: 'Unexpected `<` or `>`, expected plain text without HTML' });

export const sourceSchema = z.strictObject({
  /** Title of the document, as its publisher gives it; or, with `titleIsDescription`, the editors' description. */
  title: plainText,
  /** The document has no headline (a wire report, a repost) and `title` describes it; shown in brackets. */
  titleIsDescription: z.boolean().optional(),
  /** Who published it: an agency, a newspaper, a press service. */
  publisher: plainText,
  /** When it was published: YYYY-MM-DD, YYYY-MM or YYYY. */
  date: partialDate.optional(),
  /** Where to read it; http(s) only. */
  url: webUrl,
  /** The address when cited, if it moved since: captures of the time are filed under it. Default: `url`. */
  urlThen: webUrl.optional(),
  /** True for primary sources: government texts, agreements, transcripts. Listed first. */
  primary: z.boolean().optional(),
  /**
   * A Wayback Machine capture an editor opened, taken on or after the source's date; never constructed
   * (archive.ts). Without it, pages link to the list of captures.
   */
  archived: webUrl.optional(),
});

/** How sure the edition is of the publication day, when the publisher printed none. */
export const publishedCertaintySchema = z.strictObject({
  /** True when `published` is inferred rather than printed by the publisher. */
  estimated: z.boolean(),
  /** The earliest day the evidence allows. */
  earliest: calendarDay,
  /** The latest day the evidence allows. */
  latest: calendarDay,
  /** The evidence, in a sentence or two; shown on the page. */
  reason: plainText,
});

/** What kind of piece an article is; the pages name it so ("the editorial", "Op-ed"). */
export const ARTICLE_KINDS = ['op-ed', 'editorial', 'column', 'essay', 'letter', 'statement', 'speech', 'interview', 'article'] as const;

/** Frontmatter of an article in `content/articles/`. Only title, authors, publisher, published and source are required. */
export const articleSchema = z.strictObject({
  title: plainText,
  /** What kind of piece it is (default `op-ed`); the pages speak of it so. */
  kind: z.enum(ARTICLE_KINDS).default('op-ed'),
  dek: plainText.optional(),
  /** The authors: ids from `content/people/` (kebab-case) or plain names ("Jane Doe"). */
  authors: z.array(plainText).min(1, 'Unexpected empty list, expected at least one author'),
  publisher: plainText,
  /** The publication day (YYYY-MM-DD): relative dates in the text resolve against it. */
  published: calendarDay,
  /** Present when the day is inferred: the range the evidence allows and why. */
  publishedCertainty: publishedCertaintySchema.optional(),
  source: webUrl,
  /** The text's language, as a BCP 47 tag. */
  language: z.string().regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]+)*$/, 'Unexpected language tag, expected BCP 47 such as `en`').default('en'),
  /** Copyright and the basis on which the text is reproduced. */
  rights: plainText.optional(),
  /** The publisher's closing disclaimer, kept as data rather than as part of the text. */
  disclaimer: plainText.optional(),
  /** What sentence ids are hashed with (default: the slug); `""` keeps the first edition's ids for links. */
  idScope: z.string().regex(/^[a-z0-9-]*$/, 'Unexpected id scope, expected kebab-case letters and digits, or ""').optional(),
});

/** A person in `content/people/<id>.yaml`; the id is the file name. */
export const personSchema = z.strictObject({
  name: plainText,
  /** Exact strings that name this person in a text ("Bush", "President Bush"); proper nouns only. */
  aliases: z.array(plainText).default([]),
  /** The person's role when the article was written. */
  roleThen: plainText,
  /** Later roles, oldest first. */
  rolesLater: z.array(plainText).default([]),
  /** Why `rolesLater` is empty, when it is; shown on the card instead of the list. */
  rolesLaterNote: plainText.optional(),
  /** Why this person matters to the edition, in a sentence or two. */
  summary: plainText.optional(),
  /** Wikidata item id, such as Q207. */
  wikidata: z.string().regex(/^Q\d+$/, 'Unexpected Wikidata id, expected Q followed by digits').optional(),
  /** Where the roles above are confirmed. */
  sources: z.array(sourceSchema).default([]),
});

/** Ids the reading page uses for itself; a note with one (or with `anchor-`) would break its links. */
export const RESERVED_IDS: ReadonlySet<string> = new Set([
  'main',
  'editors-note-title',
  'corrections',
  'corrections-title',
  'endnotes-title',
  'notes-in-full',
  'layer-claim',
  'layer-person',
  'layer-date',
  'layer-context',
  'site-search-q',
  'site-search-panel',
]);

/** The note layers; readers can show or hide each one. */
export const LAYERS = ['claim', 'person', 'date', 'context'] as const;

/** The verdict scale, documented on the method page. */
export const VERDICTS = [
  'accurate',
  'needs-context',
  'misleading',
  'inaccurate',
  'unsupported',
  'held-up',
  'did-not-hold-up',
  'not-checkable',
] as const;

/** Verdicts reserved for forecasts; a statement about the record so far is rated as a fact. */
export const FORECAST_VERDICTS: ReadonlySet<string> = new Set(['held-up', 'did-not-hold-up'] satisfies Array<(typeof VERDICTS)[number]>);

/** The kinds of statement a sentence can make. */
export const CLAIM_TYPES = ['fact', 'opinion', 'recommendation', 'prediction'] as const;

/** A W3C Web Annotation TextQuoteSelector: the exact words, with optional context to make them unique. */
export const quoteSchema = z.strictObject({
  /** The words of the text the note is about, character for character. */
  exact: z.string().min(1, 'Unexpected empty quote, expected the exact words of the text'),
  /** Characters right before `exact`, when the words occur more than once. */
  prefix: z.string().optional(),
  /** Characters right after `exact`, when the words occur more than once. */
  suffix: z.string().optional(),
});

/** Markdown written by the editors; rendered safely (no HTML, http(s) links only) by `src/lib/render/note-markdown.ts`. */
const noteMarkdown = z.string().trim().min(1, 'Unexpected empty text, expected Markdown').max(20_000, 'Unexpected text over 20,000 characters, expected a concise note');

/** A dated event for the timeline. */
export const eventSchema = z.strictObject({
  /** When: YYYY-MM-DD or YYYY-MM. */
  date: partialDate,
  /** What happened, in a short plain sentence. */
  label: plainText,
  /** `then` or `later` than publication; derived from the date when left out. */
  phase: z.enum(['then', 'later']).optional(),
});

/** One curated note, anchored to the text by quote (stand-off: the article file is never edited). */
export const noteSchema = z.strictObject({
  /** Stable kebab-case id; it is the note's URL fragment, so never renumber. */
  id: z
    .string()
    .regex(ID_PATTERN, 'Unexpected id, expected kebab-case such as `nk-test-2006`')
    .refine((id) => !RESERVED_IDS.has(id) && !id.startsWith('anchor-'), {
      message: 'Unexpected id that the reading page already uses for itself, expected another id',
    }),
  layer: z.enum(LAYERS),
  quote: quoteSchema,
  /** A short heading in plain text. */
  title: plainText.optional(),
  body: noteMarkdown,
  /** Claim notes: the kind of statement, when the editors overrule the automatic classification. */
  claimType: z.enum(CLAIM_TYPES).optional(),
  /** Claim notes: the verdict on the scale in `VERDICTS`. */
  verdict: z.enum(VERDICTS).optional(),
  /** Claim notes: what was known when the piece was published. */
  knownThen: noteMarkdown.optional(),
  /** Claim notes: what happened next, or what is known now. */
  knownLater: noteMarkdown.optional(),
  /** Dated events the note describes, for the timeline. */
  events: z.array(eventSchema).default([]),
  /** Person notes: the registry id of the person. */
  person: z.string().regex(ID_PATTERN, 'Unexpected person id, expected kebab-case').optional(),
  /** Sources, primary first. */
  sources: z.array(sourceSchema).default([]),
});

/** A per-article rule: this phrase refers to this registered person (e.g. "the president"). */
export const coreferenceSchema = z.strictObject({
  /** The phrase, matched case-insensitively at word boundaries. */
  phrase: plainText,
  person: z.string().regex(ID_PATTERN, 'Unexpected person id, expected kebab-case'),
});

/** A dated entry in the corrections log. */
export const correctionSchema = z.strictObject({
  /** When the correction was made. */
  date: calendarDay,
  /** What was corrected and why, in a sentence or two. */
  text: plainText,
  /** Ids of the notes the correction changed (for the ClaimReview of their claims); person ids for cards. */
  notes: z.array(z.string().regex(ID_PATTERN, 'Unexpected id, expected a kebab-case note id')).default([]),
});

/** `content/annotations/<article-slug>.yaml`: the notes for one article and their editorial apparatus. */
export const annotationsSchema = z.strictObject({
  byline: plainText,
  /** When the notes were last revised. */
  updated: calendarDay,
  /** The editor's introduction, in Markdown. */
  introduction: noteMarkdown.optional(),
  /** The corrections log, newest last. */
  corrections: z.array(correctionSchema).default([]),
  /** Phrases in this article that refer to registered people. */
  coreference: z.array(coreferenceSchema).default([]),
  /** The notes; an empty `notes:` (every entry of a new file still commented out) is none. */
  notes: z.array(noteSchema).nullish().transform((notes) => notes ?? []),
});

export type Article = z.output<typeof articleSchema>;
export type ArticleKind = (typeof ARTICLE_KINDS)[number];
export type Person = z.output<typeof personSchema>;
export type Note = z.output<typeof noteSchema>;
export type Annotations = z.output<typeof annotationsSchema>;
export type Source = z.output<typeof sourceSchema>;
export type Layer = (typeof LAYERS)[number];
export type Verdict = (typeof VERDICTS)[number];
