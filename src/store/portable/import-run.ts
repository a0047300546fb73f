import type Database from "better-sqlite3";
import type { z } from "zod";
import { describeIssues, describeUnknownKey } from "../../config/describe-issues.js";
import { formatPath } from "../../config/format-path.js";
import { ConfigError, KurabeError } from "../../errors.js";
import { JsonRecordError, JsonRecordReader, SLICE_CHARS, type JsonPath, type JsonRecordHandler } from "./json-record-reader.js";
import { pathPattern, RecordSchemas } from "./record-schemas.js";
import { RowProblem, RunFileTables } from "./run-file-tables.js";
import { READABLE_RUN_FILE_VERSIONS, RUN_FILE_FORMAT, runFileSchema } from "./run-file-schema.js";

const schemas = new RecordSchemas(runFileSchema);

/** Why a run file's top-level fields must come in the format's order. */
const ONE_PASS = `kurabe reads a run file in one pass, its top-level fields in the order \`kurabe export\` writes them (${schemas.fields([]).join(", ")}); a file whose keys were reordered (e.g. by jq -S) is refused: export the run again`;

interface ImportedRun {
  runId: string;
  models: number;
  responses: number;
}

/**
 * Adds the run a run file holds to the store as the file is read, a record at a time (so its size is bounded by the
 * disk, not by memory or V8's longest string), whole or not at all: one transaction, rolled back with the images it
 * wrote on the first bad record. Each record is checked against its part of the format's schema
 * (src/store/portable/run-file-schema.ts) and named by its place in the file when it is wrong. A run id the store
 * already holds is refused; the file's images go to `imagesDir`, named by their hash, and the items name them there.
 */
export async function importRunFile(
  db: Database.Database,
  source: AsyncIterable<Uint8Array>,
  options: { file: string; imagesDir: string },
): Promise<ImportedRun> {
  const tables = new RunFileTables(db, options.imagesDir);
  const checked = new CheckedRecords(tables, options.file);
  const reader = new JsonRecordReader(schemas.walks, checked);
  db.exec("BEGIN IMMEDIATE");
  try {
    for await (const chunk of source) reader.write(chunk);
    reader.end();
    db.exec("COMMIT");
  } catch (error) {
    if (db.inTransaction) db.exec("ROLLBACK");
    tables.discardImages();
    throw error instanceof JsonRecordError ? unreadable(error, options.file) : error;
  }
  return { runId: tables.runId, models: tables.models.size, responses: checked.count("responses") };
}

function unreadable(error: JsonRecordError, file: string): ConfigError {
  const field = formatPath(error.path) || undefined;
  const location = { file, ...(field ? { field } : {}) };
  if (error.kind === "truncated" && error.bytes === 0) return new ConfigError("not a kurabe run file: the file is empty", { file });
  if (error.kind === "truncated") {
    return new ConfigError(`the file ends here, after ${error.bytes.toLocaleString("en-US")} bytes: it is cut short (an unfinished copy or download?); nothing was imported`, location);
  }
  const after = error.bytes.toLocaleString("en-US");
  if (error.kind === "encoding") return new ConfigError(`not UTF-8 text, after byte ${after}`, location);
  if (error.kind === "syntax") {
    // The parser places it within a slice of text, after the last value read: not at a field of its own.
    const read = field ? `after ${field}, ` : "";
    return new ConfigError(`not valid JSON ${read}in the ${SLICE_CHARS.toLocaleString("en-US")} characters after byte ${after}: ${error.message}`, { file });
  }
  return new ConfigError(`not a kurabe run file: ${error.message}`, { file });
}

/** Checks each record the reader hands on against its schema, then gives it to its table; tracks what a file must hold. */
class CheckedRecords implements JsonRecordHandler {
  /** The walked objects being read, each with the tables seen in it so far. */
  readonly #open: Array<{ path: JsonPath; tables: Set<string> }> = [];
  readonly #counts = new Map<string, number>();
  /** The place in the format's order of the last top-level field read. */
  #lastTopLevel = -1;

  constructor(
    private readonly tables: RunFileTables,
    private readonly file: string,
  ) {}

  count(table: string): number {
    return this.#counts.get(table) ?? 0;
  }

  head(path: JsonPath, fields: Record<string, unknown>, parent: Record<string, unknown> | undefined, before: string | undefined): void {
    if (path.length === 0) this.#header(fields, before);
    this.#open.push({ path, tables: new Set() });
    this.#write(path, this.#valid(schemas.head(path), fields, path, before), parent);
  }

