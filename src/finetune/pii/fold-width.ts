/**
 * A same-length shadow of a text for pattern matching: full-width ASCII (Ａ-ｚ, ０-９, ＠, ＋, …) becomes ASCII, the
 * ideographic space a space, and the dashes people type in numbers (－, ‐, −, –, —, ―) a hyphen. The prolonged sound
 * marks ー and ｰ become a hyphen only next to a digit (`０３ー１２３４`) and not after katakana: in a word (バージョン,
 * リリース, 東京タワー2F) they stay, so that the words read as themselves to the context rules. Every replacement is
 * one UTF-16 unit for one, so a match's offsets in the shadow are its offsets in the original text, which is left
 * untouched except where something is masked.
 */
const DASHES = new Set(["－", "‐", "‑", "‒", "−", "–", "—", "―"]);
const PROLONGED = new Set(["ー", "ｰ"]);

const isDigit = (char: string | undefined): boolean => char !== undefined && ((char >= "0" && char <= "9") || (char >= "０" && char <= "９"));
const isKatakana = (char: string | undefined): boolean => char !== undefined && /[\p{Script=Katakana}]/u.test(char);

export function foldWidth(text: string): string {
  let out = "";
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    const char = text[index]!;
    if (code >= 0xff01 && code <= 0xff5e) out += String.fromCharCode(code - 0xfee0);
    else if (code === 0x3000) out += " ";
    else if (DASHES.has(char)) out += "-";
    else if (PROLONGED.has(char) && (isDigit(text[index - 1]) || (isDigit(text[index + 1]) && !isKatakana(text[index - 1])))) out += "-";
    else out += char;
  }
  return out;
}
