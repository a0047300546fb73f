import { digitsOf, gated, hasDigits, hasRun, isAlphanumeric, patternDetector, type PiiDetector } from "./detector.js";
import { passesLuhn } from "./luhn.js";
import { maskPii } from "./mask-pii.js";
import { isValidMyNumber } from "./my-number.js";

/** Something in an output that still looks like personal data: where it is and what it looks like, never its value. */
export interface ResidualFinding {
  file: string;
  line: number;
  kind: string;
}

/**
 * Stricter than the masking detectors, because a second look may err on the side of caution: every number passing
 * Luhn and every valid My Number whatever its context, every run of 10–11 digits starting with 0, anything with an @
 * between word characters, and long random-looking tokens.
 */
const STRICTER: readonly PiiDetector[] = [
  gated(hasDigits(13), patternDetector("possible CREDIT_CARD", /(?<!\d)\d(?:[ -]?\d){12,18}(?!\d)/dg, (match) => passesLuhn(digitsOf(match[0])))),
  gated(hasDigits(12), patternDetector("possible MY_NUMBER", /(?<!\d)\d{4}[ -]?\d{4}[ -]?\d{4}(?!\d)/dg, (match) => isValidMyNumber(digitsOf(match[0])))),
  gated(hasDigits(10), patternDetector("possible PHONE", /(?<![\d.])0\d{9,10}(?!\d)/dg)),
  gated(/@/, patternDetector("possible EMAIL", /\w@\w/dg)),
  gated(hasRun(24, (code) => isAlphanumeric(code) || code === 95 || code === 47 || code === 43 || code === 45), patternDetector("possible API_KEY", /(?<![A-Za-z0-9_/+-])(?=[A-Za-z0-9_/+-]*\d)(?=[A-Za-z0-9_/+-]*[A-Z])(?=[A-Za-z0-9_/+-]*[a-z])[A-Za-z0-9_/+-]{24,}/dg)),
];

/** The residual pass's detectors: the masking ones, then the stricter ones above. */
export const residualDetectors = (detectors: readonly PiiDetector[]): PiiDetector[] => [...detectors, ...STRICTER];

/** The kinds `residualDetectors` find in one JSONL record (its string values, see textOf), in order; none in a blank line. */
export function residualKinds(record: string, detectors: readonly PiiDetector[]): string[] {
  if (record.trim() === "") return [];
  return maskPii(textOf(record), detectors).findings.map((finding) => finding.type);
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