  element(path: JsonPath, value: unknown, parent: Record<string, unknown> | undefined): void {
    this.#write(path, this.#valid(schemas.at(path)!, value, path, undefined), parent);
  }

  /**
   * A top-level field the format does not have is refused before its value is read: another tool's large file is not
   * built in memory first. (Deeper, a record's schema refuses it: records are small.) So is one out of the format's
   * order (the header, then the tables that rows of later tables name): read in one pass, a reordered file (`jq -S`)
   * would otherwise look as if it lacked its header or its suites.
   */
  key(path: JsonPath): void {
    if (path.length !== 1) return;
    const order = schemas.fields([]);
    const at = order.indexOf(String(path[0]));
    if (at < 0) this.#fail(path, `not a kurabe run file: ${describeUnknownKey(String(path[0]), order)}`);
    if (at < this.#lastTopLevel) this.#fail(path, `comes after ${order[this.#lastTopLevel]}: ${ONE_PASS}`);
    this.#lastTopLevel = at;
  }

  late(path: JsonPath, fields: Record<string, unknown>): void {
    const [first] = [...this.#open.at(-1)!.tables];
    this.#fail([...path, Object.keys(fields)[0]!], `comes after ${first}: kurabe reads a run file in one pass and needs an object's other fields before its lists, as \`kurabe export\` writes them`);
  }

  end(path: JsonPath, count?: number): void {
    if (count !== undefined) {
      this.#counts.set(pathPattern(path), (this.#counts.get(pathPattern(path)) ?? 0) + count);
      this.#open.at(-1)!.tables.add(path.at(-1) as string);
      const issues = schemas.lengthIssues(path, count);
      if (issues) this.#problem(path, issues, schemas.at(path)!, []);
      this.#writer(path)?.end?.(path, count);
      return;
    }
    const { tables } = this.#open.pop()!;
    for (const table of schemas.tables(path)) {
      if (!tables.has(table) && !schemas.optional([...path, table])) this.#fail([...path, table], "missing: expected a list");
    }
    if (path.length === 0) this.#located([], () => this.tables.finish());
  }

  /** Which file and which version come first: a newer file's fields are not this kurabe's to judge. */
  #header(header: Record<string, unknown>, before: string | undefined): void {
    for (const field of ["format", "version"]) {
      if (header[field] === undefined && before !== undefined) this.#fail([field], `missing before ${before}: ${ONE_PASS}`);
    }
    if (header.format !== RUN_FILE_FORMAT) this.#fail(["format"], `expected "${RUN_FILE_FORMAT}", found ${JSON.stringify(header.format) ?? "nothing"}`);
    if (!(READABLE_RUN_FILE_VERSIONS as readonly unknown[]).includes(header.version)) {
      const readable = READABLE_RUN_FILE_VERSIONS.join(" and ");
      this.#fail(["version"], `this kurabe reads versions ${readable}, the file is version ${JSON.stringify(header.version) ?? "missing"}; use the kurabe that wrote it (${String(header.exportedBy ?? "unknown")}) or a newer one`);
    }
  }

  #valid(schema: z.ZodType, value: unknown, path: JsonPath, before: string | undefined): unknown {
    const result = schema.safeParse(value, { reportInput: true });
    if (result.success) return result.data;
    return this.#problem(path, result.error.issues, schema, value, before);
  }

  #problem(path: JsonPath, issues: readonly z.core.$ZodIssue[], schema: z.ZodType, value: unknown, before?: string): never {
    const [problem] = describeIssues(issues, schema, value);
    const missing = before !== undefined && problem!.path.length === 1 && (value as Record<PropertyKey, unknown>)[problem!.path[0]!] === undefined;
    // A field written after the object's list is read too late, and looks missing: say so.
    return this.#fail([...path, ...(problem!.path as (string | number)[])], missing ? `${problem!.message} (before ${before}: the file is read in one pass)` : problem!.message);
  }

  #write(path: JsonPath, row: unknown, parent: unknown): void {
    const writer = this.#writer(path);
    if (!writer) throw new KurabeError("internal", `no store table for the run file's ${pathPattern(path)}`);
    this.#located(path, () => writer.write(row, path, parent));
  }

  #writer(path: JsonPath) {
    return this.tables.writers[pathPattern(path)];
  }

  /** A table's objection to a row, at the row's place in the file. */
  #located(path: JsonPath, write: () => void): void {
    try {
      write();
    } catch (error) {
      if (error instanceof RowProblem) this.#fail([...path, ...error.field], error.message);
      throw error;
    }
  }

  #fail(path: JsonPath, message: string): never {
    throw new ConfigError(message, { file: this.file, field: formatPath(path) });
  }
}
