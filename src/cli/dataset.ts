import { resolve } from "node:path";
import { Command, Option } from "commander";
import { KurabeError } from "../errors.js";
import { numberOption, positiveInteger } from "./number-option.js";

/**
 * `kurabe dataset build` and `kurabe dataset validate`. Registered in main.ts with
 * `program.addCommand(datasetCommand())`; the pipeline modules are imported when a subcommand runs.
 */
export function datasetCommand(): Command {
  const dataset = new Command("dataset").description("build fine-tuning data from your documents and inquiry logs, or check a training file");

  dataset
    .command("build")
    .description("turn documents and an inquiry log into cleaned, split training files with a report of every change")
    .option("--docs <dir>", "folder of documents: Markdown, plain text, HTML, PDF")
    .option("--inquiries <file>", "inquiry log: CSV (UTF-8 or Shift_JIS) or JSONL of question–answer pairs; repeat for several", collect, [])
    .option("--question-column <name>", "column holding the question", "question")
    .option("--answer-column <name>", "column holding the answer", "answer")
    .option("--category-column <name>", "column holding a category (the split is stratified by it); default: `category` if present")
    .option("--sources-column <name>", "column holding the documents that answer each inquiry (paths under --docs; a JSON list, or separated by ; | ,); default: `sources` if present")
    .option("--system <text>", "system prompt put first in every example")
    .requiredOption("--out <dir>", "where to write the training files and the report")
    .addOption(new Option("--target <model>", "model family whose tokenizer counts the tokens").choices(["llama3", "gpt-4o", "gpt-4o-mini"]).default("llama3"))
    .option("--max-tokens <n>", "longest example, in target tokens", "4096")
    .addOption(new Option("--truncate <policy>", "what to do with a longer example").choices(["drop", "truncate"]).default("drop"))
    .option("--val-ratio <r>", "share of examples held out for validation", "0.1")
    .option("--eval-ratio <r>", "share of inquiry rows held out as an evaluation suite (eval.jsonl), never trained on; 0: none", "0.1")
    .option(
      "--unanswerable-ratio <r>",
      "share of the documents inquiries cite left out of the collection and of training: their inquiries become the unanswerable slice (eval-unanswerable.jsonl); 0: none",
      "0.1",
    )
    .option("--seed <n>", "seed for the split and for MinHash", "42")
    .option("--near-dup-threshold <j>", "character 5-gram Jaccard similarity from which examples are near-duplicates", "0.8")
    .option("--chunk-chars <n>", "longest document chunk, in characters", "1500")
    .option("--contamination-against <file>", "kurabe.yaml (its suites' items) or JSONL of {suite, itemId, text}")
    .option("--drop-contaminated", "drop examples that overlap an eval item (default: flag them in the report)")
    .option("--formats <list>", "export formats, comma-separated: openai, alpaca, sharegpt, llama3-text", "openai,alpaca,sharegpt,llama3-text")
    .option("--teacher <model-id>", "a model of --config that writes question–answer pairs from each document chunk (default: the section is the answer)")
    .option("--config <file>", "kurabe.yaml holding the --teacher model (its retry, rate limits, price and cache settings apply) and a pii: section, if any", "kurabe.yaml")
    .option("--pii-config <file>", "YAML with a pii: section (named regexes and word lists of the company's own personal data); default: the pii: of --config")
    .option("--questions-per-chunk <n>", "question–answer pairs the teacher writes per chunk", "2")
    .option("--db <path>", "store whose response cache the teacher's calls use (default: the config's db:, else .kurabe/kurabe.db)")
    .action(async (options: BuildCliOptions) => {
      process.exitCode = await runDatasetBuild(options);
    });

  dataset
    .command("validate")
    .description("check a training file line by line and print its token statistics and training cost")
    .argument("<file>", "JSONL training file")
    .addOption(new Option("--format <format>", "expected format (default: guessed from the first record)").choices(["openai", "alpaca", "sharegpt", "llama3-text"]))
    .addOption(new Option("--target <model>", "tokenizer for the statistics").choices(["llama3", "gpt-4o", "gpt-4o-mini"]).default("gpt-4o"))
    .option("--epochs <n>", "training epochs, for the cost estimate", "3")
    .option("--price-per-mtok <usd>", "training price per 1M tokens for the target (overrides the built-in OpenAI price)")
    .option("--max-tokens <n>", "warn when an example is longer than this")
    .action(async (file: string, options: ValidateCliOptions) => {
      process.exitCode = await runDatasetValidate(file, options);
    });

  return dataset;
}

const collect = (value: string, previous: string[]): string[] => [...previous, value];

