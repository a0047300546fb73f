/**
 * A same-length shadow of a text for pattern matching: full-width ASCII (Ａ-ｚ, ０-９, ＠, ＋, …) becomes ASCII, the
 * ideographic space a space, and the dashes people type in numbers (ー, －, ‐, −, –, —, ―, ｰ) a hyphen. Every
 * replacement is one UTF-16 unit for one, so a match's offsets in the shadow are its offsets in the original text,
 * which is left untouched except where something is masked.
 */
const DASHES = new Set(["ー", "－", "‐", "‑", "‒", "−", "–", "—", "―", "ｰ"]);

export function foldWidth(text: string): string {
  let out = "";
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code >= 0xff01 && code <= 0xff5e) out += String.fromCharCode(code - 0xfee0);
    else if (code === 0x3000) out += " ";
    else if (DASHES.has(text[index]!)) out += "-";
    else out += text[index];
  }
  return out;
}
