/**
 * The term groups search expands queries with (synonyms, and people's names with their aliases), built into
 * the search script as `virtual:search-terms` so that a first search fetches nothing more for them.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { packTermGroups, termGroups, type TermGroup } from '../lib/search/query.ts';
import { parseSynonyms } from '../lib/search/synonyms.ts';
import { VERDICT_LABELS } from '../lib/views/labels.ts';

/** The module's name, as the browser code imports it. */
export const SEARCH_TERMS_MODULE = 'virtual:search-terms';
const RESOLVED = `\0${SEARCH_TERMS_MODULE}`;

/** The synonyms file, under the project's root. */
export const SYNONYMS_FILE = join('content', 'synonyms.yaml');

/** The term groups of a project's content, and the files they were read from (to watch in dev). */
export function readTermGroups(root: string): { groups: TermGroup[]; files: string[] } {
  const files: string[] = [];
  const synonymsFile = join(root, SYNONYMS_FILE);
  let synonyms: string[][] = [];
  if (existsSync(synonymsFile)) {
    files.push(synonymsFile);
    synonyms = parseSynonyms(readFileSync(synonymsFile, 'utf8'), SYNONYMS_FILE);
  }
  const peopleFolder = join(root, 'content', 'people');
  const people: Array<{ name: string; aliases?: string[] }> = [];
  if (existsSync(peopleFolder)) {
    for (const name of readdirSync(peopleFolder).filter((file) => /\.ya?ml$/.test(file)).sort()) {
      const file = join(peopleFolder, name);
      files.push(file);
      // The content check validates these files; a malformed one stops the build there, with its position.
      const data = parse(readFileSync(file, 'utf8')) as { name?: unknown; aliases?: unknown } | null;
      if (typeof data?.name !== 'string') continue;
      const aliases = Array.isArray(data.aliases) ? data.aliases.filter((alias): alias is string => typeof alias === 'string') : [];
      people.push({ name: data.name, aliases });
    }
  }
  return { groups: termGroups(synonyms, people), files };
}

/** A Vite plugin that serves the term groups of the project at `root` as `virtual:search-terms`. */
export function searchTermsPlugin(root: string) {
  return {
    name: 'edition:search-terms',
    resolveId(id: string) {
      return id === SEARCH_TERMS_MODULE ? RESOLVED : undefined;
    },
    load(this: { addWatchFile(file: string): void }, id: string) {
      if (id !== RESOLVED) return undefined;
      const { groups, files } = readTermGroups(root);
      for (const file of files) this.addWatchFile(file);
      // The verdicts' labels too: search reads first the records that hold a sentence with a verdict.
      const verdicts = Object.values(VERDICT_LABELS).map((verdict) => verdict.label);
      return `export default ${JSON.stringify(packTermGroups(groups))};\nexport const verdicts = ${JSON.stringify(verdicts)};`;
    },
  };
}
