import { stat } from "node:fs/promises";
import { basename, resolve } from "node:path";
import { displayPath } from "../config/display-path.js";
import type { TextEncoding } from "../text/decode-text.js";
import type { BuildOptions } from "./build-dataset.js";
import { describeInput, type InputFile } from "./input-files.js";
import { maskedEntry } from "./masked-entry.js";
import type { MaskResult } from "./pii/mask-pii.js";
import type { MaskPool } from "./pii/mask-pool.js";
import { FileNames } from "./pii/file-names.js";
import type { SourceMasker } from "./pii/source-masker.js";
import { streamInquiries, UnreadableInquiryFile, type InquiryRow } from "./read-inquiries.js";
import type { ReportEntries } from "./report-entries.js";
import { addCounts } from "./report.js";
import { RowCounts, spreadNames } from "./spread-names.js";
import { SpilledInquiry } from "./spilled-inquiry.js";
import type { TextSpill } from "./text-spill.js";
import type { Example, Language, TrainingMessage } from "./types.js";

/** Each row is masked as it is parsed: the log's raw text is never held whole. */
export async function inquiryExamplesFrom(
  path: string,
  options: Pick<BuildOptions, "columns" | "maskPool" | "onProgress">,
  system: TrainingMessage[],
  masker: SourceMasker,
  spill: TextSpill,
  entries: ReportEntries,
  inputs: InputFile[],
): Promise<Example[]> {
  const file = displayPath(resolve(path));
  const examples: SpilledInquiry[] = [];
  // The file's entries (its encoding, its masked rows) are written as they come, and taken back if it turns out unreadable.
  const mark = entries.mark();
  const size = (await stat(path).catch(() => undefined))?.size ?? 0;
  const large = size >= THREADED_MASKING_FROM_BYTES;
  // A large log's rows are counted once its names have spread (spreadNames), a small log's as they are masked.
  const counts = large ? new RowCounts() : undefined;
  const onFound = (example: SpilledInquiry, found: Record<string, number>) => {
    if (counts) counts.add(found);
    else if (Object.keys(found).length > 0) entries.add(maskedEntry(example.id, found));
  };
  const addRow = rowAdder({ file, name: basename(path), system, masker, spill, onFound }, examples);
  const names = new FileNames();
  const pool = large ? options.maskPool?.() : undefined;
  const onRow = !large ? wholeFileRows(masker, addRow) : pool ? threadedRows(pool, addRow, names) : streamedRows(masker, addRow, names);
  const columns = options.columns ?? { question: "question", answer: "answer" };
  const onEncoding = (encoding: TextEncoding) => {
    if (encoding !== "utf-8") entries.add({ id: file, action: "note", reason: "encoding", detail: `decoded as ${encoding}; outputs are UTF-8` });
  };
  let read: Awaited<ReturnType<typeof streamInquiries>>;
  try {
    read = await streamInquiries(resolve(path), file, columns, onRow.add, readingProgress(options.onProgress), onEncoding);
    await onRow.drain();
  } catch (error) {
    if (!(error instanceof UnreadableInquiryFile)) throw error;
    await onRow.drain().catch(() => undefined); // rows still being masked add their entries first, then all are taken back
    entries.rollback(mark);
    const detail = `not read${error.location.line === undefined ? "" : ` (line ${error.location.line})`}: ${error.message}`;
    entries.add({ id: file, action: "note", reason: "file", detail });
    inputs.push(await describeInput(resolve(path), file, detail));
    return [];
  } finally {
    // The threads' memory is the build's while names spread and rows are deduped; the next large log starts them again.
    await pool?.close();
  }
  if (counts) spreadNames(examples, counts, names, { file, masker, entries });
  const { encoding, rows } = read;
  inputs.push(await describeInput(resolve(path), file, `${rows} rows, ${encoding}`));
  return examples;
}

/**
 * Adds a row's example from its texts masked together (`masked`, in the order of rowTexts), counting what was masked;
 * `language`: the row's language, when a masking thread tagged it (else cleanExamples does).
 */
type AddRow = (row: InquiryRow, masked: readonly MaskResult[], language?: Language) => void;

interface RowSource {
  file: string;
  name: string;
  system: TrainingMessage[];
  masker: SourceMasker;
  spill: TextSpill;
  /** Told what was masked in each row, by kind, in the order of the rows. */
  onFound: (example: SpilledInquiry, found: Record<string, number>) => void;
}

/** A thread's strings arrive as new copies: one string per language, not one per row (2 MB at 100,000 rows). */
const LANGUAGES: Readonly<Record<Language, Language>> = { ja: "ja", en: "en", other: "other" };

