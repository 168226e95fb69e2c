/**
 * The edition model of one article, built as plain data from its text blocks and its inputs: sentences
 * classified as claims, curated notes anchored and checked, people and dates tagged and resolved, each with
 * its offsets. Pure: no syntax tree, no file, no clock. The remark preset marks in mdast the spans this
 * returns; the unit tests call it on text alone.
 */
import type { Person } from '../content/schema.ts';
import { splitSentences } from '../tagging/sentences.ts';
import { classifySentence } from '../tagging/claims.ts';
import { blockId, claimId, slugify, uniqueId } from '../tagging/ids.ts';
import { ANCHOR_RULES, anchorNotes, crosses, describeAnchorFailure, type Anchor } from '../tagging/anchor.ts';
import { createPeopleMatcher, type PeopleMatcher, type PeopleMemory } from '../tagging/people.ts';
import { findDates } from '../tagging/dates.ts';
import { parseNoteMarkdown } from '../content/markdown.ts';
import { BLOCK_SEPARATOR } from '../tagging/blocks.ts';
import { isValidIsoDate } from '../calendar.ts';
import { emptyModel, VERDICT_SEVERITY, type ClaimRecord, type EditionModel, type NoteRecord } from './model.ts';
import type { EditionInputs } from './inputs.ts';

/** A block of the article's text, as the model sees it. */
export interface TextBlock {
  text: string;
  /** Headings are labels, not claims: only paragraphs are split into sentences. */
  kind: 'paragraph' | 'heading';
}

/** A span to mark in the text, in the order marks must be placed (outer before inner). */
export interface Span {
  kind: 'claim' | 'anchor' | 'person' | 'date';
  /** The record it marks: a claim, note, mention or date id. */
  id: string;
  block: number;
  /** Offsets inside the block's text. */
  start: number;
  end: number;
}

/** A problem found while building, placed in the article text, in a note's field of the annotation file, or else at the top of the article. */
export interface BuildProblem {
  reason: string;
  ruleId: string;
  fatal: boolean;
  /** How to fix it. */
  hint?: string;
  /** In the article: the block and the offset inside its text. */
  text?: { block: number; offset: number };
  /** In the annotation file: the YAML path of the field, and the place inside a Markdown field's text. */
  field?: { path: Array<string | number>; inText?: { line: number; column: number } };
}

/** What building gives: the model, the spans to mark, and the problems (building stops at the first fatal one). */
export interface BuiltModel {
  model: EditionModel;
  spans: Span[];
  problems: BuildProblem[];
}

const matchers = new WeakMap<ReadonlyMap<string, Person>, Map<boolean, PeopleMatcher>>();

/** The people matcher of a register, made once per register and mode. */
function matcherFor(registry: ReadonlyMap<string, Person>, detectUnregistered: boolean): PeopleMatcher {
  let byMode = matchers.get(registry);
  if (!byMode) matchers.set(registry, (byMode = new Map()));
  let matcher = byMode.get(detectUnregistered);
  if (!matcher) {
    const entries = [...registry].map(([id, person]) => ({ id, name: person.name, aliases: person.aliases }));
    matcher = createPeopleMatcher(entries, { detectUnregistered });
    byMode.set(detectUnregistered, matcher);
  }
  return matcher;
}

/** A fatal problem ends the build of the model. */
class Stop extends Error {}

/** Build the model of one article from its paragraphs and headings, in reading order, as plain text. */
export function buildEditionModel(blocks: readonly TextBlock[], inputs: EditionInputs): BuiltModel {
  const model = emptyModel(inputs.slug, inputs.published);
  const spans: Span[] = [];
  const problems: BuildProblem[] = [];
  if (!isValidIsoDate(inputs.published)) {
    problems.push({
      reason: `Unexpected publication day \`${inputs.published}\`, expected YYYY-MM-DD in frontmatter \`published\``,
      ruleId: 'frontmatter/invalid-field',
      fatal: true,
    });
    return { model, spans, problems };
  }
  const scope = inputs.idScope ?? '';
  const offsets: number[] = [];
  let offset = 0;
  for (const block of blocks) {
    offsets.push(offset);
    offset += block.text.length + BLOCK_SEPARATOR.length;
  }
  model.text = blocks.map((block) => block.text).join(BLOCK_SEPARATOR);
  // A later span may nest in the spans already placed or stand apart from them, never cross them.
  const cutsSpan = (anchor: Anchor) => spans.some((other) => crosses(other, anchor));
  // Sentences are added in reading order and never overlap: the one that can hold a range is the last that
  // starts at or before it (a binary search, since an article can have thousands of sentences).
  const claimAt = (start: number, end: number) => {
    const claims = model.claims;
    let low = 0;
    let high = claims.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (claims[middle]!.start <= start) low = middle;
      else high = middle - 1;
    }
    const claim = claims[low];
    return claim && claim.start <= start && end <= claim.end ? claim : undefined;
  };
  const build: Building = { blocks, offsets, inputs, model, problems, spans, cutsSpan, claimAt, scope };

  try {
    // Sentences, the outermost marks.
    const taken = new Set<string>();
    blocks.forEach((block, index) => {
      if (block.kind !== 'paragraph') return;
      for (const sentence of splitSentences(block.text)) {
        const id = uniqueId(claimId(sentence.text, scope), taken);
        const { type, checkWorthiness, rules } = classifySentence(sentence.text);
        const start = offsets[index]! + sentence.offset;
        spans.push({ kind: 'claim', id, block: index, start: sentence.offset, end: sentence.offset + sentence.text.length });
        model.claims.push({ id, text: sentence.text, type, typeCurated: false, checkWorthiness, rules, notes: [], people: [], dates: [], block: index, start, end: start + sentence.text.length });
      }
    });

    anchorCuratedNotes(build);
    tagPeople(build);
    tagDates(build);
  } catch (error) {
    if (!(error instanceof Stop)) throw error;
  }
  return { model, spans, problems };
}

