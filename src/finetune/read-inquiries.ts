import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import { extname } from "node:path";
import { Readable } from "node:stream";
import { parse as parseCsvStream } from "csv-parse";
import { ConfigError } from "../errors.js";
import { decodeChunks, detectEncoding, type TextEncoding } from "../text/decode-text.js";

/** Which columns (CSV header names, or JSONL keys) hold the question, the answer and the optional category. */
export interface InquiryColumns {
  question: string;
  answer: string;
  /** When set explicitly, the column must exist; by default a `category` column is used if there is one. */
  category?: string;
  /** The documents that hold the answer; as `category`, by default a `sources` column if there is one. */
  sources?: string;
}

const DEFAULT_COLUMNS = { question: "question", answer: "answer", category: "category", sources: "sources" } as const;

export interface InquiryRow {
  /** 1-based line where the row starts. */
  line: number;
  question: string;
  answer: string;
  category?: string;
  /** Document paths relative to the documents folder (a JSON list, or a cell of paths separated by ; | or ,). */
  sources?: string[];
}

/** A sources cell: paths separated by semicolons, bars or commas (or new lines), trimmed, empty ones left out. */
const splitSources = (cell: string): string[] => cell.split(/[;|,\n]/).map((path) => path.trim()).filter(Boolean);

interface InquiryFile {
  rows: InquiryRow[];
  encoding: TextEncoding;
  /** The column actually used for categories, if any. */
  categoryColumn?: string;
}

/**
 * A log whose bytes are no text kurabe can decode, or that the system will not let it read: the build names it in its
 * report and goes on with the other inputs (a broken row in a log it can read stays an error at its line).
 */
export class UnreadableInquiryFile extends ConfigError {}

/** Told as a log is read: bytes read so far, of the file's size. */
type ReadProgress = (bytesRead: number, bytesTotal: number) => void;

/**
 * Reads an inquiry log: CSV with a header row, or JSONL (one object a line), chosen by extension. Every problem is a
 * ConfigError at file:line — broken quoting, a ragged row, invalid JSON, a missing column (naming those that exist),
 * an empty file. Rows with an empty question or answer are kept with empty text; the build drops them and says so.
 */
export async function readInquiries(path: string, file: string, columns: InquiryColumns): Promise<InquiryFile> {
  const rows: InquiryRow[] = [];
  const read = await streamInquiries(path, file, columns, (row) => {
    rows.push(row);
  });
  return { rows, encoding: read.encoding, ...(read.categoryColumn === undefined ? {} : { categoryColumn: read.categoryColumn }) };
}

/**
 * readInquiries as a stream: the file is read twice in chunks (once to decide its encoding, once to parse it) and
 * each row handed to `onRow` as soon as it is parsed, so that a log of hundreds of megabytes is never held whole.
 * When `onRow` returns a promise (its consumer is busy: rows queued for masking threads), reading waits for it.
 * `onEncoding` hears the encoding once it is decided, before the first row.
 */
export async function streamInquiries(
  path: string,
  file: string,
  columns: InquiryColumns,
  onRow: (row: InquiryRow) => void | Promise<void>,
  onProgress?: ReadProgress,
  onEncoding?: (encoding: TextEncoding) => void,
): Promise<{ encoding: TextEncoding; categoryColumn?: string; rows: number }> {
  const encoding = await detectEncoding(createReadStream(path), file).catch((error: unknown) => {
    if (error instanceof ConfigError) throw new UnreadableInquiryFile(error.message, error.location, { cause: error });
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== undefined) throw new UnreadableInquiryFile(`cannot be read (${code})`, { file }, { cause: error });
    throw error;
  });
  onEncoding?.(encoding);
  const total = (await stat(path)).size;
  let bytesRead = 0;
  const chunks = createReadStream(path, { highWaterMark: 1 << 20 });
  chunks.on("data", (chunk) => {
    bytesRead += chunk.length;
    onProgress?.(bytesRead, total);
  });
  const text = decodeChunks(chunks, encoding);
  const ext = extname(path).toLowerCase();
  const read = ext === ".csv" || ext === ".tsv" ? streamCsv(text, file, columns, ext === ".tsv" ? "\t" : ",", onRow) : streamJsonl(text, file, columns, onRow);
  return { ...(await read), encoding };
}

