/**
 * What the content check learns from an article body (its blocks and impossible dates), kept between builds:
 * parsing and date scanning are most of the check's time. An entry is keyed by body and publication day;
 * the file by the engine's code. A body with a refused link is not kept, so its message is always fresh.
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

  /** @param engine Digest of the code that reads bodies; a file written by other code is not used. */
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

  /** Write this check's readings whole; a cache is only a saving, so a read-only folder is no error. */
  save(): boolean {
    try {
      writeFileWhole(this.path, JSON.stringify({ engine: this.engine, bodies: this.next } satisfies CacheFile));
      return true;
    } catch {
      return false;
    }
  }
}