interface BuildCliOptions {
  docs?: string;
  inquiries: string[];
  questionColumn: string;
  answerColumn: string;
  categoryColumn?: string;
  sourcesColumn?: string;
  system?: string;
  out: string;
  target: string;
  maxTokens: string;
  truncate: string;
  valRatio: string;
  evalRatio: string;
  unanswerableRatio: string;
  seed: string;
  nearDupThreshold: string;
  chunkChars: string;
  contaminationAgainst?: string;
  dropContaminated?: boolean;
  formats: string;
  teacher?: string;
  config: string;
  piiConfig?: string;
  questionsPerChunk: string;
  db?: string;
}

interface ValidateCliOptions {
  format?: string;
  target: string;
  epochs: string;
  pricePerMtok?: string;
  maxTokens?: string;
}

async function runDatasetBuild(options: BuildCliOptions, out: NodeJS.WritableStream = process.stdout): Promise<number> {
  const [{ EXPORT_FORMAT_NAMES }, { isTargetName }, { loadEvalItemTexts }] =
    await Promise.all([
      import("../finetune/formats/export-formats.js"),
      import("../finetune/targets.js"),
      import("../finetune/eval-item-texts.js"),
    ]);
  if (!isTargetName(options.target)) throw new KurabeError("input", `unknown target ${options.target}`, { field: "--target" });
  const formats = options.formats.split(",").map((name) => name.trim()).filter(Boolean);
  for (const format of formats) {
    if (!(EXPORT_FORMAT_NAMES as string[]).includes(format)) {
      throw new KurabeError("input", `unknown format "${format}"; choose from ${EXPORT_FORMAT_NAMES.join(", ")}`, { field: "--formats" });
    }
  }
  await checkBuildPaths(options);
  const pii = await loadPiiFor(options);
  const evalItems = options.contaminationAgainst === undefined ? undefined : await loadEvalItemTexts(options.contaminationAgainst);
  const teacher = await openTeacherFor(options);
  try {
    return await buildAndWrite(options, formats, evalItems, pii, teacher, out);
  } finally {
    await teacher?.close();
  }
}

/** Every path is checked before any work, so a typo costs a second, not a whole build. */
async function checkBuildPaths(options: BuildCliOptions): Promise<void> {
  const { stat } = await import("node:fs/promises");
  const kindOf = async (path: string): Promise<"file" | "folder" | "missing"> => {
    try {
      return (await stat(path)).isDirectory() ? "folder" : "file";
    } catch {
      return "missing";
    }
  };
  for (const file of options.inquiries) {
    const kind = await kindOf(file);
    if (kind === "missing") throw new KurabeError("input", "inquiry file not found", { file, field: "--inquiries" });
    if (kind === "folder") throw new KurabeError("input", "expected an inquiry file (CSV, TSV or JSONL), got a folder", { file, field: "--inquiries" });
  }
  if (options.docs !== undefined) {
    const kind = await kindOf(options.docs);
    if (kind === "missing") throw new KurabeError("input", "documents folder not found", { file: options.docs });
    if (kind === "file") throw new KurabeError("input", "expected a folder of documents, got a file", { file: options.docs, field: "--docs" });
  }
  if ((await kindOf(options.out)) === "file") {
    throw new KurabeError("input", "expected a folder for the outputs, got an existing file", { file: options.out, field: "--out" });
  }
}

/** The company's own PII kinds: from --pii-config, else from the pii: section of --config when that file exists. */
async function loadPiiFor(options: BuildCliOptions): Promise<import("../finetune/pii/pii-config.js").PiiConfig> {
  const { loadPiiConfig } = await import("../finetune/pii/pii-config.js");
  const path = options.piiConfig ?? options.config;
  return loadPiiConfig(resolve(path), path, options.piiConfig === undefined);
}

async function openTeacherFor(options: BuildCliOptions): Promise<import("../finetune/teacher/teacher.js").TeacherSession | undefined> {
  const questionsPerChunk = positiveInteger(options.questionsPerChunk, "--questions-per-chunk");
  if (options.teacher === undefined) return undefined;
  if (options.docs === undefined) throw new KurabeError("input", "--teacher writes questions from documents: give --docs too", { field: "--teacher" });
  const { openTeacher } = await import("../finetune/teacher/teacher.js");
  return openTeacher({
    configPath: options.config,
    teacherId: options.teacher,
    questionsPerChunk,
    ...(options.db === undefined ? {} : { dbPath: options.db }),
  });
}

