import type { Span } from "../detector.js";
import { asReading, commonNouns, nameLexicon } from "../lexicon/japanese-name-lexicon.js";
import { kanaCanWriteLatinName, writesLatinWord } from "./latin-name-kana.js";
import { isEastAsianKatakanaFamily } from "./katakana-foreign-names.js";
import { respacedKatakanaNames } from "./respaced-katakana-names.js";
import { isEastAsianFamily } from "./east-asian-kanji-names.js";
import { KANJI_FULL_NAME } from "./full-name-parts.js";
import { romajiReadings } from "../lexicon/romaji-reading.js";
import { isEnglishWord } from "./english-person-tagger.js";
import { shopWordBefore } from "../lexicon/firm-words.js";
import { hiraganaReadingsBesideNames } from "./hiragana-readings-beside-names.js";
import { cuedWritingsAfterNames } from "./cued-writings-after-names.js";
import { readsAsParts, romanisesKanjiName, spellsAsRomaji } from "./latin-name-cues.js";
import type { Finding, NeighbourSpans } from "../context/neighbour-spans.js";

/*
 * A found name written again in another script beside it or later: a register and a form give a name with its kanji or
 * its reading in brackets or in the next column, and a label writes a child's surname in kana. The other writing names
 * the same person, but no detector knows it for a name (its script has no cue of its own).
 */

/**
 * A full name in kanji or katakana, half-width too (ﾌﾟﾘﾔﾝｶ ﾅｲｱｰﾙ: its sound marks are no katakana by script, and take a
 * character each), in brackets, after an honorific, a child's too (Shrestha Suman くん（シュレスタ スマン）), or です perhaps: a
 * found full name's other writing. A Korean family
 * name read in katakana may be one kana (河 正宇（ハ ジョンウ）, 李 敏浩（イ ミンホ）). In hiragana, a school's or a
 * clinic's way of giving a reading (久保寺 陽向（くぼでら ひなた）). A foreign name may take three katakana words (Bishnu
 * Prasad Adhikari（アディカリ ビシュヌ プラサド）), and a web page's cell may break its line before the bracket (<br>).
 * A kanji surname may hold a small ヶ or ノ (鶴ヶ岡, 一ノ瀬), and a Nikkei name joins a kanji surname to a katakana given
 * name (Gustavo Nakahara（中原 グスタボ）). A reading in hiragana or katakana may end at a comma that goes on about the
 * person (（あざみ あかり、地域おこし協力隊に応募中）, Bishnu Prasad Adhikari（アディカリ ビシュヌ、S25G0038）) or at a slash
 * before yet another writing (朴 恵珍 様（パク・ヘジン／박혜진）), and a kanji
 * one at an English note on where it is written (Sasaki Ren (佐々木 蓮 on the Japanese form)). A Brazilian's four names take four katakana words (Rodrigues Carvalho, Ana
 * Paula（ロドリゲス カルバーリョ アナ パウラ）), and a Latin name's given name alone may be written (Camila Yoshida
 * Santos（カミラ））, and a child's school year or age after a ・ (Lucas Hideki Oliveira<br>（ルーカス・小5））.
 * A short note on who the person is may come first in the brackets, one word in Japanese script (庄司 千鶴 様（ご本人、しょうじ
 * ちづる）, Caio Okada さん（日系ブラジル人、ｶｲｵ ｵｶﾀﾞ））.
 */
const OTHER_WRITING_AFTER = /^[ \t]?(?:さん|様|氏|です|くん|ちゃん|君)?[ \t]?(?:<br ?\/?>)?[（(](?:[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー]{1,10}[、，,][ \t]?)?((?:[\p{Script=Han}々]|(?<=\p{Script=Han})[ヶケノ](?=\p{Script=Han})){1,5}[ 　](?:[\p{Script=Han}々]{1,4}|[\p{Script=Katakana}ー]{2,12}(?:[ 　][\p{Script=Katakana}ー]{2,12})?)|[\p{Script=Katakana}ーｰﾞﾟ]{1,12}(?:[ 　・][\p{Script=Katakana}ーｰﾞﾟ]{2,12}){0,3}|\p{Script=Hiragana}{2,8}[ 　]\p{Script=Hiragana}{1,8})(?:[）)]|(?<=[\p{Script=Hiragana}\p{Script=Katakana}ーｰﾞﾟ])[、／/]|(?<=[\p{Script=Katakana}ー])・(?=(?:[小中高][1-6]|年[長中少]|[0-9]{1,2}[歳才])[）)])|(?<=\p{Script=Han})[ \t](?=[a-z]{2,}[ \t][^）)\n]{0,40}[）)]))/u;
/** A found name opening a bracket, then after a comma another writing, in katakana, closing it (김지우、キム ジウ）). */
const NEXT_WRITING_IN_BRACKET = /^[、，,][ \t]?([\p{Script=Katakana}ー]{1,12}(?:[ 　・][\p{Script=Katakana}ー]{1,12}){1,3})[）)]/u;
/**
 * Katakana words alone in the next field of a row after a Latin name, or after a web page's line break in its cell
 * (SHRESTHA Anjana<br>シュレスタ アンジャナ): its rendering (Trần Minh Khoa,チャン ミン コア,…);
 * in half-width katakana, a reading column's way of writing, one word is enough (| Thomas Whitfield | ﾄｰﾏｽ |).
 */
