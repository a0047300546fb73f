import { stat } from "node:fs/promises";
import { basename, resolve } from "node:path";
import { displayPath } from "../config/display-path.js";
import { ConfigError } from "../errors.js";
import { KURABE_VERSION } from "../version.js";
import type { BuildProgress } from "./build-progress.js";
import { cleanExamples } from "./clean-examples.js";
import { sectionAsAnswer, type DocumentExampleMaker } from "./document-examples.js";
import { readDocuments, type DocumentChunk } from "./documents/read-documents.js";
import type { TruncatePolicy } from "./fit-tokens.js";
import { describeInput, type InputFile } from "./input-files.js";
import { piiDetectors } from "./pii/detectors.js";
import { EMPTY_PII_CONFIG, type PiiConfig } from "./pii/pii-config.js";
import type { MaskResult } from "./pii/mask-pii.js";
import type { MaskPool } from "./pii/mask-pool.js";
import { SourceMasker } from "./pii/source-masker.js";
import { SpilledInquiry } from "./spilled-inquiry.js";
import { TextSpill } from "./text-spill.js";
import { streamInquiries, UnreadableInquiryFile, type InquiryColumns, type InquiryRow } from "./read-inquiries.js";
import { ReportEntries } from "./report-entries.js";
import type { TextEncoding } from "../text/decode-text.js";
import { increment, type BuildCounts, type BuildReport, type ReportEntry } from "./report.js";
import { splitTrainValidation } from "./split.js";
import {
  checkHeldOut,
  heldOutItems,
  holdOutInquiries,
  leaveOutDocuments,
  unanswerableItems,
  type HeldOutCheck,
  type HeldOutItem,
  type UnanswerableItem,
} from "./eval-split.js";
import { TARGETS, type TargetName } from "./targets.js";
import type { EvalItemText, Example, Language, TrainingMessage } from "./types.js";

export interface BuildOptions {
  /** A folder of documents (Markdown, text, HTML, PDF). */
  docsDir?: string;
  /** Inquiry logs (CSV or JSONL) of question–answer pairs. */
  inquiriesFiles?: readonly string[];
  columns?: InquiryColumns;
  /** A system prompt put first in every example. */
  system?: string;
  target: TargetName;
  maxTokens: number;
  truncate: TruncatePolicy;
  valRatio: number;
  /** Share of the inquiry rows held out as an evaluation suite (eval.jsonl), never in the training files; 0: none. */
  evalRatio?: number;
  /**
   * Share of the documents that inquiries cite (their `sources`) left out of the collection and of training, so
   * that the inquiries answered only by them form the unanswerable slice (eval-unanswerable.jsonl); 0: none.
   */
  unanswerableRatio?: number;
  seed: number;
  /** Jaccard similarity (character 5-grams) from which two examples are near-duplicates. */
  nearDuplicateThreshold: number;
  /** Longest document chunk, in characters. */
  chunkChars: number;
  evalItems?: readonly EvalItemText[];
  dropContaminated: boolean;
  /** How a document chunk becomes examples; the default asks about the section and answers with its text. */
  makeDocumentExamples?: DocumentExampleMaker;
  /** The company's own kinds of personal data (kurabe.yaml `pii:`), masked beside the built-in ones. */
  pii?: PiiConfig;
  onProgress?: BuildProgress;
  /**
   * Masking threads for a large log (MaskPool.open), started on the first log of a megabyte or more; without it, or
   * when it gives none, rows are masked in this thread. The caller closes the pool.
   */
  maskPool?: () => MaskPool | undefined;
}

export const DEFAULT_BUILD_OPTIONS = {
  target: "llama3",
  maxTokens: 4096,
  truncate: "drop",
  valRatio: 0.1,
  seed: 42,
  nearDuplicateThreshold: 0.8,
  chunkChars: 1500,
  dropContaminated: false,
} as const satisfies Partial<BuildOptions>;

export interface BuiltDataset {
  examples: { train: Example[]; validation: Example[] };
  report: BuildReport;
  /** The company's kinds the build masked, for the residual-risk pass over the outputs. */
  pii: PiiConfig;
  /**
   * The held-out evaluation suite (with `evalRatio`), the unanswerable slice and the documents left out for it
   * (with `unanswerableRatio`, when inquiries name their sources), and the check that none of it is in the
   * training files.
   */
  evaluation?: { items: HeldOutItem[]; unanswerable: UnanswerableItem[]; leftOut: string[]; check: HeldOutCheck };
  /**
   * Removes the temporary file that holds the inquiry rows' masked texts (see TextSpill): call it once the outputs are
   * written; the examples' messages cannot be read after it. Left uncalled, the file goes when the process exits.
   */
  release(): void;
}

