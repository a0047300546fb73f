import { normalizeText } from "./normalize.js";

/** Dot paths of the leaves of an expected object: `{a: {b: 1}, c: [1, 2]}` → `a.b`, `c` (arrays are leaves). */
export function leafPaths(expected: Record<string, unknown>, prefix = ""): string[] {
  return Object.entries(expected).flatMap(([key, value]) =>
    isPlainObject(value) && Object.keys(value).length > 0
      ? leafPaths(value, `${prefix}${key}.`)
      : [`${prefix}${key}`],
  );
}

/** The value at a dot path (`items.0.name`), or undefined when any step is missing. */
export function readPath(value: unknown, path: string): { found: boolean; value?: unknown } {
  let current = value;
  for (const key of path.split(".")) {
    if (Array.isArray(current) && /^\d+$/.test(key) && Number(key) < current.length) current = current[Number(key)];
    else if (isPlainObject(current) && Object.hasOwn(current, key)) current = current[key];
    else return { found: false };
  }
  return { found: true, value: current };
}

/**
 * Whether an answer's value matches the expected one: numbers numerically (a numeric string counts), strings after
 * normalization (normalize.ts), arrays element by element, objects key by key, anything else strictly.
 */
export function valuesMatch(expected: unknown, actual: unknown): boolean {
  if (typeof expected === "number") {
    const number = typeof actual === "string" && actual.trim() !== "" ? Number(actual.replaceAll(",", "")) : actual;
    return typeof number === "number" && Math.abs(number - expected) <= 1e-9 * Math.max(1, Math.abs(expected));
  }
  if (typeof expected === "string") {
    const comparable = typeof actual === "string" || typeof actual === "number" || typeof actual === "boolean";
    return comparable && normalizeText(String(actual)) === normalizeText(expected);
  }
  if (Array.isArray(expected)) {
    return (
      Array.isArray(actual) && actual.length === expected.length && expected.every((e, i) => valuesMatch(e, actual[i]))
    );
  }
  if (isPlainObject(expected)) {
    return isPlainObject(actual) && Object.entries(expected).every(([key, e]) => valuesMatch(e, actual[key]));
  }
  return expected === actual;
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
