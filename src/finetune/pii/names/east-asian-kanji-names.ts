import { gated, matchesOf, type PiiDetector } from "../detector.js";
import { commonNouns } from "../lexicon/japanese-name-lexicon.js";

/**
 * Chinese and Korean names written in kanji with a space after a one-character family name (王 子涵, 崔 智恩, 呉 俊傑,
 * 權 英植, 朴 敏浩): a family name of the list, a space, and a given name of one or two kanji standing as a word. The
 * Japanese dictionary lists few of these family names (權, 河, 朴) or lists them as words, and Japanese writes a word
 * and a space and a kanji rarely otherwise. Family names that start Japanese words too (金 曜日, 高 品質, 全 社員) need a
 * given name the dictionary does not read as a common noun; 孫 is left out, a grandchild's word before a name or a noun
 * (孫 大翔, 孫 誕生).
 */
const FAMILY =
  "王李張张劉刘陳陈楊杨黄黃趙赵呉吴徐胡郭鄭郑梁謝谢馮冯鄧邓曹彭蕭萧董袁潘蔣蒋蔡魏呂吕沈姚盧卢姜崔鍾钟譚谭汪廖賈韋鄒邱尹薛閻侯郝龔邵錢嚴戴朴權権裵裴曺閔兪禹卞咸玄";
const WORD_FAMILY = "金文安全高南白車成元方池林河柳秦葉叶湯熊周陸唐宋蘇莫范孟洪申辛慎韓韩龍許许曾顧厳";
/**
 * Kanji that end a place's, a facility's or a count's word (呉 駅, 林 道, 金 5万円 is no kanji), or an honorific
 * or an addressee's 宛 after a surname and a space (営業 林 様, 林 殿, 経理 林 宛): no given name.
 */
const NOT_GIVEN = /[一二三四五六七八九十百千万億円年月日時分秒回件名人個台点号階駅市町村区県都府港線店社局署校院寺山川道橋様殿宛]/u;
const SPACED_NAME = new RegExp(
  `(?<![\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}ー々A-Za-z0-9])(?<family>[${FAMILY}${WORD_FAMILY}])[ 　](?<given>\\p{Script=Han}{1,2})(?![\\p{Script=Han}々\\p{Script=Katakana}A-Za-z0-9])(?=$|[\\s\\p{P}|]|さん|様|氏|先生|君|くん|です|[のはがとにもへをで])`,
  "dgu",
);

/** Whether a character is one of the family names this rule reads (for a found name's parts: 王 子涵 … 王です). */
export const isEastAsianFamily = (char: string): boolean => char.length === 1 && (FAMILY.includes(char) || WORD_FAMILY.includes(char));

export const eastAsianKanjiName: PiiDetector = gated(new RegExp(`[${FAMILY}${WORD_FAMILY}][ 　]\\p{Script=Han}`, "u"), {
  type: "PERSON",
  find: (shadow) =>
    matchesOf(SPACED_NAME, shadow).flatMap((match) => {
      const { family, given } = match.groups!;
      if (NOT_GIVEN.test(given!) || (WORD_FAMILY.includes(family!) && commonNouns().has(given!))) return [];
      return [{ start: match.index, end: match.index + match[0].length }];
    }),
});
