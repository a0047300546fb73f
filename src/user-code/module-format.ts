import { readFileSync } from "node:fs";
import { dirname, extname, join } from "node:path";

/**
 * Whether Node (and tsx) run a file as CommonJS: .cjs and .cts always, .mjs and .mts never, any other by the `type` of
 * the nearest package.json (CommonJS unless it says "module"; CommonJS with no package.json at all). See
 * https://nodejs.org/api/packages.html#determining-module-system.
 */
export function isCommonJs(path: string): boolean {
  const extension = extname(path);
  if (extension === ".cjs" || extension === ".cts") return true;
  if (extension === ".mjs" || extension === ".mts") return false;
  for (let dir = dirname(path); ; dir = dirname(dir)) {
    const manifest = readManifest(join(dir, "package.json"));
    if (manifest !== undefined) return manifest.type !== "module";
    if (dirname(dir) === dir) return true;
  }
}

function readManifest(file: string): { type?: unknown } | undefined {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch {
    return undefined;
  }
  try {
    return JSON.parse(text) as { type?: unknown };
  } catch (error) {
    // Node stops at a broken package.json too; the message says which one, as JSON.parse's does not.
    throw new Error(`${file} is not valid JSON (${(error as Error).message}): it decides whether the files below it are CommonJS`, { cause: error });
  }
}
