// The reference checkers are Python: these reproduce the str and `re` semantics they rely on where JavaScript's
// differ (Unicode `\s`, `\w`, `\d` and `\b`; strip(); isupper()/islower()), so the ports can stay literal.

/** Python's whitespace (str.isspace, `\s` in a str pattern), as the body of a regex character class. */
export const PY_SPACE =
  "\\t\\n\\v\\f\\r\\x1c-\\x1f \\x85\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000";
/** Python's `\w` in a str pattern (isalnum() or "_"), as the body of a regex character class. */
export const PY_WORD = "\\p{L}\\p{N}_";

const SPACE = new RegExp(`[${PY_SPACE}]`, "u");

function isPySpace(char: string): boolean {
  return SPACE.test(char);
}

/** str.strip(chars): without `chars`, Python whitespace. Works on code points, as Python does. */
export function pyStrip(text: string, chars?: string): string {
  return pyRstrip(pyLstrip(text, chars), chars);
}

export function pyLstrip(text: string, chars?: string): string {
  const drop = chars === undefined ? isPySpace : (c: string) => chars.includes(c);
  const points = [...text];
  let start = 0;
  while (start < points.length && drop(points[start] as string)) start++;
  return points.slice(start).join("");
}

export function pyRstrip(text: string, chars?: string): string {
  const drop = chars === undefined ? isPySpace : (c: string) => chars.includes(c);
  const points = [...text];
  let end = points.length;
  while (end > 0 && drop(points[end - 1] as string)) end--;
  return points.slice(0, end).join("");
}

/** str.split() without arguments: runs of whitespace separate, empty strings are dropped. */
export function pySplitWhitespace(text: string): string[] {
  return text.split(new RegExp(`[${PY_SPACE}]+`, "u")).filter((part) => part !== "");
}

const UPPER = /[\p{Uppercase}\p{Lt}]/u;
const LOWER = /[\p{Lowercase}\p{Lt}]/u;
const CASED_LOWER = /\p{Lowercase}/u;
const CASED_UPPER = /\p{Uppercase}/u;

/** str.isupper(): at least one cased character and no lowercase or titlecase one. */
export function pyIsUpper(text: string): boolean {
  return CASED_UPPER.test(text) && !LOWER.test(text);
}

/** str.islower(): at least one cased character and no uppercase or titlecase one. */
export function pyIsLower(text: string): boolean {
  return CASED_LOWER.test(text) && !UPPER.test(text);
}

/** len(): Python counts code points, JavaScript UTF-16 units. */
export function pyLength(text: string): number {
  let count = 0;
  for (const _ of text) count++;
  return count;
}

/** Python's `\b`: a boundary between a `\w` and a non-`\w` character (JavaScript's `\b` is ASCII-only). */
export const PY_BOUNDARY = `(?:(?<=[${PY_WORD}])(?![${PY_WORD}])|(?<![${PY_WORD}])(?=[${PY_WORD}]))`;

/**
 * A Python `re` pattern from the data (a keyword, a section marker) as a JavaScript RegExp: Unicode mode, as Python's
 * str patterns are; `\b`, `\d`, `\s` and `\w` are rewritten to Python's Unicode meaning. Throws SyntaxError when the
 * pattern is not valid in either mode.
 */
export function pyPattern(source: string, flags: string): RegExp {
  try {
    return new RegExp(rewriteClasses(source), `${flags}u`);
  } catch {
    // Unicode mode rejects escapes Python accepts (`\-` outside a class, `\'`); plain mode takes them literally.
    return new RegExp(source, flags);
  }
}

const OUTSIDE_CLASS: Readonly<Record<string, string>> = {
  d: "\\p{Nd}",
  D: "\\P{Nd}",
  s: `[${PY_SPACE}]`,
  S: `[^${PY_SPACE}]`,
  w: `[${PY_WORD}]`,
  W: `[^${PY_WORD}]`,
};
const INSIDE_CLASS: Readonly<Record<string, string>> = { d: "\\p{Nd}", s: PY_SPACE, w: PY_WORD };

function rewriteClasses(source: string): string {
  let out = "";
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const char = source[i] as string;
    if (char === "\\") {
      const next = source[i + 1] ?? "";
      const table = inClass ? INSIDE_CLASS : OUTSIDE_CLASS;
      const replacement = !inClass && next === "b" ? PY_BOUNDARY : table[next];
      out += replacement ?? `\\${next}`;
      i++;
    } else {
      if (char === "[" && !inClass) inClass = true;
      else if (char === "]" && inClass) inClass = false;
      out += char;
    }
  }
  return out;
}


/** Escapes text for a Unicode-mode RegExp, like Python's re.escape. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
}