/**
 * Reads inquiries and documents, masking personal data in every text as it is read (before documents are cut into
 * chunks), turns them into chat examples, cleans them (see cleanExamples) and splits them, stratified by category when
 * there is one. Reads files, writes nothing but a temporary file of masked rows (see `release`): the caller writes
 * the outputs.
 */
export async function buildDataset(options: BuildOptions): Promise<BuiltDataset> {
  const inquiriesFiles = options.inquiriesFiles ?? [];
  if (options.docsDir === undefined && inquiriesFiles.length === 0) {
    throw new ConfigError("nothing to build from: give --docs, --inquiries or both", { field: "--docs" });
  }
  if (!(options.valRatio >= 0 && options.valRatio < 1)) throw new ConfigError("expected a ratio in [0, 1)", { field: "--val-ratio" });
  const spill = TextSpill.open();
  const entries = new ReportEntries();
  const release = () => {
    spill.close();
    entries.close();
  };
  try {
    return { ...(await buildFrom(options, inquiriesFiles, spill, entries)), release };
  } catch (error) {
    release();
    throw error;
  }
}

async function buildFrom(options: BuildOptions, inquiriesFiles: readonly string[], spill: TextSpill, entries: ReportEntries): Promise<Omit<BuiltDataset, "release">> {
  const inputs: InputFile[] = [];
  const system: TrainingMessage[] = options.system ? [{ role: "system", content: options.system }] : [];
  const pii = options.pii ?? EMPTY_PII_CONFIG;
  const masker = new SourceMasker(piiDetectors(pii));

  // Appended one by one: a log's hundreds of thousands of rows are too many to spread into one call.
  const inquiryExamples: Example[] = [];
  for (const file of inquiriesFiles) for (const example of await inquiryExamplesFrom(file, options, system, masker, spill, entries, inputs)) inquiryExamples.push(example);

  const chunks = options.docsDir === undefined ? [] : await documentChunksFrom(options.docsDir, options.chunkChars, masker, entries, inputs);
  const chunkCount = chunks.length;
  if (chunkCount === 0 && inquiryExamples.length === 0) throw nothingReadable(entries, options.docsDir, inquiriesFiles.length > 0);
  let documentExamples: Example[] = [];
  if (options.docsDir !== undefined) {
    const maker = options.makeDocumentExamples ?? sectionAsAnswer;
    documentExamples = await documentToExamples(chunks, system, maker, entries, options.makeDocumentExamples ? masker : undefined);
  }

  const examplesIn = [...inquiryExamples, ...documentExamples];
  const documentFiles = [...new Set(documentExamples.flatMap((example) => (example.source.kind === "document" ? [example.source.file] : [])))];
  const slice = options.unanswerableRatio ? leaveOutDocuments(examplesIn, documentFiles, options.unanswerableRatio, options.seed) : undefined;
  if (slice) for (const note of leftOutNotes(slice)) entries.add(note);
  const pool = slice?.rest ?? examplesIn;
  const unanswerable = slice?.unanswerable ?? [];
  const held = options.evalRatio || unanswerable.length > 0 ? holdOutInquiries(pool, options.evalRatio ?? 0, options.seed, unanswerable) : undefined;
  const tokenizer = await TARGETS[options.target].loadTokenizer();
  const cleaned = cleanExamples(held?.training ?? pool, {
    tokenizer,
    maxTokens: options.maxTokens,
    truncate: options.truncate,
    nearDuplicateThreshold: options.nearDuplicateThreshold,
    seed: options.seed,
    dropContaminated: options.dropContaminated,
    ...(options.evalItems ? { evalItems: options.evalItems } : {}),
    ...(options.onProgress ? { onProgress: options.onProgress } : {}),
  });

  const check = held ? checkHeldOut([...held.heldOut, ...unanswerable], cleaned.kept) : undefined;
  // A Set, not removed.includes: a templated log's check removes tens of thousands of rows (quadratic: 45 s at 20,000).
  const removed = new Set(check?.removed);
  const kept = removed.size > 0 ? cleaned.kept.filter((example) => !removed.has(example.id)) : cleaned.kept;
  const split = splitTrainValidation(kept.map((example) => stratumOf(example)), options.valRatio, options.seed);
  const train = split.train.map((index) => kept[index]!);
  const validation = split.validation.map((index) => kept[index]!);
  for (const entry of cleaned.entries) entries.add(entry);
  const report: BuildReport = {
    settings: settingsOf(options, cleaned.uncheckedEvalItems),
    counts: countsOf(entries, { inquiryRows: inquiryExamples.length, documentChunks: chunkCount, examplesIn: examplesIn.length, train, validation }),
    entries,
    inputs,
    pii: { byFile: masker.byFile, excerpts: masker.excerpts, companyKinds: [...pii.patterns, ...pii.words].map((kind) => kind.name) },
  };
  const evaluation =
    held && check
      ? { evaluation: { items: heldOutItems(held.heldOut), unanswerable: unanswerableItems(unanswerable), leftOut: slice?.files ?? [], check } }
      : {};
  return { examples: { train, validation }, report, pii, ...evaluation };
}

