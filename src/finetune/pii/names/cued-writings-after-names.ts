import type { Span } from "../detector.js";
import type { Finding } from "../context/neighbour-spans.js";
import { honorificAlternation, POLITE_HONORIFICS } from "../lexicon/honorifics.js";
import { writesLatinWord } from "./latin-name-kana.js";

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
/**
 * Or in the bracket after the name, the cue opening it (廿日出 茂（読みは はつかで しげる。…）, 伍嶋 さん（名前の読みは「ごしま」、…）):
 * quoted, or unquoted up to the bracket's stop, comma or close.
 */
const KANA_READING = String.raw`\p{Script=Hiragana}{2,9}(?:[ 　]\p{Script=Hiragana}{1,8})?|\p{Script=Katakana}[\p{Script=Katakana}ー]{1,8}(?:[ 　]\p{Script=Katakana}[\p{Script=Katakana}ー]{0,7})?`;
const READING_IN_BRACKET = new RegExp(
  String.raw`^[ \t]?(?:${honorificAlternation(...POLITE_HONORIFICS, "先生", "氏")})?[ \t]?[（(](?:お?名前の|氏名の)?(?:読み|読み方|よみ|ふりがな|フリガナ)(?:は|が)?[ \t:：]*(?:[「『](${KANA_READING})[」』]|(${KANA_READING})(?=[。、,）)]))`,
  "u",
);
/**
 * Or the reading as the bracket's next item after the name the bracket holds, its cue unquoted (はるとくん（四十物 陽翔、読み
 * あいもの はると）, 勇輝くん（筑比地 勇輝、読み ﾂｸﾋﾁ ﾕｳｷ）): a half-width form's kana too, up to the bracket's close or
 * next item; the given name may follow a found surname before the comma.
 */
const HALF_WIDTH_KANA_READING = String.raw`[ｦ-ﾝ][ｦ-ﾝﾞﾟｰ]{1,9}(?:[ 　][ｦ-ﾝ][ｦ-ﾝﾞﾟｰ]{0,9})?`;
const READING_AS_NEXT_ITEM = new RegExp(
  String.raw`^(?:[ 　][\p{Script=Han}々]{1,3})?[ \t]?(?:${honorificAlternation(...POLITE_HONORIFICS)})?[、,，][ \t]?(?:読み|よみ|ふりがな|フリガナ)[ \t:：]*(${KANA_READING}|${HALF_WIDTH_KANA_READING})(?=[ \t]?[）)、,。])`,
  "u",
);
/**
 * A Latin name's katakana writing after a colon, where English says the katakana is the name's (Katakana for Tobenna:
 * トベナ, Tobenna in katakana: トベナ): its first word writes the name's first word.
 */
const KATAKANA_FOR_BEFORE = /(?<![\p{L}])(?:[Kk]atakana|[Kk]ana)[ \t]+for[ \t]+$/u;
const KATAKANA_AFTER_COLON = /^(?<cue>[ \t]+in[ \t]+(?:katakana|kana))?[ \t]*[:：][ \t]*(?<kana>[\p{Script=Katakana}ー]{2,12}(?:[ 　・][\p{Script=Katakana}ー]{2,12}){0,2})(?![\p{Script=Katakana}ー])/u;
function katakanaSaidToWrite(shadow: string, finding: Finding, rest: string): Span | undefined {
  const writing = KATAKANA_AFTER_COLON.exec(rest);
  if (writing === null || (writing.groups!.cue === undefined && !KATAKANA_FOR_BEFORE.test(shadow.slice(Math.max(0, finding.start - 16), finding.start)))) return undefined;
  const kana = writing.groups!.kana!;
  if (!writesLatinWord(kana.split(/[ 　・]/u)[0]!, shadow.slice(finding.start, finding.end).split(/[ \t]/u)[0]!)) return undefined;
  const start = finding.end + writing[0].lastIndexOf(kana);
  return { start, end: start + kana.length };
}

const NO_NAME = /^(?:不明|無し|同じ|同上|未定|未記入|空欄|なし|ふめい|わから|しらな|おなじ|みてい)/u;

export function cuedWritingsAfterNames(shadow: string, findings: readonly Finding[]): Span[] {
  return findings.flatMap((finding): Span[] => {
    if (finding.type !== "PERSON") return [];
    const rest = shadow.slice(finding.end, finding.end + 40);
    const saidToWrite = /^\p{Script=Latin}/u.test(shadow.charAt(finding.start)) ? katakanaSaidToWrite(shadow, finding, rest) : undefined;
    if (saidToWrite !== undefined) return [saidToWrite];
    const writing = ALIAS_AFTER.exec(rest) ?? READING_AFTER.exec(rest) ?? READING_IN_BRACKET.exec(rest) ?? READING_AS_NEXT_ITEM.exec(rest);
    const value = writing?.[1] ?? writing?.[2];
    if (writing === null || value === undefined || NO_NAME.test(value)) return [];
    const start = finding.end + writing[0].lastIndexOf(value);
    return [{ start, end: start + value.length }];
  });
}