async function buildAndWrite(
  options: BuildCliOptions,
  formats: string[],
  evalItems: import("../finetune/types.js").EvalItemText[] | undefined,
  pii: import("../finetune/pii/pii-config.js").PiiConfig,
  teacher: import("../finetune/teacher/teacher.js").TeacherSession | undefined,
  out: NodeJS.WritableStream,
): Promise<number> {
  const [{ buildDataset }, { datasetFiles }, { writeOutputsAtomically }, { EXPORT_FORMAT_NAMES }, { isTargetName }, { describeTeacherStats, teacherSettings }] =
    await Promise.all([
      import("../finetune/build-dataset.js"),
      import("../finetune/dataset-files.js"),
      import("../finetune/write-outputs.js"),
      import("../finetune/formats/export-formats.js"),
      import("../finetune/targets.js"),
      import("../finetune/teacher/teacher.js"),
    ]);
  if (!isTargetName(options.target)) throw new KurabeError("input", `unknown target ${options.target}`, { field: "--target" });
  const { datasetProgressBar } = await import("./dataset-progress.js");
  const { MaskPool } = await import("../finetune/pii/mask-pool.js");
  const progress = datasetProgressBar();
  let pool: import("../finetune/pii/mask-pool.js").MaskPool | undefined;
  const built = await buildDataset({
    ...(options.docs === undefined ? {} : { docsDir: options.docs }),
    inquiriesFiles: options.inquiries,
    columns: {
      question: options.questionColumn,
      answer: options.answerColumn,
      ...(options.categoryColumn === undefined ? {} : { category: options.categoryColumn }),
      ...(options.sourcesColumn === undefined ? {} : { sources: options.sourcesColumn }),
    },
    ...(options.system === undefined ? {} : { system: options.system }),
    target: options.target,
    maxTokens: positiveInteger(options.maxTokens, "--max-tokens"),
    truncate: options.truncate === "truncate" ? "truncate" : "drop",
    valRatio: numberOption(options.valRatio, "--val-ratio", (n) => n >= 0 && n < 1, "a ratio from 0 up to (not including) 1"),
    evalRatio: numberOption(options.evalRatio, "--eval-ratio", (n) => n >= 0 && n < 1, "a ratio from 0 up to (not including) 1"),
    unanswerableRatio: numberOption(options.unanswerableRatio, "--unanswerable-ratio", (n) => n >= 0 && n < 1, "a ratio from 0 up to (not including) 1"),
    seed: numberOption(options.seed, "--seed", Number.isInteger, "a whole number"),
    nearDuplicateThreshold: numberOption(options.nearDupThreshold, "--near-dup-threshold", (n) => n > 0 && n <= 1, "a similarity in (0, 1]"),
    chunkChars: positiveInteger(options.chunkChars, "--chunk-chars"),
    ...(evalItems === undefined ? {} : { evalItems }),
    dropContaminated: options.dropContaminated ?? false,
    ...(teacher ? { makeDocumentExamples: teacher.makeDocumentExamples } : {}),
    pii,
    onProgress: progress.onProgress,
    maskPool: () => (pool ??= MaskPool.open(pii)),
  })
    .catch(async (error: unknown) => {
      await pool?.close();
      throw error;
    })
    .finally(() => progress.stop());
  // The masked rows stay readable (in their temporary file) until the outputs are written.
  try {
    const companyKinds = [...pii.patterns, ...pii.words].map((kind) => kind.name).join(", ");
    built.report.settings = {
      ...built.report.settings,
      command: `kurabe dataset build${[...(options.docs === undefined ? [] : ["--docs", options.docs]), ...options.inquiries.flatMap((file) => ["--inquiries", file]), "--out", options.out, "--formats", formats.join(",")].map((part) => ` ${part}`).join("")}`,
      piiConfig: `${options.piiConfig ?? options.config}: ${companyKinds || "no pii: section"}`,
    };
    const teacherStats = teacher?.stats();
    if (teacher && teacherStats) {
      built.report.settings = { ...built.report.settings, documentExamples: "teacher question–answer pairs", ...teacherSettings(teacherStats) };
      built.report.entries.prepend(teacher.entries());
    }
    const { counts } = built.report;
    if (counts.kept === 0) {
      const why = Object.entries(counts.dropped).map(([reason, count]) => `${count} ${reason}`).join(", ");
      throw new KurabeError("input", `no examples left after cleaning (${counts.examplesIn} read; dropped: ${why || "none"}); nothing written`);
    }
    const written = await writeOutputsAtomically(resolve(options.out), datasetFiles(built, formats as (typeof EXPORT_FORMAT_NAMES)[number][]));
    if (teacherStats) out.write(`${describeTeacherStats(teacherStats)}\n`);
    out.write(renderBuildSummary(built.report, options.out, written.length, built.evaluation));
    return 0;
  } finally {
    built.release();
    await pool?.close();
  }
}

