/** Checks of an annotation file against its article and the register, each reported at its field. */
import { markdownPoint, type LocatedYaml } from './yaml.ts';
import { FORECAST_VERDICTS, type Annotations, type Source } from './schema.ts';
import { checkArchived } from './archive.ts';
import type { VFileMessage } from 'vfile-message';
import { contentMessage, excerpt, type Point } from './diagnostics.ts';
import type { Block } from '../tagging/blocks.ts';
import { ANCHOR_RULES, anchorNotes, crosses, describeAnchorFailure, type Anchor } from '../tagging/anchor.ts';
import { pointOf } from '../tagging/mark.ts';
import { parseNoteMarkdown } from './markdown.ts';
import { splitSentences } from '../tagging/sentences.ts';
import { checkNotePhases, publicationWindow } from './phase.ts';
import type { ArticleFile, Registry } from './report.ts';
import { cardPath, registerId } from './people-stub.ts';

/** The file position of a text offset inside a block of an article whose body starts at `bodyLine`. */
export function articlePoint(block: Block, offset: number, bodyLine: number): Point {
  const point = pointOf(block.node, offset) ?? block.node.position?.start ?? { line: 1, column: 1 };
  return { line: point.line + bodyLine - 1, column: point.column };
}

function articlePlace(article: ArticleFile, block: Block, offset: number): string {
  const point = articlePoint(block, offset, article.bodyLine);
  return `${article.file}:${point.line}:${point.column}`;
}

/**
 * Anchor every note as the model builder will, and report each quote that is missing, ambiguous, spans
 * paragraphs, overlaps another or cuts a sentence, with the article's place in the hint. Returns the anchors.
 */
export function checkAnchors(data: Annotations, yaml: LocatedYaml, file: string, article: ArticleFile, blocks: Block[], problems: VFileMessage[]): Anchor[] {
  const placed = anchorNotes(
    blocks.map((block) => block.text),
    data.notes,
  );
  for (const { note, index, failure } of placed.failures) {
    let hint: string;
    switch (failure.kind) {
      case 'missing':
        hint = failure.nearest
          ? `The closest text starts at ${articlePlace(article, blocks[failure.nearest.block]!, failure.nearest.start)}; copy the words exactly, with the article’s own quotation marks, apostrophes and dashes.`
          : 'Copy the words exactly from the article, with its own quotation marks, apostrophes and dashes.';
        break;
      case 'ambiguous':
        hint = `It occurs at ${failure.places.map((place) => articlePlace(article, blocks[place.block]!, place.start)).join(', ')}; add \`prefix\` (the characters right before) or \`suffix\` (right after) so it matches once.`;
        break;
      case 'spans-blocks':
        hint = 'Quote within one paragraph: shorten the quote, or write one note per paragraph.';
        break;
      case 'overlap': {
        const other = data.notes.indexOf(failure.other);
        hint = `Make one quote lie inside the other or apart from it (the other is \`notes.${other}.quote.exact\`, line ${yaml.at(['notes', other, 'quote', 'exact']).start.line}).`;
        break;
      }
    }
    problems.push(contentMessage({
      file,
      ...yaml.at(['notes', index, 'quote', 'exact']),
      reason: describeAnchorFailure(note, failure),
      ruleId: ANCHOR_RULES[failure.kind],
      hint,
    }));
  }

  // The sentences are wrapped first, so a quote must sit inside one sentence or cover whole ones.
  const sentences = new Map<number, Anchor[]>();
  const sentencesOf = (block: number): Anchor[] => {
    let spans = sentences.get(block);
    if (!spans) {
      const node = blocks[block]!;
      spans = node.node.type === 'paragraph'
        ? splitSentences(node.text).map((sentence) => ({ block, start: sentence.offset, end: sentence.offset + sentence.text.length }))
        : [];
      sentences.set(block, spans);
    }
    return spans;
  };
  for (const { note, anchor, index } of placed.anchored) {
    const cut = sentencesOf(anchor.block).find((sentence) => crosses(sentence, anchor));
    if (!cut) continue;
    const block = blocks[anchor.block]!;
    problems.push(contentMessage({
      file,
      ...yaml.at(['notes', index, 'quote', 'exact']),
      reason: `Unexpected quote “${excerpt(note.quote.exact)}” of note \`${note.id}\` that cuts through the sentence “${excerpt(block.text.slice(cut.start, cut.end))}”, expected a quote inside one sentence or covering whole sentences`,
      ruleId: 'annotate/quote-cuts-sentence',
      hint: `The sentence runs from ${articlePlace(article, block, cut.start)} to ${articlePlace(article, block, cut.end)}; end the quote inside it, or extend the quote to its end.`,
    }));
  }
  return placed.anchored.map(({ anchor }) => anchor);
}

