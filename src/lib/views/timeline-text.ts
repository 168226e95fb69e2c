/**
 * Text on the timeline's drawing: widths from a table of a sans face's advance widths (an SVG cannot wrap
 * its text, so lines are broken at build time), and the breaking of labels and dates into lines.
 */

// Advance widths of DejaVu Sans in ems, the widest of the common system sans faces (and the one Linux
// falls back to): wrapping by them keeps lines inside the drawing in narrower faces too.
const NARROW_CHARS: Record<string, number> = {
  ' ': 0.318, '.': 0.318, ',': 0.318, ':': 0.337, ';': 0.337, '’': 0.318, "'": 0.275, '!': 0.4, '|': 0.337,
  '(': 0.39, ')': 0.39, '-': 0.361, '/': 0.337, i: 0.278, j: 0.278, l: 0.278, f: 0.352, t: 0.392, r: 0.411,
  I: 0.295, J: 0.295,
};
const WIDE_CHARS: Record<string, number> = { m: 0.974, w: 0.818, M: 0.863, W: 0.989, '—': 1, '&': 0.78, '%': 0.95, '@': 1 };

/** The width in pixels of a line of text in the timeline's sans face, estimated from DejaVu Sans's widths. */
export function textWidth(text: string, fontSize: number): number {
  let ems = 0;
  for (const char of text) ems += charWidth(char);
  return ems * fontSize;
}

const CHAR_WIDTHS = new Map<string, number>();

/** The width of one character in ems. */
function charWidth(char: string): number {
  let width = CHAR_WIDTHS.get(char);
  if (width === undefined) {
    // Capitals and digits run wider than lower case (DejaVu: about 0.7 and 0.64 em against 0.6).
    width = NARROW_CHARS[char] ?? WIDE_CHARS[char] ?? (/[A-Z]/.test(char) ? 0.72 : /[0-9]/.test(char) ? 0.637 : 0.62);
    CHAR_WIDTHS.set(char, width);
  }
  return width;
}

/**
 * Whether a width is within `maxWidth`. Widths added up piece by piece can differ from the width of the
 * whole in the last bits of a float; within a hair of the limit, the whole is measured, so a line breaks
 * exactly where measuring each line would break it.
 */
function fits(width: number, maxWidth: number, whole: () => number): boolean {
  return Math.abs(width - maxWidth) < 1e-6 ? whole() <= maxWidth : width <= maxWidth;
}

/**
 * Break a label into lines no wider than `maxWidth`, at spaces; a word longer than a line is cut. `measure`
 * (default: characters) must add up, two pieces joined the sum of theirs: each word is measured once.
 */
export function wrapText(text: string, maxWidth: number, measure: (text: string) => number = (part) => part.length): string[] {
  const lines: string[] = [];
  const space = measure(' ');
  let line = '';
  let lineWidth = 0;
  for (let word of text.split(/\s+/).filter(Boolean)) {
    let wordWidth = measure(word);
    while (wordWidth > maxWidth && word.length > 1) {
      // Cut the longest head of the word that fits (at least one character, so the loop ends).
      let cut = word.length - 1;
      while (cut > 1 && measure(word.slice(0, cut)) > maxWidth) cut -= 1;
      if (line) lines.push(line);
      lines.push(word.slice(0, cut));
      word = word.slice(cut);
      wordWidth = measure(word);
      line = '';
      lineWidth = 0;
    }
    if (!line) {
      line = word;
      lineWidth = wordWidth;
    } else if (fits(lineWidth + space + wordWidth, maxWidth, () => measure(`${line} ${word}`))) {
      line += ` ${word}`;
      lineWidth += space + wordWidth;
    } else {
      lines.push(line);
      line = word;
      lineWidth = wordWidth;
    }
  }
  if (line) lines.push(line);
  return lines;
}

/** Break a date into lines, at the dash of a span first ("1 September –" / "6 December 2007"). */
export function wrapWhen(when: string, maxWidth: number, measure: (text: string) => number = (part) => part.length): string[] {
  if (measure(when) <= maxWidth || !when.includes(' – ')) return wrapText(when, maxWidth, measure);
  const [first, ...rest] = when.split(' – ');
  return [...wrapText(`${first} –`, maxWidth, measure), ...wrapText(rest.join(' – '), maxWidth, measure)];
}
