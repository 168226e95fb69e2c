/**
 * A temporary copy of the project's code (src/, scripts/, package.json; node_modules linked) with a content
 * folder of its own, to run the editor's commands (`npm run check:content`, `tag`, `new`) on fixture
 * content exactly as an editor runs them: `node scripts/<name>.ts` in the project's folder.
 */
import { cpSync, mkdtempSync, rmSync, symlinkSync, existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = process.cwd();

/** A project copy and a way to run its commands. */
export interface ProjectCopy {
  root: string;
  /** Run `node scripts/<script>` with arguments in the copy; what it printed and its exit status. */
  run(script: string, args?: readonly string[]): { status: number; stdout: string; stderr: string };
  remove(): void;
}

/**
 * Copy the project's code and `contentFolder` (when it exists) into a temporary folder.
 *
 * @param contentFolder A fixture's `content/` folder.
 */
export function copyProject(contentFolder: string): ProjectCopy {
  const root = mkdtempSync(join(tmpdir(), 'edition-project-'));
  for (const name of ['src', 'scripts', 'package.json']) cpSync(join(ROOT, name), join(root, name), { recursive: true });
  symlinkSync(join(ROOT, 'node_modules'), join(root, 'node_modules'), 'dir');
  if (existsSync(contentFolder)) cpSync(contentFolder, join(root, 'content'), { recursive: true });
  return {
    root,
    run: (script, args = []) => {
      const result = spawnSync(process.execPath, [join('scripts', script), ...args], { cwd: root, encoding: 'utf8' });
      return { status: result.status ?? 1, stdout: result.stdout, stderr: result.stderr };
    },
    remove: () => rmSync(root, { recursive: true, force: true }),
  };
}
