import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { KurabeError } from "../errors.js";
import { migrate } from "./migrations.js";

/** Default store location, relative to the current directory; `--db` or `db:` in kurabe.yaml override it. */
export const DEFAULT_DB_PATH = path.join(".kurabe", "kurabe.db");

export function openDatabase(file: string, options: { mustExist?: boolean } = {}): Database.Database {
  if (options.mustExist && !fs.existsSync(file)) {
    throw new KurabeError("input", "no results store here; run `kurabe run` first or pass --db PATH", { file });
  }
  fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  let db: Database.Database;
  try {
    db = new Database(file);
  } catch (error) {
    throw new KurabeError("store", `cannot open the results store: ${(error as Error).message}`, { file }, { cause: error });
  }
  // WAL lets a report or dashboard read while a run writes; NORMAL sync keeps each committed row across a crash of
  // the process (only an OS crash can lose the last transactions).
  db.pragma("journal_mode = WAL");
  db.pragma("synchronous = NORMAL");
  db.pragma("foreign_keys = ON");
  db.pragma("busy_timeout = 5000");
  migrate(db, file);
  return db;
}