function rowAdder({ file, name, system, masker, spill, onFound }: RowSource, examples: SpilledInquiry[]): AddRow {
  // A log has a few categories: one string each, not one per row (a masking thread sends every row's back anew).
  const categories = new Map<string, string>();
  return (row, masked, language) => {
    const found: Record<string, number> = {};
    const [question, answer, category] = rowTexts(row).map((text, index) => {
      const result = masker.record(text, masked[index]!, file);
      addCounts(found, result.found);
      return result.text;
    });
    const example = new SpilledInquiry(name, file, row.line, system, spill, question!, answer!);
    onFound(example, found);
    if (language !== undefined) example.language = LANGUAGES[language];
    if (category !== undefined) example.category = categories.get(category) ?? (categories.set(category, category), category);
    if (row.sources !== undefined) example.sources = row.sources;
    examples.push(example);
  };
}

/** Reading progress in KiB, told once per MiB read and at the end. */
function readingProgress(onProgress: BuildOptions["onProgress"]): (bytesRead: number, bytesTotal: number) => void {
  let reported = 0;
  return (bytesRead, bytesTotal) => {
    if (bytesRead - reported < 1 << 20 && bytesRead < bytesTotal) return;
    reported = bytesRead;
    onProgress?.("reading and masking", Math.round(bytesRead / 1024), Math.round(bytesTotal / 1024));
  };
}

/** The texts of a row that are masked, together: question, answer, and the category when there is one. */
const rowTexts = (row: InquiryRow): string[] => (row.category === undefined ? [row.question, row.answer] : [row.question, row.answer, row.category]);

/**
 * A log below THREADED_MASKING_FROM_BYTES, its rows held until the file is read and masked then, a name found in one
 * row masked in the others too (maskInquiryRows). A larger log's rows are masked as they stream (threadedRows,
 * streamedRows), each on its own: holding every row of a 158,000-row log would double the build's memory; the names
 * its rows found are masked in its other rows after, by a pass over the spilled rows (spreadNames).
 */
function wholeFileRows(masker: SourceMasker, addRow: AddRow): { add(row: InquiryRow): undefined; drain(): Promise<void> } {
  let rows: InquiryRow[] = [];
  return {
    add: (row) => void rows.push(row),
    drain: async () => {
      const masked = masker.maskRecords(rows.map(rowTexts));
      rows.forEach((row, index) => addRow(row, masked[index]!));
      rows = [];
    },
  };
}

/** A large log's rows masked one by one in this thread (no masking threads), the names to spread kept. */
function streamedRows(masker: SourceMasker, addRow: AddRow, names: FileNames): { add(row: InquiryRow): undefined; drain(): Promise<void> } {
  return {
    add(row) {
      const { masked, names: found, ids } = masker.maskRecord(rowTexts(row));
      names.add(found, ids);
      addRow(row, masked);
    },
    drain: async () => undefined,
  };
}

/** Logs from this size on are masked in threads; below it, starting a thread costs more than it saves. */
const THREADED_MASKING_FROM_BYTES = 1 << 20;
/**
 * Rows a batch sends to a masking thread, and batches in flight before reading waits: two a thread keep each busy.
 * Rows waiting longer outlive the main thread's young-generation collections and die in its old generation, which
 * grew 50 → 130 MB between collections while masking (30–48 MB live) with eight in flight; with four the 158k log's
 * build peaked at 396–434 MB against 412–492 MB, on the same CPU.
 */
const ROWS_PER_BATCH = 256;
const BATCHES_IN_FLIGHT = 4;

/**
 * Rows masked in a pool of threads: batched, sent, and added in their order as the batches come back, with the names
 * to spread; reading waits while BATCHES_IN_FLIGHT are out. `drain` waits for the last.
 */
function threadedRows(pool: MaskPool, addRow: AddRow, names: FileNames): { add(row: InquiryRow): Promise<void> | undefined; drain(): Promise<void> } {
  let batch: InquiryRow[] = [];
  let added: Promise<void> = Promise.resolve();
  const inFlight: Promise<void>[] = [];
  const send = (): Promise<void> => {
    const rows = batch;
    batch = [];
    const texts = rows.flatMap(rowTexts);
    const results = pool.maskRows(texts, rows.map((row) => rowTexts(row).length));
    results.catch(() => undefined); // awaited below, in order; this only keeps a later rejection from going unhandled meanwhile
    added = added.then(async () => {
      const masked = await results;
      names.add(masked.names, masked.ids);
      let next = 0;
      rows.forEach((row, index) => {
        const width = rowTexts(row).length;
        addRow(row, masked.results.slice(next, (next += width)), masked.languages[index]!);
      });
    });
    added.catch(() => undefined); // a failure is thrown where reading waits or drains; this keeps it from going unhandled meanwhile
    return added;
  };
  return {
    add(row) {
      batch.push(row);
      if (batch.length < ROWS_PER_BATCH) return undefined;
      inFlight.push(send());
      return inFlight.length > BATCHES_IN_FLIGHT ? inFlight.shift() : undefined;
    },
    async drain() {
      if (batch.length > 0) send();
      await added;
    },
  };
}
