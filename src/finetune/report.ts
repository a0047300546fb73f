import type { InputFile } from "./input-files.js";
import { BUILTIN_PII_KINDS, NOT_MASKED } from "./pii/pii-kinds.js";
import type { ResidualFinding } from "./pii/residual-check.js";
import { ENTRIES_KEPT_PER_ACTION, type ReportEntries } from "./report-entries.js";
import type { MaskedExcerpt } from "./pii/source-masker.js";
import type { Language } from "./types.js";

export type ReportAction = "masked" | "dropped" | "flagged" | "truncated" | "note";

export type ReportReason =
  | "pii"
  | "empty"
  | "exact-duplicate"
  | "near-duplicate"
  | "contamination"
  | "too-long"
  | "no-examples"
  | "encoding"
  | "file"
  | "teacher"
  | "left-out"
  | "left-out-document"
  | "left-out-source";

/** One change to one example (or one remark on one file), as a line of report.jsonl. */
export interface ReportEntry {
  /** The example id (`inquiries.csv:12`, `manual.md#3`), or the file a note is about. */
  id: string;
  action: ReportAction;
  reason: ReportReason;
  /** One sentence for a person. */
  detail: string;
  pii?: Record<string, number>;
  duplicateOf?: string;
  similarity?: number;
  contamination?: { suite: string; itemId: string; ngram: string }[];
  tokens?: { before: number; after?: number; max: number };
}

export interface BuildCounts {
  inquiryRows: number;
  documentChunks: number;
  examplesIn: number;
  kept: number;
  train: number;
  validation: number;
  dropped: Partial<Record<ReportReason, number>>;
  flagged: Partial<Record<ReportReason, number>>;
  truncated: number;
  maskedExamples: number;
  masked: Record<string, number>;
  languages: Record<Language, number>;
  categories: Record<string, { train: number; validation: number }>;
  tokens: { total: number; max: number; mean: number };
}

/** What was masked where: counted as the sources were read, before anything was cut. */
interface PiiSummary {
  byFile: Record<string, Record<string, number>>;
  excerpts: MaskedExcerpt[];
  /** The company's own kinds from `pii:`. */
  companyKinds: string[];
}

export interface BuildReport {
  settings: Record<string, string | number | boolean>;
  counts: BuildCounts;
  /** Every change and note, in a temporary file (see ReportEntries). */
  entries: ReportEntries;
  inputs: InputFile[];
  pii: PiiSummary;
  /** Filled in once the outputs are rendered: the stricter second look over them. */
  residual?: ResidualFinding[];
}

export function increment<K extends string>(counts: Partial<Record<K, number>>, key: K, by = 1): void {
  counts[key] = (counts[key] ?? 0) + by;
}

/** Adds every count of `more` to `counts`, key by key. */
export function addCounts(counts: Record<string, number>, more: Readonly<Record<string, number>>): void {
  for (const [key, count] of Object.entries(more)) increment(counts, key, count);
}

/**
 * report.jsonl, line by line: a summary line (with the inputs, the PII tally and the residual findings), then one line
 * per entry — every masked row, drop and note, the machine-readable list that report.md only samples.
 */
export function* reportJsonlLines(report: BuildReport): Iterable<string> {
  const summary = { settings: report.settings, counts: report.counts, inputs: report.inputs, pii: report.pii, residual: report.residual ?? null };
  yield `${JSON.stringify({ summary })}\n`;
  yield* report.entries.jsonLines();
}

/** At most this many residual findings are listed by location; the rest are counted. */
const MAX_RESIDUAL_LISTED = 200;

