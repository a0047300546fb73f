import { digitsOf, gated, hasDigits, hasRun, isAlphanumeric, patternDetector, type PiiDetector } from "./detector.js";
import { passesLuhn } from "./ids/luhn.js";
import { findingsIn, maskPii } from "./mask-pii.js";
import { isValidMyNumber } from "./ids/my-number.js";

/** Something in an output that still looks like personal data: where it is and what it looks like, never its value. */
export interface ResidualFinding {
  file: string;
  line: number;
  kind: string;
}

/**
 * The residual pass reads with detectors stricter than masking's, which err on the side of caution: every number
 * passing Luhn and every valid My Number whatever its context, every run of 10–11 digits starting with 0, anything
 * with an @ between word characters, and long random-looking tokens. Masking's own detectors read only the inputs'
 * names again here (namesAtRisk): masking takes a second look at what it masked (see lookAgain in mask-pii.ts), and a
 * re-read of its output would find what that look left for a reason (a placeholder read as a value: "[SECRET]").
 */
const STRICTER: readonly PiiDetector[] = [
  gated(hasDigits(13), patternDetector("possible CREDIT_CARD", /(?<!\d)\d(?:[ -]?\d){12,18}(?!\d)/dg, (match) => passesLuhn(digitsOf(match[0])))),
  gated(hasDigits(12), patternDetector("possible MY_NUMBER", /(?<!\d)\d{4}[ -]?\d{4}[ -]?\d{4}(?!\d)/dg, (match) => isValidMyNumber(digitsOf(match[0])))),
  gated(hasDigits(10), patternDetector("possible PHONE", /(?<![\d.])0\d{9,10}(?!\d)/dg)),
  gated(hasAt, patternDetector("possible EMAIL", /\w@\w/dg)),
  gated(hasRun(24, (code) => isAlphanumeric(code) || code === 95 || code === 47 || code === 43 || code === 45), patternDetector("possible API_KEY", /(?<![A-Za-z0-9_/+-])(?=[A-Za-z0-9_/+-]*\d)(?=[A-Za-z0-9_/+-]*[A-Z])(?=[A-Za-z0-9_/+-]*[a-z])[A-Za-z0-9_/+-]{24,}/dg)),
];

/**
 * An @ in the text. Not a pattern gate: those are decided in one pass for every gate masking registered (gate-cues.ts),
 * worth it when a text meets hundreds, a waste for this one over every output record (a fifth of the writing phase).
 */
function hasAt(text: string): boolean {
  return text.includes("@");
}

/** A piece of an input's name that masking's detectors take for personal data (山田太郎 in docs/山田太郎様_見積.md), and its kind. */
export interface NameAtRisk {
  value: string;
  kind: string;
}

/**
 * What masking's detectors find in the inputs' names, which no output masks (they name an example's source and the
 * documents an inquiry cites): read once each here, then looked for in every record (residualKinds).
 */
export function namesAtRisk(paths: readonly string[], detectors: readonly PiiDetector[]): NameAtRisk[] {
  return paths.flatMap((path) => maskPii(path, detectors).findings.map((finding) => ({ value: path.slice(finding.start, finding.end), kind: finding.type })));
}

/**
 * The kinds found in one JSONL record (its string values, see textOf), in order: each of `names` it holds, then what
 * the stricter detectors find; none in a blank line.
 */
export function residualKinds(record: string, names: readonly NameAtRisk[] = []): string[] {
  if (record.trim() === "") return [];
  const text = textOf(record);
  return [...names.filter((name) => text.includes(name.value)).map((name) => name.kind), ...findingsIn(text, STRICTER).map((finding) => finding.type)];
}

/** The text a JSONL record holds: its string values (not its keys or syntax), one a line. */
function textOf(record: string): string {
  const texts: string[] = [];
  const collect = (value: unknown): void => {
    if (typeof value === "string") texts.push(value);
    else if (Array.isArray(value)) value.forEach(collect);
    else if (typeof value === "object" && value !== null) Object.values(value).forEach(collect);
  };
  try {
    collect(JSON.parse(record));
  } catch {
    return record;
  }
  return texts.join("\n");
}
