/**
 * What the content check learns from an article's body, kept on disk between builds: its text blocks and
 * the dates in it that name no real day. Parsing the Markdown and scanning every block for dates is most of
 * the check's time (about 0.6 s of 1 s at a thousand articles), and a rebuild after one edit would do it
 * again for every article whose body did not change.
 *
 * An entry is keyed by the body and the publication day (the dates are read against it); the file is keyed
 * by the engine's code, so a change to the parser or the date rules drops it whole. A body with a link or
 * image the check refuses is not kept, so that message comes from a fresh reading every time; an impossible
 * date is kept with its block and offset, and its message is placed from them as from a fresh reading. A file
 * that cannot be read is ignored, and written anew; one that cannot be written is done without.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { writeFileWhole } from './files.ts';
import type { Block } from '../lib/tagging/blocks.ts';
import type { ImpossibleDate } from '../lib/tagging/dates.ts';

/** What the check keeps of one body. */
export interface BodyReading {
  /** Its paragraphs and headings, as mdast with positions relative to the body, and their text. */
  blocks: Block[];
  /** Its dates that name no real day, with the block each is in. */
  impossible: Array<ImpossibleDate & { block: number }>;
}

interface CacheFile {
  engine: string;
  bodies: Record<string, BodyReading>;
}

/** The body readings of the last check, and those of this one, to be saved for the next. */
export class BodyCache {
  private readonly path: string;
  private readonly engine: string;
  private readonly previous: Record<string, BodyReading>;
  private readonly next: Record<string, BodyReading> = {};
  /** How many bodies came from the file in this check. */
  reused = 0;

  /**
   * @param path The cache file.
   * @param engine A digest of the code that reads bodies; a file written by other code is not used.
   */
  constructor(path: string, engine: string) {
    this.path = path;
    this.engine = engine;
    this.previous = BodyCache.load(path, engine);
  }

  private static load(path: string, engine: string): Record<string, BodyReading> {
    try {
      const file = JSON.parse(readFileSync(path, 'utf8')) as CacheFile;
      return file.engine === engine && file.bodies && typeof file.bodies === 'object' ? file.bodies : {};
    } catch {
      return {};
    }
  }

  private static key(body: string, published: string): string {
    return createHash('sha256').update(published).update('\0').update(body).digest('hex');
  }

  /** The reading of a body last time, if it was clean then; it is kept for the next check too. */
  get(body: string, published: string): BodyReading | undefined {
    const key = BodyCache.key(body, published);
    const found = Object.hasOwn(this.previous, key) ? this.previous[key] : undefined;
    if (!found) return undefined;
    this.next[key] = found;
    this.reused += 1;
    return found;
  }

  /** Keep the reading of a body with no refused link or image. */
  set(body: string, published: string, reading: BodyReading): void {
    this.next[BodyCache.key(body, published)] = reading;
  }

  /**
   * Write the readings of this check (only bodies still in the content), replacing the file whole. A cache
   * is only a saving: when the folder cannot be written (a read-only checkout), the check goes on without it.
   *
   * @returns Whether the file was written.
   */
  save(): boolean {
    try {
      writeFileWhole(this.path, JSON.stringify({ engine: this.engine, bodies: this.next } satisfies CacheFile));
      return true;
    } catch {
      return false;
    }
  }
}
