import { createReadStream } from "node:fs";
import { extname } from "node:path";
import { Readable } from "node:stream";
import { createGunzip } from "node:zlib";
import { LineCounter, parseDocument, isSeq, isMap } from "yaml";
import { ConfigError } from "../errors.js";
import { decodeChunks, detectEncoding, type DecodeOptions, type NamedEncoding, type TextEncoding } from "../text/decode-text.js";

interface SourceRecord {
  record: unknown;
  /** 1-based line where the record starts, for error messages. */
  line: number;
}

interface RecordSource {
  /** How the file was decoded: detected (UTF-8, a BOM, Shift_JIS) or as the suite's `encoding:` names it. */
  encoding: TextEncoding;
  /**
   * The records in file order, in batches (a JSONL file a read chunk at a time): an await per record cost a 2,000-item
   * suite ~18 ms of CPU at every run's start (bench/README.md). A batch ends before a line that is not JSON, whose
   * error comes with the next batch, so problems are still reported in file order.
   */
  records: AsyncGenerator<SourceRecord[]>;
}

interface ReadOptions {
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
      return { encoding, records: jsonlRecords(decodeChunks(bytes(), encoding), file) };
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
async function* jsonRecords(text: string, file: string): AsyncGenerator<SourceRecord[]> {
  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch {
    yield* jsonlRecords([text], file);
    return;
  }
  yield (Array.isArray(document) ? document : [document]).map((record: unknown) => ({ record, line: 1 }));
}

async function* jsonlRecords(chunks: AsyncIterable<string> | Iterable<string>, file: string): AsyncGenerator<SourceRecord[]> {
  let line = 0;
  for await (const lines of lineBatches(chunks)) {
    const batch: SourceRecord[] = [];
    for (const text of lines) {
      line++;
      if (text.trim() === "") continue;
      let record: unknown;
      try {
        record = JSON.parse(text);
      } catch (error) {
        if (batch.length > 0) yield batch; // the records before it come first, as they come first in the file
        throw new ConfigError(`invalid JSON: ${error instanceof Error ? error.message : String(error)}`, { file, line });
      }
      batch.push({ record, line });
    }
    yield batch;
  }
}

/**
 * The lines of decoded text, a chunk's worth at a time, split where readline splits them: at \n, \r\n or a lone \r
 * (a \r\n cut between two chunks stays one break: the \r waits with the unfinished line).
 */
async function* lineBatches(chunks: AsyncIterable<string> | Iterable<string>): AsyncGenerator<string[]> {
  let rest = "";
  for await (const text of chunks) {
    const lines = (rest + text).split("\n");
    rest = lines.pop()!;
    yield lines.flatMap(splitCarriageReturns);
  }
  if (rest !== "") yield splitCarriageReturns(rest);
}

function splitCarriageReturns(line: string): string[] {
  const text = line.endsWith("\r") ? line.slice(0, -1) : line;
  return text.includes("\r") ? text.split("\r") : [text];
}

const LIST_COLUMNS = new Set(["choices", "images"]);

async function* csvRecords(stream: Readable, file: string, columns?: readonly string[]): AsyncGenerator<SourceRecord[]> {
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
      yield [{ record: item, line }];
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

async function* yamlRecords(text: string, file: string): AsyncGenerator<SourceRecord[]> {
  const counter = new LineCounter();
  const document = parseDocument(text, { lineCounter: counter, prettyErrors: false });
  const [problem] = document.errors;
  if (problem) {
    throw new ConfigError(`invalid YAML: ${problem.message.split("\n")[0]}`, { file, line: counter.linePos(problem.pos[0]).line });
  }
  const root = isMap(document.contents) ? document.contents.get("items", true) : document.contents;
  if (document.contents === null) return;
  if (!isSeq(root)) throw new ConfigError("expected a list of items (or `items:` holding one)", { file, line: 1 });
  yield root.items.map((node) => {
    const offset = (node as { range?: [number, number, number] }).range?.[0] ?? 0;
    return { record: (node as { toJSON(): unknown }).toJSON(), line: counter.linePos(offset).line };
  });
}
