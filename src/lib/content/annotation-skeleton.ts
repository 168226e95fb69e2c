/**
 * A new annotation file (`npm run new`): one commented-out claim note per check-worthy sentence, with what
 * is left to write marked {@link TO_FILL}. It is valid as written (a `notes:` with only comments is empty);
 * the content check refuses any `TO FILL` left in an uncommented entry.
 */
import { TO_FILL } from './people-stub.ts';
import { VERDICTS } from './schema.ts';

/** A sentence as the tagger classified it. */
export interface SkeletonSentence {
  /** The sentence's id: unique across the site, so it makes a good note id. */
  id: string;
  text: string;
  /** fact, opinion, recommendation or prediction. */
  type: string;
  /** check-worthy, unimportant or non-factual. */
  checkWorthiness: string;
  rules: readonly string[];
  /** 1-based paragraph. */
  paragraph: number;
}

/** What the skeleton is made from. */
export interface SkeletonOptions {
  article: string;
  /** Every sentence of the article; only the check-worthy ones get an entry. */
  sentences: readonly SkeletonSentence[];
  /** The day the file is started, YYYY-MM-DD (its `updated`). */
  today: string;
}

/** A YAML double-quoted scalar: JSON's string syntax is a subset of it. */
function quoted(text: string): string {
  return JSON.stringify(text);
}

/** The skeleton's YAML, which the content check accepts as it is. */
export function annotationSkeleton(options: SkeletonOptions): string {
  const worthy = options.sentences.filter((sentence) => sentence.checkWorthiness === 'check-worthy');
  const lines = [
    `# Notes for ${options.article}, started by \`npm run new\`.`,
    `# Each entry under \`notes\` is a sentence the tagger finds check-worthy (${worthy.length} of ${options.sentences.length}).`,
    '# To annotate one, uncomment its lines (remove the "# " after the indentation) and replace every',
    `# ${TO_FILL}; delete the entries you leave out. Then run \`npm run check:content\`.`,
    '# Fields and layers: README "Annotation format".',
    'byline: Annotations by the editors of this edition',
    `updated: ${quoted(options.today)}`,
    'notes:',
  ];
  for (const sentence of worthy) {
    lines.push(
      '',
      `  # Paragraph ${sentence.paragraph}: ${sentence.type}, ${sentence.checkWorthiness} (${sentence.rules.join(', ') || 'no rule'})`,
      `  # - id: ${sentence.id}`,
      '  #   layer: claim',
      '  #   quote:',
      `  #     exact: ${quoted(sentence.text)}`,
      `  #   claimType: ${sentence.type}`,
      `  #   title: ${TO_FILL}`,
      '  #   body: |',
      `  #     ${TO_FILL}`,
      `  #   verdict: ${TO_FILL} # ${VERDICTS.join(' | ')}`,
      `  #   knownThen: ${TO_FILL}`,
      `  #   knownLater: ${TO_FILL}`,
      '  #   sources:',
      `  #     - title: ${TO_FILL}`,
      `  #       publisher: ${TO_FILL}`,
      `  #       url: ${TO_FILL}`,
    );
  }
  if (worthy.length === 0) lines.push('  # The tagger found no check-worthy sentence: write notes by hand (README "Annotation format").');
  return `${lines.join('\n')}\n`;
}
