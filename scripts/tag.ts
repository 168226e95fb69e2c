/**
 * `npm run tag -- <file.md>`: what the taggers make of any Markdown file (claims, people, dates, notes) as
 * JSON, with the build's warnings. `--published` gives the day relative dates resolve against; a file in
 * `content/articles/` also gets its annotation file. Bad input exits 1 with a positioned message.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { basename, dirname, extname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { VFile } from 'vfile';
import { LineCounter, parseDocument } from 'yaml';
import { editionProcessor } from '../src/plugins/index.ts';
import { articleInputs } from '../src/lib/model/inputs.ts';
import { checkContent, describeFailure, failurePlace } from '../src/loader/check.ts';
import { readUtf8, splitFrontmatter } from '../src/loader/read.ts';
import { VFileMessage } from 'vfile-message';
import { contentErrorReport, contentMessage, formatMessages } from '../src/lib/content/diagnostics.ts';
import { checkNesting, parseArticleBody } from '../src/lib/content/check-articles.ts';
import { checkContentCommand } from './check-content.ts';
import { commandLine } from './command-line.ts';
import { cardPath, isUnregisteredId, personStub, registerId } from '../src/lib/content/people-stub.ts';
import { isCalendarDay, type Annotations } from '../src/lib/content/schema.ts';
import type { Coreference } from '../src/lib/tagging/people.ts';
import type { EditionModel } from '../src/lib/model/model.ts';
import { dateLabel } from '../src/lib/views/labels.ts';

/** The project root: the folder above `scripts/`, so the tool works from any working directory. */
export const PROJECT_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** What `tagMarkdown` needs. */
export interface TagOptions {
  path: string;
  /** Publication day, YYYY-MM-DD (default: frontmatter `published`). */
  published?: string;
  /** Project root holding `content/` (default: this repository). */
  root?: string;
  /** Extra coreference phrases, as an annotation file would declare them (default: none). */
  coreference?: readonly Coreference[];
  /**
   * Tag the text even when the content has errors, leaving the notes out (default: false), for `--add-people`
   * and `npm run new`, which an editor runs while the content is still being written.
   */
  lenient?: boolean;
}

/** The tags of one file, as `npm run tag` prints them. */
export interface TagReport {
  file: string;
  slug: string;
  published: string;
  claims: Array<{ id: string; text: string; type: string; checkWorthiness: string; rules: string[] }>;
  /** `person` is the register id (`condoleezza-rice`), `card` the file that holds or would hold the card. */
  people: Array<{ text: string; person: string; card: string; name: string; registered: boolean; via: string; paragraph: number }>;
  dates: Array<{
    text: string;
    value: string;
    start: string;
    end: string;
    precision: string;
    relative: boolean;
    modifier: string | null;
    label: string;
    paragraph: number;
  }>;
  notes: Array<{ id: string; layer: string; number: number; quote: string; claim?: string }>;
  /** Warnings, as vfile messages (printed by vfile-reporter, not part of the JSON). */
  warnings: VFileMessage[];
  /** The whole edition model, for callers that need positions (not printed). */
  model: EditionModel;
}

/**
 * What stops tagging: an unreadable file, no publication day, a note that does not anchor, or any error
 * the content check finds in `content/` (the same check, and the same messages, as the build's).
 */
export class TagError extends Error {
  readonly problem: VFileMessage;
  readonly problems: VFileMessage[];
  constructor(messages: VFileMessage | readonly VFileMessage[]) {
    const problems = Array.isArray(messages) ? [...messages] : [messages as VFileMessage];
    super(contentErrorReport(problems, 'nothing was tagged'));
    this.name = 'TagError';
    this.problem = problems.find((problem) => problem.fatal) ?? problems[0]!;
    this.problems = problems;
  }
}