/** What the steps of one build share: the text, the inputs, the model so far, and the marks placed so far. */
interface Building {
  blocks: readonly TextBlock[];
  /** Where each block starts in the article's plain text. */
  offsets: readonly number[];
  inputs: EditionInputs;
  model: EditionModel;
  problems: BuildProblem[];
  /** The spans to mark, so far. */
  spans: Span[];
  /** Whether `anchor` would cut through a span already placed. */
  cutsSpan: (anchor: Anchor) => boolean;
  /** The sentence that holds a range of the plain text. */
  claimAt: (start: number, end: number) => ClaimRecord | undefined;
  /** The article's id scope ('' for none). */
  scope: string;
}

/** Anchor the curated notes by quote, number them in reading order, and record each with its Markdown checked. */
function anchorCuratedNotes({ blocks, offsets, inputs, model, spans, cutsSpan, problems, claimAt }: Building): void {
  const annotations = inputs.annotations;
  if (!annotations || annotations.notes.length === 0) return;
  const fail = (reason: string, ruleId: string, path: Array<string | number>, inText?: { line: number; column: number }): never => {
    problems.push({ reason, ruleId, fatal: true, field: { path, inText } });
    throw new Stop();
  };

  const anchored = anchorNotes(
    blocks.map((block) => block.text),
    annotations.notes,
  );
  const first = anchored.failures[0];
  if (first) fail(describeAnchorFailure(first.note, first.failure), ANCHOR_RULES[first.failure.kind], ['notes', first.index, 'quote', 'exact']);
  const claimIds = new Set(model.claims.map((claim) => claim.id));

  // A note's number follows where its marker stands in the text: after the end of its quote, and for
  // quotes ending together, the inner one first. Marks go outer quotes first, so inner ones nest.
  const numbers = new Map(
    [...anchored.anchored]
      .sort((a, b) => a.anchor.block - b.anchor.block || a.anchor.end - b.anchor.end || b.anchor.start - a.anchor.start)
      .map(({ note }, position) => [note.id, position + 1]),
  );
  const ordered = [...anchored.anchored].sort(
    (a, b) => a.anchor.block - b.anchor.block || a.anchor.start - b.anchor.start || b.anchor.end - a.anchor.end,
  );
  for (const { note, anchor, index } of ordered) {
    if (claimIds.has(note.id)) fail(`Unexpected note id \`${note.id}\`, expected an id that no sentence uses`, 'annotate/duplicate-id', ['notes', index, 'id']);
    // Only a sentence can be in the way: quotes that cross each other failed to anchor above.
    if (cutsSpan(anchor)) {
      fail(
        `Unexpected quote “${note.quote.exact}” of note \`${note.id}\` that cuts through a sentence boundary, expected a quote inside one sentence or covering whole sentences, nested in or apart from other quotes`,
        'annotate/quote-cuts-sentence',
        ['notes', index, 'quote', 'exact'],
      );
    }
    spans.push({ kind: 'anchor', id: note.id, block: anchor.block, start: anchor.start, end: anchor.end });

    // Each Markdown field is kept as written once it is known to be safe; the pages render it.
    const check = (markdown: string | undefined, field: 'body' | 'knownThen' | 'knownLater') => {
      if (markdown === undefined) return undefined;
      const problem = parseNoteMarkdown(markdown).problems[0];
      if (problem) {
        fail(`${problem.reason}, in \`${field}\` of note \`${note.id}\` at line ${problem.line} of that text`, 'annotate/unsafe-markdown', ['notes', index, field], problem);
      }
      return markdown;
    };
    const start = offsets[anchor.block]! + anchor.start;
    const end = offsets[anchor.block]! + anchor.end;
    const claim = claimAt(start, end);
    const text = blocks[anchor.block]!.text;
    const date = note.layer === 'date'
      ? findDates(text, model.published).find((found) => found.offset >= anchor.start && found.offset + found.text.length <= anchor.end)
      : undefined;
    const record: NoteRecord = {
      id: note.id,
      layer: note.layer,
      number: numbers.get(note.id) ?? 0,
      title: note.title,
      quote: note.quote,
      body: check(note.body, 'body') ?? '',
      verdict: note.verdict,
      claimType: note.claimType,
      knownThen: check(note.knownThen, 'knownThen'),
      knownLater: check(note.knownLater, 'knownLater'),
      events: note.events,
      person: note.person,
      sources: [...note.sources].sort((a, b) => Number(b.primary ?? false) - Number(a.primary ?? false)),
      claim: claim?.id,
      resolution: date && { phrase: date.text, value: date.value, start: date.start, end: date.end, precision: date.precision, relative: date.relative },
      block: anchor.block,
      start,
      end,
    };
    model.notes.push(record);
    if (claim) applyToClaim(claim, note);
    // A note over whole sentences speaks for each of them, as the ledger files it under each.
    else for (const covered of model.claims) if (covered.start >= start && covered.end <= end) applyToClaim(covered, note);
  }
  model.notes.sort((a, b) => a.number - b.number);
}