async function streamCsv(
  text: AsyncIterable<string>,
  file: string,
  columns: InquiryColumns,
  delimiter: string,
  onRow: (row: InquiryRow) => void | Promise<void>,
): Promise<{ categoryColumn?: string; rows: number }> {
  type CsvInfo = { lines: number; empty_lines: number };
  const parser = parseCsvStream({ delimiter, info: true, skip_empty_lines: true, relax_column_count: false });
  const input = Readable.from(nonBlank(text));
  input.on("error", (error) => parser.destroy(error));
  input.pipe(parser);
  let previousEnd = 0;
  let previousEmpty = 0;
  let header: ReturnType<typeof headerColumns> | undefined;
  let rows = 0;
  try {
    for await (const { record, info } of parser as AsyncIterable<{ record: string[]; info: CsvInfo }>) {
      const line = previousEnd + 1 + (info.empty_lines - previousEmpty);
      previousEnd = info.lines;
      previousEmpty = info.empty_lines;
      if (header === undefined) {
        header = headerColumns(record, file, columns);
        continue;
      }
      const row: InquiryRow = { line, question: record[header.question]!, answer: record[header.answer]! };
      const value = header.category === undefined ? "" : record[header.category]!.trim();
      if (value) row.category = value;
      const sources = header.sources === undefined ? [] : splitSources(record[header.sources]!);
      if (sources.length > 0) row.sources = sources;
      rows++;
      await onRow(row);
    }
  } catch (error) {
    if (error instanceof ConfigError) throw error;
    if (error instanceof EmptyFile) throw new ConfigError("the inquiry file is empty", { file });
    const empty = (error as { empty_lines?: number }).empty_lines ?? previousEmpty;
    throw csvError(error, file, previousEnd + 1 + Math.max(0, empty - previousEmpty));
  }
  if (header === undefined) throw new ConfigError("the inquiry file is empty", { file });
  if (rows === 0) throw new ConfigError("the inquiry file has a header but no rows", { file, line: 1 });
  return { rows, ...(header.categoryColumn === undefined ? {} : { categoryColumn: header.categoryColumn }) };
}

/** The text as it comes, or a ConfigError once it is over if it held nothing but whitespace. */
async function* nonBlank(text: AsyncIterable<string>): AsyncGenerator<string> {
  let seen = false;
  for await (const piece of text) {
    seen ||= piece.trim() !== "";
    yield piece;
  }
  if (!seen) throw new EmptyFile();
}

class EmptyFile extends Error {}

function headerColumns(
  record: string[],
  file: string,
  columns: InquiryColumns,
): { question: number; answer: number; category?: number; categoryColumn?: string; sources?: number } {
  const names = record.map((name) => name.trim());
  const indexOf = (name: string, field: string): number => {
    const index = names.indexOf(name);
    if (index < 0) {
      throw new ConfigError(`no column "${name}"; the header has ${names.map((n) => JSON.stringify(n)).join(", ")}`, { file, line: 1, field });
    }
    return index;
  };
  const question = indexOf(columns.question, "--question-column");
  const answer = indexOf(columns.answer, "--answer-column");
  const categoryColumn = columns.category ?? (names.includes(DEFAULT_COLUMNS.category) ? DEFAULT_COLUMNS.category : undefined);
  const sourcesColumn = columns.sources ?? (names.includes(DEFAULT_COLUMNS.sources) ? DEFAULT_COLUMNS.sources : undefined);
  return {
    question,
    answer,
    ...(categoryColumn === undefined ? {} : { category: indexOf(categoryColumn, "--category-column"), categoryColumn }),
    ...(sourcesColumn === undefined ? {} : { sources: indexOf(sourcesColumn, "--sources-column") }),
  };
}

