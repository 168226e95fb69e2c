/**
 * Reads the content folder as raw files and checks it before anything is built: every article's
 * frontmatter and text, every person, every annotation file, and the references between them — including
 * whether each note's quote anchors in its article and whether each note's Markdown is safe. Each problem
 * comes back with its file, line and column, so a build can stop with a message a writer can act on.
 *
 * The remark plugins run the same anchoring and Markdown checks again while tagging; this module runs
 * them first so the message can point into the annotation file instead of at the article.
 *
 * The files are only read, never written.
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join, relative, basename, extname } from 'node:path';
import { LineCounter, parseDocument, isMap } from 'yaml';
import { locateYaml, markdownPoint, yamlRange, type LocatedYaml } from './yaml.ts';
import type { z } from 'zod';
import { fromMarkdown } from 'mdast-util-from-markdown';
import type { Nodes, Root } from 'mdast';
import { visit } from 'unist-util-visit';
import {
  ID_PATTERN,
  annotationsSchema,
  articleSchema,
  personSchema,
  type Annotations,
  type Article,
  type Person,
} from './schema.ts';
import type { VFileMessage } from 'vfile-message';
import { contentMessage, pointAt, type Point } from './diagnostics.ts';
import { collectBlocks, htmlAsText, type Block } from '../tagging/blocks.ts';
import { anchorNotes, crosses, describeAnchorFailure, type Anchor } from '../tagging/anchor.ts';
import { pointOf } from '../tagging/mark.ts';
import { isWebUrl, renderNoteMarkdown } from '../render/note-markdown.ts';
import { splitSentences } from '../tagging/sentences.ts';
import { findImpossibleDates } from '../tagging/dates.ts';
import { checkNotePhases, publicationWindow } from './phase.ts';
import { listOf, noun } from '../views/format.ts';

/** The people registry: id → person. */
export type Registry = Map<string, Person>;

/** An article read from disk: its checked frontmatter and its body with the body's first line number. */
export interface ArticleFile {
  slug: string;
  file: string;
  data: Article;
  /** The frontmatter's YAML, to position problems found in its fields. */
  frontmatter: string;
  body: string;
  /** 1-based line of the body's first line in the file, to position problems found in the body. */
  bodyLine: number;
}

/** Everything `checkContent` read, plus the problems it found. */
export interface ContentReport {
  problems: VFileMessage[];
  registry: Registry;
  articles: ArticleFile[];
  annotations: Map<string, Annotations>;
  /** Each annotation file's path and text, by article slug, to place problems found later. */
  annotationFiles: Map<string, { path: string; text: string }>;
}

/** Folders inside the content root. */
export const CONTENT_FOLDERS = { articles: 'articles', people: 'people', annotations: 'annotations' } as const;

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

/** Read a file as UTF-8, refusing bytes that are not valid UTF-8 rather than turning them into U+FFFD. */
export function readUtf8(path: string, file: string, problems: VFileMessage[]): string | undefined {
  const bytes = readFileSync(path);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const text = new TextDecoder('utf-8').decode(bytes);
    const offset = text.indexOf('\uFFFD');
    problems.push(contentMessage({
      file,
      start: pointAt(text, Math.max(0, offset)),
      reason: 'Unexpected bytes that are not UTF-8, expected a UTF-8 text file',
      ruleId: 'content/invalid-utf8',
      hint: 'Re-save the file as UTF-8 (most editors offer "Save with encoding").',
      fatal: true,
    }));
    return undefined;
  }
}

function listFiles(folder: string, extensions: string[]): string[] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder)
    .filter((name) => extensions.includes(extname(name)) && !name.startsWith('.'))
    .sort();
}

