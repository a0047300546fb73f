import type { Span } from "../detector.js";
import type { Finding } from "../context/neighbour-spans.js";
import { honorificAlternation, POLITE_HONORIFICS } from "../lexicon/honorifics.js";

/**
 * A found person's other writing after the cue that says what it is: the name the person goes by, in brackets beside the
 * name (朴 瑞妍（通称 新井 瑞妍）, 金 美姫（通名: 金田 美姫）, 山口 花子（旧姓 浜田）), a Chinese or Korean given name the
 * dictionary lacks too; or the name's reading quoted after 読み (巾先生の読みは「はば」, 四十物様の読み方は『あいもの』), a
 * word's reading too. Not a word saying there is none (（旧姓 なし）, （通称 不明）).
 */
const ALIAS_AFTER = /^[ \t]?(?:さん|様|氏)?[ \t]?[（(](?:通称|通名|旧姓|本名|日本名)[ 　:：]*(\p{Script=Han}[\p{Script=Han}々ヶノ]{0,3}(?:[ 　][\p{Script=Han}々\p{Script=Hiragana}\p{Script=Katakana}ー]{1,6})?)[）)、,]/u;
const READING_AFTER = new RegExp(
  String.raw`^[ \t]?(?:${honorificAlternation(...POLITE_HONORIFICS, "先生", "氏")})?の?(?:読み|読み方|よみ|ふりがな|フリガナ)(?:は|が)?[ \t]*[「『]([\p{Script=Hiragana}\p{Script=Katakana}ー]{2,9}(?:[ 　][\p{Script=Hiragana}\p{Script=Katakana}ー]{1,8})?)[」』]`,
  "u",
);
const NO_NAME = /^(?:不明|無し|同じ|同上|未定|未記入|空欄|なし|ふめい)/u;

export function cuedWritingsAfterNames(shadow: string, findings: readonly Finding[]): Span[] {
  return findings.flatMap((finding): Span[] => {
    if (finding.type !== "PERSON") return [];
    const rest = shadow.slice(finding.end, finding.end + 40);
    const writing = ALIAS_AFTER.exec(rest) ?? READING_AFTER.exec(rest);
    if (writing === null || NO_NAME.test(writing[1]!)) return [];
    const start = finding.end + writing[0].lastIndexOf(writing[1]!);
    return [{ start, end: start + writing[1]!.length }];
  });
}