/** A Markdown table; a column of numbers is aligned right. */
const table = (header: string[], rows: (string | number)[][]): string[] => [
  `| ${header.join(" | ")} |`,
  `|${header.map((_, index) => (index > 0 && rows.length > 0 && rows.every((row) => typeof row[index] === "number") ? "---:" : "---")).join("|")}|`,
  ...rows.map((row) => `| ${row.join(" | ")} |`),
];
const byKey = (record: Partial<Record<string, number>>): [string, number][] => Object.entries(record).map(([key, value]) => [key, value ?? 0]);
const cell = (text: string): string => text.replace(/\|/g, "\\|").replace(/`/g, "'");

/**
 * report.md: what a data-protection officer signs. The inputs (path, size, SHA-256), the tool, date and options;
 * which kinds of personal data are masked and which are not; what was masked, by kind and by file, with masked
 * excerpts; the residual-risk pass over the outputs (kinds and locations, never values); then the counts and every
 * change to the data, grouped by what happened.
 */
export function renderReportMarkdown(report: BuildReport): string {
  const { counts } = report;
  const lines = ["# Dataset build report", "", "## Build", "", ...Object.entries(report.settings).map(([key, value]) => `- ${key}: ${value}`), ""];

  lines.push("## Inputs", "", ...table(["file", "bytes", "sha256", "status"], report.inputs.map((input) => [cell(input.path), input.bytes, `\`${input.sha256}\``, cell(input.status)])), "");

  lines.push("## Personal data: what is masked", "", "Every text is masked as it is read, before documents are cut into chunks; headings, titles and categories too. A value found once is masked wherever its document or its inquiry row (question, answer, category) repeats it.", "");
  lines.push(...table(["kind", "what it covers"], Object.entries(BUILTIN_PII_KINDS).map(([kind, what]) => [`[${kind}]`, cell(what)])));
  for (const kind of report.pii.companyKinds) lines.push(`| [${kind}] | the company's own pattern or word list \`${kind}\` (pii: in the configuration) |`);
  lines.push("", "### Not masked", "", ...NOT_MASKED.map((item) => `- ${item}`), "");

  const byKind: Record<string, number> = {};
  for (const found of Object.values(report.pii.byFile)) addCounts(byKind, found);
  lines.push("## Personal data: what was masked", "");
  if (Object.keys(byKind).length === 0) lines.push("Nothing was found to mask.", "");
  else {
    lines.push(...table(["kind", "masked"], byKey(byKind).sort((a, b) => b[1] - a[1]).map(([kind, count]) => [`[${kind}]`, count])), "");
    lines.push("### By file", "", ...table(["file", "masked"], Object.entries(report.pii.byFile).map(([file, found]) => [cell(file), byKey(found).map(([kind, count]) => `[${kind}]×${count}`).join(", ")])), "");
    lines.push("### Masked excerpts", "", ...report.pii.excerpts.map((excerpt) => `- \`${cell(excerpt.file)}\` [${excerpt.kind}]: …${cell(excerpt.excerpt)}…`), "");
  }

  lines.push("## Residual-risk pass", "");
  if (report.residual === undefined) lines.push("Not run.", "");
  else {
    lines.push(
      "The outputs were read again, as they were written, with detectors stricter than masking's (any number passing Luhn, any valid My Number, any 0-prefixed 10–11-digit run, any @ between word characters, long random-looking tokens), and searched for what masking's detectors find in the inputs' names, which are not masked. Masking's own detectors had read each masked text again when it was masked, and masked what that second look found. Each finding is listed by file, line and kind; values are never shown.",
      "",
    );
    if (report.residual.length === 0) lines.push("Nothing found.", "");
    else {
      const residualKinds: Record<string, number> = {};
      for (const finding of report.residual) increment(residualKinds, finding.kind);
      lines.push(...table(["kind", "findings"], byKey(residualKinds)), "");
      for (const finding of report.residual.slice(0, MAX_RESIDUAL_LISTED)) lines.push(`- \`${finding.file}:${finding.line}\` ${finding.kind}`);
      if (report.residual.length > MAX_RESIDUAL_LISTED) lines.push(`- … and ${report.residual.length - MAX_RESIDUAL_LISTED} more (report.jsonl lists them all)`);
      lines.push("");
    }
  }

  lines.push(
    "## Counts",
    "",
    ...table(["", ""], [
      ["inquiry rows read", counts.inquiryRows],
      ["document chunks read", counts.documentChunks],
      ["examples before cleaning", counts.examplesIn],
      ["examples kept", counts.kept],
      ["train", counts.train],
      ["validation", counts.validation],
      ["rows and files with masked personal data", counts.maskedExamples],
      ["truncated", counts.truncated],
      ...byKey(counts.dropped).map(([key, value]) => [`dropped: ${key}`, value]),
      ...byKey(counts.flagged).map(([key, value]) => [`flagged: ${key}`, value]),
      ...byKey(counts.languages).map(([key, value]) => [`language: ${key}`, value]),
      ["tokens (kept, total)", counts.tokens.total],
      ["tokens (longest example)", counts.tokens.max],
    ]),
    "",
  );
  if (Object.keys(counts.categories).length > 0) {
    lines.push("## Split by category", "", "| category | train | validation |", "|---|---:|---:|");
    for (const [category, split] of Object.entries(counts.categories)) lines.push(`| ${cell(category)} | ${split.train} | ${split.validation} |`);
    lines.push("");
  }
  const groups: [ReportAction, string][] = [
    ["dropped", "Dropped"],
    ["flagged", "Flagged"],
    ["truncated", "Truncated"],
    ["masked", "Masked"],
    ["note", "Notes on files"],
  ];
  for (const [action, heading] of groups) {
    const { entries, total } = report.entries.first(action);
    if (total === 0) continue;
    lines.push(`## ${heading} (${total})`, "");
    if (total > ENTRIES_KEPT_PER_ACTION) lines.push(`The first ${ENTRIES_KEPT_PER_ACTION}; report.jsonl lists all ${total}, one JSON line each.`, "");
    for (const entry of entries) lines.push(`- \`${entry.id}\` — ${entry.reason}: ${entry.detail}`);
    if (total > ENTRIES_KEPT_PER_ACTION) lines.push(`- … and ${total - ENTRIES_KEPT_PER_ACTION} more`);
    lines.push("");
  }
  return lines.join("\n");
}
