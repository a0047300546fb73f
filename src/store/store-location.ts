import fs from "node:fs";
import path from "node:path";
import { displayPath } from "../config/display-path.js";
import { expandEnv, type Env } from "../config/expand-env.js";
import { parsePositionedYaml } from "../config/positioned-yaml.js";
import { ConfigError } from "../errors.js";
import { DEFAULT_DB_PATH } from "./open-store.js";

/** The config a command reads `db:` from when --config is not given. */
const DEFAULT_CONFIG = "kurabe.yaml";

/**
 * The store a command reads, as `kurabe run` chose it: --db; else `db:` of --config (or of ./kurabe.yaml when there
 * is one), relative to that file as in `run`; else .kurabe/kurabe.db. Only `db:` is read, so a config whose models
 * need keys not set here still locates its store.
 */
export function storePath(options: { db?: string; config?: string }, env: Env = process.env): string {
  if (options.db !== undefined) return options.db;
  const config = options.config ?? DEFAULT_CONFIG;
  const absolute = path.resolve(config);
  const file = displayPath(absolute);
  if (!fs.existsSync(absolute)) {
    if (options.config !== undefined) throw new ConfigError("config file not found", { file, field: "--config" });
    return DEFAULT_DB_PATH;
  }
  const yaml = parsePositionedYaml(fs.readFileSync(absolute, "utf8"), file);
  const db: unknown = yaml.document.get("db");
  if (db === undefined || db === null) return DEFAULT_DB_PATH;
  const line = yaml.positionOf(["db"]).line;
  if (typeof db !== "string" || db.trim() === "") throw new ConfigError("expected a file path", { file, line, field: "db" });
  const expanded = expandEnv(db, env);
  if (!expanded.ok) throw new ConfigError(expanded.reason, { file, line, field: "db" });
  return path.resolve(path.dirname(absolute), expanded.value);
}