/** Where the publication day comes from, with the position of a bad frontmatter value. */
function publicationDay(frontmatter: string | undefined, file: string, override: string | undefined): string {
  if (override !== undefined) {
    if (isCalendarDay(override)) return override;
    throw new TagError(contentMessage({
      file,
      start: { line: 1, column: 1 },
      reason: `Unexpected \`--published ${override}\`, expected a real day as YYYY-MM-DD`,
      ruleId: 'tag/invalid-date',
      hint: 'Write the day the piece was published, e.g. `--published 2007-12-06`.',
      source: 'tag',
    }));
  }
  if (frontmatter !== undefined) {
    const lines = new LineCounter();
    const document = parseDocument(frontmatter, { lineCounter: lines });
    const [error] = document.errors;
    if (error) {
      const [start] = error.linePos ?? [{ line: 1, col: 1 }];
      throw new TagError(contentMessage({
        file,
        start: { line: start.line + 1, column: start.col },
        reason: `Unexpected YAML: ${error.message.split('\n')[0]}`,
        ruleId: 'tag/invalid-frontmatter',
        hint: 'Fix the frontmatter, or remove it and pass `--published YYYY-MM-DD`.',
        source: 'tag',
    }));
    }
    const node = document.get('published', true) as { value?: unknown; range?: [number, number, number] } | undefined;
    if (node !== undefined) {
      const value = node.value instanceof Date ? node.value.toISOString().slice(0, 10) : String(node.value);
      if (isCalendarDay(value)) return value;
      const at = lines.linePos(node.range?.[0] ?? 0);
      throw new TagError(contentMessage({
        file,
        start: { line: at.line + 1, column: at.col },
        reason: `Unexpected \`published: ${value}\`, expected a real day as YYYY-MM-DD`,
        ruleId: 'tag/invalid-date',
        hint: 'Correct the frontmatter, or pass `--published YYYY-MM-DD`.',
        source: 'tag',
    }));
    }
  }
  throw new TagError(contentMessage({
    file,
    start: { line: 1, column: 1 },
    reason: 'Missing publication day, expected frontmatter `published: YYYY-MM-DD` or `--published YYYY-MM-DD`',
    ruleId: 'tag/no-date',
    hint: 'Relative dates such as “earlier this week” resolve against the day the piece was published.',
    source: 'tag',
    }));
}

/** Tag one Markdown file the way the build does, without Astro; throws a positioned `TagError`. */
export function tagMarkdown(options: TagOptions): TagReport {
  const root = options.root ?? PROJECT_ROOT;
  const path = resolve(options.path);
  const file = relative(process.cwd(), path) || path;
  const problems: VFileMessage[] = [];
  let text: string | undefined;
  try {
    text = readUtf8(path, file, problems);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'error';
    throw new TagError(contentMessage({
      file,
      start: { line: 1, column: 1 },
      reason: `Unexpected ${code} reading the file, expected a readable Markdown file`,
      ruleId: 'tag/unreadable',
      hint: 'Check the path: `npm run tag -- content/articles/<slug>.md`.',
      source: 'tag',
    }));
  }
  if (text === undefined) throw new TagError(problems[0]!);

  const parts = splitFrontmatter(text);
  const published = publicationDay(parts?.frontmatter, file, options.published);
  // Blank lines in place of the frontmatter keep every position in the body a position in the file.
  const body = parts ? '\n'.repeat(parts.bodyLine - 1) + parts.body : text;

  const content = checkContent(root);
  // The build refuses content with an error, so tagging does too, with the build's messages.
  if (!options.lenient && content.problems.some((problem) => problem.fatal)) throw new TagError(content.problems);
  const articles = resolve(root, 'content', 'articles') + sep;
  const slug = basename(path, extname(path));
  const isArticle = path.startsWith(articles);
  const relativeToRoot = relative(root, path).split(sep).join('/');
  const warnings = content.problems.filter(
    (problem) => isArticle && (problem.file === relativeToRoot || problem.file === content.annotationFiles.get(slug)?.path),
  );

  let declared = isArticle ? content.annotations.get(slug) : undefined;
  // Lenient: the people and sentences only, so a note or a rule still being written cannot stop it.
  if (declared && options.lenient) {
    declared = { ...declared, notes: [], coreference: declared.coreference.filter((rule) => content.registry.has(rule.person)) };
  }
  let annotations: Annotations | undefined = declared;
  if (options.coreference && options.coreference.length > 0) {
    const base: Annotations = declared ?? { byline: 'labels', updated: published, corrections: [], coreference: [], notes: [] };
    annotations = { ...base, coreference: [...base.coreference, ...options.coreference] };
  }

  // Messages name the file as the reader gave it; a note's problem names its annotation file.
  const vfile = new VFile({ path: file, value: body });
  // The inputs the site gives an article of the content folder (ids scoped as its frontmatter says); any
  // other file is scoped by its name.
  const article = isArticle ? content.articles.find((candidate) => candidate.slug === slug) : undefined;
  const inputs = article ? articleInputs(content, article) : { slug, published, registry: content.registry, idScope: slug };
  const processor = editionProcessor({ ...inputs, published, annotations });
  try {
    // Nesting no article needs stops here, before a renderer recurses through it (as the check does).
    const nesting: VFileMessage[] = [];
    checkNesting(parseArticleBody(body), file, 1, nesting);
    if (nesting.length > 0) throw new TagError(nesting);
    processor.runSync(processor.parse(vfile), vfile);
  } catch (error) {
    if (error instanceof TagError) throw error;
    if (error instanceof VFileMessage) {
      error.fatal = true;
      throw new TagError(error);
    }
    // A library that gives up on hostile text (nesting thousands deep) is reported against the file.
    const described = describeFailure(error);
    throw new TagError(contentMessage({ file, start: failurePlace(path, described.ruleId) ?? { line: 1, column: 1 }, ...described, source: 'tag' }));
  }

  const model = vfile.data.edition!;
  warnings.push(...vfile.messages);

  const names = new Map(model.people.map((person) => [person.id, person.name]));
  return {
    file,
    slug,
    published,
    claims: model.claims.map(({ id, text: sentence, type, checkWorthiness, rules }) => ({ id, text: sentence, type, checkWorthiness, rules })),
    // The register id (`condoleezza-rice`), the one to write in notes and to name the card after.
    people: model.mentions.map((mention) => ({
      text: mention.text,
      person: registerId(mention.person),
      card: cardPath(registerId(mention.person)),
      name: names.get(mention.person) ?? mention.text,
      registered: mention.registered,
      via: mention.via,
      paragraph: mention.block + 1,
    })),
    dates: model.dates.map((date) => ({
      text: date.text,
      value: date.value,
      start: date.startDay,
      end: date.endDay,
      precision: date.precision,
      relative: date.relative,
      modifier: date.modifier,
      label: dateLabel(date),
      paragraph: date.block + 1,
    })),
    notes: model.notes.map((note) => ({ id: note.id, layer: note.layer, number: note.number, quote: note.quote.exact, claim: note.claim })),
    warnings,
    model,
  };
}

