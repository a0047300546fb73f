/**
 * Whether Python's json.loads accepts the text: standard JSON, plus the bare constants NaN, Infinity and -Infinity
 * that Python reads and JSON.parse rejects.
 */
export function loadsAsJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    if (!/NaN|Infinity/.test(text)) return false;
    try {
      JSON.parse(replaceNonFiniteConstants(text));
      return true;
    } catch {
      return false;
    }
  }
}

/** Replaces NaN / Infinity / -Infinity outside string literals with 0, leaving strings untouched. */
function replaceNonFiniteConstants(text: string): string {
  let out = "";
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i] as string;
    if (inString) {
      out += char;
      if (char === "\\") out += text[++i] ?? "";
      else if (char === '"') inString = false;
      continue;
    }
    if (char === '"') {
      inString = true;
      out += char;
      continue;
    }
    const constant = ["-Infinity", "Infinity", "NaN"].find((name) => text.startsWith(name, i));
    if (constant) {
      out += "0";
      i += constant.length - 1;
    } else {
      out += char;
    }
  }
  return out;
}