const HALF_WIDTH_WORD = "[\\uFF66-\\uFF9F]{2,10}";
const KATAKANA_IN_NEXT_FIELD = new RegExp(
  `^[ \\t]*(?:[,，|\\t]|<br ?\\/?>)[ \\t]*([\\p{Script=Katakana}ー]{1,8}(?:[ 　・][\\p{Script=Katakana}ー]{1,8}){1,3}|${HALF_WIDTH_WORD}(?:[ 　][\\uFF66-\\uFF9F]{1,10}){0,3})[ \\t]*(?=[,，|\\t\\n<]|$)`,
  "u",
);
/**
 * Latin words, a comma after one perhaps, straight before a found name: the family names a register writes first
 * (Rodrigues Carvalho, Ana Paula), found apart from the given ones, whose katakana writing in brackets starts with them.
 */
const LATIN_WORDS_BEFORE = /(?<![\p{Script=Latin}])(?:\p{Script=Latin}[\p{Script=Latin}'-]*,? )+$/u;
const latinNameEndingAt = (shadow: string, start: number): string => LATIN_WORDS_BEFORE.exec(shadow.slice(Math.max(0, start - 40), start))?.[0] ?? "";

/** Whether `kana` is one of the readings the dictionary gives the surname of `found`, a kanji full name. */
function readsFoundSurname(kana: string, found: string): boolean {
  const surname = KANJI_FULL_NAME.exec(found)?.[1];
  return surname !== undefined && (nameLexicon().readingsOfSurname.get(surname) ?? []).includes(asReading(kana));
}

/**
 * Katakana words, or kanji ones whose first the dictionary lists as a surname and whose second is no common noun (not
 * 営業 本部); after a name found in katakana, whose kanji these are (ﾀｶﾂｷ ﾘｮｳ（高槻 遼）), any surname the two words can be.
 * After a Latin name, katakana that can sound as it does (latin-name-kana.ts).
 */
function isOtherWriting(words: string, found: string): boolean {
  const [first, second] = words.split(/[ 　・]/u) as [string, string];
  // After a Hangul name, its katakana: a family name of the list first (not 박서연（ホテル・ニューオータニ）).
  if (/^\p{Script=Hangul}/u.test(found)) return second !== undefined && isEastAsianKatakanaFamily(first);
  // One full-width katakana word alone: a Latin name's given name written so, the first word's sound and no word of
  // the dictionary (Camila Yoshida Santos（カミラ）; not Maria Lopez（マネージャー））. Half-width, a reading column's.
  if (second === undefined && /^[ァ-ヺー]+$/u.test(first)) return /^\p{Script=Latin}/u.test(found) && writesLatinWord(first, found.split(/[ ,]/u)[0]!) && !nameLexicon().wordReadings.has(asReading(first));
  if (/^[\p{Script=Katakana}ー]/u.test(first)) return !/^\p{Script=Latin}/u.test(found) || kanaCanWriteLatinName(words, found);
  // Hiragana is too often a phrase (（ご本人 さま）, （おとな ２）): only when its first word reads the found surname.
  // Or when its given name is the found one's, already in hiragana (薊 あかり（あざみ あかり）).
  if (/^\p{Script=Hiragana}/u.test(first)) return readsFoundSurname(first, found) || found.split(/[ 　]/u).at(-1) === second;
  const { surnames, givenNames } = nameLexicon();
  // A kanji surname the Latin name spells, and a katakana given name that can write another of its words (Gustavo
  // Nakahara（中原 グスタボ）): the surname is no noun then, though it may be one elsewhere (中原).
  // Its given names may be two (Ana Beatriz Kobayashi（小林 アナ ベアトリス））: each writes a word of the Latin name.
  const givenKana = words.split(/[ 　]/u).slice(1);
  if (/^[\p{Script=Katakana}ー]/u.test(second)) return spellsKanjiSurname(first, found) && !commonNouns().has(second) && givenKana.every((kana) => found.split(" ").some((word) => writesLatinWord(kana, word)));
  if (commonNouns().has(second) || commonNouns().has(first)) return false;
  const kanaName = /^[\p{Script=Katakana}ー]+[ 　][\p{Script=Katakana}ー]+$/u.test(found);
  // A surname the dictionary lacks, with a small ヶ or ノ, before a given name it lists (鶴ヶ岡 七海).
  return surnames.has(first) || kanaName || (/[ヶケノ]/u.test(first) && givenNames.has(second));
}

/** Whether a word of the Latin name `found` reads as one of the dictionary's readings of the kanji `surname`. */
function spellsKanjiSurname(surname: string, found: string): boolean {
  const readings = nameLexicon().readingsOfSurname.get(surname) ?? [];
  return found.split(" ").some((word) => romajiReadings(word).some((reading) => readings.includes(reading)));
}

/** Adds each found name's other writings: in brackets or the next field after it, and its surname in kana or kanji. */
export function addOtherWritings(shadow: string, findings: Finding[], spans: NeighbourSpans): void {
  // A full name's other writing in brackets after it (Lim Wei Jie（林 偉傑）, ﾌｼﾞｻﾜ ｹﾝﾄです（藤沢 健斗）), or a Latin
  // name's in katakana in the row's next field: the same person.
  for (const finding of [...findings]) {
    const value = shadow.slice(finding.start, finding.end);
    // A Hangul name is written unspaced (박서연 さん（パク・ソヨン）).
    if (finding.type !== "PERSON" || !/[ 　]|^\p{Script=Hangul}+$/u.test(value)) continue;
    const rest = shadow.slice(finding.end, finding.end + 40);
    const other =
      OTHER_WRITING_AFTER.exec(rest) ??
      (/[（(]/u.test(shadow.charAt(finding.start - 1)) ? NEXT_WRITING_IN_BRACKET.exec(rest) : null) ??
      (/^\p{Script=Latin}/u.test(value) ? KATAKANA_IN_NEXT_FIELD.exec(rest) : null);
    if (!other) {
      growByLastWord(shadow, finding, spans);
      continue;
    }
    if (!isOtherWriting(other[1]!, /^\p{Script=Latin}/u.test(value) ? latinNameEndingAt(shadow, finding.start) + value : value)) continue;
    const at = finding.end + other.index + other[0].lastIndexOf(other[1]!);
    const span = { start: at, end: at + other[1]!.length };
    // Its surname may be masked already, repeated from an honorific elsewhere (藤沢様 … （藤沢 健斗）): the finding grows.
    spans.growOrAdd(span);
  }
  for (const span of kanaLinesAfter(shadow, findings)) spans.growOrAdd(span);
  for (const span of hiraganaReadingsBesideNames(shadow, findings)) spans.growOrAdd(span);
  for (const span of cuedWritingsAfterNames(shadow, findings)) spans.growOrAdd(span);
  for (const span of romajiLinesAfter(shadow, findings)) spans.add(span);
  for (const span of kanaSurnames(shadow, findings)) spans.add(span);
  for (const span of kanjiSurnamesOfKana(shadow, findings)) spans.add(span);
  for (const span of kanjiNamesBeforeRomanisation(shadow, findings)) spans.add(span);
  for (const span of hanziWritingsAfter(shadow, findings)) spans.add(span);
  for (const span of katakanaWritingsBesideLatin(shadow, findings)) spans.growOrAdd(span);
  for (const span of fullNamesAfterNickname(shadow, findings)) spans.add(span);
  for (const span of respacedKatakanaNames(shadow, findings)) spans.growOrAdd(span);
}

/**
 * Two to four Han characters unspaced, in brackets, or after a web page's line break (or glued where a table's cell
 * lost it: | Zhang Wei张伟 |) ending the cell or the line; or after an honorific and a break or a space, the break a
 * page's cell lost (CHEN Yuting 様<br>陈雨婷<br>WeChat …, | CHEN Yuting 様 陈雨婷 WeChat … |), ending a word; not one
 * before another kanji word, a firm's name spaced in words (ZHANG Wei 様 張家 飯店).
 */
const HANZI_AFTER = /^(?:[ \t]?[（(](\p{Script=Han}{2,4})[）)]|[ \t]?(?:(?:<br ?\/?>|\n)[ \t]*)?(\p{Script=Han}{2,4})(?=[ \t]*(?:<|\n|$|[|,，]))|[ \t]?(?:様|さん|氏)(?:[ \t]?(?:<br ?\/?>|\n)[ \t]*|[ \t])(\p{Script=Han}{2,4})(?=[ \t\n<|,，]|$)(?![ \t]+\p{Script=Han}))/u;

/**
 * A found Chinese or Korean name in Latin letters, then its hanzi unspaced, as a passport's or a licence's holder writes
 * both (Zhang Wei<br>张伟, | Zhang Wei张伟 |, Yeo Jia Hui (杨佳慧), Kim Min-jun (金敏俊)): a family name of the list first, a character for
 * each of the Latin name's syllables (one more where a rule found the given name alone), and no common noun (Lin Yu
 * (林業) is a trade, Wang Fang (中国) a country).
 */
function hanziWritingsAfter(shadow: string, findings: readonly Finding[]): Span[] {
  const spans: Span[] = [];
  for (const finding of findings) {
    const value = shadow.slice(finding.start, finding.end);
    if (finding.type !== "PERSON" || !/^\p{Script=Latin}[\p{Script=Latin} -]*$/u.test(value)) continue;
    const after = HANZI_AFTER.exec(shadow.slice(finding.end, finding.end + 24));
    const hanzi = after?.[1] ?? after?.[2] ?? after?.[3];
    if (after === null || hanzi === undefined || !isEastAsianFamily(hanzi.charAt(0)) || commonNouns().has(hanzi)) continue;
    const syllables = value.split(/[ -]/u).length;
    if (hanzi.length < syllables || hanzi.length > syllables + 1) continue;
    const start = finding.end + after[0].lastIndexOf(hanzi);
    spans.push({ start, end: start + hanzi.length });
  }
  return spans;
}

/** Katakana words, not the end of a longer katakana run, then an opening bracket ending the text before a name. */
const KATAKANA_BEFORE_BRACKET = /(?<![\p{Script=Katakana}ー・])([\p{Script=Katakana}ー]{2,10}(?:[ 　・][\p{Script=Katakana}ー]{2,10}){0,2})[ \t]?[（(]$/u;
/**
 * Katakana words opening a table's cell, then a space or a web page's line break before a name (| ビシュヌ・プラサド・アディカリ
 * Bishnu…, <td>パク・ソヨン<br>…).
 */
const KATAKANA_OPENING_CELL = /(?<=(?:^|[|\t\n]|<td[^>]*>)[ \t]*)([\p{Script=Katakana}ー]{2,10}(?:[ 　・][\p{Script=Katakana}ー]{2,10}){1,3})[ \t]*(?:<br ?\/?>)?[ \t]*$/u;
/** Katakana words after a space or a line break, closing a table's cell (| SHRESTHA Anjana シュレスタ アンジャナ |). */
const KATAKANA_CLOSING_CELL = /^[ \t]*(?:<br ?\/?>)?[ \t]*([\p{Script=Katakana}ー]{2,10}(?:[ 　・][\p{Script=Katakana}ー]{2,10}){1,3})[ \t]*(?=[|\t\n]|<\/td>|$)/u;
/** Katakana words after a slash, a register's way of giving both writings side by side (Tamang Kumar ／ タマン・クマル). */
const KATAKANA_AFTER_SLASH = /^[ \t]*\/[ \t]*([\p{Script=Katakana}ー]{2,10}(?:[ 　・][\p{Script=Katakana}ー]{2,10}){1,3})(?![\p{Script=Katakana}ー・])/u;
/**
 * Kana words as a roster's next item, hiragana too where its reading column wants them (Bùi Văn Long、ぶい ばん ろん（…）):
 * the list's next person is the same one, written for a Japanese reader.
 */
const KANA_NEXT_LIST_ITEM = /^[ \t]?[、,，][ \t]?((?:[\p{Script=Hiragana}]{2,8}(?:[ 　][\p{Script=Hiragana}]{2,8}){1,3})|(?:[\p{Script=Katakana}ー]{2,10}(?:[ 　・][\p{Script=Katakana}ー]{2,10}){1,3}))(?=[ \t]?(?:[、,，。（(\n]|$))/u;

/**
 * A cell's two writings of one name, word for word: as many katakana words as Latin ones, each opening with a sound of
 * one of them (フェレイラ・リカルド・タナカ, Ricardo Tanaka Ferreira), so that a firm's or a thing's katakana beside a name
 * (ホテル・ニューオータニ Maria Lopez) is not its writing.
 */
function writesWordForWord(kana: string, latinName: string): boolean {
  const words = kana.split(/[ 　・]/u);
  const latin = latinName.split(/[ ,]+/u).filter(Boolean);
  return words.length === latin.length && words.every((word) => latin.some((latinWord) => kanaCanWriteLatinName(word, latinWord)));
}

/**
 * A found Latin name in brackets after katakana that write it, as an interpreter or a guest is named in the script a
 * Japanese reader says the name in first (通訳：ホアン（Hoàng Thị Lan）, 留学生 マリア・ロペス（María López）): the
 * first katakana word a name's reading the dictionary gives that can write a word of the Latin name (not ホテル（Hoàng
 * Thị Lan）, no name's reading). Or katakana before or after the name in its table cell that write its words one for
 * one (| フェレイラ・リカルド・タナカ Ricardo Tanaka Ferreira |), or after a slash: the cell gives both writings.
 */
function katakanaWritingsBesideLatin(shadow: string, findings: readonly Finding[]): Span[] {
  const spans: Span[] = [];
  const { givenNameReadings, surnameReadings } = nameLexicon();
  for (const finding of findings) {
    const value = shadow.slice(finding.start, finding.end);
    if (finding.type !== "PERSON" || !/^\p{Script=Latin}/u.test(value)) continue;
    const from = Math.max(0, finding.start - 60);
    const text = shadow.slice(from, finding.start);
    // The slice may start inside a cell: its start is a cell's only where the text starts.
    const cell = KATAKANA_OPENING_CELL.exec(text);
    if (cell && (from === 0 || cell.index > 0 || /^[|\t\n]/u.test(text)) && writesWordForWord(cell[1]!, value)) {
      const start = from + cell.index;
      spans.push({ start, end: start + cell[1]!.length });
      continue;
    }
    const after = shadow.slice(finding.end, finding.end + 60);
    const closing = KATAKANA_CLOSING_CELL.exec(after) ?? KATAKANA_AFTER_SLASH.exec(after) ?? KANA_NEXT_LIST_ITEM.exec(after);
    if (closing && writesWordForWord(asReading(closing[1]!), value)) {
      const start = finding.end + closing[0].lastIndexOf(closing[1]!);
      spans.push({ start, end: start + closing[1]!.length });
      continue;
    }
    const before = KATAKANA_BEFORE_BRACKET.exec(text);
    if (before === null) continue;
    const first = before[1]!.split(/[ 　・]/u)[0]!;
    if (!givenNameReadings.has(first) && !surnameReadings.has(first)) continue;
    if (!value.split(/[ -]/u).some((word) => writesLatinWord(first, word))) continue;
    const start = from + before.index;
    spans.push({ start, end: start + before[1]!.length });
  }
  return spans;
}

/** A child's or a friend's honorific, then a kanji full name in brackets (ユウちゃん（渡嘉敷 優）, ケン くん（岩永 健）). */
const FULL_NAME_AFTER_NICKNAME = /^[ \t]?(?:ちゃん|くん|君|さん)[ \t]?[（(](\p{Script=Han}{2,4}[ 　][\p{Script=Han}々]{1,3}|\p{Script=Han}{2,4}[ 　]\p{Script=Hiragana}{2,4})[）)]/u;

/**
 * A name found in one word, a nickname or a given name before a child's or a friend's honorific, then the person's
 * full name in kanji in brackets (ユウちゃん（渡嘉敷 優）): the same person, whatever the dictionary lists. Not a post or
 * a place in brackets (田中さん（営業 部長）, 佐藤さん（東京 本社）): neither word a common noun.
 */
function fullNamesAfterNickname(shadow: string, findings: readonly Finding[]): Span[] {
  const spans: Span[] = [];
  for (const finding of findings) {
    if (finding.type !== "PERSON" || /[ 　]/u.test(shadow.slice(finding.start, finding.end))) continue;
    const bracket = FULL_NAME_AFTER_NICKNAME.exec(shadow.slice(finding.end, finding.end + 20));
    if (bracket === null || bracket[1]!.split(/[ 　]/u).some((word) => commonNouns().has(word))) continue;
    const start = finding.end + bracket[0].indexOf(bracket[1]!);
    spans.push({ start, end: start + bracket[1]!.length });
  }
  return spans;
}

/** A capitalised word, then a writing in brackets. */
const LAST_WORD_BEFORE_WRITING = /^ ([A-Z][a-z]{2,14})(?=[ \t]?(?:<br ?\/?>)?[（(])/u;

/**
 * A Latin name found but for its last word, the surname a dictionary lacks, before its katakana writing in brackets
 * with one word more than was found (Diego Hiroshi Kanashiro（カナシロ ディエゴ ヒロシ）): the name grows to it.
 */
function growByLastWord(shadow: string, finding: Finding, spans: NeighbourSpans): void {
  const value = shadow.slice(finding.start, finding.end);
  if (!/^\p{Script=Latin}/u.test(value)) return;
  const last = LAST_WORD_BEFORE_WRITING.exec(shadow.slice(finding.end, finding.end + 18));
  if (last === null) return;
  const other = OTHER_WRITING_AFTER.exec(shadow.slice(finding.end + last[0].length, finding.end + last[0].length + 40));
  if (other === null || !/^[\p{Script=Katakana}ー]/u.test(other[1]!)) return;
  const whole = `${value} ${last[1]}`;
  if (other[1]!.split(/[ 　・]/u).length !== whole.split(" ").length || !kanaCanWriteLatinName(other[1]!, whole)) return;
  const at = finding.end + last[0].length + other.index + other[0].lastIndexOf(other[1]!);
  spans.growOrAdd({ start: finding.start, end: finding.end + last[0].length });
  spans.add({ start: at, end: at + other[1]!.length });
}

/**
 * Two katakana words, half-width too, on the next line, after a web page's line break, or right after the honorific
 * where a table's cell lost its line breaks (宇江城 正樹 様ｳｴｼﾛ ﾏｻｷ沖縄県…).
 */
const KANA_LINE_AFTER = /^[ \t]?(?:さん|様|氏)?[ \t]?(?:<br ?\/?>|\n)?[ \t]*([\p{Script=Katakana}ー\uFF66-\uFF9F]{2,12}[ 　][\p{Script=Katakana}ー\uFF66-\uFF9F]{1,12})(?![\p{Script=Katakana}ー\uFF66-\uFF9F])/u;

/**
 * A kanji full name and its reading in katakana after it, as a register's cell or a form writes it (宇江城 正樹 様
 * <br>ｳｴｼﾛ ﾏｻｷ): the reading's second word reads as a given name (not 山田 太郎 / カスタマー サポート).
 */
function kanaLinesAfter(shadow: string, findings: readonly Finding[]): Span[] {
  const spans: Span[] = [];
  for (const finding of findings) {
    if (finding.type !== "PERSON" || !KANJI_FULL_NAME.test(shadow.slice(finding.start, finding.end))) continue;
    const line = KANA_LINE_AFTER.exec(shadow.slice(finding.end, finding.end + 40));
    const given = line?.[1]!.split(/[ 　]/u)[1];
    if (line === null || given === undefined || !nameLexicon().givenNameReadings.has(asReading(given))) continue;
    const start = finding.end + line.index + line[0].lastIndexOf(line[1]!);
    spans.push({ start, end: start + line[1]!.length });
  }
  return spans;
}

/** Two kana words, hiragana or katakana, half-width too, alone in the row's next field. */
const READING_WORD = "(?:\\p{Script=Hiragana}{2,8}|[\\p{Script=Katakana}ー\\uFF66-\\uFF9F]{2,12})";
const KANA_READING_IN_NEXT_FIELD = new RegExp(`^[ \\t]*[,，|\\t][ \\t]*(${READING_WORD}[ 　](?:\\p{Script=Hiragana}{1,6}|[\\p{Script=Katakana}ー\\uFF66-\\uFF9F]{1,10}))[ \\t]*(?=[,，|\\t\\n]|$)`, "u");

/**
 * A found kanji full name's reading alone in the row's next field, as a roster's reading column gives it (| 五百旗頭 廉
 * | いおきべ れん |), where the dictionary lacks the surname (name-reading-cells.ts reads those it lists, by their
 * readings): the reading's first word of three kana or more and no word's, its second a given name's reading. A listed
 * surname's row is left to that rule (| 山田 太郎 | おやすみ ちゅう | is a note).
 */
export function kanaReadingsInNextCell(shadow: string, findings: readonly Finding[]): Span[] {
  const spans: Span[] = [];
  const { givenNameReadings, surnames, wordReadings } = nameLexicon();
  for (const finding of findings) {
    const surname = finding.type === "PERSON" ? KANJI_FULL_NAME.exec(shadow.slice(finding.start, finding.end))?.[1] : undefined;
    if (surname === undefined || surnames.has(surname)) continue;
    const field = KANA_READING_IN_NEXT_FIELD.exec(shadow.slice(finding.end, finding.end + 40));
    if (field === null) continue;
    const [first, given] = field[1]!.split(/[ 　]/u) as [string, string];
    if (first.length < 3 || !givenNameReadings.has(asReading(given)) || wordReadings.has(asReading(first))) continue;
    const start = finding.end + field[0].indexOf(field[1]!);
    spans.push({ start, end: start + field[1]!.length });
  }
  return spans;
}

/** Two capitalised words alone on the next line. */
const ROMAJI_LINE_AFTER = /^[ \t]*\n[ \t]*([A-Z][a-z]{2,11})[ \t]+([A-Z][a-z]{2,11})[ \t]*(?=\n|$)/u;

/**
 * A kanji full name alone on its line and its romanisation alone on the next, as a business card or a signature sets
 * them (小豆畑 聡子 / Satoko Azukihata): two words spelt as Hepburn romaji is, of no English dictionary, one of which
 * reads as a given name or a surname; the other may be one the dictionary lacks.
 */
function romajiLinesAfter(shadow: string, findings: readonly Finding[]): Span[] {
  const spans: Span[] = [];
  for (const finding of findings) {
    if (finding.type !== "PERSON" || !KANJI_FULL_NAME.test(shadow.slice(finding.start, finding.end))) continue;
    if (!/(?:^|\n)[ \t]*$/u.test(shadow.slice(Math.max(0, finding.start - 8), finding.start))) continue;
    const line = ROMAJI_LINE_AFTER.exec(shadow.slice(finding.end, finding.end + 40));
    if (line === null) continue;
    const words = [line[1]!, line[2]!];
    if (!words.every((word) => spellsAsRomaji(word) && !isEnglishWord(word))) continue;
    if (!words.some((word) => readsAsParts(word).given || readsAsParts(word).surname)) continue;
    const start = finding.end + line[0].indexOf(line[1]!);
    spans.push({ start, end: finding.end + line[0].trimEnd().length });
  }
  return spans;
}

/** A kanji word in brackets right after a name, as a register gives a kana name's kanji (ｱﾝﾄﾞｳ ｹｲｽｹ（安藤）). */
const KANJI_IN_BRACKETS_AFTER = /^[ \t]?[（(](\p{Script=Han}{1,4})[）)]/u;

/**
 * A found full name in kana followed by its surname in kanji in brackets (ｱﾝﾄﾞｳ ｹｲｽｹ（安藤）, ヤマダ ハナ（山田）): a
 * surname of the dictionary one of whose readings is the name's first word.
 */
function kanjiSurnamesOfKana(shadow: string, findings: readonly Finding[]): Span[] {
  const spans: Span[] = [];
  for (const finding of findings) {
    if (finding.type !== "PERSON") continue;
    const bracket = KANJI_IN_BRACKETS_AFTER.exec(shadow.slice(finding.end, finding.end + 9));
    if (bracket === null) continue;
    const [first, second] = shadow.slice(finding.start, finding.end).normalize("NFKC").split(/[ 　・]/u);
    if (second === undefined || !/^[\p{Script=Katakana}ー\p{Script=Hiragana}]+$/u.test(first!)) continue;
    if (!(nameLexicon().readingsOfSurname.get(bracket[1]!) ?? []).includes(asReading(first!))) continue;
    const start = finding.end + bracket[0].indexOf(bracket[1]!);
    spans.push({ start, end: start + bracket[1]!.length });
  }
  return spans;
}

const inBrackets = (text: string, start: number, end: number): boolean => /[（(]/u.test(text.charAt(start - 1)) && /[）)]/u.test(text.charAt(end));

/** A kana word, whole, and not a piece of a firm's or a place's name (株式会社ニシムラ食品: kanji or letters beside it). */
const KANA_WORD = /(?<![\p{Script=Katakana}ー・\p{Script=Han}々A-Za-z])(?:[\p{Script=Katakana}ー]{3,8}|\p{Script=Hiragana}{3,8})(?![\p{Script=Katakana}ー・\p{Script=Han}々A-Za-z]|(?<=\p{Script=Hiragana})\p{Script=Hiragana})/gu;
const asHiragana = (katakana: string): string => katakana.replace(/[\u30a1-\u30f6]/g, (char) => String.fromCharCode(char.charCodeAt(0) - 0x60));
/** A space and a kana given name after a surname in kana (いのうえ そうすけ, ヤマダ タロウ). */
const KANA_GIVEN_AFTER = /^[ 　]([\p{Script=Katakana}ー]{2,6}|\p{Script=Hiragana}{2,6})(?![\p{Script=Katakana}ー\p{Script=Hiragana}])/u;

/** Katakana that voice where a compound joins them (島 シマ → ジマ, 川 カワ → ガワ, 田 タ → ダ), and their voiced forms. */
const VOICED: Readonly<Record<string, string>> = Object.fromEntries(
  [..."カキクケコサシスセソタチツテトハヒフヘホ"].map((kana) => [kana, String.fromCharCode(kana.charCodeAt(0) + 1)]),
);

/**
 * A surname's reading and the forms its later kana take voiced, as a compound's second part sounds (鮫島 サメシマ and
 * サメジマ, 長谷川 ハセカワ and ハセガワ): the dictionary gives one reading where the family says the other.
 */
function withRendaku(reading: string): string[] {
  const forms = [reading];
  for (let index = 1; index < reading.length; index++) {
    const voiced = VOICED[reading.charAt(index)];
    if (voiced !== undefined) forms.push(reading.slice(0, index) + voiced + reading.slice(index + 1));
  }
  return forms;
}

/**
 * A found surname written again in kana, as a child's name label or a sticker writes it (樋口 恵 … 柄に「ヒグチ」とシール;
 * 井上 真奈美 … 名前シールに「いのうえ そうすけ」): a whole katakana word of three kana or more that is one of the
 * surname's readings, or a hiragana one before a given name's reading (hiragana alone is too often a word).
 */
function kanaSurnames(shadow: string, findings: readonly Finding[]): Span[] {
  const { readingsOfSurname, givenNameReadings } = nameLexicon();
  const readings = new Set<string>();
  for (const finding of findings) {
    if (finding.type !== "PERSON") continue;
    const value = shadow.slice(finding.start, finding.end);
    const surname = KANJI_FULL_NAME.exec(value)?.[1] ?? (/^\p{Script=Han}{2,4}$/u.test(value) ? value : undefined);
    for (const reading of (surname && readingsOfSurname.get(surname)) || []) if (reading.length >= 3) for (const form of withRendaku(reading)) readings.add(form);
  }
  // Most records write no surname again in kana: the scan of every kana word runs only where one is.
  if (![...readings].some((reading) => shadow.includes(reading) || shadow.includes(asHiragana(reading)))) return [];
  const spans: Span[] = [];
  for (const match of shadow.matchAll(KANA_WORD)) {
    if (!readings.has(asReading(match[0]))) continue;
    const end = match.index + match[0].length;
    const given = KANA_GIVEN_AFTER.exec(shadow.slice(end, end + 10))?.[1];
    const withGiven = given !== undefined && givenNameReadings.has(asReading(given));
    if (withGiven) spans.push({ start: match.index, end: end + 1 + given!.length });
    // In hiragana, right before the found name in brackets it reads (元スタイリスト にしかわ（[西川 遥]）), or in brackets
    // of its own, a form's reading of the surname (四方田 静香 様（よもだ）). Not after a shop's word (割烹 やまざき（女将
    // [山崎 和代] 様）, 居酒屋 タカハシ): the shop's sign, in kana.
    else if ((/^[\p{Script=Katakana}ー]/u.test(match[0]) || /^[（(]/u.test(shadow.slice(end, end + 1)) || inBrackets(shadow, match.index, end)) && !shopWordBefore(shadow, match.index)) spans.push({ start: match.index, end });
  }
  return spans;
}

/** A kanji full name right before a bracket, whose close follows the found Latin name inside it. */
const KANJI_NAME_BEFORE_BRACKET = /(?<![\p{Script=Han}々])(\p{Script=Han}{1,2})[ 　](\p{Script=Han}{1,3})[ \t]?[（(]$/u;

/**
 * A Chinese or Korean name in kanji before its romanisation in brackets (伍 嘉欣（Ng Ka Yan）, 金 敏俊（Kim Min Jun）):
 * one Latin word to a character, as Cantonese and Korean write them; or a surname the dictionary lists and a Latin name
 * that can read it (王 小明（Wang Xiaoming）). Neither word is a noun (本社 営業（Sales Team） is found by no detector, and
 * 東京 支店（Ken Ito） names a place).
 */
function kanjiNamesBeforeRomanisation(shadow: string, findings: readonly Finding[]): Span[] {
  const spans: Span[] = [];
  for (const finding of findings) {
    if (finding.type !== "PERSON" || !/[）)]/u.test(shadow.charAt(finding.end))) continue;
    const value = shadow.slice(finding.start, finding.end);
    if (!/^\p{Script=Latin}/u.test(value)) continue;
    const from = Math.max(0, finding.start - 10);
    const before = KANJI_NAME_BEFORE_BRACKET.exec(shadow.slice(from, finding.start));
    if (before === null) continue;
    const [, surname, given] = before as unknown as [string, string, string];
    if (commonNouns().has(surname) || commonNouns().has(given)) continue;
    const latin = value.split(/[\s,]+/u);
    const syllableEach = surname.length + given.length === latin.length;
    if (!syllableEach && !(nameLexicon().surnames.has(surname) && romanisesKanjiName(`${surname} ${given}`, latin))) continue;
    const start = from + before.index;
    spans.push({ start, end: start + surname.length + 1 + given.length });
  }
  return spans;
}
