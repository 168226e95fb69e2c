/**
 * Anchoring stand-off notes by quote (a W3C TextQuoteSelector). A note must anchor exactly once; otherwise
 * the result says why and where the closest text is, so the editor can fix the quote.
 */

/** The selector, as written in an annotation file. */
export interface TextQuote {
  exact: string;
  prefix?: string;
  suffix?: string;
}

/** Where a quote anchors: which block (paragraph) and the offsets of `exact` in that block's text. */
export interface Anchor {
  block: number;
  start: number;
  end: number;
}

/** Why a quote did not anchor. */
export type AnchorFailure =
  | { kind: 'missing'; nearest?: { block: number; start: number; text: string } }
  | { kind: 'ambiguous'; count: number; places: Anchor[] }
  | { kind: 'spans-blocks'; blocks: [number, number] };

/** The rule id of each way a quote can fail to anchor: the content check and the model builder report the same. */
export const ANCHOR_RULES = {
  missing: 'annotate/quote-missing',
  ambiguous: 'annotate/quote-ambiguous',
  'spans-blocks': 'annotate/quote-spans-paragraphs',
  overlap: 'annotate/quote-overlap',
} as const;

/** Find every place the selector matches in the blocks. */
function findAll(blocks: readonly string[], quote: TextQuote): Anchor[] {
  const found: Anchor[] = [];
  const prefix = quote.prefix ?? '';
  const suffix = quote.suffix ?? '';
  blocks.forEach((text, block) => {
    let from = text.indexOf(quote.exact);
    while (from >= 0) {
      const end = from + quote.exact.length;
      if (text.slice(from - prefix.length, from) === prefix && text.slice(end, end + suffix.length) === suffix && from >= prefix.length) {
        found.push({ block, start: from, end });
      }
      from = text.indexOf(quote.exact, from + 1);
    }
  });
  return found;
}

const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();

/** Character trigrams of a lower-cased string, for a cheap similarity score. */
function trigrams(text: string): Map<string, number> {
  const grams = new Map<string, number>();
  const lower = text.toLowerCase();
  for (let index = 0; index + 3 <= lower.length; index++) {
    const gram = lower.slice(index, index + 3);
    grams.set(gram, (grams.get(gram) ?? 0) + 1);
  }
  return grams;
}

/** The stretch of text most like `exact` (by shared trigrams), searched at word starts. */
export function nearestText(blocks: readonly string[], exact: string): { block: number; start: number; text: string } | undefined {
  const target = trigrams(exact);
  const width = exact.length;
  let best: { block: number; start: number; text: string; score: number } | undefined;
  blocks.forEach((text, block) => {
    for (let start = 0; start < text.length; start++) {
      if (start > 0 && !/\s/.test(text[start - 1]!)) continue;
      const window = text.slice(start, start + width);
      let shared = 0;
      for (const [gram, count] of trigrams(window)) shared += Math.min(count, target.get(gram) ?? 0);
      if (!best || shared > best.score) best = { block, start, text: window, score: shared };
    }
  });
  if (!best || best.score === 0) return undefined;
  // Show whole words: a window cut at the quote's length often ends mid-word ("would wor").
  const source = blocks[best.block]!;
  let end = best.start + best.text.length;
  while (end < source.length && /[\p{L}\p{N}]/u.test(source[end]!) && /[\p{L}\p{N}]/u.test(source[end - 1]!)) end++;
  return { block: best.block, start: best.start, text: source.slice(best.start, end).trimEnd() };
}