/** Render every Markdown field as the pages will, and report what the safe renderer refuses. */
export function checkNoteMarkdown(data: Annotations, yaml: LocatedYaml, file: string, problems: VFileMessage[]): void {
  const check = (markdown: string | undefined, path: (string | number)[], owner: string) => {
    if (markdown === undefined) return;
    for (const problem of parseNoteMarkdown(markdown).problems) {
      const exact = markdownPoint(yaml, path, problem.line, problem.column);
      problems.push(contentMessage({
        file,
        ...(exact ? { start: exact } : yaml.at(path)),
        reason: `${problem.reason} (in \`${path.join('.')}\`${owner}, line ${problem.line}, column ${problem.column} of the text)`,
        ruleId: 'annotate/unsafe-markdown',
        hint: 'Notes allow paragraphs, *emphasis*, **strong**, `code` and [links](https://…) to http(s) addresses; HTML is never passed through, so rewrite this part in that Markdown.',
      }));
    }
  };
  check(data.introduction, ['introduction'], '');
  data.notes.forEach((note, index) => {
    for (const field of ['body', 'knownThen', 'knownLater'] as const) check(note[field], ['notes', index, field], ` of note \`${note.id}\``);
  });
}

/** Events by their phase, and knownThen and knownLater by their dates, on the right side of publication. */
export function checkPhases(data: Annotations, yaml: LocatedYaml, file: string, article: ArticleFile, problems: VFileMessage[]): void {
  const window = publicationWindow(article.data);
  data.notes.forEach((note, index) => {
    for (const problem of checkNotePhases(note, window, article.data.published)) {
      problems.push(contentMessage({ file, ...yaml.at(['notes', index, ...problem.path]), reason: problem.reason, ruleId: problem.ruleId, hint: problem.hint }));
    }
  });
}

/** A note id already used by another annotation file stops the build, naming both files. */
export function checkSiteNoteIds(data: Annotations, yaml: LocatedYaml, file: string, seen: Map<string, { file: string; line: number }>, problems: VFileMessage[]): void {
  data.notes.forEach((note, index) => {
    const at = yaml.at(['notes', index, 'id']);
    const first = seen.get(note.id);
    if (first && first.file !== file) {
      problems.push(contentMessage({
        file,
        ...at,
        reason: `Unexpected note id \`${note.id}\` that ${first.file}:${first.line} uses too, expected note ids unique across the site`,
        ruleId: 'annotate/duplicate-id-across-articles',
        hint: 'Rename one of the two notes: an id is the note’s address in links, search and the exports. Keep the one readers may already link to.',
      }));
    } else if (!first) {
      seen.set(note.id, { file, line: at.start.line });
    }
  });
}

function unknownPersonHint(person: string): string {
  const id = registerId(person);
  const rename = id === person ? '' : `Write \`person: ${id}\`: \`unregistered-\` is only what the tagger calls a name the register lacks. `;
  return `${rename}Add ${cardPath(id)} (\`npm run tag -- content/articles/<slug>.md --add-people\` starts one for each name the register lacks), or correct the id.`;
}

