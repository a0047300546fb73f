import { fixWhitespace, overlapF1 } from "./token-overlap.js";

// JGLUE scores JSQuAD with transformers' squad_metrics.py as patched by yahoojapan/JGLUE
// (fine-tuning/patch/transformers-4.9.2_jglue-1.1.0.patch): normalize_answer keeps lower-casing and the whitespace
// fix, removes no punctuation, and replaces the article removal with `rstrip("。")`; compute_f1 counts characters
// (`list(normalize_answer(s))`, spaces included) instead of words. No NFKC: full-width ２ and 2 are different
// characters to it.

/** JGLUE's `normalize_answer`: lower-case, strip trailing 。, collapse whitespace. */
export function normalizeJsquadAnswer(text: string): string {
  return fixWhitespace(text.toLowerCase().replace(/。+$/u, ""));
}

/** JGLUE's `compute_exact`. */
export function jsquadExactMatch(gold: string, prediction: string): boolean {
  return normalizeJsquadAnswer(gold) === normalizeJsquadAnswer(prediction);
}

/** JGLUE's character-level `compute_f1`; an empty side scores 1 only if both are empty. */
export function jsquadCharF1(gold: string, prediction: string): number {
  const goldChars = Array.from(normalizeJsquadAnswer(gold));
  const predictedChars = Array.from(normalizeJsquadAnswer(prediction));
  if (goldChars.length === 0 || predictedChars.length === 0) {
    return goldChars.length === predictedChars.length ? 1 : 0;
  }
  return overlapF1(goldChars, predictedChars);
}

/**
 * The gold answers transformers' get_raw_scores compares with: those that normalize to something, or `[""]` when
 * none does (its rule for unanswerable questions).
 */
export function jsquadGolds(answers: readonly string[]): string[] {
  const kept = answers.filter((answer) => normalizeJsquadAnswer(answer) !== "");
  return kept.length > 0 ? kept : [""];
}
