import { isAbsolute, relative } from "node:path";

/**
 * How a file is named in messages: relative to the working directory when it lies inside it (what the user typed,
 * usually), absolute otherwise (a `../../` chain is harder to act on than the full path).
 */
export function displayPath(absolutePath: string, cwd: string = process.cwd()): string {
  const rel = relative(cwd, absolutePath);
  return rel && !rel.startsWith("..") && !isAbsolute(rel) ? rel : absolutePath;
}