/** The raw value at a path of parsed YAML. */
function valueAt(raw: unknown, path: readonly PropertyKey[]): unknown {
  let value = raw;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

/** Put the field into a schema message written as "Unexpected X, expected Y": "Unexpected X in `field`, expected Y". */
function placeField(message: string, field: string): string {
  const at = message.indexOf(', expected');
  if (!message.startsWith('Unexpected ') || at < 0) return `${message} (in ${field})`;
  return `${message.slice(0, at)} in ${field}${message.slice(at)}`;
}

/** What a zod issue expected, in words a writer understands, and a fix when the issue suggests one. */
function describeIssue(issue: z.core.$ZodIssue, raw: unknown): { reason: string; hint?: string } {
  const field = issue.path.length > 0 ? `\`${issue.path.join('.')}\`` : 'the file';
  const value = valueAt(raw, issue.path);
  switch (issue.code) {
    case 'invalid_type': {
      if (value === undefined) return { reason: `Missing ${field}, expected ${issue.expected}` };
      const kind = value === null ? 'empty value' : Array.isArray(value) ? 'list' : typeof value;
      return { reason: `Unexpected ${kind} in ${field}, expected ${issue.expected}` };
    }
    case 'unrecognized_keys':
      return {
        reason: `Unexpected ${noun(issue.keys.length, 'field')} ${listOf(issue.keys.map((key) => `\`${key}\``))} in ${field}, expected only the documented fields`,
      };
    case 'invalid_value': {
      const shown = typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' ? `\`${String(value)}\`` : 'value';
      return { reason: `Unexpected ${shown} in ${field}, expected one of ${issue.values.map((option) => `\`${String(option)}\``).join(', ')}` };
    }
    case 'invalid_union':
      return { reason: `Unexpected value in ${field}, expected ${issue.message}` };
    case 'too_big':
      // Say how long the text is, so the writer knows how much to cut.
      if (issue.origin === 'string' && typeof value === 'string') {
        const limit = Number(issue.maximum).toLocaleString('en-US');
        return {
          reason: `Unexpected text of ${value.trim().length.toLocaleString('en-US')} characters in ${field}, expected at most ${limit} characters`,
          hint: `Text here is capped at ${limit} characters so it stays readable beside the article: shorten it, or move the detail to a cited source.`,
        };
      }
      return { reason: placeField(issue.message, field) };
    default:
      // A refused address is worth repeating: a note can cite many sources.
      if (issue.message.startsWith('Unexpected URL,') && typeof value === 'string') {
        return { reason: placeField(issue.message.replace('Unexpected URL', `Unexpected URL \`${excerpt(value)}\``), field) };
      }
      return { reason: placeField(issue.message, field) };
  }
}

/** Parse YAML and validate it, pushing positioned problems; returns the data when it is valid. */
export function parseYaml<Schema extends z.ZodType>(
  text: string,
  schema: Schema,
  file: string,
  problems: VFileMessage[],
  options: { lineOffset?: number; rulePrefix: string; hint: string },
): z.output<Schema> | undefined {
  const lineOffset = options.lineOffset ?? 0;
  const lines = new LineCounter();
  const document = parseDocument(text, { lineCounter: lines, prettyErrors: true, uniqueKeys: true });
  if (document.errors.length > 0) {
    for (const error of document.errors) {
      const [start, end] = error.linePos ?? [{ line: 1, col: 1 }];
      problems.push(contentMessage({
        file,
        start: { line: start.line + lineOffset, column: start.col },
        end: end ? { line: end.line + lineOffset, column: end.col } : undefined,
        reason: `Unexpected YAML: ${error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '')}`,
        ruleId: `${options.rulePrefix}/invalid-yaml`,
        hint: 'Check indentation, colons and quotes near this position; quote text that contains `: ` or starts with a symbol.',
        fatal: true,
      }));
    }
    return undefined;
  }
  const raw: unknown = document.toJS() ?? {};
  if (!isMap(document.contents) && document.contents !== null) {
    problems.push(contentMessage({
      file,
      start: { line: 1 + lineOffset, column: 1 },
      reason: 'Unexpected YAML value, expected a mapping of fields (`key: value`)',
      ruleId: `${options.rulePrefix}/invalid-yaml`,
      hint: options.hint,
      fatal: true,
    }));
    return undefined;
  }
  const result = schema.safeParse(raw);
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    // An unknown key is best shown at the key itself.
    const path = issue.code === 'unrecognized_keys' && issue.keys.length > 0 ? [...issue.path, issue.keys[0]!] : issue.path;
    const described = describeIssue(issue, raw);
    problems.push(contentMessage({
      file,
      ...yamlRange(document, lines, path, lineOffset, issue.code === 'unrecognized_keys'),
      reason: described.reason,
      ruleId: `${options.rulePrefix}/invalid-field`,
      hint: described.hint ?? options.hint,
      fatal: true,
    }));
  }
  return undefined;
}

