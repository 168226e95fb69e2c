/**
 * Reads the content folder as raw files and checks it before anything is built: every article's
 * frontmatter, every person, every annotation file, and the references between them. Each problem comes
 * back with its file, line and column, so a build can stop with a message a writer can act on.
 *
 * The files are only read, never written.
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join, relative, basename, extname } from 'node:path';
import { LineCounter, parseDocument, isMap, isScalar, type Document } from 'yaml';
import type { z } from 'zod';
import {
  ID_PATTERN,
  annotationsSchema,
  articleSchema,
  personSchema,
  type Annotations,
  type Article,
  type Person,
} from './schema.ts';
import { pointAt, type Point, type Problem } from './problems.ts';

/** The people registry: id → person. */
export type Registry = Map<string, Person>;

/** An article read from disk: its checked frontmatter and its body with the body's first line number. */
export interface ArticleFile {
  slug: string;
  file: string;
  data: Article;
  body: string;
  /** 1-based line of the body's first line in the file, to position problems found in the body. */
  bodyLine: number;
}

/** Everything `checkContent` read, plus the problems it found. */
export interface ContentReport {
  problems: Problem[];
  registry: Registry;
  articles: ArticleFile[];
  annotations: Map<string, Annotations>;
}

/** Folders inside the content root. */
export const CONTENT_FOLDERS = { articles: 'articles', people: 'people', annotations: 'annotations' } as const;

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

/** Read a file as UTF-8, refusing bytes that are not valid UTF-8 rather than turning them into U+FFFD. */
export function readUtf8(path: string, file: string, problems: Problem[]): string | undefined {
  const bytes = readFileSync(path);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const text = new TextDecoder('utf-8').decode(bytes);
    const offset = text.indexOf('\uFFFD');
    problems.push({
      file,
      start: pointAt(text, Math.max(0, offset)),
      reason: 'Unexpected bytes that are not UTF-8, expected a UTF-8 text file',
      ruleId: 'content/invalid-utf8',
      hint: 'Re-save the file as UTF-8 (most editors offer "Save with encoding").',
      fatal: true,
    });
    return undefined;
  }
}

function listFiles(folder: string, extensions: string[]): string[] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder)
    .filter((name) => extensions.includes(extname(name)) && !name.startsWith('.'))
    .sort();
}