/** What leaving documents out took from training, one report line each. */
function leftOutNotes(slice: ReturnType<typeof leaveOutDocuments>): ReportEntry[] {
  return [
    ...slice.files.map((file): ReportEntry => ({ id: file, action: "note", reason: "left-out", detail: "document left out of the collection and of training: its inquiries are the unanswerable slice (eval-unanswerable.jsonl)" })),
    ...slice.documentExamples.map((example): ReportEntry => ({ id: example.id, action: "dropped", reason: "left-out-document", detail: "made from a document left out for the unanswerable slice" })),
    ...slice.partly.map((example): ReportEntry => ({ id: example.id, action: "dropped", reason: "left-out-source", detail: "cites a left-out document beside kept ones: neither trained on nor evaluated" })),
  ];
}

/** Each row is masked as it is parsed: the log's raw text is never held whole. */
async function inquiryExamplesFrom(
  path: string,
  options: BuildOptions,
  system: TrainingMessage[],
  masker: SourceMasker,
  spill: TextSpill,
  entries: ReportEntries,
  inputs: InputFile[],
): Promise<Example[]> {
  const file = displayPath(resolve(path));
  const name = basename(path);
  const examples: Example[] = [];
  // The file's entries (its encoding, its masked rows) are written as they come, and taken back if it turns out unreadable.
  const mark = entries.mark();
  // A log has a few categories: one string each, not one per row (a masking thread sends every row's back anew).
  const categories = new Map<string, string>();
  /**
   * A row as an example, from its texts masked together (`masked`, in the order of rowTexts); `language`: its
   * language, when a masking thread tagged it (else cleanExamples does).
   */
  const addRow = (row: InquiryRow, masked: readonly MaskResult[], language?: Language) => {
    const id = `${name}:${row.line}`;
    const found: Record<string, number> = {};
    const [question, answer, category] = rowTexts(row).map((text, index) => {
      const result = masker.record(text, masked[index]!, file);
      for (const [kind, count] of Object.entries(result.found)) increment(found, kind, count);
      return result.text;
    });
    if (Object.keys(found).length > 0) entries.add(maskedEntry(id, found));
    const example = new SpilledInquiry(id, { kind: "inquiry", file, line: row.line }, system, spill, question!, answer!);
    if (language !== undefined) example.language = language;
    if (category !== undefined) example.category = categories.get(category) ?? (categories.set(category, category), category);
    if (row.sources !== undefined) example.sources = row.sources;
    examples.push(example);
  };
  const size = (await stat(path).catch(() => undefined))?.size ?? 0;
  const pool = size >= THREADED_MASKING_FROM_BYTES ? options.maskPool?.() : undefined;
  const onRow = pool ? threadedRows(pool, addRow) : { add: (row: InquiryRow) => addRow(row, masker.maskRecord(rowTexts(row))), drain: async () => undefined };
  let reported = 0;
  const onProgress = (bytesRead: number, bytesTotal: number) => {
    if (bytesRead - reported < 1 << 20 && bytesRead < bytesTotal) return;
    reported = bytesRead;
    options.onProgress?.("reading and masking", Math.round(bytesRead / 1024), Math.round(bytesTotal / 1024));
  };
  const columns = options.columns ?? { question: "question", answer: "answer" };
  const onEncoding = (encoding: TextEncoding) => {
    if (encoding !== "utf-8") entries.add({ id: file, action: "note", reason: "encoding", detail: `decoded as ${encoding}; outputs are UTF-8` });
  };
  let read: Awaited<ReturnType<typeof streamInquiries>>;
  try {
    read = await streamInquiries(resolve(path), file, columns, onRow.add, onProgress, onEncoding);
    await onRow.drain();
  } catch (error) {
    if (!(error instanceof UnreadableInquiryFile)) throw error;
    await onRow.drain().catch(() => undefined); // rows still being masked add their entries first, then all are taken back
    entries.rollback(mark);
    const detail = `not read${error.location.line === undefined ? "" : ` (line ${error.location.line})`}: ${error.message}`;
    entries.add({ id: file, action: "note", reason: "file", detail });
    inputs.push(await describeInput(resolve(path), file, detail));
    return [];
  }
  const { encoding, rows } = read;
  inputs.push(await describeInput(resolve(path), file, `${rows} rows, ${encoding}`));
  return examples;
}