/** Split a Markdown file into its frontmatter and body. */
export function splitFrontmatter(text: string): { frontmatter: string; body: string; bodyLine: number } | undefined {
  const match = FRONTMATTER.exec(text);
  if (!match) return undefined;
  const frontmatter = match[1] ?? '';
  const consumed = match[0];
  return { frontmatter, body: text.slice(consumed.length), bodyLine: consumed.split('\n').length };
}

/** Whether an author entry is a registry id (kebab-case) rather than a plain name. */
export function isPersonId(author: string): boolean {
  return ID_PATTERN.test(author);
}

/**
 * Read and check the whole content folder.
 *
 * @param root the project root; content is read from `root/content`.
 * @returns every problem found, and the parts that were valid.
 */
export function checkContent(root: string): ContentReport {
  const problems: VFileMessage[] = [];
  const contentRoot = join(root, 'content');
  const registry: Registry = new Map();
  const articles: ArticleFile[] = [];
  const annotations = new Map<string, Annotations>();
  const annotationFiles = new Map<string, { path: string; text: string }>();
  const articleBlockCache = new Map<string, Block[]>();
  // Dates that name no real day stop the build unless a note anchors on them, so both are known first.
  const impossibleDates: Array<{ slug: string; anchor: Anchor; problem: VFileMessage }> = [];
  const noteAnchors = new Map<string, Anchor[]>();
  const rel = (path: string) => relative(root, path).split('\\').join('/');

  const peopleFolder = join(contentRoot, CONTENT_FOLDERS.people);
  for (const name of listFiles(peopleFolder, ['.yaml', '.yml'])) {
    const path = join(peopleFolder, name);
    const file = rel(path);
    const id = basename(name, extname(name));
    if (!ID_PATTERN.test(id)) {
      problems.push(contentMessage({
        file,
        start: { line: 1, column: 1 },
        reason: `Unexpected file name \`${name}\`, expected a kebab-case person id such as \`george-w-bush.yaml\``,
        ruleId: 'people/invalid-id',
        hint: 'Rename the file: its name is the id that articles and notes use.',
        fatal: true,
      }));
      continue;
    }
    const text = readUtf8(path, file, problems);
    if (text === undefined) continue;
    const person = parseYaml(text, personSchema, file, problems, {
      rulePrefix: 'people',
      hint: 'A person needs `name` and `roleThen`; see README "Add an op-ed".',
    });
    if (person) registry.set(id, person);
  }

  const articleFolder = join(contentRoot, CONTENT_FOLDERS.articles);
  for (const name of listFiles(articleFolder, ['.md'])) {
    const path = join(articleFolder, name);
    const file = rel(path);
    const slug = basename(name, '.md');
    if (!ID_PATTERN.test(slug)) {
      problems.push(contentMessage({
        file,
        start: { line: 1, column: 1 },
        reason: `Unexpected file name \`${name}\`, expected a kebab-case slug such as \`my-op-ed.md\``,
        ruleId: 'frontmatter/invalid-slug',
        hint: 'The file name becomes the page address /articles/<slug>/.',
        fatal: true,
      }));
      continue;
    }
    const text = readUtf8(path, file, problems);
    if (text === undefined) continue;
    const parts = splitFrontmatter(text);
    if (!parts) {
      problems.push(contentMessage({
        file,
        start: { line: 1, column: 1 },
        reason: 'Missing frontmatter, expected the file to start with `---`, YAML fields, and `---`',
        ruleId: 'frontmatter/missing',
        hint: 'Add at least title, authors, publisher, published and source between two `---` lines.',
        fatal: true,
      }));
      continue;
    }
    const data = parseYaml(parts.frontmatter, articleSchema, file, problems, {
      lineOffset: 1,
      rulePrefix: 'frontmatter',
      hint: 'Required: title, authors, publisher, published (YYYY-MM-DD), source (http(s) URL).',
    });
    if (!data) continue;
    if (parts.body.trim() === '') {
      problems.push(contentMessage({
        file,
        start: { line: parts.bodyLine, column: 1 },
        reason: 'Unexpected empty body, expected the text of the article after the frontmatter',
        ruleId: 'article/empty-body',
        hint: 'Paste the article’s paragraphs below the closing `---`, separated by blank lines.',
        fatal: true,
      }));
      continue;
    }
    const tree = parseArticleBody(parts.body);
    checkArticleLinks(tree, file, parts.bodyLine, problems);
    const blocks = collectBlocks(tree);
    articleBlockCache.set(slug, blocks);
    blocks.forEach((block, index) => {
      for (const impossible of findImpossibleDates(block.text, data.published)) {
        impossibleDates.push({
          slug,
          anchor: { block: index, start: impossible.offset, end: impossible.offset + impossible.text.length },
          problem: contentMessage({
            file,
            start: articlePoint(block, impossible.offset, parts.bodyLine),
            end: articlePoint(block, impossible.offset + impossible.text.length, parts.bodyLine),
            reason: `Unexpected impossible date “${impossible.text}” (${impossible.reason}), expected a date that names a real day`,
            ruleId: 'article/impossible-date',
            hint: 'Check the date against the publisher’s page. If the original prints it, keep it and add a note whose quote covers it (layer `date`) saying so: a date a note explains is accepted.',
            fatal: true,
          }),
        });
      }
    });
    data.authors.forEach((author, index) => {
      if (isPersonId(author) && !registry.has(author)) {
        problems.push(contentMessage({
          file,
          ...frontmatterFieldRange(parts.frontmatter, ['authors', index]),
          reason: `Unknown author id \`${author}\` in \`authors.${index}\`, expected an id from content/people/ or a plain name`,
          ruleId: 'frontmatter/unknown-author',
          hint: `Add content/people/${author}.yaml, or write the author's name as it should be printed ("Jane Doe").`,
          fatal: true,
        }));
      }
    });
    articles.push({ slug, file, data, frontmatter: parts.frontmatter, body: parts.body, bodyLine: parts.bodyLine });
  }

  checkIdScopes(articles, problems);

  const annotationFolder = join(contentRoot, CONTENT_FOLDERS.annotations);
  // Note ids are addresses across the site (search records, exports): where each was first seen.
  const noteIdsSeen = new Map<string, { file: string; line: number }>();
  const slugs = new Set(articles.map((article) => article.slug));
  const allSlugs = new Set(listFiles(articleFolder, ['.md']).map((name) => basename(name, '.md')));
  for (const name of listFiles(annotationFolder, ['.yaml', '.yml'])) {
    const path = join(annotationFolder, name);
    const file = rel(path);
    const slug = basename(name, extname(name));
    if (!allSlugs.has(slug)) {
      problems.push(contentMessage({
        file,
        start: { line: 1, column: 1 },
        reason: `Unexpected annotations for \`${slug}\`, expected a matching article content/articles/${slug}.md`,
        ruleId: 'annotate/unknown-article',
        hint: 'Name the annotation file after the article it annotates.',
        fatal: true,
      }));
      continue;
    }
    const text = readUtf8(path, file, problems);
    if (text === undefined) continue;
    const data = parseYaml(text, annotationsSchema, file, problems, {
      rulePrefix: 'annotate',
      hint: 'See README "Annotation format" for the fields of a note.',
    });
    if (!data) continue;
    const yaml = locateYaml(text);
    const found: VFileMessage[] = [];
    checkReferences(data, yaml, file, registry, found);
    checkSiteNoteIds(data, yaml, file, noteIdsSeen, found);
    checkNoteMarkdown(data, yaml, file, found);
    const article = articles.find((entry) => entry.slug === slug);
    const blocks = articleBlockCache.get(slug);
    if (article && blocks) noteAnchors.set(slug, checkAnchors(data, yaml, file, article, blocks, found));
    if (article) checkPhases(data, yaml, file, article, found);
    // In file order, so the messages read top to bottom like the file.
    found.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
    problems.push(...found);
    if (slugs.has(slug)) {
      annotations.set(slug, data);
      annotationFiles.set(slug, { path: file, text });
    }
  }

  for (const { slug, anchor, problem } of impossibleDates) {
    const explained = (noteAnchors.get(slug) ?? []).some(
      (note) => note.block === anchor.block && note.start <= anchor.start && anchor.end <= note.end,
    );
    if (!explained) problems.push(problem);
  }

  return { problems, registry, articles, annotations, annotationFiles };
}

