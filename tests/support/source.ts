/**
 * The op-ed as captured from the publisher's page (tests/fixtures/source/), split into its parts: the
 * site name, the repeated title, the standfirst, the paragraphs of the text, and the closing disclaimer.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const captured = readFileSync(join(process.cwd(), 'tests/fixtures/source/cap-2007-bush-writes-kim.txt'), 'utf8');
const blocks = captured.split(/\n\n+/).map((block) => block.trim()).filter(Boolean);

/** The op-ed's paragraphs, exactly as captured. */
export const sourceParagraphs: string[] = blocks.slice(4, -1);
/** The standfirst printed under the title. */
export const sourceDek: string = blocks[3]!;
/** The publisher's closing disclaimer. */
export const sourceDisclaimer: string = blocks[blocks.length - 1]!;