function renderBuildSummary(
  { counts, inputs }: import("../finetune/report.js").BuildReport,
  outDir: string,
  files: number,
  evaluation: import("../finetune/build-dataset.js").BuiltDataset["evaluation"],
): string {
  const list = (record: Partial<Record<string, number>>, wrap = (key: string) => key) =>
    Object.entries(record).map(([key, value]) => `${wrap(key)}×${value}`).join(", ");
  const lines = [
    `${counts.kept} examples (train ${counts.train}, validation ${counts.validation}) from ${counts.inquiryRows} inquiry rows and ${counts.documentChunks} document chunks`,
    `tokens: ${counts.tokens.total} in total, longest ${counts.tokens.max}; languages: ja ${counts.languages.ja}, en ${counts.languages.en}, other ${counts.languages.other}`,
  ];
  if (Object.keys(counts.dropped).length) lines.push(`dropped: ${list(counts.dropped)}`);
  if (Object.keys(counts.flagged).length) lines.push(`flagged: ${list(counts.flagged)} (kept; --drop-contaminated drops them)`);
  if (counts.truncated) lines.push(`truncated: ${counts.truncated}`);
  if (counts.maskedExamples) lines.push(`masked personal data in ${counts.maskedExamples} rows and files: ${list(counts.masked, (key) => `[${key}]`)}`);
  // A file that could not be read is skipped, not fatal (unless nothing could be read): said here, in one line each.
  for (const input of inputs) if (input.status.startsWith("not read")) lines.push(`${input.path}: ${input.status}`);
  if (evaluation) lines.push(...evaluationLines(evaluation));
  lines.push(`wrote ${files} files to ${outDir} (every change is listed in report.md and report.jsonl)`);
  return `${lines.join("\n")}\n`;
}

/** What the evaluation files hold, and the `rag: exclude` the unanswerable slice needs. */
function evaluationLines(evaluation: NonNullable<import("../finetune/build-dataset.js").BuiltDataset["evaluation"]>): string[] {
  const lines = [
    `held out ${evaluation.items.length} inquiries (eval.jsonl), ${evaluation.unanswerable.length} unanswerable (eval-unanswerable.jsonl); ` +
      `in no training or validation file (13-gram check: ${evaluation.check.removed.length} removed; ${evaluation.check.boilerplate.ngrams} n-grams found in over ${evaluation.check.boilerplate.foundInOver} training rows left aside as boilerplate)`,
  ];
  if (evaluation.leftOut.length > 0) {
    lines.push(`left out of the collection for the unanswerable slice: give every model with rag: the line exclude: [${evaluation.leftOut.map((file) => JSON.stringify(file)).join(", ")}]`);
  }
  return lines;
}

async function runDatasetValidate(file: string, options: ValidateCliOptions, out: NodeJS.WritableStream = process.stdout): Promise<number> {
  const [{ validateTrainingFile }, { TARGETS, isTargetName, OPENAI_TRAINING_PRICES }, { tokenStats }, { renderValidation }, { displayPath }] =
    await Promise.all([
      import("../finetune/formats/validate-training-file.js"),
      import("../finetune/targets.js"),
      import("../finetune/stats.js"),
      import("../finetune/render-validation.js"),
      import("../config/display-path.js"),
    ]);
  if (!isTargetName(options.target)) throw new KurabeError("input", `unknown target ${options.target}`, { field: "--target" });
  const epochs = positiveInteger(options.epochs, "--epochs");
  const price = options.pricePerMtok === undefined ? undefined : numberOption(options.pricePerMtok, "--price-per-mtok", (n) => n >= 0, "a price in USD");
  const maxTokens = options.maxTokens === undefined ? undefined : positiveInteger(options.maxTokens, "--max-tokens");
  const shown = displayPath(resolve(file));
  const format = options.format as import("../finetune/formats/check-records.js").TrainingFormatName | undefined;
  const { format: found, conversations } = await validateTrainingFile(resolve(file), shown, format);

  const target = TARGETS[options.target];
  const tokenizer = await target.loadTokenizer();
  const lengths = conversations.map((messages) => tokenizer.countConversation(messages));
  const stats = tokenStats(lengths);
  const costs = [];
  if (price !== undefined) costs.push({ target: target.name, pricePerMillion: price, tokens: stats.total, source: "--price-per-mtok" });
  for (const other of Object.values(TARGETS)) {
    if (!("trainingPricePerMillion" in other) || (price !== undefined && other.name === target.name)) continue;
    const otherTokenizer = other.loadTokenizer === target.loadTokenizer ? tokenizer : await other.loadTokenizer();
    const tokens = otherTokenizer === tokenizer ? stats.total : conversations.reduce((sum, messages) => sum + otherTokenizer.countConversation(messages), 0);
    costs.push({ target: other.name, pricePerMillion: other.trainingPricePerMillion, tokens, source: OPENAI_TRAINING_PRICES.source });
  }
  out.write(renderValidation({ file: shown, format: found, target: target.name, stats, epochs, costs, ...(maxTokens === undefined ? {} : { maxTokens }) }));
  return 0;
}
