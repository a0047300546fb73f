/**
 * A same-length shadow of a text for pattern matching: full-width ASCII (Ａ-ｚ, ０-９, ＠, ＋, …) becomes ASCII, the
 * ideographic space a space, and the dashes people type in numbers (－, ‐, −, –, —, ―) a hyphen. The prolonged sound
 * marks ー and ｰ become a hyphen only next to a digit (`０３ー１２３４`) and not after katakana: in a word (バージョン,
 * リリース, 東京タワー2F) they stay, so that the words read as themselves to the context rules. Every replacement is
 * one UTF-16 unit for one, so a match's offsets in the shadow are its offsets in the original text, which is left
 * untouched except where something is masked.
 */
const DASHES = new Set(["－", "‐", "‑", "‒", "−", "–", "—", "―"].map((dash) => dash.charCodeAt(0)));
const PROLONGED = new Set(["ー", "ｰ"].map((mark) => mark.charCodeAt(0)));

const isDigit = (char: string | undefined): boolean => char !== undefined && ((char >= "0" && char <= "9") || (char >= "０" && char <= "９"));
const isKatakana = (char: string | undefined): boolean => char !== undefined && /[\p{Script=Katakana}]/u.test(char);

export function foldWidth(text: string): string {
  // Only the characters that change are copied out, between slices of the rest: a build folds every text of a log
  // (and of its outputs, in the residual pass), and a string a character at a time was a tenth of masking's time.
  let out = "";
  let from = 0;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    // Nothing below the first dash (U+2010) is folded: ASCII, Latin letters and the like are passed over at once.
    if (code < 0x2010) continue;
    let folded: string | undefined;
    if (code >= 0xff01 && code <= 0xff5e) folded = String.fromCharCode(code - 0xfee0);
    else if (code === 0x3000) folded = " ";
    else if (DASHES.has(code)) folded = "-";
    else if (PROLONGED.has(code) && (isDigit(text[index - 1]) || (isDigit(text[index + 1]) && !isKatakana(text[index - 1])))) folded = "-";
    if (folded === undefined) continue;
    out += text.slice(from, index) + folded;
    from = index + 1;
  }
  return from === 0 ? text : out + text.slice(from);
}