/** Anchor one quote in the plain texts of a text's paragraphs: the anchor, or why it failed. */
export function anchorQuote(blocks: readonly string[], quote: TextQuote): { ok: true; anchor: Anchor } | { ok: false; failure: AnchorFailure } {
  const found = findAll(blocks, quote);
  if (found.length === 1) return { ok: true, anchor: found[0]! };
  if (found.length > 1) return { ok: false, failure: { kind: 'ambiguous', count: found.length, places: found } };
  // Not in any one block: does it run from the end of one paragraph into the next?
  const exact = collapse(quote.exact);
  for (let block = 0; block + 1 < blocks.length; block++) {
    const joined = collapse(`${blocks[block]} ${blocks[block + 1]}`);
    const seam = collapse(blocks[block]!).length;
    const at = joined.indexOf(exact);
    if (at >= 0 && at < seam && at + exact.length > seam) return { ok: false, failure: { kind: 'spans-blocks', blocks: [block, block + 1] } };
  }
  return { ok: false, failure: { kind: 'missing', nearest: nearestText(blocks, quote.exact) } };
}

/** Whether two anchors in the same block overlap without one containing the other. */
export function crosses(a: Anchor, b: Anchor): boolean {
  if (a.block !== b.block) return false;
  const overlap = a.start < b.end && b.start < a.end;
  const nested = (a.start <= b.start && b.end <= a.end) || (b.start <= a.start && a.end <= b.end);
  return overlap && !nested;
}

/** A note as far as anchoring is concerned. */
export interface QuotedNote {
  id: string;
  quote: TextQuote;
}

/** The outcome of anchoring every note of an article. */
export interface PlacedNotes<Note extends QuotedNote> {
  anchored: Array<{ note: Note; anchor: Anchor; index: number }>;
  failures: Array<{ note: Note; index: number; failure: AnchorFailure | { kind: 'overlap'; other: Note } }>;
}

/** Anchor all notes of an article, refusing quotes that overlap without nesting; failures keep the note's index. */
export function anchorNotes<Note extends QuotedNote>(blocks: readonly string[], notes: readonly Note[]): PlacedNotes<Note> {
  const anchored: PlacedNotes<Note>['anchored'] = [];
  const failures: PlacedNotes<Note>['failures'] = [];
  notes.forEach((note, index) => {
    const result = anchorQuote(blocks, note.quote);
    if (result.ok) anchored.push({ note, anchor: result.anchor, index });
    else failures.push({ note, index, failure: result.failure });
  });
  for (let a = 0; a < anchored.length; a++) {
    for (let b = a + 1; b < anchored.length; b++) {
      if (crosses(anchored[a]!.anchor, anchored[b]!.anchor)) {
        failures.push({ note: anchored[b]!.note, index: anchored[b]!.index, failure: { kind: 'overlap', other: anchored[a]!.note } });
      }
    }
  }
  return { anchored, failures };
}

/** A failure in words: the note, the quote, and the closest text found. */
export function describeAnchorFailure(
  note: QuotedNote,
  failure: AnchorFailure | { kind: 'overlap'; other: QuotedNote },
): string {
  const quote = `“${note.quote.exact}”`;
  switch (failure.kind) {
    case 'missing': {
      const nearest = failure.nearest ? `; the closest text is “${failure.nearest.text}” in paragraph ${failure.nearest.block + 1}` : '';
      return `Unexpected quote ${quote} of note \`${note.id}\` that is not in the text, expected the exact words of the article${nearest}`;
    }
    case 'ambiguous': {
      const where = failure.places.map((place) => `paragraph ${place.block + 1}`).join(', ');
      return `Unexpected quote ${quote} of note \`${note.id}\` that occurs ${failure.count} times (${where}), expected one place: add a \`prefix\` or \`suffix\``;
    }
    case 'spans-blocks':
      return `Unexpected quote ${quote} of note \`${note.id}\` that runs across paragraphs ${failure.blocks[0] + 1} and ${failure.blocks[1] + 1}, expected a quote inside one paragraph`;
    case 'overlap':
      return `Unexpected quote ${quote} of note \`${note.id}\` that partly overlaps the quote “${failure.other.quote.exact}” of note \`${failure.other.id}\`, expected quotes that nest or stand apart`;
  }
}