function frontmatterFieldRange(frontmatter: string, path: (string | number)[]): { start: Point; end?: Point } {
  const lines = new LineCounter();
  const document = parseDocument(frontmatter, { lineCounter: lines });
  return yamlRange(document, lines, path, 1);
}

/** A parsed annotation file that can say where a field is. */
/**
 * The mdast of an article body, parsed the way the site parses it: remark-parse without extensions, and
 * raw HTML turned into text as `remark-edition` does (HTML in an article is the author's text), so its
 * blocks and their text are the ones the notes anchor in while tagging.
 */
function parseArticleBody(body: string): Root {
  return htmlAsText(fromMarkdown(body));
}

/**
 * Links and images in an article's Markdown. The text is pasted from a publisher's page, so a link may
 * only lead to an absolute http(s) address; an image would load from another site (and is not the
 * author's words), so none is accepted.
 */
function checkArticleLinks(tree: Root, file: string, bodyLine: number, problems: VFileMessage[]): void {
  const place = (node: Nodes) => {
    const position = node.position;
    if (!position) return { start: { line: bodyLine, column: 1 } };
    return {
      start: { line: position.start.line + bodyLine - 1, column: position.start.column },
      end: { line: position.end.line + bodyLine - 1, column: position.end.column },
    };
  };
  visit(tree, (node) => {
    if (node.type === 'image' || node.type === 'imageReference') {
      problems.push(contentMessage({
        file,
        ...place(node),
        reason: 'Unexpected image in the article, expected the text of the op-ed only',
        ruleId: 'article/image',
        hint: 'Remove the image; describe it in a note if it matters. The site loads nothing from other origins.',
        fatal: true,
      }));
    } else if ((node.type === 'link' || node.type === 'definition') && !isWebUrl(node.url)) {
      problems.push(contentMessage({
        file,
        ...place(node),
        reason: `Unexpected link to \`${excerpt(node.url)}\` in the article, expected an absolute http(s) URL`,
        ruleId: 'article/unsafe-url',
        hint: 'Link to the http(s) address the publisher’s page links to, or remove the link and keep its words.',
        fatal: true,
      }));
    }
  });
}