/** The texts of a row that are masked, together: question, answer, and the category when there is one. */
const rowTexts = (row: InquiryRow): string[] => (row.category === undefined ? [row.question, row.answer] : [row.question, row.answer, row.category]);

/** Logs from this size on are masked in threads; below it, starting a thread costs more than it saves. */
const THREADED_MASKING_FROM_BYTES = 1 << 20;
/** Rows a batch sends to a masking thread, and batches in flight before reading waits. */
const ROWS_PER_BATCH = 256;
const BATCHES_IN_FLIGHT = 8;

/**
 * Rows masked in a pool of threads: batched, sent, and added in their order as the batches come back; reading waits
 * while BATCHES_IN_FLIGHT are out. `drain` waits for the last.
 */
function threadedRows(
  pool: MaskPool,
  addRow: (row: InquiryRow, masked: readonly MaskResult[], language: Language) => void,
): { add(row: InquiryRow): Promise<void> | undefined; drain(): Promise<void> } {
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

async function documentChunksFrom(
  docsDir: string,
  chunkChars: number,
  masker: SourceMasker,
  entries: ReportEntries,
  inputs: InputFile[],
): Promise<DocumentChunk[]> {
  const dir = resolve(docsDir);
  const display = displayPath(dir);
  const { chunks, notes: fileNotes, files } = await readDocuments(dir, display, chunkChars, (text, file) => masker.mask(text, `${display}/${file}`).text);
  for (const { file, note } of fileNotes) {
    entries.add({ id: file, action: "note", reason: note.startsWith("decoded") ? "encoding" : "file", detail: note });
  }
  const unread = new Map(fileNotes.filter((note) => note.unread).map((note) => [note.file, note.note]));
  for (const file of files) {
    const parts = chunks.filter((chunk) => chunk.file === file).length;
    inputs.push(await describeInput(`${dir}/${file}`, `${display}/${file}`, unread.get(file) ?? `read: ${parts} chunks`));
    const found = masker.byFile[`${display}/${file}`];
    if (found) entries.add(maskedEntry(file, found));
  }
  return chunks;
}

/** Exit 2 when no input gave any text: every file named with why it was not read. */
function nothingReadable(entries: ReportEntries, docsDir: string | undefined, inquiries: boolean): ConfigError {
  const unread = entries.all().filter((note) => note.action === "note" && note.reason === "file").map((note) => `${note.id} (${note.detail})`);
  const message = `nothing could be read: ${unread.join("; ")}`;
  if (docsDir === undefined) return new ConfigError(message, { field: "--inquiries" });
  return new ConfigError(message, { file: displayPath(resolve(docsDir)), field: inquiries ? "--docs and --inquiries" : "--docs" });
}

/**
 * A masked row's report entry. Rows of a log share a few combinations of kinds and counts: their detail and counts
 * are one frozen object per combination, not one per row (a 158,405-row log has 144,527 masked rows).
 */
function maskedEntry(id: string, found: Record<string, number>): ReportEntry {
  const detail = Object.entries(found).map(([type, count]) => `[${type}]×${count}`).join(", ");
  let shared = MASKED_DETAILS.get(detail);
  if (shared === undefined) {
    shared = { detail, pii: Object.freeze({ ...found }) };
    if (MASKED_DETAILS.size < 10_000) MASKED_DETAILS.set(detail, shared);
  }
  return { id, action: "masked", reason: "pii", detail: shared.detail, pii: shared.pii };
}
const MASKED_DETAILS = new Map<string, { detail: string; pii: Readonly<Record<string, number>> }>();

/** `masker`: for a custom maker (a teacher model), whose output is masked again, as a model may write anything. */
async function documentToExamples(
  chunks: readonly DocumentChunk[],
  system: TrainingMessage[],
  make: DocumentExampleMaker,
  entries: ReportEntries,
  masker?: SourceMasker,
): Promise<Example[]> {
  const examples: Example[] = [];
  const seen = new Map<string, number>();
  // Every chunk's maker starts at once (a teacher model's lane bounds the real concurrency); results are taken in order.
  const started = chunks.map((chunk) => {
    const number = (seen.get(chunk.file) ?? 0) + 1;
    seen.set(chunk.file, number);
    const id = `${chunk.file}#${number}`;
    const made = make(chunk, { id });
    made.catch(() => undefined); // awaited below, in order; this only keeps a later rejection from going unhandled meanwhile
    return { chunk, id, made };
  });
  for (const { chunk, id, made } of started) {
    const conversations = await made;
    if (conversations.length === 0) {
      entries.add({ id, action: "dropped", reason: "no-examples", detail: "the document example maker returned no conversation" });
    }
    conversations.forEach((made, index) => {
      const found: Record<string, number> = {};
      const messages = masker
        ? made.map((message) => {
            const masked = masker.mask(message.content, chunk.file);
            for (const [kind, count] of Object.entries(masked.found)) increment(found, kind, count);
            return { ...message, content: masked.text };
          })
        : made;
      if (Object.keys(found).length > 0) entries.add(maskedEntry(`${id}.${index + 1}`, found));
      examples.push({
        id: conversations.length > 1 ? `${id}.${index + 1}` : id,
        source: { kind: "document", file: chunk.file, headings: chunk.headings, part: chunk.part, parts: chunk.parts },
        messages: [...system, ...messages],
      });
    });
  }
  return examples;
}

/** Documents form their own stratum; inquiries without a category another. */
function stratumOf(example: Example): string {
  if (example.source.kind === "document") return "(documents)";
  return example.category ?? "(no category)";
}

function settingsOf(options: BuildOptions, uncheckedEvalItems: number): Record<string, string | number | boolean> {
  return {
    tool: `kurabe ${KURABE_VERSION}`,
    date: new Date().toISOString(),
    target: options.target,
    maxTokens: options.maxTokens,
    truncate: options.truncate,
    valRatio: options.valRatio,
    seed: options.seed,
    nearDuplicateThreshold: options.nearDuplicateThreshold,
    chunkChars: options.chunkChars,
    evalRatio: options.evalRatio ?? 0,
    unanswerableRatio: options.unanswerableRatio ?? 0,
    evalItems: options.evalItems?.length ?? 0,
    evalItemsTooShortToCheck: uncheckedEvalItems,
    dropContaminated: options.dropContaminated,
    documentExamples: options.makeDocumentExamples ? "custom maker" : "section as answer",
  };
}

function countsOf(
  entries: ReportEntries,
  totals: { inquiryRows: number; documentChunks: number; examplesIn: number; train: Example[]; validation: Example[] },
): BuildCounts {
  const tally = entries.counts();
  const counts: BuildCounts = {
    inquiryRows: totals.inquiryRows,
    documentChunks: totals.documentChunks,
    examplesIn: totals.examplesIn,
    kept: totals.train.length + totals.validation.length,
    train: totals.train.length,
    validation: totals.validation.length,
    dropped: { ...tally.dropped },
    flagged: { ...tally.flagged },
    truncated: tally.truncated,
    maskedExamples: tally.maskedExamples,
    masked: { ...tally.masked },
    languages: { ja: 0, en: 0, other: 0 },
    categories: {},
    tokens: { total: 0, max: 0, mean: 0 },
  };
  for (const [split, examples] of [["train", totals.train], ["validation", totals.validation]] as const) {
    for (const example of examples) {
      counts.languages[example.language ?? "other"]++;
      counts.tokens.total += example.tokens ?? 0;
      counts.tokens.max = Math.max(counts.tokens.max, example.tokens ?? 0);
      if (example.category !== undefined) (counts.categories[example.category] ??= { train: 0, validation: 0 })[split]++;
    }
  }
  counts.tokens.mean = counts.kept === 0 ? 0 : Math.round(counts.tokens.total / counts.kept);
  return counts;
}
