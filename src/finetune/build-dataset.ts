import { basename, resolve } from "node:path";
import { displayPath } from "../config/display-path.js";
import { ConfigError } from "../errors.js";
import { cleanExamples } from "./clean-examples.js";
import { sectionAsAnswer, type DocumentExampleMaker } from "./document-examples.js";
import { readDocuments, type DocumentChunk } from "./documents/read-documents.js";
import type { TruncatePolicy } from "./fit-tokens.js";
import { readInquiries, type InquiryColumns } from "./read-inquiries.js";
import { increment, type BuildCounts, type BuildReport, type ReportEntry } from "./report.js";
import { splitTrainValidation } from "./split.js";
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
  seed: number;
  /** Jaccard similarity (character 5-grams) from which two examples are near-duplicates. */
  nearDuplicateThreshold: number;
  /** Longest document chunk, in characters. */
  chunkChars: number;
  evalItems?: readonly EvalItemText[];
  dropContaminated: boolean;
  /** How a document chunk becomes examples; the default asks about the section and answers with its text. */
  makeDocumentExamples?: DocumentExampleMaker;
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
}

/**
 * Reads inquiries and documents, turns them into chat examples, cleans them (see cleanExamples) and splits them,
 * stratified by category when there is one. Reads files, writes nothing: the caller writes the outputs.
 */
export async function buildDataset(options: BuildOptions): Promise<BuiltDataset> {
  const inquiriesFiles = options.inquiriesFiles ?? [];
  if (options.docsDir === undefined && inquiriesFiles.length === 0) {
    throw new ConfigError("nothing to build from: give --docs, --inquiries or both", { field: "--docs" });
  }
  if (!(options.valRatio >= 0 && options.valRatio < 1)) throw new ConfigError("expected a ratio in [0, 1)", { field: "--val-ratio" });
  const notes: ReportEntry[] = [];
  const system: TrainingMessage[] = options.system ? [{ role: "system", content: options.system }] : [];

  const inquiryExamples: Example[] = [];
  for (const file of inquiriesFiles) inquiryExamples.push(...(await inquiryExamplesFrom(file, options, system, notes)));

  const documentExamples: Example[] = [];
  let chunkCount = 0;
  if (options.docsDir !== undefined) {
    const display = displayPath(resolve(options.docsDir));
    const { chunks, notes: fileNotes } = await readDocuments(resolve(options.docsDir), display, options.chunkChars);
    chunkCount = chunks.length;
    for (const { file, note } of fileNotes) {
      notes.push({ id: file, action: "note", reason: note.startsWith("decoded") ? "encoding" : "file", detail: note });
    }
    documentExamples.push(...(await documentToExamples(chunks, system, options.makeDocumentExamples ?? sectionAsAnswer, notes)));
  }

  const examplesIn = [...inquiryExamples, ...documentExamples];
  const tokenizer = await TARGETS[options.target].loadTokenizer();
  const cleaned = cleanExamples(examplesIn, {
    tokenizer,
    maxTokens: options.maxTokens,
    truncate: options.truncate,
    nearDuplicateThreshold: options.nearDuplicateThreshold,
    seed: options.seed,
    dropContaminated: options.dropContaminated,
    ...(options.evalItems ? { evalItems: options.evalItems } : {}),
  });

  const kept = cleaned.kept;
  const split = splitTrainValidation(kept.map((example) => stratumOf(example)), options.valRatio, options.seed);
  const train = split.train.map((index) => kept[index]!);
  const validation = split.validation.map((index) => kept[index]!);
  const entries = [...notes, ...cleaned.entries];
  const report: BuildReport = {
    settings: settingsOf(options, cleaned.uncheckedEvalItems),
    counts: countsOf(entries, { inquiryRows: inquiryExamples.length, documentChunks: chunkCount, examplesIn: examplesIn.length, train, validation }),
    entries,
  };
  return { examples: { train, validation }, report };
}

async function inquiryExamplesFrom(
  path: string,
  options: BuildOptions,
  system: TrainingMessage[],
  notes: ReportEntry[],
): Promise<Example[]> {
  const file = displayPath(resolve(path));
  const { rows, encoding } = await readInquiries(resolve(path), file, options.columns ?? { question: "question", answer: "answer" });
  if (encoding !== "utf-8") notes.push({ id: file, action: "note", reason: "encoding", detail: `decoded as ${encoding}; outputs are UTF-8` });
  const name = basename(path);
  return rows.map((row) => ({
    id: `${name}:${row.line}`,
    source: { kind: "inquiry", file, line: row.line },
    messages: [...system, { role: "user", content: row.question }, { role: "assistant", content: row.answer }],
    ...(row.category === undefined ? {} : { category: row.category }),
  }));
}

async function documentToExamples(
  chunks: readonly DocumentChunk[],
  system: TrainingMessage[],
  make: DocumentExampleMaker,
  notes: ReportEntry[],
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
      notes.push({ id, action: "dropped", reason: "no-examples", detail: "the document example maker returned no conversation" });
    }
    conversations.forEach((messages, index) => {
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
    target: options.target,
    maxTokens: options.maxTokens,
    truncate: options.truncate,
    valRatio: options.valRatio,
    seed: options.seed,
    nearDuplicateThreshold: options.nearDuplicateThreshold,
    chunkChars: options.chunkChars,
    evalItems: options.evalItems?.length ?? 0,
    evalItemsTooShortToCheck: uncheckedEvalItems,
    dropContaminated: options.dropContaminated,
    documentExamples: options.makeDocumentExamples ? "custom maker" : "section as answer",
  };
}

function countsOf(
  entries: readonly ReportEntry[],
  totals: { inquiryRows: number; documentChunks: number; examplesIn: number; train: Example[]; validation: Example[] },
): BuildCounts {
  const counts: BuildCounts = {
    inquiryRows: totals.inquiryRows,
    documentChunks: totals.documentChunks,
    examplesIn: totals.examplesIn,
    kept: totals.train.length + totals.validation.length,
    train: totals.train.length,
    validation: totals.validation.length,
    dropped: {},
    flagged: {},
    truncated: 0,
    maskedExamples: 0,
    masked: {},
    languages: { ja: 0, en: 0, other: 0 },
    categories: {},
    tokens: { total: 0, max: 0, mean: 0 },
  };
  for (const entry of entries) {
    if (entry.action === "dropped") increment(counts.dropped, entry.reason);
    if (entry.action === "flagged") increment(counts.flagged, entry.reason);
    if (entry.action === "truncated") counts.truncated++;
    if (entry.action === "masked") {
      counts.maskedExamples++;
      for (const [type, count] of Object.entries(entry.pii ?? {})) increment(counts.masked, type as keyof typeof counts.masked, count);
    }
  }
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
