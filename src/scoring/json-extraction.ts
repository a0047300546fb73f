interface ExtractedJson {
  value: unknown;
  from: "whole answer" | "code fence" | "embedded";
}

const FENCE = /```[^\n`]*\n([^]*?)```/g;

/**
 * The JSON in an answer: the whole answer if it parses, else the first ``` fence (```json or bare) whose body parses,
 * else the first balanced {...} or [...] in the text that parses.
 */
export function extractJson(text: string): ExtractedJson | undefined {
  const whole = tryParse(text.trim());
  if (whole.ok) return { value: whole.value, from: "whole answer" };
  for (const fence of text.matchAll(FENCE)) {
    const body = tryParse((fence[1] ?? "").trim());
    if (body.ok) return { value: body.value, from: "code fence" };
  }
  for (let start = 0; start < text.length; start++) {
    if (text[start] !== "{" && text[start] !== "[") continue;
    const end = balancedEnd(text, start);
    if (end === undefined) continue;
    const embedded = tryParse(text.slice(start, end + 1));
    if (embedded.ok) return { value: embedded.value, from: "embedded" };
  }
  return undefined;
}

function tryParse(text: string): { ok: true; value: unknown } | { ok: false } {
  if (text === "") return { ok: false };
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false };
  }
}

/** Index of the bracket closing the one at `start`, skipping brackets inside JSON strings. */
function balancedEnd(text: string, start: number): number | undefined {
  const closers: string[] = [];
  let inString = false;
  for (let i = start; i < text.length; i++) {
    const char = text[i];
    if (inString) {
      if (char === "\\") i++;
      else if (char === '"') inString = false;
    } else if (char === '"') {
      inString = true;
    } else if (char === "{" || char === "[") {
      closers.push(char === "{" ? "}" : "]");
    } else if (char === "}" || char === "]") {
      if (closers.pop() !== char) return undefined;
      if (closers.length === 0) return i;
    }
  }
  return undefined;
}
