import fs from "node:fs";
import path from "node:path";
import ts from "typescript";

/**
 * Copies a TypeScript module and every module it imports by relative path into `dir` as plain JavaScript (same layout
 * under the repository root, with a package.json that makes it ESM), so that plain `node` can run it from a folder
 * any user can read: a test that runs kurabe as another user needs neither this checkout nor tsx to be readable.
 * Returns the copied entry's path.
 */
export function copyAsJavaScript(entry: string, dir: string, root = process.cwd()): string {
  const pending = [path.resolve(entry)];
  const done = new Set<string>();
  while (pending.length > 0) {
    const file = pending.pop()!;
    if (done.has(file)) continue;
    done.add(file);
    const source = fs.readFileSync(file, "utf8");
    for (const { fileName } of ts.preProcessFile(source, true, true).importedFiles) {
      if (fileName.startsWith(".")) pending.push(path.resolve(path.dirname(file), fileName.replace(/\.js$/, ".ts")));
    }
    const output = ts.transpileModule(source, {
      compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022, verbatimModuleSyntax: true },
      fileName: file,
    }).outputText;
    const target = path.join(dir, path.relative(root, file)).replace(/\.ts$/, ".js");
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, output);
  }
  fs.writeFileSync(path.join(dir, "package.json"), '{ "type": "module" }\n');
  return path.join(dir, path.relative(root, path.resolve(entry))).replace(/\.ts$/, ".js");
}
