import { readFile } from "node:fs/promises";
import { extname } from "node:path";
import { parse as parseCsv, type Options as CsvOptions } from "csv-parse/sync";
import { ConfigError } from "../errors.js";
import { decodeText, type TextEncoding } from "../text/decode-text.js";

/** Which columns (CSV header names, or JSONL keys) hold the question, the answer and the optional category. */
export interface InquiryColumns {
  question: string;
  answer: string;
  /** When set explicitly, the column must exist; by default a `category` column is used if there is one. */
  category?: string;
}

export const DEFAULT_COLUMNS = { question: "question", answer: "answer", category: "category" } as const;

export interface InquiryRow {
  /** 1-based line where the row starts. */
  line: number;
  question: string;
  answer: string;
  category?: string;
}

export interface InquiryFile {
  rows: InquiryRow[];
  encoding: TextEncoding;
  /** The column actually used for categories, if any. */
  categoryColumn?: string;
}

/**
 * Reads an inquiry log: CSV with a header row, or JSONL (one object a line), chosen by extension. Every problem is a
 * ConfigError at file:line — broken quoting, a ragged row, invalid JSON, a missing column (naming those that exist),
 * an empty file. Rows with an empty question or answer are kept with empty text; the build drops them and says so.
 */
export async function readInquiries(path: string, file: string, columns: InquiryColumns): Promise<InquiryFile> {
  const { text, encoding } = decodeText(await readFile(path), file);
  if (text.trim() === "") throw new ConfigError("the inquiry file is empty", { file });
  const ext = extname(path).toLowerCase();
  const read = ext === ".csv" || ext === ".tsv" ? readCsv : readJsonl;
  return { ...read(text, file, columns, ext === ".tsv" ? "\t" : ","), encoding };
}

function readCsv(text: string, file: string, columns: InquiryColumns, delimiter: string): Omit<InquiryFile, "encoding"> {
  const lines = text.split(/\r\n|\n|\r/);
  let lastEnd = 0;
  const nextStart = (): number => {
    let line = lastEnd + 1;
    while (line <= lines.length && lines[line - 1]!.trim() === "") line++;
    return line;
  };
  type CsvEntry = { record: string[]; info: { lines: number } };
  let records: CsvEntry[];
  try {
    const options = {
      delimiter,
      info: true,
      skip_empty_lines: true,
      relax_column_count: false,
      on_record: (record: unknown, context: { lines: number }) => {
        lastEnd = context.lines;
        return record;
      },
    };
    records = parseCsv(text, options as unknown as CsvOptions) as unknown as CsvEntry[];
  } catch (error) {
    throw csvError(error, file, nextStart());
  }

  const [header, ...body] = records;
  if (!header) throw new ConfigError("the inquiry file is empty", { file });
  const names = header.record.map((name) => name.trim());
  const indexOf = (name: string, field: string): number => {
    const index = names.indexOf(name);
    if (index < 0) {
      throw new ConfigError(`no column "${name}"; the header has ${names.map((n) => JSON.stringify(n)).join(", ")}`, {
        file,
        line: 1,
        field,
      });
    }
    return index;
  };
  const question = indexOf(columns.question, "--question-column");
  const answer = indexOf(columns.answer, "--answer-column");
  const categoryColumn = columns.category ?? (names.includes(DEFAULT_COLUMNS.category) ? DEFAULT_COLUMNS.category : undefined);
  const category = categoryColumn === undefined ? undefined : indexOf(categoryColumn, "--category-column");
  if (body.length === 0) throw new ConfigError("the inquiry file has a header but no rows", { file, line: 1 });

  let previousEnd = header.info.lines;
  const rows = body.map(({ record, info }) => {
    let line = previousEnd + 1;
    while (line < info.lines && lines[line - 1]!.trim() === "") line++;
    previousEnd = info.lines;
    const row: InquiryRow = { line, question: record[question]!, answer: record[answer]! };
    const value = category === undefined ? "" : record[category]!.trim();
    if (value) row.category = value;
    return row;
  });
  return { rows, ...(categoryColumn === undefined ? {} : { categoryColumn }) };
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

function readJsonl(text: string, file: string, columns: InquiryColumns): Omit<InquiryFile, "encoding"> {
  const rows: InquiryRow[] = [];
  let categoryColumn = columns.category;
  text.split(/\r\n|\n|\r/).forEach((raw, index) => {
    const line = index + 1;
    if (raw.trim() === "") return;
    let record: unknown;
    try {
      record = JSON.parse(raw);
    } catch (error) {
      throw new ConfigError(`invalid JSON: ${(error as Error).message}`, { file, line });
    }
    if (typeof record !== "object" || record === null || Array.isArray(record)) {
      throw new ConfigError("expected a JSON object", { file, line });
    }
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
    if (rows.length === 0 && categoryColumn === undefined && DEFAULT_COLUMNS.category in fields) categoryColumn = DEFAULT_COLUMNS.category;
    const row: InquiryRow = { line, question: field(columns.question, "--question-column"), answer: field(columns.answer, "--answer-column") };
    if (categoryColumn !== undefined && (columns.category !== undefined || categoryColumn in fields)) {
      const value = field(categoryColumn, "--category-column").trim();
      if (value) row.category = value;
    }
    rows.push(row);
  });
  if (rows.length === 0) throw new ConfigError("the inquiry file is empty", { file });
  return { rows, ...(categoryColumn === undefined ? {} : { categoryColumn }) };
}
