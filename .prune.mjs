// Remove unused imports from the given files with the TypeScript language service.
import ts from 'typescript';
import { readFileSync, writeFileSync } from 'node:fs';
const files = process.argv.slice(2);
const host = {
  getScriptFileNames: () => files,
  getScriptVersion: () => '1',
  getScriptSnapshot: (f) => { try { return ts.ScriptSnapshot.fromString(readFileSync(f, 'utf8')); } catch { return undefined; } },
  getCurrentDirectory: () => process.cwd(),
  getCompilationSettings: () => ({ allowImportingTsExtensions: true, module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022, moduleResolution: ts.ModuleResolutionKind.Bundler, noEmit: true, skipLibCheck: true, verbatimModuleSyntax: true, strict: true }),
  getDefaultLibFileName: (o) => ts.getDefaultLibFilePath(o),
  fileExists: ts.sys.fileExists, readFile: ts.sys.readFile, readDirectory: ts.sys.readDirectory,
};
const service = ts.createLanguageService(host);
const mode = process.env.MODE ?? 'unused';
for (const file of files) {
  if (mode === 'types') {
    const fix = service.getCombinedCodeFix({ type: 'file', fileName: file }, 'convertToTypeOnlyImport', {}, {});
    let fixed = readFileSync(file, 'utf8');
    for (const change of fix.changes) for (const edit of [...change.textChanges].sort((a, b) => b.span.start - a.span.start)) fixed = fixed.slice(0, edit.span.start) + edit.newText + fixed.slice(edit.span.start + edit.span.length);
    writeFileSync(file, fixed);
    continue;
  }
  const changes = service.organizeImports({ type: 'file', fileName: file, mode: ts.OrganizeImportsMode.RemoveUnused }, {}, undefined);
  let text = readFileSync(file, 'utf8');
  for (const change of changes) for (const edit of [...change.textChanges].sort((a, b) => b.span.start - a.span.start)) {
    text = text.slice(0, edit.span.start) + edit.newText + text.slice(edit.span.start + edit.span.length);
  }
  writeFileSync(file, text);
}