/** csv-parse's errors name the line where parsing stopped; an unclosed quote is reported where its row began. */
function csvError(error: unknown, file: string, rowStart: number): ConfigError {
  const { code, lines, message } = error as { code?: string; lines?: number; message?: string };
  switch (code) {
    case "CSV_QUOTE_NOT_CLOSED":
      return new ConfigError("a quoted cell starting in this row is never closed (a missing \")", { file, line: rowStart });
    case "CSV_RECORD_INCONSISTENT_FIELDS_LENGTH":
    case "CSV_RECORD_DONT_MATCH_COLUMNS_LENGTH":
      return new ConfigError(`wrong number of cells: ${message?.replace(/^.*?: /, "") ?? ""}`, { file, line: lines ?? rowStart });
    case "CSV_INVALID_CLOSING_QUOTE":
      return new ConfigError('a quote inside a quoted cell must be doubled ("")', { file, line: lines ?? rowStart });
    default:
      return new ConfigError(`invalid CSV: ${message ?? String(error)}`, { file, line: lines ?? rowStart }, { cause: error });
  }
}

async function streamJsonl(
  text: AsyncIterable<string>,
  file: string,
  columns: InquiryColumns,
  onRow: (row: InquiryRow) => void | Promise<void>,
): Promise<{ categoryColumn?: string; rows: number }> {
  let categoryColumn = columns.category;
  let rows = 0;
  let line = 0;
  let rest = "";
  const readLine = async (raw: string) => {
    line++;
    if (raw.trim() === "") return;
    const row = jsonlRow(raw, file, line, columns, rows === 0 && categoryColumn === undefined ? DEFAULT_COLUMNS.category : categoryColumn);
    if (rows === 0 && categoryColumn === undefined && row.categoryColumn !== undefined) categoryColumn = row.categoryColumn;
    rows++;
    await onRow(row.row);
  };
  try {
    for await (const piece of nonBlank(text)) {
      const lines = (rest + piece).split(/\r\n|\n|\r(?!$)/);
      rest = lines.pop()!;
      for (const raw of lines) await readLine(raw);
    }
  } catch (error) {
    if (error instanceof EmptyFile) throw new ConfigError("the inquiry file is empty", { file });
    throw error;
  }
  for (const raw of rest.split(/\r\n|\n|\r/)) if (raw !== "" || line === 0) await readLine(raw);
  if (rows === 0) throw new ConfigError("the inquiry file is empty", { file });
  return { rows, ...(categoryColumn === undefined ? {} : { categoryColumn }) };
}

/** One JSONL line as a row; `category`: the key to read a category from (the default one only if the line has it). */
function jsonlRow(raw: string, file: string, line: number, columns: InquiryColumns, category: string | undefined): { row: InquiryRow; categoryColumn?: string } {
  let record: unknown;
  try {
    record = JSON.parse(raw);
  } catch (error) {
    throw new ConfigError(`invalid JSON: ${(error as Error).message}`, { file, line });
  }
  if (typeof record !== "object" || record === null || Array.isArray(record)) throw new ConfigError("expected a JSON object", { file, line });
  const fields = record as Record<string, unknown>;
  const field = (name: string, option: string): string => {
    if (!(name in fields)) {
      const keys = Object.keys(fields).map((key) => JSON.stringify(key)).join(", ");
      throw new ConfigError(`missing; this line has ${keys || "no keys"} (choose with ${option})`, { file, line, field: name });
    }
    const value = fields[name];
    if (typeof value !== "string") throw new ConfigError(`expected a string, got ${JSON.stringify(value)}`, { file, line, field: name });
    return value;
  };
  const row: InquiryRow = { line, question: field(columns.question, "--question-column"), answer: field(columns.answer, "--answer-column") };
  const used = category !== undefined && (columns.category !== undefined || category in fields) ? category : undefined;
  if (used !== undefined) {
    const value = field(used, "--category-column").trim();
    if (value) row.category = value;
  }
  const sources = jsonlSources(fields[columns.sources ?? DEFAULT_COLUMNS.sources], file, line, columns.sources ?? DEFAULT_COLUMNS.sources);
  if (sources.length > 0) row.sources = sources;
  return { row, ...(used === undefined ? {} : { categoryColumn: used }) };
}

/** A line's sources: a list of paths or one string of them; absent or null when not known. */
function jsonlSources(value: unknown, file: string, line: number, field: string): string[] {
  if (value === undefined || value === null) return [];
  if (typeof value === "string") return splitSources(value);
  if (Array.isArray(value) && value.every((path) => typeof path === "string")) return value.map((path) => path.trim()).filter(Boolean);
  throw new ConfigError(`expected a list of document paths, got ${JSON.stringify(value)}`, { file, line, field });
}