/** Cross-file checks of an annotation file: ids unique, people known, claim notes complete. */
export function checkReferences(data: Annotations, yaml: LocatedYaml, file: string, registry: Registry, problems: VFileMessage[]): void {
  const at = yaml.at;
  const seen = new Map<string, number>();
  data.notes.forEach((note, index) => {
    const first = seen.get(note.id);
    if (first !== undefined) {
      problems.push(contentMessage({
        file,
        ...at(['notes', index, 'id']),
        reason: `Unexpected duplicate note id \`${note.id}\` (first used by note ${first + 1}), expected each id once`,
        ruleId: 'annotate/duplicate-id',
        hint: 'Give this note a new id; ids are URL fragments, so keep the older one as it is.',
      }));
    } else {
      seen.set(note.id, index);
    }
    if (note.person !== undefined && !registry.has(note.person)) {
      problems.push(contentMessage({
        file,
        ...at(['notes', index, 'person']),
        reason: `Unknown person id \`${note.person}\` in note \`${note.id}\`, expected an id from content/people/`,
        ruleId: 'annotate/unknown-person',
        hint: unknownPersonHint(note.person),
      }));
    }
    if (note.layer === 'person' && note.person === undefined) {
      problems.push(contentMessage({
        file,
        ...at(['notes', index]),
        reason: `Missing \`person\` in person note \`${note.id}\`, expected the registry id the card is about`,
        ruleId: 'annotate/person-note-without-person',
        hint: 'Add `person: <id>` to the note.',
      }));
    }
    if (note.layer === 'claim') {
      const missing = (['verdict', 'knownThen', 'knownLater'] as const).filter((field) => note[field] === undefined);
      if (note.sources.length === 0) missing.push('sources' as never);
      if (missing.length > 0) {
        problems.push(contentMessage({
          file,
          ...at(['notes', index]),
          reason: `Missing ${missing.map((field) => `\`${field}\``).join(', ')} in claim note \`${note.id}\`, expected a verdict, sources, knownThen and knownLater`,
          ruleId: 'annotate/incomplete-claim',
          hint: 'A claim note needs all four so readers can check it; use layer `context` for background notes.',
        }));
      }
    }
  });
  data.coreference.forEach((rule, index) => {
    if (!registry.has(rule.person)) {
      problems.push(contentMessage({
        file,
        ...at(['coreference', index, 'person']),
        reason: `Unknown person id \`${rule.person}\` for phrase “${rule.phrase}”, expected an id from content/people/`,
        ruleId: 'annotate/unknown-person',
        hint: unknownPersonHint(rule.person),
      }));
    }
  });
}

/** Every `archived` address of a list of sources (`path` in the YAML) is a capture that could be real. */
export function checkSourceArchives(sources: readonly Source[], path: Array<string | number>, yaml: LocatedYaml, file: string, problems: VFileMessage[]): void {
  sources.forEach((source, index) => {
    const problem = checkArchived(source);
    if (problem) problems.push(contentMessage({ file, ...yaml.at([...path, index, 'archived']), ...problem }));
  });
}

/**
 * Sources' archived copies, and the verdict rule the content alone can check: a forecast verdict (held up,
 * did not hold up) only on a prediction, since fact and opinion are rated by their own rule.
 */
export function checkVerdictsAndSources(data: Annotations, yaml: LocatedYaml, file: string, problems: VFileMessage[]): void {
  data.notes.forEach((note, index) => {
    checkSourceArchives(note.sources, ['notes', index, 'sources'], yaml, file, problems);
    if (note.verdict !== undefined && FORECAST_VERDICTS.has(note.verdict) && note.claimType !== 'prediction') {
      problems.push(contentMessage({
        file,
        ...yaml.at(['notes', index, 'verdict']),
        reason: `Unexpected verdict \`${note.verdict}\` for note \`${note.id}\` ${note.claimType ? `of type \`${note.claimType}\`` : 'without `claimType: prediction`'}, expected a verdict reserved for forecasts only on a prediction`,
        ruleId: 'annotate/forecast-verdict-not-prediction',
        hint: 'If the sentence forecasts, say so with `claimType: prediction`. Otherwise rate it by the rule for its kind (accurate, needs-context, misleading, inaccurate or unsupported for a fact; not-checkable for an opinion or recommendation) and tell what came later in knownLater.',
      }));
    }
  });
}
