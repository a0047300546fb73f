import type { Span } from "../detector.js";
import type { Finding } from "../context/neighbour-spans.js";

/**
 * A found katakana name written again in the same text with its words parted elsewhere, as a bank book glues a foreign
 * name's words and a form spaces them (名義 ﾀﾊﾟﾏｶﾞﾙ ﾃﾞｨﾙﾊﾞﾊﾄﾞｩﾙ … ﾀﾊﾟ ﾏｶﾞﾙ ﾃﾞｨﾙ ﾊﾞﾊﾄﾞｩﾙ と記入; アブドゥルラフマン ハサン …
 * アブドゥル ラフマン ハサン): the same kana in order, a space or ・ between any two, the same person. Only a found name
 * already spaced (a person's, not one long word's) of six kana or more, and its writing whole between no other katakana.
 */
const KANA = /^[\p{Script=Katakana}ー\uFF66-\uFF9F]+$/u;
const KANA_BEFORE_OR_AFTER = /[\p{Script=Katakana}ー\uFF66-\uFF9F]/u;
const escape = (char: string): string => char.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

export function respacedKatakanaNames(shadow: string, findings: readonly Finding[]): Span[] {
  const spans: Span[] = [];
  for (const finding of findings) {
    if (finding.type !== "PERSON") continue;
    const value = shadow.slice(finding.start, finding.end);
    const kana = value.replace(/[ 　・]/gu, "");
    if (kana.length < 6 || kana === value || !KANA.test(kana)) continue;
    const pattern = new RegExp([...kana].map(escape).join("[ 　・]?"), "gu");
    for (const match of shadow.matchAll(pattern)) {
      const start = match.index;
      const end = start + match[0].length;
      if (match[0] === value || !/[ 　・]/u.test(match[0])) continue;
      if (KANA_BEFORE_OR_AFTER.test(shadow.charAt(start - 1)) || KANA_BEFORE_OR_AFTER.test(shadow.charAt(end))) continue;
      spans.push({ start, end });
    }
  }
  return spans;
}