/** Positions of a YAML path inside a parsed document (falls back to the start of the file). */
function yamlRange(
  document: Document,
  lines: LineCounter,
  path: readonly PropertyKey[],
  lineOffset: number,
  atKey = false,
): { start: Point; end?: Point } {
  if (atKey && path.length > 0) {
    const parent = document.getIn(path.slice(0, -1) as unknown[], true);
    if (isMap(parent)) {
      const pair = parent.items.find((item) => isScalar(item.key) && item.key.value === path[path.length - 1]);
      const key = pair?.key as { range?: [number, number, number] } | undefined;
      if (key?.range) {
        const start = lines.linePos(key.range[0]);
        const end = lines.linePos(key.range[1]);
        return { start: { line: start.line + lineOffset, column: start.col }, end: { line: end.line + lineOffset, column: end.col } };
      }
    }
  }
  for (let depth = path.length; depth >= 0; depth--) {
    const node = document.getIn(path.slice(0, depth) as unknown[], true) as { range?: [number, number, number] } | undefined;
    if (node && typeof node === 'object' && node.range) {
      const start = lines.linePos(node.range[0]);
      const end = lines.linePos(node.range[1]);
      return {
        start: { line: start.line + lineOffset, column: start.col },
        end: { line: end.line + lineOffset, column: end.col },
      };
    }
  }
  return { start: { line: 1 + lineOffset, column: 1 } };
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

/** What a zod issue expected, in words a writer understands. */
function describeIssue(issue: z.core.$ZodIssue, raw: unknown): string {
  const field = issue.path.length > 0 ? `\`${issue.path.join('.')}\`` : 'the file';
  switch (issue.code) {
    case 'invalid_type': {
      const value = valueAt(raw, issue.path);
      if (value === undefined) return `Missing ${field}, expected ${issue.expected}`;
      const kind = value === null ? 'empty value' : Array.isArray(value) ? 'list' : typeof value;
      return `Unexpected ${kind} in ${field}, expected ${issue.expected}`;
    }
    case 'unrecognized_keys':
      return `Unexpected field${issue.keys.length === 1 ? '' : 's'} ${issue.keys.map((key) => `\`${key}\``).join(', ')} in ${field}, expected only the documented fields`;
    case 'invalid_value':
      return `Unexpected value in ${field}, expected one of ${issue.values.map((value) => `\`${String(value)}\``).join(', ')}`;
    case 'invalid_union':
      return `Unexpected value in ${field}, expected ${issue.message}`;
    default:
      return `${issue.message} (in ${field})`;
  }
}

/** Parse YAML and validate it, pushing positioned problems; returns the data when it is valid. */
export function parseYaml<Schema extends z.ZodType>(
  text: string,
  schema: Schema,
  file: string,
  problems: Problem[],
  options: { lineOffset?: number; rulePrefix: string; hint: string },
): z.output<Schema> | undefined {
  const lineOffset = options.lineOffset ?? 0;
  const lines = new LineCounter();
  const document = parseDocument(text, { lineCounter: lines, prettyErrors: true, uniqueKeys: true });
  if (document.errors.length > 0) {
    for (const error of document.errors) {
      const [start, end] = error.linePos ?? [{ line: 1, col: 1 }];
      problems.push({
        file,
        start: { line: start.line + lineOffset, column: start.col },
        end: end ? { line: end.line + lineOffset, column: end.col } : undefined,
        reason: `Unexpected YAML: ${error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '')}`,
        ruleId: `${options.rulePrefix}/invalid-yaml`,
        hint: 'Check indentation, colons and quotes near this position; quote text that contains `: ` or starts with a symbol.',
        fatal: true,
      });
    }
    return undefined;
  }
  const raw: unknown = document.toJS() ?? {};
  if (!isMap(document.contents) && document.contents !== null) {
    problems.push({
      file,
      start: { line: 1 + lineOffset, column: 1 },
      reason: 'Unexpected YAML value, expected a mapping of fields (`key: value`)',
      ruleId: `${options.rulePrefix}/invalid-yaml`,
      hint: options.hint,
      fatal: true,
    });
    return undefined;
  }
  const result = schema.safeParse(raw);
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    // An unknown key is best shown at the key itself.
    const path = issue.code === 'unrecognized_keys' && issue.keys.length > 0 ? [...issue.path, issue.keys[0]!] : issue.path;
    problems.push({
      file,
      ...yamlRange(document, lines, path, lineOffset, issue.code === 'unrecognized_keys'),
      reason: describeIssue(issue, raw),
      ruleId: `${options.rulePrefix}/invalid-field`,
      hint: options.hint,
      fatal: true,
    });
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
  const problems: Problem[] = [];
  const contentRoot = join(root, 'content');
  const registry: Registry = new Map();
  const articles: ArticleFile[] = [];
  const annotations = new Map<string, Annotations>();
  const rel = (path: string) => relative(root, path).split('\\').join('/');

  const peopleFolder = join(contentRoot, CONTENT_FOLDERS.people);
  for (const name of listFiles(peopleFolder, ['.yaml', '.yml'])) {
    const path = join(peopleFolder, name);
    const file = rel(path);
    const id = basename(name, extname(name));
    if (!ID_PATTERN.test(id)) {
      problems.push({
        file,
        start: { line: 1, column: 1 },
        reason: `Unexpected file name \`${name}\`, expected a kebab-case person id such as \`george-w-bush.yaml\``,
        ruleId: 'people/invalid-id',
        hint: 'Rename the file: its name is the id that articles and notes use.',
        fatal: true,
      });
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
      problems.push({
        file,
        start: { line: 1, column: 1 },
        reason: `Unexpected file name \`${name}\`, expected a kebab-case slug such as \`my-op-ed.md\``,
        ruleId: 'frontmatter/invalid-slug',
        hint: 'The file name becomes the page address /articles/<slug>/.',
        fatal: true,
      });
      continue;
    }
    const text = readUtf8(path, file, problems);
    if (text === undefined) continue;
    const parts = splitFrontmatter(text);
    if (!parts) {
      problems.push({
        file,
        start: { line: 1, column: 1 },
        reason: 'Missing frontmatter, expected the file to start with `---`, YAML fields, and `---`',
        ruleId: 'frontmatter/missing',
        hint: 'Add at least title, authors, publisher, published and source between two `---` lines.',
        fatal: true,
      });
      continue;
    }
    const data = parseYaml(parts.frontmatter, articleSchema, file, problems, {
      lineOffset: 1,
      rulePrefix: 'frontmatter',
      hint: 'Required: title, authors, publisher, published (YYYY-MM-DD), source (http(s) URL).',
    });
    if (!data) continue;
    if (parts.body.trim() === '') {
      problems.push({
        file,
        start: { line: parts.bodyLine, column: 1 },
        reason: 'Unexpected empty body, expected the text of the article after the frontmatter',
        ruleId: 'article/empty-body',
        hint: 'Paste the article’s paragraphs below the closing `---`, separated by blank lines.',
        fatal: true,
      });
      continue;
    }
    data.authors.forEach((author, index) => {
      if (isPersonId(author) && !registry.has(author)) {
        problems.push({
          file,
          ...frontmatterFieldRange(parts.frontmatter, ['authors', index]),
          reason: `Unknown author id \`${author}\` in \`authors.${index}\`, expected an id from content/people/ or a plain name`,
          ruleId: 'frontmatter/unknown-author',
          hint: `Add content/people/${author}.yaml, or write the author's name as it should be printed ("Jane Doe").`,
          fatal: true,
        });
      }
    });
    articles.push({ slug, file, data, body: parts.body, bodyLine: parts.bodyLine });
  }

  const annotationFolder = join(contentRoot, CONTENT_FOLDERS.annotations);
  const slugs = new Set(articles.map((article) => article.slug));
  const allSlugs = new Set(listFiles(articleFolder, ['.md']).map((name) => basename(name, '.md')));
  for (const name of listFiles(annotationFolder, ['.yaml', '.yml'])) {
    const path = join(annotationFolder, name);
    const file = rel(path);
    const slug = basename(name, extname(name));
    if (!allSlugs.has(slug)) {
      problems.push({
        file,
        start: { line: 1, column: 1 },
        reason: `Unexpected annotations for \`${slug}\`, expected a matching article content/articles/${slug}.md`,
        ruleId: 'annotate/unknown-article',
        hint: 'Name the annotation file after the article it annotates.',
        fatal: true,
      });
      continue;
    }
    const text = readUtf8(path, file, problems);
    if (text === undefined) continue;
    const data = parseYaml(text, annotationsSchema, file, problems, {
      rulePrefix: 'annotate',
      hint: 'See README "Annotation format" for the fields of a note.',
    });
    if (!data) continue;
    checkReferences(data, text, file, registry, problems);
    if (slugs.has(slug)) annotations.set(slug, data);
  }

  return { problems, registry, articles, annotations };
}

