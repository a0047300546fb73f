import { readFile } from "node:fs/promises";
import { extname } from "node:path";
import { createInterface } from "node:readline";
import { Readable } from "node:stream";
import { parse as parseCsv } from "csv-parse";
import { LineCounter, parseDocument, isSeq, isMap } from "yaml";
import { ConfigError } from "../errors.js";
import { decodeFileChunks, decodeText, detectFileEncoding, type NamedEncoding, type TextEncoding } from "../text/decode-text.js";

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

/**
 * The records of a data file, streamed where the format allows: JSONL (one object a line), CSV (a header row, one
 * item a row; list cells as JSON arrays or `a | b | c`), or YAML (a list of items). Chosen by the file's extension.
 * The encoding is decided first, as `dataset build` decides it for inquiry logs (src/text/decode-text.ts), so that
 * no U+FFFD ever reaches a model or a report.
 */
export async function readRecords(path: string, file: string, declared?: NamedEncoding): Promise<RecordSource> {
  const options = { ...(declared ? { declared } : {}), encodingOption: "the suite" };
  switch (extname(path).toLowerCase()) {
    case ".yaml":
    case ".yml": {
      const { text, encoding } = decodeText(await readFile(path), file, options);
      return { encoding, records: yamlRecords(text, file) };
    }
    case ".csv": {
      const encoding = await detectFileEncoding(path, file, options);
      return { encoding, records: csvRecords(Readable.from(decodeFileChunks(path, encoding)), file) };
    }
    default: {
      const encoding = await detectFileEncoding(path, file, options);
      return { encoding, records: jsonlRecords(Readable.from(decodeFileChunks(path, encoding)), file) };
    }
  }
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

async function* csvRecords(stream: Readable, file: string): AsyncGenerator<SourceRecord> {
  const parser = stream.pipe(
    parseCsv({ bom: true, columns: true, skip_empty_lines: true, trim: false, info: true, relax_column_count: false }),
  );
  // csv-parse counts lines up to the end of each record; a record starts after the previous one ended (a quoted
  // cell may span lines).
  let previousEnd = 1;
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
