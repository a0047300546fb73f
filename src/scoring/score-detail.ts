/**
 * What a built-in scorer says about an answer, as a message code with its values instead of English words, so that a
 * report words it in its own language (src/report/i18n/score-detail-text.ts). Values taken from the answer or the
 * item (a picked label, an expected answer) stay as they are. Custom scorers and judges give free text instead.
 */
export type ScoreDetail =
  /** The option or number read from the answer, how it was found, and the expected one(s) when it is wrong. */
  | { code: "picked"; got: string; via?: string; expected?: string[] }
  /** Nothing of the kind the scorer looks for was in the answer. */
  | { code: "not-found"; what: "choice" | "option" | "number" | "answer" | "gsm8k-marker" | "match" | "json" }
  /** The answer names several options with nothing to settle which. */
  | { code: "ambiguous"; options: string[] }
  /** The answer matches an expected one, in the scorer's sense. */
  | { code: "match"; how: "exact" | "normalized" | "regex" | "pattern" | "gsm8k-strict" | "gsm8k-flexible" }
  /** The answer (or what was taken from it) is none of the expected ones. */
  | { code: "not-expected"; got?: string; expected: string[] }
  /** The expected strings the answer contains, contains none of, or misses. */
  | { code: "contains" | "none-of" | "missing"; answers: string[] }
  /** A math answer equal to a gold one: as text after normalization, element by element, or by value. */
  | { code: "math-equal"; got: string; via: string; gold: string; how: "text" | "tuple" | "value" }
  /** JSON: valid (where it was found), failing the schema (the validator's messages), equal or not to the expected value. */
  | { code: "json-valid"; from: "whole answer" | "code fence" | "embedded" }
  | { code: "json-schema"; errors: string }
  | { code: "json-equal"; equal: boolean }
  /** JSON fields: how many of the compared paths match, and the paths that do not. */
  | { code: "json-fields"; matched: number; total: number; wrong: string[] }
  /** The item's `expected` is not what the scorer compares with (the suite's check normally stops this first). */
  | { code: "unusable-expected"; scorer: string }
  /** The scorer threw; the message is the error's own. */
  | { code: "scorer-failed"; message: string }
  /** Character F1 (0..1) against the best of the reference answers. */
  | { code: "char-f1"; f1: number; answers: string[] }
  /** Cited documents that are gold sources (precision), or gold sources that are cited (recall). */
  | { code: "citations"; kind: "precision" | "recall"; hits: number; of: number }
  /** Gold sources among the first k retrieved documents. */
  | { code: "retrieval"; found: number; gold: number; k: number }
  /** A RAG scorer given the answer of a model that retrieved nothing (no `rag:`). */
  | { code: "no-retrieval" }
  /** The answer's claims the passages do not support (none: every claim is supported). */
  | { code: "claims"; unsupported: string[] }
  /** Whether the answer refused, and whether the item should have been refused (`answerable: false`). */
  | { code: "refusal"; refused: boolean; shouldRefuse: boolean }
  /** IFEval: instructions followed strictly, those failed, and those of them followed loosely. */
  | { code: "ifeval"; followed: number; total: number; failed: string[]; looseOnly: string[] }
  /**
   * Extractive QA: exact match and F1 of the span scored; `span` says whether it is the cleaned span or the raw answer
   * kept over it, `other` how the span not kept did (its text when it is the cleaned one).
   */
  | { code: "extractive-qa"; exact: boolean; f1: number; span?: "raw" | "cleaned"; other?: { text?: string; exact: boolean; f1: number } }
  /** How a program ran against its tests (src/scoring/code/run-tests.ts); `message` is the checker's or the program's own. */
  | CodeRunDetail;

/** A code answer's run, one shape per way it ended. */
export type CodeRunDetail =
  | { code: "code-run"; outcome: "passed" | "no-code" }
  | { code: "code-run"; outcome: "skipped"; packages: string[] }
  | { code: "code-run"; outcome: "timeout"; cpu: boolean; limitMs: number }
  | { code: "code-run"; outcome: "memory"; of: "program" | "answers" }
  | { code: "code-run"; outcome: "output-limit"; mib: number; stream: "stdout" | "stderr" | "answers" }
  /** The checker's verdict with its message (the failed assertion, the error); may be empty. */
  | { code: "code-run"; outcome: CheckerFailure; message: string };

/** How the checker says a program failed its tests (FAIL <outcome> <message>). */
export const CHECKER_FAILURES = ["syntax-error", "runtime-error", "assertion-failed", "wrong-result", "exited-early", "memory"] as const;
export type CheckerFailure = (typeof CHECKER_FAILURES)[number];

const SCORE_DETAIL_CODES = [
  "picked", "not-found", "ambiguous", "match", "not-expected", "contains", "none-of", "missing", "json-valid", "json-schema", "json-equal",
  "json-fields", "math-equal", "unusable-expected",
  "scorer-failed", "char-f1", "citations", "retrieval", "no-retrieval", "claims", "refusal", "ifeval", "extractive-qa", "code-run",
] as const;

/**
 * What a RAG scorer shows as extracted when it is not the answer's or the retrieval's own text: stored in
 * scores.extracted as this JSON (storedExtracted) and worded in the report's language (score-detail-text.ts).
 */
export type ExtractedWords =
  | { code: "nothing-retrieved" }
  | { code: "no-citation" }
  | { code: "refusal"; refused: boolean }
  | { code: "claims-supported"; supported: number; total: number };

const EXTRACTED_CODES: readonly string[] = ["nothing-retrieved", "no-citation", "refusal", "claims-supported"];
/** The details of the scorers that store ExtractedWords: only theirs are read as such (a json scorer's extracted is the answer's JSON). */
const RAG_DETAIL_CODES: readonly string[] = ["citations", "retrieval", "no-retrieval", "claims", "refusal"];

/** ExtractedWords as scores.extracted stores it. */
export function storedExtracted(words: ExtractedWords): string {
  return JSON.stringify(words);
}

/** A stored extracted value read back as ExtractedWords; null when it is data (or the scorer is not a RAG one). */
export function parseExtractedWords(extracted: string | null, detail: ScoreDetail | null): ExtractedWords | null {
  if (extracted === null || detail === null || !RAG_DETAIL_CODES.includes(detail.code) || !extracted.startsWith("{")) return null;
  try {
    const value = JSON.parse(extracted) as { code?: unknown };
    return typeof value === "object" && value !== null && EXTRACTED_CODES.includes(value.code as string) ? (value as ExtractedWords) : null;
  } catch {
    return null;
  }
}

/** A stored detail (scores.detail_json) read back; null when it is not one this version knows. */
export function parseScoreDetail(json: string | null): ScoreDetail | null {
  if (json === null) return null;
  try {
    const value = JSON.parse(json) as { code?: unknown };
    return typeof value === "object" && value !== null && (SCORE_DETAIL_CODES as readonly unknown[]).includes(value.code) ? (value as ScoreDetail) : null;
  } catch {
    return null;
  }
}

/** Expected answers as a detail lists them: distinct, each cut short, at most a few. */
export function detailAnswers(answers: readonly string[]): string[] {
  return [...new Set(answers)].slice(0, 5).map((answer) => (answer.length <= 40 ? answer : `${answer.slice(0, 39)}…`));
}
