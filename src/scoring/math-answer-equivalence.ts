import { evaluateMath, roundLikePython } from "./math-answer-evaluate.js";
import { normalizeMathAnswer } from "./math-answer-normalize.js";

type Equivalence = "text" | "tuple" | "value";

/**
 * Whether two final answers are the same, as MATH-Vision's is_equal decides (evaluation/utils.py): equal text after
 * normalization; else tuples (a, b) or lists [a, b] element by element; else equal values rounded to `decimals`
 * places with Python's round (2 upstream: 4.364 = 4.36, 1/3 = 0.33). Unlike upstream, both sides are normalized
 * (upstream normalizes only the model's answer and leaves the gold to latex2sympy) and intervals like (1, 2] compare
 * element by element too. Returns how they matched, or undefined.
 */
export function mathAnswersEqual(gold: string, answer: string, decimals: number): Equivalence | undefined {
  const a = normalizeMathAnswer(gold);
  const b = normalizeMathAnswer(answer);
  if (a === "" || b === "") return undefined;
  if (a === b) return "text";
  const sameValue = (x: string, y: string) => {
    const vx = evaluateMath(x);
    const vy = evaluateMath(y);
    return vx !== undefined && vy !== undefined && roundLikePython(vx, decimals) === roundLikePython(vy, decimals);
  };
  const ta = tupleParts(a);
  const tb = tupleParts(b);
  if (ta && tb) {
    const same =
      ta.open === tb.open &&
      ta.close === tb.close &&
      ta.parts.length === tb.parts.length &&
      ta.parts.every((part, i) => part === tb.parts[i] || sameValue(part, tb.parts[i] ?? ""));
    return same ? "tuple" : undefined;
  }
  return sameValue(a, b) ? "value" : undefined;
}

interface Tuple {
  open: string;
  close: string;
  parts: string[];
}

/** `(a,b)`, `[a,b]`, `(a,b]`: two or more top-level parts between brackets; `(2+1)` is not a tuple. */
function tupleParts(s: string): Tuple | undefined {
  const match = /^([([])(.*)([)\]])$/.exec(s);
  if (!match) return undefined;
  const [, open = "", inner = "", close = ""] = match;
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < inner.length; i += 1) {
    const c = inner[i];
    if (c === "(" || c === "[" || c === "{") depth += 1;
    else if (c === ")" || c === "]" || c === "}") depth -= 1;
    else if (c === "," && depth === 0) parts.push(inner.slice(start, i)), (start = i + 1);
    if (depth < 0) return undefined;
  }
  parts.push(inner.slice(start));
  return parts.length >= 2 ? { open, close, parts } : undefined;
}
