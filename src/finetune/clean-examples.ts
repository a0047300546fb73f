import { blankTurnOf } from "./blank-turn.js";
import { indexEvalItems } from "./contamination.js";
import { PROGRESS_EVERY, type BuildProgress } from "./build-progress.js";
import { findDuplicates } from "./dedupe/find-duplicates.js";
import { fitTokens, type TruncatePolicy } from "./fit-tokens.js";
import { tagLanguage } from "./language.js";
import type { ReportEntry } from "./report.js";
import type { TargetTokenizer } from "./targets.js";
import type { EvalItemText, Example } from "./types.js";

interface CleanOptions {
  /** Loaded only when an example needs counting here (a tokenizer holds ~45 MB: none when tokenCounts has every count). */
  loadTokenizer: () => Promise<TargetTokenizer>;
  maxTokens: number;
  truncate: TruncatePolicy;
  nearDuplicateThreshold: number;
  seed: number;
  evalItems?: readonly EvalItemText[];
  dropContaminated: boolean;
  onProgress?: BuildProgress;
  /**
   * Each example's token count as fitTokens counts it, made in another thread while this one deduplicates
   * (training-scan.ts); undefined for an example: counted here.
   */
  tokenCounts?: Promise<(example: Example) => number | undefined>;
}

interface CleanResult {
  kept: Example[];
  entries: ReportEntry[];
  /** Eval items too short for the overlap check. */
  uncheckedEvalItems: number;
}

/** The text an example teaches: every user and assistant turn (a system prompt is the builder's, not the data's). */
const exampleText = (example: Example): string =>
  example.messages
    .filter((message) => message.role !== "system")
    .map((message) => message.content)
    .join("\n");

/**
 * The cleaning pipeline, in order (on examples whose personal data the reader has masked already): drop empty
 * examples; tag the language; drop exact and then near duplicates (after masking, so rows that differ only in a phone
 * number count as duplicates); flag — or drop —
 * examples sharing an n-gram with an eval item; then fit each example to the token limit. Every change is one
 * report entry naming the example. Examples keep their input order.
 */
export async function cleanExamples(input: readonly Example[], options: CleanOptions): Promise<CleanResult> {
  const entries: ReportEntry[] = [];
  let examples = dropEmpty(input, entries);
  // A masking thread may have tagged a row already (from the same text).
  for (const example of examples) example.language ??= tagLanguage(exampleText(example));
  examples = dropDuplicates(examples, options, entries);
  const contamination = checkContamination(examples, options, entries);
  const counted = await options.tokenCounts;
  const fitsAsCounted = (example: Example): boolean => (counted?.(example) ?? Infinity) <= options.maxTokens;
  const tokenizer = contamination.kept.every(fitsAsCounted) ? undefined : await options.loadTokenizer();
  examples = fitToLimit(contamination.kept, options, entries, { counted, tokenizer });
  return { kept: examples, entries, uncheckedEvalItems: contamination.unchecked };
}

function dropEmpty(examples: readonly Example[], entries: ReportEntry[]): Example[] {
  return examples.filter((example) => {
    // An inquiry row kept on disk knows it without reading its texts back (all of a large log's rows, one by one).
    const empty = example.emptyTurn ? example.emptyTurn() : blankTurnOf(example.messages);
    if (empty) entries.push({ id: example.id, action: "dropped", reason: "empty", detail: `the ${empty} turn is empty` });
    return !empty;
  });
}

function dropDuplicates(examples: readonly Example[], options: CleanOptions, entries: ReportEntry[]): Example[] {
  // Each text made when it is read, not all at once (see TextsByIndex).
  const verdicts = findDuplicates({ length: examples.length, at: (index) => exampleText(examples[index]!) }, {
    threshold: options.nearDuplicateThreshold,
    seed: options.seed,
    ...(options.onProgress ? { onProgress: (done: number, total: number) => options.onProgress!("deduplicating", done, total) } : {}),
  });
  return examples.filter((example, index) => {
    const verdict = verdicts.get(index);
    if (!verdict) return true;
    const of = examples[verdict.of]!.id;
    if (verdict.kind === "exact") {
      entries.push({ id: example.id, action: "dropped", reason: "exact-duplicate", detail: `same text as ${of}`, duplicateOf: of });
    } else {
      const similarity = Math.round(verdict.similarity * 1000) / 1000;
      entries.push({
        id: example.id,
        action: "dropped",
        reason: "near-duplicate",
        detail: `${Math.round(similarity * 100)}% similar to ${of} (character 5-gram Jaccard)`,
        duplicateOf: of,
        similarity,
      });
    }
    return false;
  });
}

function checkContamination(
  examples: Example[],
  options: CleanOptions,
  entries: ReportEntry[],
): { kept: Example[]; unchecked: number } {
  if (!options.evalItems || options.evalItems.length === 0) return { kept: examples, unchecked: 0 };
  const index = indexEvalItems(options.evalItems);
  const kept = examples.filter((example) => {
    const hits = index.check(exampleText(example));
    if (hits.length === 0) return true;
    const names = hits.map((hit) => `${hit.suite}/${hit.itemId}`).join(", ");
    entries.push({
      id: example.id,
      action: options.dropContaminated ? "dropped" : "flagged",
      reason: "contamination",
      detail: `shares a 13-gram (or a whole short item) with eval item ${names}`,
      contamination: hits,
    });
    return !options.dropContaminated;
  });
  return { kept, unchecked: index.skippedItems.length };
}

/** `counted`: the counts made elsewhere (see tokenCounts); `tokenizer`: loaded when an example is not counted within the limit. */
function fitToLimit(
  examples: Example[],
  options: CleanOptions,
  entries: ReportEntry[],
  { counted, tokenizer }: { counted: ((example: Example) => number | undefined) | undefined; tokenizer: TargetTokenizer | undefined },
): Example[] {
  const max = options.maxTokens;
  return examples.filter((example, index) => {
    if (index % PROGRESS_EVERY === 0) options.onProgress?.("counting tokens", index, examples.length);
    // A count made elsewhere within the limit is fitTokens' own answer; anything else is fitted here.
    const tokens = counted?.(example);
    const fit = tokens !== undefined && tokens <= max ? ({ kind: "fits", tokens } as const) : fitTokens(example.messages, tokenizer!, max, options.truncate);
    if (fit.kind === "too-long") {
      const detail = `${fit.tokens} tokens, over the limit of ${max}`;
      entries.push({ id: example.id, action: "dropped", reason: "too-long", detail, tokens: { before: fit.tokens, max } });
      return false;
    }
    example.tokens = fit.tokens;
    if (fit.kind === "truncated") {
      example.messages = fit.messages;
      entries.push({
        id: example.id,
        action: "truncated",
        reason: "too-long",
        detail: `${fit.before} tokens; the last answer was cut to fit ${max}`,
        tokens: { before: fit.before, after: fit.tokens, max },
      });
    }
    return true;
  });
}