/** The file position of a text offset inside a block of an article whose body starts at `bodyLine`. */
function articlePoint(block: Block, offset: number, bodyLine: number): Point {
  const point = pointOf(block.node, offset) ?? block.node.position?.start ?? { line: 1, column: 1 };
  return { line: point.line + bodyLine - 1, column: point.column };
}

/** `file:line:column` of a text offset in an article, for hints that send the writer to the text. */
function articlePlace(article: ArticleFile, block: Block, offset: number): string {
  const point = articlePoint(block, offset, article.bodyLine);
  return `${article.file}:${point.line}:${point.column}`;
}

/** A long passage cut down for a message. */
function excerpt(text: string, length = 60): string {
  return text.length <= length ? text : `${text.slice(0, length - 1)}…`;
}

const ANCHOR_RULES = {
  missing: 'annotate/quote-missing',
  ambiguous: 'annotate/quote-ambiguous',
  'spans-blocks': 'annotate/quote-spans-paragraphs',
  overlap: 'annotate/quote-overlap',
} as const;

/**
 * Anchor every note of an annotation file in its article, as `remark-annotate` will, and report each
 * quote that is missing, ambiguous, runs across paragraphs, partly overlaps another note's quote or cuts
 * through a sentence — at the quote in the annotation file, with the place in the article in the hint.
 * Returns where the notes that anchored stand.
 */
function checkAnchors(data: Annotations, yaml: LocatedYaml, file: string, article: ArticleFile, blocks: Block[], problems: VFileMessage[]): Anchor[] {
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
      fatal: true,
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
      fatal: true,
    }));
  }
  return placed.anchored.map(({ anchor }) => anchor);
}

/**
 * Render every Markdown field (the introduction; each note's body, knownThen and knownLater) the way
 * the pages will, and report what the safe renderer refuses — raw HTML, images, headings, lists,
 * links to other schemes than http(s) — at that place in the annotation file.
 */
