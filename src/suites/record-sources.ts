import { createReadStream } from "node:fs";
import { extname } from "node:path";
import { createInterface } from "node:readline";
import { Readable } from "node:stream";
import { createGunzip } from "node:zlib";
import { LineCounter, parseDocument, isSeq, isMap } from "yaml";
import { ConfigError } from "../errors.js";
import { decodeChunks, detectEncoding, type DecodeOptions, type NamedEncoding, type TextEncoding } from "../text/decode-text.js";

export interface SourceRecord {
  record: unknown;
  /** 1-based line where the record starts, for error messages. */
  line: number;
}

export interface RecordSource {
  /** How the file was decoded: detected (UTF-8, a BOM, Shift_JIS) or as the suite's `encoding:` names it. */
  encoding: TextEncoding;
  records: AsyncGenerator<SourceRecord>;
}

export interface ReadOptions {
  /** The encoding the suite names; else detected. */
  encoding?: NamedEncoding;
  /** The columns of a CSV file without a header row (MMLU's upstream files); else the first row names them. */
  csvColumns?: readonly string[];
}

/**
 * The records of a data file, streamed where the format allows: JSONL (one object a line), CSV (a header row, one
 * item a row; list cells as JSON arrays or `a | b | c`), JSON (one document: a list of records or one record — or
 * JSON lines under a .json name, as JGLUE ships them), or YAML (a list of items). Chosen by the file's extension;
 * `name.jsonl.gz` is gunzipped as it is read. The encoding is decided first, as `dataset build` decides it for
 * inquiry logs (src/text/decode-text.ts), so that no U+FFFD ever reaches a model or a report.
 */
export async function readRecords(path: string, file: string, options: ReadOptions = {}): Promise<RecordSource> {
  const gzipped = /\.gz$/i.test(path);
  const bytes = () => (gzipped ? createReadStream(path).pipe(createGunzip()) : createReadStream(path));
  const encoding = await detectGzipped(bytes, file, {
    ...(options.encoding ? { declared: options.encoding } : {}),
    encodingOption: "the suite",
  });
  const text = () => Readable.from(decodeChunks(bytes(), encoding));
  switch (extname(gzipped ? path.slice(0, -3) : path).toLowerCase()) {
    case ".yaml":
    case ".yml":
      return { encoding, records: yamlRecords(await wholeText(text()), file) };
    case ".json":
      return { encoding, records: jsonRecords(await wholeText(text()), file) };
    case ".csv":
      return { encoding, records: csvRecords(text(), file, options.csvColumns) };
    default:
      return { encoding, records: jsonlRecords(text(), file) };
  }
}

async function detectGzipped(bytes: () => Readable, file: string, options: DecodeOptions): Promise<TextEncoding> {
  try {
    return await detectEncoding(bytes(), file, options);
  } catch (error) {
    if (error instanceof ConfigError) throw error;
    // zlib's own words ("incorrect header check"): the file is named .gz but is not gzip, or is cut short.
    throw new ConfigError(`cannot gunzip the file (${(error as Error).message})`, { file }, { cause: error });
  }
}

async function wholeText(stream: Readable): Promise<string> {
  let text = "";
  for await (const chunk of stream) text += chunk as string;
  return text;
}

/** A .json file: one document (a list of records, or one record such as a SQuAD file), else JSON lines. */
async function* jsonRecords(text: string, file: string): AsyncGenerator<SourceRecord> {
  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch {
    yield* jsonlRecords(Readable.from([text]), file);
    return;
  }
  for (const record of Array.isArray(document) ? document : [document]) yield { record, line: 1 };
}

async function* jsonlRecords(stream: Readable, file: string): AsyncGenerator<SourceRecord> {
  const lines = createInterface({ input: stream, crlfDelay: Infinity });
  let line = 0;
  try {
    for await (const text of lines) {
      line++;
      if (text.trim() === "") continue;
      let record: unknown;
      try {
        record = JSON.parse(text);
      } catch (error) {
        throw new ConfigError(`invalid JSON: ${error instanceof Error ? error.message : String(error)}`, { file, line });
      }
      yield { record, line };
    }
  } finally {
    lines.close();
    stream.destroy();
  }
}

const LIST_COLUMNS = new Set(["choices", "images"]);

async function* csvRecords(stream: Readable, file: string, columns?: readonly string[]): AsyncGenerator<SourceRecord> {
  const { parse: parseCsv } = await import("csv-parse"); // for CSV suites only
  const parser = stream.pipe(
    parseCsv({
      bom: true,
      columns: columns ? [...columns] : true,
      skip_empty_lines: true,
      trim: false,
      info: true,
      relax_column_count: false,
    }),
  );
  // csv-parse counts lines up to the end of each record; a record starts after the previous one ended (a quoted
  // cell may span lines), the first one after the header row if there is one.
  let previousEnd = columns ? 0 : 1;
  try {
    for await (const { record, info } of parser as AsyncIterable<{ record: Record<string, string>; info: { lines: number } }>) {
      const line = previousEnd + 1;
      previousEnd = info.lines;
      const item: Record<string, unknown> = {};
      for (const [column, cell] of Object.entries(record)) {
        if (cell === "") continue;
        item[column] = LIST_COLUMNS.has(column) ? csvList(cell) : column === "scorer" ? csvScorer(cell) : cell;
      }
      yield { record: item, line };
    }
  } catch (error) {
    if (error instanceof ConfigError) throw error;
    const { lines } = error as { lines?: number };
    throw new ConfigError(`invalid CSV: ${(error as Error).message}`, { file, ...(lines ? { line: lines } : {}) });
  }
}

function csvList(cell: string): string[] | unknown {
  const trimmed = cell.trim();
  if (trimmed.startsWith("[")) {
    try {
      return JSON.parse(trimmed) as unknown;
    } catch {
      // not JSON after all: split it like any other list cell
    }
  }
  return trimmed.split("|").map((part) => part.trim());
}

/** A scorer cell: a name, or JSON for a scorer with options. */
function csvScorer(cell: string): unknown {
  const trimmed = cell.trim();
  if (!trimmed.startsWith("{") && !trimmed.startsWith("[")) return trimmed;
  try {
    return JSON.parse(trimmed) as unknown;
  } catch {
    return trimmed;
  }
}

async function* yamlRecords(text: string, file: string): AsyncGenerator<SourceRecord> {
  const counter = new LineCounter();
  const document = parseDocument(text, { lineCounter: counter, prettyErrors: false });
  const [problem] = document.errors;
  if (problem) {
    throw new ConfigError(`invalid YAML: ${problem.message.split("\n")[0]}`, { file, line: counter.linePos(problem.pos[0]).line });
  }
  const root = isMap(document.contents) ? document.contents.get("items", true) : document.contents;
  if (document.contents === null) return;
  if (!isSeq(root)) throw new ConfigError("expected a list of items (or `items:` holding one)", { file, line: 1 });
  for (const node of root.items) {
    const offset = (node as { range?: [number, number, number] }).range?.[0] ?? 0;
    yield { record: (node as { toJSON(): unknown }).toJSON(), line: counter.linePos(offset).line };
  }
}
