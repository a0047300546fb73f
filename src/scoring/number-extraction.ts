interface ExtractedNumber {
  value: number;
  /** The number as written ("$1,450", "3/4"). */
  text: string;
  /** How it was found, strongest first: `#### N` (GSM8K), `\boxed{N}` (LaTeX), "the answer is N", the last number. */
  via: "####" | "boxed" | "answer phrase" | "last number";
}

// A sign, a currency mark, digits with optional thousands separators, then decimals or a simple fraction. The
// lookbehind keeps "x2", the "-3" of "10-3" and the "2" of "v1.2" from reading as numbers; units after the
// number (%, 円, 個, km) are simply not part of it.
const NUMBER = String.raw`(?<![\w.])(([-+])?[$¥€£]?(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+)|\/(\d+)(?![\d.]))?)`;

const MARKERS: ReadonlyArray<{ via: ExtractedNumber["via"]; source: string }> = [
  { via: "####", source: String.raw`####\s*` },
  { via: "boxed", source: String.raw`\\boxed\{\s*` },
  {
    via: "answer phrase",
    source:
      String.raw`(?:answer|答え|正解|正答|解答|回答)\**\s*(?:is(?!n)|would\s+be|should\s+be|は|[:=])?[\s:=*、]*` +
      String.raw`(?:approximately\s+|about\s+|約)?[\s*]*`,
  },
];

/**
 * The final numeric answer of a response, GSM8K style: the last `#### N` if any, else the last `\boxed{N}`, else the
 * last "answer is N" / "答えは N", else the last number in the text. Full-width digits and signs are folded (NFKC)
 * and U+2212 MINUS SIGN counts as "-".
 */
export function extractFinalNumber(text: string): ExtractedNumber | undefined {
  const folded = text.normalize("NFKC").replace(/\u2212/g, "-");
  for (const { via, source } of MARKERS) {
    const found = lastNumber(folded, new RegExp(source + NUMBER, "gi"), via);
    if (found) return found;
  }
  return lastNumber(folded, new RegExp(NUMBER, "g"), "last number");
}

function lastNumber(text: string, pattern: RegExp, via: ExtractedNumber["via"]): ExtractedNumber | undefined {
  let last: ExtractedNumber | undefined;
  for (const match of text.matchAll(pattern)) {
    const [, written = "", sign, whole = "", decimals, denominator] = match;
    const magnitude = Number(whole.replaceAll(",", "") + (decimals === undefined ? "" : `.${decimals}`));
    const value = (sign === "-" ? -1 : 1) * (denominator === undefined ? magnitude : magnitude / Number(denominator));
    if (Number.isFinite(value)) last = { value, text: written, via };
  }
  return last;
}