/** What a note says of the sentence it sits in: its id, and for a claim note the verdict and the type. */
function applyToClaim(claim: ClaimRecord, note: { id: string; layer: string; verdict?: ClaimRecord['verdict']; claimType?: ClaimRecord['type'] }): void {
  claim.notes.push(note.id);
  if (note.layer !== 'claim') return;
  // A sentence can carry several checked claims; it shows the gravest verdict among them.
  if (note.verdict && (!claim.verdict || VERDICT_SEVERITY.indexOf(note.verdict) < VERDICT_SEVERITY.indexOf(claim.verdict))) claim.verdict = note.verdict;
  if (note.claimType) {
    claim.type = note.claimType;
    claim.typeCurated = true;
    // The class follows the editors' type, so a sentence never reads "Fact · Non-factual": only a fact is
    // factual, and a fact the editors check is worth checking.
    if (note.claimType !== 'fact') claim.checkWorthiness = 'non-factual';
    else if (claim.checkWorthiness === 'non-factual') claim.checkWorthiness = 'check-worthy';
  }
}

/** Tag the people: register names and aliases, coreference phrases, and names the register lacks. */
function tagPeople(build: Building): void {
  const { blocks, inputs, model, problems } = build;
  const matcher = matcherFor(inputs.registry, inputs.detectUnregistered ?? true);
  const coreference = inputs.annotations?.coreference ?? [];
  const taken = new Set<string>();
  const warned = new Set<string>();
  // A surname alone in a later paragraph follows the full name detected earlier in the same article, and
  // the matcher keeps the fullest name of each person the register lacks ("John Warner" for "Warner").
  const memory: PeopleMemory = { surnames: new Map(), article: blocks.map((block) => block.text).join('\n\n') };
  blocks.forEach((block, blockIndex) => {
    for (const mention of matcher.find(block.text, coreference, memory)) {
      const placed = placeFound(build, 'person', blockIndex, mention.offset, mention.text, slugify(mention.person), taken);
      if (!placed) continue;
      const { id, claim, start, end } = placed;
      const at = { block: blockIndex, offset: mention.offset };
      model.mentions.push({ id, person: mention.person, text: mention.text, registered: mention.registered, via: mention.via, claim: claim?.id, block: blockIndex, start, end });
      if (claim && !claim.people.includes(mention.person)) claim.people.push(mention.person);
      const inferred = `inferred:${mention.text.toLowerCase()}:${mention.person}`;
      if (mention.via === 'inferred' && !warned.has(inferred)) {
        warned.add(inferred);
        problems.push({
          reason: `Unexpected inferred coreference “${mention.text}” → \`${mention.person.replace(/^unregistered-/, '')}\`, expected it confirmed in the annotation file; tagged as inferred`,
          ruleId: 'people/inferred-coreference',
          fatal: false,
          hint: `Add {phrase: "${mention.text}", person: ${mention.person.replace(/^unregistered-/, '')}} under \`coreference\` in the annotation file to confirm it, or another person to correct it.`,
          text: at,
        });
      }
      if (!mention.registered && !warned.has(mention.person)) {
        warned.add(mention.person);
        problems.push({
          reason: `Unexpected unregistered person “${mention.text}”, expected a card content/people/${mention.person.replace(/^unregistered-/, '')}.yaml; tagged all the same`,
          ruleId: 'people/unregistered',
          fatal: false,
          hint: `Add content/people/${mention.person.replace(/^unregistered-/, '')}.yaml to give this person a card (\`npm run tag -- <file.md> --add-people\` starts one), or ignore: the name stays tagged.`,
          text: at,
        });
      }
    }
  });
  const people = new Map<string, { name: string; registered: boolean }>();
  for (const mention of model.mentions) {
    if (people.has(mention.person)) continue;
    const known = inputs.registry.get(mention.person);
    people.set(mention.person, { name: known?.name ?? memory.names?.get(mention.person) ?? mention.text, registered: mention.registered });
  }
  const counts = mentionCounts(model.mentions);
  model.people = [...people].map(([id, entry]) => ({ id, ...entry, mentions: counts.get(id)! }));
}

