import { resolve } from "node:path";
import { displayPath } from "../config/display-path.js";
import { ConfigError } from "../errors.js";
import { countsOf, settingsOf } from "./build-counts.js";
import type { BuildProgress } from "./build-progress.js";
import { cleanExamples } from "./clean-examples.js";
import { sectionAsAnswer, type DocumentExampleMaker } from "./document-examples.js";
import { documentChunksFrom, documentToExamples } from "./document-inputs.js";
import type { TruncatePolicy } from "./fit-tokens.js";
import type { InputFile } from "./input-files.js";
import { inquiryExamplesFrom } from "./inquiry-examples.js";
import { piiDetectors } from "./pii/detectors.js";
import { EMPTY_PII_CONFIG, type PiiConfig } from "./pii/pii-config.js";
import type { MaskPool } from "./pii/mask-pool.js";
import { SourceMasker } from "./pii/source-masker.js";
import { TextSpill } from "./text-spill.js";
import { TrainingScan } from "./training-scan.js";
import type { InquiryColumns } from "./read-inquiries.js";
import { ReportEntries } from "./report-entries.js";
import type { BuildReport, ReportEntry } from "./report.js";
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
import type { EvalItemText, Example, TrainingMessage } from "./types.js";

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
   * written; the examples' messages cannot be read after it. Left uncalled, the system frees it when the process ends.
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
  const training = held?.training ?? pool;
  const heldAll = held ? [...held.heldOut, ...unanswerable] : undefined;
  const scan = TrainingScan.start(training, spill, { system, target: options.target, ...(heldAll ? { heldOut: heldAll } : {}) });
  let cleaned: Awaited<ReturnType<typeof cleanExamples>>;
  let check: HeldOutCheck | undefined;
  try {
    cleaned = await cleanExamples(training, {
      loadTokenizer: TARGETS[options.target].loadTokenizer,
      maxTokens: options.maxTokens,
      truncate: options.truncate,
      nearDuplicateThreshold: options.nearDuplicateThreshold,
      seed: options.seed,
      dropContaminated: options.dropContaminated,
      ...(options.evalItems ? { evalItems: options.evalItems } : {}),
      ...(options.onProgress ? { onProgress: options.onProgress } : {}),
      ...(scan ? { tokenCounts: scan.result().then((scanned) => scanned.tokensOf) } : {}),
    });
    if (heldAll) {
      // A truncated example's messages are no longer those the scan read.
      const truncated = new Set(cleaned.entries.flatMap((entry) => (entry.action === "truncated" ? [entry.id] : [])));
      const matcher = scan ? (await scan.result()).heldOutMatcher(heldAll, (example) => truncated.has(example.id)) : undefined;
      check = checkHeldOut(heldAll, cleaned.kept, matcher);
    }
  } finally {
    await scan?.close();
  }

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

/** Exit 2 when no input gave any text: every file named with why it was not read. */
function nothingReadable(entries: ReportEntries, docsDir: string | undefined, inquiries: boolean): ConfigError {
  const unread = entries.all().filter((note) => note.action === "note" && note.reason === "file").map((note) => `${note.id} (${note.detail})`);
  const message = `nothing could be read: ${unread.join("; ")}`;
  if (docsDir === undefined) return new ConfigError(message, { field: "--inquiries" });
  return new ConfigError(message, { file: displayPath(resolve(docsDir)), field: inquiries ? "--docs and --inquiries" : "--docs" });
}

/** Documents form their own stratum; inquiries without a category another. */
function stratumOf(example: Example): string {
  if (example.source.kind === "document") return "(documents)";
  return example.category ?? "(no category)";
}