function checkNoteMarkdown(data: Annotations, yaml: LocatedYaml, file: string, problems: VFileMessage[]): void {
  const check = (markdown: string | undefined, path: (string | number)[], owner: string) => {
    if (markdown === undefined) return;
    for (const problem of renderNoteMarkdown(markdown).problems) {
      const exact = markdownPoint(yaml, path, problem.line, problem.column);
      problems.push(contentMessage({
        file,
        ...(exact ? { start: exact } : yaml.at(path)),
        reason: `${problem.reason} (in \`${path.join('.')}\`${owner}, line ${problem.line}, column ${problem.column} of the text)`,
        ruleId: 'annotate/unsafe-markdown',
        hint: 'Notes allow paragraphs, *emphasis*, **strong**, `code` and [links](https://…) to http(s) addresses; HTML is never passed through, so rewrite this part in that Markdown.',
        fatal: true,
      }));
    }
  };
  check(data.introduction, ['introduction'], '');
  data.notes.forEach((note, index) => {
    for (const field of ['body', 'knownThen', 'knownLater'] as const) check(note[field], ['notes', index, field], ` of note \`${note.id}\``);
  });
}

/**
 * Then and later on the right side of the publication day: events by their phase, knownThen and knownLater
 * by the dates they name (see `src/lib/phase.ts`).
 */
function checkPhases(data: Annotations, yaml: LocatedYaml, file: string, article: ArticleFile, problems: VFileMessage[]): void {
  const window = publicationWindow(article.data);
  data.notes.forEach((note, index) => {
    for (const problem of checkNotePhases(note, window, article.data.published)) {
      problems.push(contentMessage({ file, ...yaml.at(['notes', index, ...problem.path]), reason: problem.reason, ruleId: problem.ruleId, hint: problem.hint, fatal: true }));
    }
  });
}

/**
 * Two articles must not hash their ids with the same scope: their shared sentences would share ids. A scope
 * defaults to the slug, which file names keep unique, so only an explicit `idScope` can collide.
 */
function checkIdScopes(articles: readonly ArticleFile[], problems: VFileMessage[]): void {
  const owners = new Map<string, ArticleFile>();
  for (const article of articles) {
    const scope = article.data.idScope ?? article.slug;
    const owner = owners.get(scope);
    if (owner) {
      problems.push(contentMessage({
        file: article.file,
        ...frontmatterFieldRange(article.frontmatter, article.data.idScope === undefined ? [] : ['idScope']),
        reason: `Unexpected id scope \`${scope}\` that ${owner.file} uses too, expected each article to hash its ids with its own scope`,
        ruleId: 'frontmatter/duplicate-id-scope',
        hint: 'Remove `idScope` so the slug is used, or pick a scope no other article has: shared sentences would otherwise share ids and claim pages.',
        fatal: true,
      }));
    } else {
      owners.set(scope, article);
    }
  }
}

/** A note id already used by another annotation file stops the build, naming both files. */
function checkSiteNoteIds(data: Annotations, yaml: LocatedYaml, file: string, seen: Map<string, { file: string; line: number }>, problems: VFileMessage[]): void {
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
        fatal: true,
      }));
    } else if (!first) {
      seen.set(note.id, { file, line: at.start.line });
    }
  });
}

/** Cross-file checks of an annotation file: ids unique, people known, claim notes complete. */
function checkReferences(data: Annotations, yaml: LocatedYaml, file: string, registry: Registry, problems: VFileMessage[]): void {
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
        fatal: true,
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
        hint: `Add content/people/${note.person}.yaml or correct the id.`,
        fatal: true,
      }));
    }
    if (note.layer === 'person' && note.person === undefined) {
      problems.push(contentMessage({
        file,
        ...at(['notes', index]),
        reason: `Missing \`person\` in person note \`${note.id}\`, expected the registry id the card is about`,
        ruleId: 'annotate/person-note-without-person',
        hint: 'Add `person: <id>` to the note.',
        fatal: true,
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
          fatal: true,
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
        hint: `Add content/people/${rule.person}.yaml or correct the id.`,
        fatal: true,
      }));
    }
  });
}