function frontmatterFieldRange(frontmatter: string, path: (string | number)[]): { start: Point; end?: Point } {
  const lines = new LineCounter();
  const document = parseDocument(frontmatter, { lineCounter: lines });
  return yamlRange(document, lines, path, 1);
}

/** Cross-file checks of an annotation file: ids unique, people known, claim notes complete. */
function checkReferences(data: Annotations, text: string, file: string, registry: Registry, problems: Problem[]): void {
  const lines = new LineCounter();
  const document = parseDocument(text, { lineCounter: lines });
  const at = (path: (string | number)[]) => yamlRange(document, lines, path, 0);
  const seen = new Map<string, number>();
  data.notes.forEach((note, index) => {
    const first = seen.get(note.id);
    if (first !== undefined) {
      problems.push({
        file,
        ...at(['notes', index, 'id']),
        reason: `Unexpected duplicate note id \`${note.id}\` (first used by note ${first + 1}), expected each id once`,
        ruleId: 'annotate/duplicate-id',
        hint: 'Give this note a new id; ids are URL fragments, so keep the older one as it is.',
        fatal: true,
      });
    } else {
      seen.set(note.id, index);
    }
    if (note.person !== undefined && !registry.has(note.person)) {
      problems.push({
        file,
        ...at(['notes', index, 'person']),
        reason: `Unknown person id \`${note.person}\` in note \`${note.id}\`, expected an id from content/people/`,
        ruleId: 'annotate/unknown-person',
        hint: `Add content/people/${note.person}.yaml or correct the id.`,
        fatal: true,
      });
    }
    if (note.layer === 'person' && note.person === undefined) {
      problems.push({
        file,
        ...at(['notes', index]),
        reason: `Missing \`person\` in person note \`${note.id}\`, expected the registry id the card is about`,
        ruleId: 'annotate/person-note-without-person',
        hint: 'Add `person: <id>` to the note.',
        fatal: true,
      });
    }
    if (note.layer === 'claim') {
      const missing = (['verdict', 'knownThen', 'knownLater'] as const).filter((field) => note[field] === undefined);
      if (note.sources.length === 0) missing.push('sources' as never);
      if (missing.length > 0) {
        problems.push({
          file,
          ...at(['notes', index]),
          reason: `Missing ${missing.map((field) => `\`${field}\``).join(', ')} in claim note \`${note.id}\`, expected a verdict, sources, knownThen and knownLater`,
          ruleId: 'annotate/incomplete-claim',
          hint: 'A claim note needs all four so readers can check it; use layer `context` for background notes.',
          fatal: true,
        });
      }
    }
  });
  data.coreference.forEach((rule, index) => {
    if (!registry.has(rule.person)) {
      problems.push({
        file,
        ...at(['coreference', index, 'person']),
        reason: `Unknown person id \`${rule.person}\` for phrase “${rule.phrase}”, expected an id from content/people/`,
        ruleId: 'annotate/unknown-person',
        hint: `Add content/people/${rule.person}.yaml or correct the id.`,
        fatal: true,
      });
    }
  });
}
