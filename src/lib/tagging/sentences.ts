/**
 * Sentence splitting for one paragraph, by readable rules. A sentence may end only where `.?!…` (and any
 * closers) meet whitespace or the end, and never before a lower-case word. After a title (`Mr.`) it never
 * ends; after an abbreviation that can also close a sentence (`W.`, `U.S.`, `Dec.`) or an ellipsis, only
 * before a common sentence opener: `George W. Bush` stays whole, `…in the U.S. The president…` splits.
 */

/** One sentence of a paragraph and where it starts. */
export interface SentenceSpan {
  /** The sentence, without surrounding whitespace: `input.slice(offset, offset + text.length)`. */
  text: string;
  /** UTF-16 index of the sentence's first character in the paragraph. */
  offset: number;
}

// Abbreviations that are always followed by more of the same sentence, spelled as they are written.
const ALWAYS_CONTINUES = new Set([
  'Mr', 'Mrs', 'Ms', 'Messrs', 'Dr', 'Prof', 'Sen', 'Sens', 'Rep', 'Reps', 'Gov', 'Gen', 'Lt', 'Col', 'Maj',
  'Capt', 'Cmdr', 'Adm', 'Sgt', 'Cpl', 'Pvt', 'Rev', 'Hon', 'Pres', 'Amb', 'Supt', 'Atty',
  'e.g', 'E.g', 'i.e', 'I.e', 'cf', 'Cf', 'viz', 'vs', 'v', 'approx', 'ca',
]);
// Transcripts set titles in capitals ("MR. SMITH:"), and those continue the sentence too.
for (const title of ['Mr', 'Mrs', 'Ms', 'Dr', 'Sen', 'Rep', 'Gov', 'Gen', 'Adm', 'Amb', 'Hon', 'Rev', 'Lt', 'Col']) {
  ALWAYS_CONTINUES.add(title.toUpperCase());
}

// Abbreviations that may also be the last word of a sentence, spelled as they are written ("no." is a word).
const MAY_END = new Set([
  'Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec',
  'No', 'Nos', 'Vol', 'p', 'pp', 'Fig', 'Art', 'Sec', 'St', 'Mt', 'Ft', 'Ave', 'Jr', 'Sr',
  'Inc', 'Ltd', 'Co', 'Corp', 'Bros', 'Dept', 'Univ', 'etc', 'al',
]);

// Words that commonly open an English sentence; after an ambiguous abbreviation they signal a new one.
const SENTENCE_OPENERS: ReadonlySet<string> = new Set([
  'A', 'An', 'The', 'This', 'That', 'These', 'Those', 'It', 'Its', 'He', 'She', 'They', 'We', 'I', 'You',
  'His', 'Her', 'Their', 'Our', 'My', 'Your', 'But', 'And', 'Yet', 'So', 'Or', 'Nor', 'If', 'When',
  'While', 'Although', 'Though', 'Because', 'As', 'In', 'On', 'At', 'By', 'After', 'Before', 'Since',
  'During', 'Now', 'Then', 'There', 'Here', 'What', 'Why', 'How', 'Who', 'Where', 'Which', 'Only', 'Still',
  'However', 'Moreover', 'Meanwhile', 'Indeed', 'Instead', 'Such', 'Some', 'Many', 'Most', 'All', 'Each',
  'Every', 'Both', 'Neither', 'Either', 'Not', 'Even', 'Yes', 'No', 'One', 'Last', 'Next', 'Today',
  'Yesterday', 'Tomorrow', 'Also', 'Nevertheless', 'Nonetheless', 'Thus', 'Hence', 'Therefore', 'Without',
  'With', 'For', 'To', 'From', 'Under', 'Until', 'Unless', 'Once', 'Few', 'Any', 'Another', 'Several',
]);

// A possible end: end marks, then closing quotes or brackets, then whitespace or the end of the text.
const POSSIBLE_END = /[.?!…]+[”’"'»)\]]*(?=\s|$)/gu;
const OPENING = /^[“‘"'«(\[]+/u;
const CLOSING = /[”’"'»)\]]+$/u;
// `U.S`, `U.N`, `a.m`, `Ph.D` — the word before the final dot of a dotted abbreviation.
const DOTTED = /^(?:\p{L}{1,2}\.)+\p{L}{1,2}$/u;
const INITIAL = /^\p{Lu}$/u;

// The run of non-space characters ending at `end`, found by stepping back: a regex over everything before
// it made long paragraphs quadratic.
function wordBefore(text: string, end: number): string {
  let start = end;
  while (start > 0 && !/\s/u.test(text.charAt(start - 1))) start -= 1;
  return text.slice(start, end);
}

// Whether the end marks at text[marksStart, marksEnd), followed by closers up to closersEnd, end a sentence.
function endsSentence(text: string, marksStart: number, marksEnd: number, closersEnd: number): boolean {
  const marks = text.slice(marksStart, marksEnd);
  const rest = /^\s*(\S*)/u.exec(text.slice(closersEnd))?.[1] ?? '';
  if (rest === '') return true;
  const next = rest.replace(OPENING, '');
  const first = next.charAt(0);
  if (/\p{Ll}/u.test(first)) return false;
  if (/[?!]/.test(marks)) return true;

  const startsSentence = /[\p{Lu}\p{N}\p{Sc}]/u.test(first);
  if (!startsSentence) return false;

  const nextWord = /^\p{L}+/u.exec(next)?.[0] ?? '';
  // A following initial (`J. R. R. Tolkien`) or dotted abbreviation continues a name or title.
  const opensSentence = SENTENCE_OPENERS.has(nextWord) && !/^\p{L}\./u.test(next);
  // Four dots are an ellipsis plus a full stop, which ends the sentence like any full stop.
  const ellipsis = /^(?:…|\.{3})$/u.test(marks);
  if (ellipsis) return opensSentence;

  const word = wordBefore(text, marksStart).replace(OPENING, '').replace(CLOSING, '');
  if (marks === '.' && ALWAYS_CONTINUES.has(word)) return false;
  if (marks === '.' && (MAY_END.has(word) || DOTTED.test(word) || INITIAL.test(word))) return opensSentence;
  return true;
}

/** Split a paragraph's plain text into trimmed sentences with their offsets; only whitespace is left out. */
export function splitSentences(text: string): SentenceSpan[] {
  const sentences: SentenceSpan[] = [];
  let start = 0;
  const push = (end: number) => {
    const raw = text.slice(start, end);
    const trimmed = raw.trim();
    if (trimmed !== '') sentences.push({ text: trimmed, offset: start + raw.indexOf(trimmed) });
    start = end;
  };
  for (const match of text.matchAll(POSSIBLE_END)) {
    const marksStart = match.index;
    const marksEnd = marksStart + (/^[.?!…]+/u.exec(match[0])?.[0].length ?? 0);
    const closersEnd = marksStart + match[0].length;
    if (endsSentence(text, marksStart, marksEnd, closersEnd)) push(closersEnd);
  }
  push(text.length);
  return sentences;
}
