import type { PiiType } from "./pii/detectors.js";
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
  | "teacher";

/** One change to one example (or one remark on one file), as a line of report.jsonl. */
export interface ReportEntry {
  /** The example id (`inquiries.csv:12`, `manual.md#3`), or the file a note is about. */
  id: string;
  action: ReportAction;
  reason: ReportReason;
  /** One sentence for a person. */
  detail: string;
  pii?: Partial<Record<PiiType, number>>;
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
  masked: Partial<Record<PiiType, number>>;
  languages: Record<Language, number>;
  categories: Record<string, { train: number; validation: number }>;
  tokens: { total: number; max: number; mean: number };
}

export interface BuildReport {
  settings: Record<string, string | number | boolean>;
  counts: BuildCounts;
  entries: ReportEntry[];
}

export function increment<K extends string>(counts: Partial<Record<K, number>>, key: K, by = 1): void {
  counts[key] = (counts[key] ?? 0) + by;
}

/** report.jsonl: a summary line, then one line per entry. */
export function renderReportJsonl(report: BuildReport): string {
  const summary = JSON.stringify({ summary: { settings: report.settings, counts: report.counts } });
  return [summary, ...report.entries.map((entry) => JSON.stringify(entry))].join("\n") + "\n";
}

/** report.md: the same facts for a person: counts first, then every entry grouped by what happened. */
export function renderReportMarkdown(report: BuildReport): string {
  const { counts } = report;
  const table = (rows: [string, string | number][]) =>
    ["| | |", "|---|---:|", ...rows.map(([name, value]) => `| ${name} | ${value} |`)].join("\n");
  const byKey = (record: Partial<Record<string, number>>) => Object.entries(record).map(([key, value]) => [key, value ?? 0] as [string, number]);
  const lines = [
    "# Dataset build report",
    "",
    "## Settings",
    "",
    ...Object.entries(report.settings).map(([key, value]) => `- ${key}: ${value}`),
    "",
    "## Counts",
    "",
    table([
      ["inquiry rows read", counts.inquiryRows],
      ["document chunks read", counts.documentChunks],
      ["examples before cleaning", counts.examplesIn],
      ["examples kept", counts.kept],
      ["train", counts.train],
      ["validation", counts.validation],
      ["examples with masked PII", counts.maskedExamples],
      ["truncated", counts.truncated],
      ...byKey(counts.dropped).map(([key, value]) => [`dropped: ${key}`, value] as [string, number]),
      ...byKey(counts.flagged).map(([key, value]) => [`flagged: ${key}`, value] as [string, number]),
      ...byKey(counts.masked).map(([key, value]) => [`masked: [${key}]`, value] as [string, number]),
      ...byKey(counts.languages).map(([key, value]) => [`language: ${key}`, value] as [string, number]),
      ["tokens (kept, total)", counts.tokens.total],
      ["tokens (longest example)", counts.tokens.max],
    ]),
    "",
  ];
  if (Object.keys(counts.categories).length > 0) {
    lines.push("## Split by category", "", "| category | train | validation |", "|---|---:|---:|");
    for (const [category, split] of Object.entries(counts.categories)) lines.push(`| ${category} | ${split.train} | ${split.validation} |`);
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
    const entries = report.entries.filter((entry) => entry.action === action);
    if (entries.length === 0) continue;
    lines.push(`## ${heading} (${entries.length})`, "");
    for (const entry of entries) lines.push(`- \`${entry.id}\` — ${entry.reason}: ${entry.detail}`);
    lines.push("");
  }
  return lines.join("\n");
}
