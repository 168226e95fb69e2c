/**
 * Content problems: what went wrong, where (file, line, column), which rule, and how to fix it.
 * Every check in the project reports through this one shape so the build can print them together.
 */

/** A 1-based line and column. */
export interface Point {
  line: number;
  column: number;
}

/** One problem in one content file. */
export interface Problem {
  /** The file, relative to the project root. */
  file: string;
  /** Where it starts. */
  start: Point;
  /** Where it ends, when known. */
  end?: Point;
  /** "Unexpected X, expected Y". */
  reason: string;
  /** A stable rule id, such as `frontmatter/invalid-field` or `annotate/quote-missing`. */
  ruleId: string;
  /** How to fix it. */
  hint?: string;
  /** Warnings are printed; errors stop the build. */
  fatal: boolean;
}

/** Format a problem as `file:line:column-line:column: reason [rule] (hint)`, the way unified reports do. */
export function formatProblem(problem: Problem): string {
  const start = `${problem.start.line}:${problem.start.column}`;
  const end = problem.end ? `-${problem.end.line}:${problem.end.column}` : '';
  const hint = problem.hint ? `\n    hint: ${problem.hint}` : '';
  const level = problem.fatal ? 'error' : 'warning';
  return `${problem.file}:${start}${end}: ${level}: ${problem.reason} [${problem.ruleId}]${hint}`;
}

/** The error a build throws when content has problems; its message lists them all. */
export class ContentError extends Error {
  readonly problems: Problem[];
  constructor(problems: Problem[]) {
    const errors = problems.filter((problem) => problem.fatal);
    super(
      `The content has ${errors.length} problem${errors.length === 1 ? '' : 's'}; nothing was built.\n` +
        errors.map(formatProblem).join('\n'),
    );
    this.name = 'ContentError';
    this.problems = problems;
  }
}

/** Turn a string offset into a 1-based line and column. */
export function pointAt(text: string, offset: number): Point {
  let line = 1;
  let lineStart = 0;
  for (let index = 0; index < offset && index < text.length; index++) {
    if (text.charCodeAt(index) === 10) {
      line++;
      lineStart = index + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}