/** The stub cards `--add-people` wrote, and the cards it left alone because they exist. */
export interface AddedPeople {
  written: string[];
  kept: string[];
}

/** Write a stub card for each person of a tagged file the register lacks; an existing card is never overwritten. */
export function addPeople(report: TagReport, root = PROJECT_ROOT): AddedPeople {
  const added: AddedPeople = { written: [], kept: [] };
  for (const person of report.model.people) {
    if (!isUnregisteredId(person.id)) continue;
    const card = cardPath(registerId(person.id));
    const path = join(root, card);
    if (existsSync(path)) {
      added.kept.push(card);
      continue;
    }
    const aliases = report.model.mentions.filter((mention) => mention.person === person.id && mention.via !== 'coreference' && mention.via !== 'inferred').map((mention) => mention.text);
    mkdirSync(dirname(path), { recursive: true });
    // `wx`: never replace a card, even one written between the check above and this line.
    writeFileSync(path, personStub({ name: person.name, aliases, article: report.file }), { flag: 'wx' });
    added.written.push(card);
  }
  return added;
}

const USAGE = 'Usage: npm run tag -- <file.md> [--published YYYY-MM-DD] [--add-people]';

if (import.meta.main) {
  const { values, positionals } = commandLine(USAGE, { published: { type: 'string' }, 'add-people': { type: 'boolean', default: false } }, true);
  if (positionals.length !== 1) {
    console.error(`${positionals.length === 0 ? 'Missing file' : `Unexpected second file \`${positionals[1]}\``}, expected one Markdown file\n${USAGE}`);
    process.exit(1);
  }
  const parsed = { path: positionals[0]!, published: values.published, addPeople: values['add-people'] };
  try {
    const tagged = tagMarkdown({ ...parsed, lenient: parsed.addPeople });
    const { model: _model, ...report } = tagged;
    if (report.warnings.length > 0 && !parsed.addPeople) console.error(formatMessages(report.warnings));
    if (parsed.addPeople) {
      // The cards are the point of this run: say what was written, then what the content check says now
      // (a new card's fields to fill, and whatever else is left), and leave the JSON out.
      const { written, kept } = addPeople(tagged);
      for (const card of written) console.log(`Wrote ${card}: fill the fields marked TO FILL.`);
      for (const card of kept) console.log(`Kept ${card}: it exists already.`);
      if (written.length + kept.length === 0) console.log('Every person named is in the register; no card written.');
      const check = checkContentCommand(PROJECT_ROOT);
      (check.status === 0 ? console.log : console.error)(check.output);
      process.exitCode = check.status;
    } else {
      console.log(JSON.stringify(report, null, 2));
    }
  } catch (error) {
    if (!(error instanceof TagError)) throw error;
    console.error(error.message);
    process.exit(1);
  }
}
