import fs from "node:fs";
import path from "node:path";
import { KurabeError } from "../errors.js";
import { openDatabase } from "../store/open-store.js";
import { storePath } from "../store/store-location.js";
import { importRun, parseRunFile } from "../store/portable/import-run.js";

/**
 * `kurabe import FILE`: adds an exported run to the store, so results, report, compare and view show it; its items'
 * images are written to images/ beside the store.
 */
export function importCommand(file: string, options: { db?: string; config?: string }): number {
  let text: string;
  try {
    text = fs.readFileSync(file, "utf8");
  } catch (error) {
    throw new KurabeError("input", `cannot read the run file: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`, { file });
  }
  // The file is checked whole before the store is opened: a bad file leaves no store behind.
  const run = parseRunFile(text, file);
  const target = storePath(options);
  const db = openDatabase(target);
  try {
    // Beside the store, as its other files are: a store moved with its folder keeps its images.
    importRun(db, run, path.join(path.dirname(path.resolve(target)), "images"));
  } finally {
    db.close();
  }
  process.stdout.write(`imported run ${run.run.id} (${run.models.length} models, ${run.responses.length} answers) into ${target}\n`);
  return 0;
}
