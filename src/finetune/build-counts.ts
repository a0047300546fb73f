import { KURABE_VERSION } from "../version.js";
import type { BuildOptions } from "./build-dataset.js";
import type { ReportEntries } from "./report-entries.js";
import type { BuildCounts } from "./report.js";
import type { Example } from "./types.js";

/** The build's settings as the report states them. */
export function settingsOf(options: BuildOptions, uncheckedEvalItems: number): Record<string, string | number | boolean> {
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

/** What the build read, kept, dropped and masked, and the kept examples' languages, categories and tokens. */
export function countsOf(
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