/** How many mentions each person has. */
function mentionCounts(mentions: EditionModel['mentions']): Map<string, number> {
  const counts = new Map<string, number>();
  for (const mention of mentions) counts.set(mention.person, (counts.get(mention.person) ?? 0) + 1);
  return counts;
}

/**
 * Take out of a model the sentences, mentions and dates whose marks the article's own markup cuts (the
 * plugin cannot mark them, so the model must not hold them either); what pointed at them lets go, and the
 * people follow the mentions left: their counts, and the people of each sentence. Changes `model` in place.
 */
export function dropRecords(model: EditionModel, dropped: ReadonlySet<string>): void {
  if (dropped.size === 0) return;
  model.claims = model.claims.filter((claim) => !dropped.has(claim.id));
  model.mentions = model.mentions.filter((mention) => !dropped.has(mention.id));
  model.dates = model.dates.filter((date) => !dropped.has(date.id));
  for (const record of [...model.mentions, ...model.dates, ...model.notes]) if (record.claim && dropped.has(record.claim)) record.claim = undefined;
  for (const claim of model.claims) claim.dates = claim.dates.filter((id) => !dropped.has(id));
  const counts = mentionCounts(model.mentions);
  const inClaims = new Set(model.mentions.flatMap((mention) => (mention.claim ? [`${mention.claim}\0${mention.person}`] : [])));
  model.people = model.people.flatMap((person) => (counts.has(person.id) ? [{ ...person, mentions: counts.get(person.id)! }] : []));
  for (const claim of model.claims) claim.people = claim.people.filter((person) => inClaims.has(`${claim.id}\0${person}`));
}

/**
 * Place a name or a date a tagger found: the sentence that holds it, an id unique among `taken` (the
 * sentence's id, or the block's, then `--<name>`), and its span, unless a note's quote cuts it: then it
 * stays untagged, with a warning, and the result is `undefined`.
 */
function placeFound(
  { offsets, claimAt, cutsSpan, spans, problems, scope }: Building,
  kind: 'person' | 'date',
  blockIndex: number,
  offset: number,
  text: string,
  name: string,
  taken: Set<string>,
): { id: string; claim?: ClaimRecord; start: number; end: number } | undefined {
  const start = offsets[blockIndex]! + offset;
  const end = start + text.length;
  const claim = claimAt(start, end);
  // The id is taken before the check, so that a cut one does not shift the ids after it.
  const id = uniqueId(`${claim?.id ?? blockId(scope, blockIndex)}--${name}`, taken);
  const anchor = { block: blockIndex, start: offset, end: offset + text.length };
  if (cutsSpan(anchor)) {
    const [what, rules] = kind === 'person' ? ['name', 'people'] : ['date', 'dates'];
    problems.push({
      reason: `Unexpected ${what} “${text}” cut by a note’s quote, expected quotes that contain whole ${what}s; left untagged`,
      ruleId: `${rules}/cut-by-quote`,
      fatal: false,
      text: { block: blockIndex, offset },
    });
    return undefined;
  }
  spans.push({ kind, id, ...anchor });
  return { id, claim, start, end };
}

/** Tag the dates and resolve each against the publication day. */
function tagDates(build: Building): void {
  const { blocks, model } = build;
  const taken = new Set<string>();
  blocks.forEach((block, blockIndex) => {
    for (const found of findDates(block.text, model.published)) {
      const placed = placeFound(build, 'date', blockIndex, found.offset, found.text, `date-${slugify(found.text)}`, taken);
      if (!placed) continue;
      const { id, claim, start, end } = placed;
      model.dates.push({
        id,
        text: found.text,
        value: found.value,
        startDay: found.start,
        endDay: found.end,
        precision: found.precision,
        relative: found.relative,
        modifier: found.modifier,
        claim: claim?.id,
        block: blockIndex,
        start,
        end,
      });
      if (claim) claim.dates.push(id);
    }
  });
}
