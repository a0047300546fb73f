import { basename } from "node:path";
import type { SuiteScoring } from "../../store/scoring-revisions.js";

/** The options that say what scored (which judge, which module); the others (a rubric's text, a pattern) are in the JSON report. */
const SHOWN_OPTIONS = ["judge", "path", "model"];

/**
 * Which scorers and pairwise judge each suite's scores were made with, in kurabe.yaml's flow style, each setting a code
 * span: "tone: `{type: rubric, judge: gpt}` · `pairwise: {judge: gpt}`; qa: `[exact, contains]`". Every format shows
 * this text. A suite whose configuration names neither (a built-in suite scored as its definition says) is left out,
 * and null when no suite names one: the line is then left out, never printed as "null".
 */
export function scoredWithText(scoring: readonly SuiteScoring[]): string | null {
  const suites = scoring.flatMap(({ suite, scorer, pairwise }) => {
    const judge = pairwise && typeof pairwise === "object" ? (pairwise as { judge?: unknown }).judge : undefined;
    const settings = [
      ...(scorer === null || scorer === undefined ? [] : [`\`${specText(scorer)}\``]),
      ...(judge === undefined ? [] : [`\`pairwise: {judge: ${plain(judge)}}\``]),
    ];
    return settings.length === 0 ? [] : [`${suite}: ${settings.join(" · ")}`];
  });
  return suites.length === 0 ? null : suites.join("; ");
}

function specText(spec: unknown): string {
  if (Array.isArray(spec)) return `[${spec.map(specText).join(", ")}]`;
  if (spec === null || typeof spec !== "object") return plain(spec);
  const options = Object.entries(spec as Record<string, unknown>).filter(([key]) => key === "type" || SHOWN_OPTIONS.includes(key));
  // A module's path as the run resolved it is absolute on the machine that ran it: its file name says which module.
  const shown = options.map(([key, value]) => `${key}: ${key === "path" && typeof value === "string" ? basename(value) : plain(value)}`);
  return `{${shown.join(", ")}}`;
}

/** A value as flow text, without backticks (they delimit the code spans). */
function plain(value: unknown): string {
  return (typeof value === "string" ? value : JSON.stringify(value)).replaceAll("`", "");
}
