/**
 * Every built page is valid HTML: html-validate (`.htmlvalidaterc.json`, extending
 * `html-validate:recommended`) reports no error in any HTML file of the root build (`dist/`) or the
 * sub-path build (`dist-subpath/`), both made by `npm test` before Vitest runs.
 *
 * Rules configured away from the preset, each because it conflicts with valid, intended markup:
 * - `form-dup-name` also shares names between checkboxes: a group of filter checkboxes with one name
 *   (`?verdict=accurate&verdict=misleading`) is how HTML forms send several values for one field.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { filesUnder } from '../../src/loader/files.ts';
import { join, relative } from 'node:path';
import { HtmlValidate, StaticConfigLoader, type ConfigData } from 'html-validate';

const ROOT = process.cwd();

function htmlFiles(folder: string): string[] {
  return filesUnder(folder).filter((file) => file.endsWith('.html')).map((file) => join(folder, file));
}

describe('html-validate over the built site', () => {
  // html-validate looks for `.htmlvalidate.json` on its own; the project's file is named for the brief's
  // convention, so it is loaded explicitly here (and with `--config` on the command line).
  const config = JSON.parse(readFileSync(join(ROOT, '.htmlvalidaterc.json'), 'utf8')) as ConfigData;
  const validator = new HtmlValidate(new StaticConfigLoader(config));

  for (const folder of ['dist', 'dist-subpath']) {
    it(`every HTML file in ${folder}/ validates with no errors`, async () => {
      const dist = join(ROOT, folder);
      expect(existsSync(join(dist, 'index.html')), `${folder}/ is built by npm test`).toBe(true);
      const files = htmlFiles(dist);
      expect(files.length).toBeGreaterThan(3);
      const errors: string[] = [];
      for (const file of files) {
        const report = await validator.validateFile(file);
        for (const result of report.results) {
          for (const message of result.messages) {
            if (message.severity < 2) continue;
            errors.push(`${relative(ROOT, file)}:${message.line}:${message.column}: ${message.message} [${message.ruleId}] at ${message.selector ?? 'document'}`);
          }
        }
      }
      expect(errors).toEqual([]);
    });
  }
});
