/**
 * The command line of a script, read by `parseArgs`: `--help` (`-h`) prints the usage and exits, and an
 * unknown option, a missing value or a stray argument prints what is wrong, then the usage, and exits 1.
 */
import { parseArgs, type ParseArgsOptionsConfig } from 'node:util';

/**
 * @param usage One line: how to call the script.
 * @param options The options, as `parseArgs` takes them.
 * @param allowPositionals Whether arguments other than options are taken (files, folders).
 */
export function commandLine<const Options extends ParseArgsOptionsConfig>(usage: string, options: Options, allowPositionals = false) {
  try {
    const parsed = parseArgs({ options: { ...options, help: { type: 'boolean', short: 'h' } }, allowPositionals });
    if ((parsed.values as { help?: boolean }).help) {
      console.error(usage);
      process.exit(0);
    }
    return parsed;
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : String(error)}\n${usage}`);
    process.exit(1);
  }
}
