import { asReading, commonNouns, nameLexicon, wordReadings } from "../lexicon/japanese-name-lexicon.js";
import { isEnglishWord, isPlaceName } from "./english-person-tagger.js";
import { FIRM_OR_THING_WORD, PERSON_JOB_WORD } from "../lexicon/firm-words.js";
import {
  DAY_OR_ORDER_WORD,
  isHiraganaGivenName,
  KATAKANA_NOTE_WORD,
  KATAKANA_THING,
  ORGANISATION_WORD,
  PLACE_SURNAMES,
  surnameEndingInBu,
  TITLE_AT_END,
  WHO_IN_BRACKETS_AFTER,
} from "./name-detectors.js";
import type { Finding, NeighbourSpans } from "../context/neighbour-spans.js";
import type { Span } from "../detector.js";
import { NOT_A_GIVEN_NAME, NOT_A_NAME_WORD, PLACE_OR_TITLE_END } from "../context/neighbour-words.js";
import { worldNames } from "../lexicon/world-name-lexicon.js";
import { isRomajiSurname, readsAsOneWord } from "./latin-name-cues.js";
import { opensOrderToSurname } from "./surnames-after-imperative-verbs.js";
import { FAMILIAR_HONORIFICS, honorificAlternation, POLITE_HONORIFICS } from "../lexicon/honorifics.js";
import { OLD_KATAKANA_GIVEN_NAMES } from "../lexicon/old-katakana-given-names.js";
import { HANDLE_PLACE } from "./stamp-colon-kana-speakers.js";

/*
 * The other half of a name a detector found in part: a cue masks the word it stands by (阿部 [翔太] 様, 副理事長 [荒井]
 * さゆり, Gareth [Holloway]), and the surname or given name beside it, across a space, a ・ or a comma, is the same
 * person's. A half found alone grows to the whole name; a Latin given name is added apart, to be masked where it recurs.
 */

/** Anyone's, a customer's or writing's honorific after the given name. */
const NAME_HONORIFIC_AFTER = new RegExp(`^[ 　]?${honorificAlternation("さん", "様", "氏")}`, "u");
/**
 * A shop's or an office's word (営業部, 酒店, 医院): not a surname the dictionary lacks that ends as a department does
 * (財部, 宝部: two kanji of no word before 部).
 */
const isOfficeWord = (word: string): boolean => PLACE_OR_TITLE_END.test(word) && !surnameEndingInBu(word);
/**
 * A word the dictionary lacks before a found one-kanji given name and an honorific (患者 座波 [清] さん): its surname,
 * unless it is a common noun or a department's, a shop's or an office's word (総務 林 さん, 営業部 林 さん).
 */
const unlistedSurnameBefore = (surname: string, given: string, after: string): boolean =>
  given.length === 1 && !nameLexicon().nounGivenNames.has(given) && NAME_HONORIFIC_AFTER.test(after) && !commonNouns().has(surname) && !isOfficeWord(surname);

/**
 * A word the dictionary lacks that starts a field (a line, a bracket, a label's value, a table's cell) before a found given name of any
 * length and the name's end, a bracket's note or the person's age (財部 [千景] 様, （野国 [真央]）, | 一尾 [美樹]（いちお） |,
 * 浦崎 [美代] 78歳): its surname, as a rare one is
 * (財部, 野国), unless a common noun, an office's word or a day's (本日, 今回, 以下: two kanji ending so), or a job's title
 * (営業部長 [結衣] 様, 経理担当 [美咲] さん: who the person is, the title kept).
 */
const unlistedSurnameStartingField = (shadow: string, surname: string, surnameStart: number, given: string, after: string): boolean =>
  FIELD_START_BEFORE.test(shadow.slice(Math.max(0, surnameStart - 2), surnameStart)) &&
  NAME_ENDS_AFTER.test(after) &&
  !nameLexicon().nounGivenNames.has(given) &&
  !commonNouns().has(surname) &&
  !isOfficeWord(surname) &&
  !TITLE_AT_END.test(surname) &&
  !DAY_OR_ORDER_WORD.test(surname);
/**
 * A word the dictionary lacks after who the person is and a space, before a found given name (生徒 鰐部 [陽向] 3年2組,
 * 保護者 鰐部 [智子] 連絡先): its surname, as a roster writes the role before the name, unless a common noun or an
 * office's word (社員 総務 [美咲]).
 */
const unlistedSurnameAfterRole = (shadow: string, surname: string, surnameStart: number, given: string): boolean =>
  PERSON_ROLE_BEFORE.test(shadow.slice(Math.max(0, surnameStart - 5), surnameStart)) &&
  !nameLexicon().nounGivenNames.has(given) &&
  !commonNouns().has(surname) &&
  !isOfficeWord(surname) &&
  !TITLE_AT_END.test(surname);
const PERSON_ROLE_BEFORE = /(?:^|[^\p{Script=Han}])(?:生徒|児童|園児|保護者|社員|患者|会員|利用者|受講者|申込者|相談者|依頼者|契約者)[ 　]$/u;
/** A field's start: the text's, a line's, a bracket's, a label's or a cell's (|), a space after a cell's bar too (| 財部). */
const FIELD_START_BEFORE = /(?:^|[\n（(「『：:|｜\t]|[|｜][ 　])$/u;
const NAME_ENDS_AFTER = new RegExp(`^(?:[ 　]?${honorificAlternation(...POLITE_HONORIFICS, "氏", ...FAMILIAR_HONORIFICS)}|[）)」』、,，\n（(]|$|[ 　][0-9]{1,3}(?:歳|才))`, "u");

/** A katakana word, half-width too, and a space right before a found kana name. */
const KANA_SURNAME_BEFORE = /(?<![\p{Script=Katakana}ー\uFF66-\uFF9F])([\p{Script=Katakana}ー\uFF66-\uFF9F]{2,8})[ 　]$/u;
/**
 * A found kana name of two words, half-width too (ｱﾝﾅ [ﾏﾘｰ ｻﾝﾄｽ]): a katakana word before it and a space that reads
 * as a given name is the first of the person's given names, as a Filipino's or a Brazilian's papers run them; a word of
 * the dictionary (ホテル, セール) is not.
 */
const KANA_NAME_OF_TWO_WORDS = /^[\p{Script=Katakana}ー\uFF66-\uFF9F]{2,8}[ 　][\p{Script=Katakana}ー\uFF66-\uFF9F]{2,8}$/u;
const givenNameBeforeKanaName = (word: string, found: string): boolean =>
  KANA_NAME_OF_TWO_WORDS.test(found) && nameLexicon().givenNameReadings.has(asReading(word)) && !wordReadings().has(asReading(word)) && !KATAKANA_THING.test(word);
/**
 * A half-width kana word the dictionary reads as no word, before a found half-width given name, the two alone in a table's
 * cell (| ﾜｷｻﾞｶ [ﾄﾓｴ] |): an account holder's name as a bank writes it, whatever surname the dictionary lacks.
 */
function halfWidthNameCell(shadow: string, surname: string, given: Finding): boolean {
  const start = given.start - surname.length - 1;
  return (
    HALF_WIDTH_KANA.test(surname) &&
    HALF_WIDTH_KANA.test(shadow.slice(given.start, given.end)) &&
    CELL_START_BEFORE.test(shadow.slice(Math.max(0, start - 8), start)) &&
    CELL_END_AFTER.test(shadow.slice(given.end, given.end + 6)) &&
    !wordReadings().has(asReading(surname))
  );
}
const HALF_WIDTH_KANA = /^[\uFF66-\uFF9F]+$/u;
const CELL_START_BEFORE = /(?:^|\n|[|｜,\t][ 　]?|<td(?: [^>]*)?>)$/u;
const CELL_END_AFTER = /^[ 　]?(?:[|｜,\t\n]|<\/td>|$)/u;
const KANA_NAME_WRITTEN = /^[\p{Script=Katakana}ー\uFF66-\uFF9F]{2,8}$/u;
/**
 * A kana word joined to a found kana name by a symbol, as a chat's display name decorates a name (ﾊﾅ☆[ｺﾊﾞﾔｼ],
 * [ユキ]♪タナカ): the same person's other name. The join is a symbol no word holds; ・ and a space are read elsewhere.
 */
const KANA_JOINED_BEFORE = /(?<![\p{Script=Katakana}ー\uFF66-\uFF9F\p{Script=Hiragana}])[\p{Script=Katakana}ー\uFF66-\uFF9F\p{Script=Hiragana}]{1,8}[☆★♪♡♥❤＊*]$/u;
const KANA_JOINED_AFTER = /^[☆★♪♡♥❤＊*][\p{Script=Katakana}ー\uFF66-\uFF9F\p{Script=Hiragana}]{1,8}(?![\p{Script=Katakana}ー\uFF66-\uFF9F\p{Script=Hiragana}])/u;

/** A surname right before a found given name, a space between: the name's other half. */
const SURNAME_BEFORE = /(?<![\p{Script=Han}々])(\p{Script=Han}{2,4})[ 　]$/u;
/**
 * A one-kanji surname alone at a field's start or after a space, before a found given name (営業: 乾 [美咲], 担当 林
 * [美咲]): one the lexicon lists and no common noun nor a prefix a word takes (新, 元, 全: 新 美咲 モデル), the given name
 * one it lists of two kanji or more.
 */
const PREFIX_KANJI = /^[新旧元前現各全総副故計約第次]$/u;
const ONE_KANJI_SURNAME_BEFORE = /(?:^|[\s：:、,，・（(「『|｜/／])(\p{Script=Han})[ 　]$/u;
const oneKanjiSurnameBefore = (before: string, given: string): string | undefined => {
  const surname = ONE_KANJI_SURNAME_BEFORE.exec(before)?.[1];
  const { surnames, givenNames } = nameLexicon();
  return surname !== undefined && given.length >= 2 && givenNames.has(given) && surnames.has(surname) && !commonNouns().has(surname) && !PREFIX_KANJI.test(surname) ? surname : undefined;
};
/**
 * A space and a whole hiragana word after a found surname, perhaps before です or an honorific (荒井 さゆりです): perhaps
 * its given name; or hiragana and 子, as older women's names are written (百瀬 とし子). Here and below a form's typist
 * may have left two spaces (上條  れい子): the gap is the same.
 */
const HIRAGANA_GIVEN_AFTER = /^[ 　]{1,2}(\p{Script=Hiragana}{2,3}子(?![\p{Script=Han}々])|\p{Script=Hiragana}{2,4}?)(?=です|でした|さん|ちゃん|くん|様|(?!\p{Script=Hiragana}))/u;
/**
 * Two hiragana after a found surname and a space that read as a given name (仲間 ちえ、…), where the name's item ends: a
 * comma, a note in brackets or the line's end; or before a space and です or an honorific (比嘉 ゆい です, 比嘉 ゆい 様),
 * which follow a whole name. Shorter words read so are nouns and particles too (より, まえ), but not standing alone as an
 * item after a person's surname; these few, and an honorific (林 さん), are kept out all the same.
 */
const twoKanaGivenBeforeBreak = (word: string, shadow: string, end: number): boolean =>
  word.length === 2 && !TWO_KANA_WORDS.has(word) && TWO_KANA_NAME_ENDS.test(shadow.slice(end, end + 4)) && nameLexicon().givenNameReadings.has(asReading(word));
const TWO_KANA_NAME_ENDS = /^(?:[、，,（(]|\n|$|[ 　](?:です|様|さん|ちゃん|くん))/u;
/**
 * Who the person is, in brackets after a whole hiragana word of three kana or more after a found surname (奥間 かなた（母
 * 奥間 恵）, 知花 いろは（小4）): a kin's word, a school year or an age, as a roster notes a child whose given name the
 * dictionary lacks (かなた, つむぎ, いろは). A word of a sentence (ください（至急）) is followed by no such note.
 */
const WHO_NOTE_AFTER_KANA = /^[（(](?:[父母兄姉弟妹夫妻娘孫]|祖[父母]|息子|[小中高][1-6]|年[長中少]|[0-9]{1,2}歳)/u;
/** A name written in brackets, closing them (（屋良 つむぎ）3歳): no sentence's word stands so. */
const inBracketsAlone = (shadow: string, start: number, rest: string): boolean => /[（(]/u.test(shadow.charAt(start - 1)) && /^[）)]/u.test(rest);
const TWO_KANA_WORDS = new Set(["さん", "さま", "くん", "どの", "より", "まで", "など", "ほか", "こと", "もの", "まえ", "ため", "とき", "たち", "ども", "から", "です", "ます"]);
/**
 * A space and a whole katakana word of two to four kana after a found surname, perhaps ending in 子 as older women's
 * names are registered (沢村 ヨシ子): perhaps its given name.
 */
const KATAKANA_GIVEN_AFTER = /^[ 　]{1,2}([\p{Script=Katakana}ー]{2,4}(?:子(?![\p{Script=Han}々]))?)(?![\p{Script=Katakana}ー])/u;
/**
 * What follows a foreign given name in katakana the dictionary cannot read (熊谷 レア（旧姓 …）, 熊谷 レア（妻）): a maiden
 * name's bracket, or who the person is in brackets.
 */
const PERSON_AFTER_KATAKANA_GIVEN = new RegExp(`^(?:[（(]旧姓|${WHO_IN_BRACKETS_AFTER.source.slice(1)})`, "u");
/**
 * A kin's word before a found surname (母 比嘉 [ソフィア], 父 金城 ミゲル、): the family's member named whole, so a
 * katakana word after the surname that ends the item is the given name, one the dictionary cannot read.
 */
const KIN_WORD_BEFORE = /(?:^|[\s（(、,，:：|])(?:父|母|夫|妻|兄|姉|弟|妹|息子|娘|祖父|祖母|孫|義父|義母|長男|長女|次男|次女)[ 　]$/u;
/**
 * A katakana word the dictionary reads as a noun (パート, スーパー: what the kin does or where), unless written with a
 * small vowel as a foreign name is (ソフィア, a city's too).
 */
const isKatakanaWord = (word: string): boolean => wordReadings().has(word) && !/[ァィゥェォ]/u.test(word);
/**
 * What ends a list's item or a phrase's subject after a name: an honorific, a closing bracket, a comma, a stop, a
 * separator, the line's end, or a case particle (妻 山口 ソフィア のメール, 娘 比嘉 エマが来ます).
 */
const ITEM_ENDS_AFTER = new RegExp(`^(?:[ 　]?${honorificAlternation(...POLITE_HONORIFICS, ...FAMILIAR_HONORIFICS)}|[）)」、,，。/／|\n]|[ 　]*$|[ 　]?[のがはとにをも])`, "u");
/** A space and one to three kanji after a found surname, then a word's end: perhaps its given name. */
const KANJI_GIVEN_AFTER = /^[ 　]{1,2}([\p{Script=Han}々]{1,3})(?=[\s、。,，.．!！?？」』）)（(・/／;；:：]|$|さん|様|氏|です|と|が|は|の|に|へ|-(?:san|sama|sensei|chan|kun)(?![A-Za-z]))/u;
/** An honorific right after a given name, in kana or kanji or in romaji after a hyphen (和美 さん, 和美-san). */
const HONORIFIC_AFTER_GIVEN = /^(?:[ 　]?(?:さん|様|さま|氏|ちゃん|くん)|-(?:san|sama|sensei|chan|kun)(?![A-Za-z]))/u;
/**
 * A kanji surname the lexicon lists (桑原 too, a charm's word: found as a person, it is one), or a found one of two kanji
 * or more the lexicon lacks, ヶ and 々 too (藤ヶ谷 found in a table's column of names), ノ or ヶ joining its kanji (山ノ内,
 * 一ノ瀬: the katakana given name after it read as after any).
 */
const isSurname = (word: string): boolean => (/^\p{Script=Han}{1,4}$/u.test(word) && nameLexicon().surnames.has(word)) || /^\p{Script=Han}(?:[ノヶ]?[\p{Script=Han}々]){1,3}$/u.test(word);
/** Where a hiragana handle writes from, before the chat turn's colon (stamp-colon-kana-speakers.ts). */
const HANDLE_PLACE_AFTER = new RegExp(`^${HANDLE_PLACE}(?=[ \\t]*[:：])`, "u");
/**
 * A third kana word after a found name of two words ending in kana, a space between, ending its field (a bracket, a
 * comma, a stop, a cell's or the line's end), as a Latin American's, a Filipino's or a Nepali's papers carry two family
 * names or two given names ([ゴメス ペレイラ] ルシア（控え）, [高良 マリナ] イザベル。); or a kana word opening a
 * field before a found two-word kana name and its honorific (ﾍﾞﾙﾄﾗﾝ [ﾏﾘｿﾙ ﾛｻ] 様): the same person's. No katakana
 * word of the dictionary nor a thing's (ゴメス ペレイラ センター, ホテル ヤマダ タロウ).
 */
const TWO_WORDS_ENDING_IN_KANA = /^[\p{Script=Han}\p{Script=Katakana}ー々\uFF66-\uFF9F]{1,8}[ 　][\p{Script=Katakana}ー\uFF66-\uFF9F]{2,8}$/u;
const KANA_WORD_ENDING_FIELD = /^[ 　]([\p{Script=Katakana}ー\uFF66-\uFF9F]{2,10})(?=[ 　]?(?:[（(、,，。|｜\t\n<]|$))/u;
const KANA_WORD_OPENING_FIELD = /(?:^|[\n|｜,\t>（(「])([\p{Script=Katakana}ー\uFF66-\uFF9F]{2,8})[ 　]$/u;
const KATAKANA_NAME_HALVES = /^[\p{Script=Katakana}ー\uFF66-\uFF9F]{2,8}[ 　][\p{Script=Katakana}ー\uFF66-\uFF9F]{2,8}$/u;
const KANA_HONORIFIC_AFTER = /^[ 　]?(?:様|さん|さま|氏|殿)/u;
const isKanaNameWord = (word: string): boolean => !KATAKANA_THING.test(word.normalize("NFKC")) && !wordReadings().has(asReading(word)) && !KATAKANA_NOTE_WORD.test(word.normalize("NFKC"));
function thirdKanaWord(shadow: string, finding: Finding, value: string): Span | undefined {
  if (!TWO_WORDS_ENDING_IN_KANA.test(value)) return undefined;
  const after = KANA_WORD_ENDING_FIELD.exec(shadow.slice(finding.end, finding.end + 12));
  if (after !== null && isKanaNameWord(after[1]!)) return { start: finding.start, end: finding.end + after[0].length };
  const before = KATAKANA_NAME_HALVES.test(value) ? KANA_WORD_OPENING_FIELD.exec(shadow.slice(Math.max(0, finding.start - 10), finding.start)) : null;
  if (before !== null && isKanaNameWord(before[1]!) && KANA_HONORIFIC_AFTER.test(shadow.slice(finding.end, finding.end + 4))) return { start: finding.start - before[1]!.length - 1, end: finding.end };
  return undefined;
}
/**
 * Katakana words joined by ・ right before a found katakana name, none of them a katakana word of the dictionary: the
 * family name of チャン・[ミン・トゥアン], グエン・[ティ・ラン], or a Latin American's given names before the found family
 * names (マリア・ルイザ・[サントス・ヨシダ]), a Japanese surname's reading too though a word's (ヨシダ・[アナ・ルシア]); not a hotel's
 * or a shop's word (ホテル・).
 */
const KATAKANA_PARTS_BEFORE = /(?<![\p{Script=Katakana}ー・])(?:[\p{Script=Katakana}ー]{2,8}・){1,3}$/u;
const KATAKANA_NAME = /^[\p{Script=Katakana}ー・]+$/u;
/**
 * A capitalised word right before a found one-word Latin name, a space between: its given name (Gareth [Holloway],
 * Carmen [Lopez] の夫), unless it is a title, a greeting or a word that starts a sentence or a clause. Mc and Mac
 * before a second capital (McKenna, MacLeod) are a Gaelic surname's own.
 */
const LATIN_WORD_BEFORE = /(?<![\p{L}\p{N}'’.-])((?:Ma?c)?[A-ZÀ-Þ][a-zà-ÿ'’-]{1,15})[ \t]$/u;
const LATIN_SURNAME = /^[A-ZÀ-Þ][a-zà-ÿ'’-]+$/u;
/**
 * An English word no list gives as a given name: a verb or a noun that starts a sentence before a found family name
 * (Note Feldmann is away, Visit Shibuya for the badge, Ask Okafor), where Mark, Grace or Will would be the person's.
 */
const isWordNotGivenName = (word: string): boolean => isEnglishWord(word) && !worldNames().latinGiven.has(word);
/**
 * A found name that is only a given name (Anil) has no given name before it: a word there the lists lack is a verb or a
 * label the English lexicon lacks too (Reset Anil's account, Delete Priya), unless it is a listed given name (Mary Anne).
 */
const verbBeforeGivenName = (word: string, found: string): boolean => {
  const { latinGiven, latinFamily } = worldNames();
  return latinGiven.has(found) && !latinFamily.has(found) && !latinGiven.has(word);
};
/**
 * A comma and given names after a found family name, to the end of the line or the field, as a register writes a
 * name family first (Aalto, Kaisa Maria — passport …).
 */
const GIVEN_NAMES_AFTER_COMMA = /^,[ \t]*(\p{Lu}\p{Ll}+(?:-\p{Lu}?\p{Ll}+)?(?:[ \t]+\p{Lu}\p{Ll}+(?:-\p{Lu}?\p{Ll}+)?){0,2})[ \t]*(?=$|\n|[／/|\t(（,，、;]|[ \t]-[ \t])/u;
/**
 * A listed family name right after a found Latin name of two words or more (Mr. [Ravi Shankar] Iyer, Dr. [Maria Elena]
 * Gonzalez), its particle before it too ([Miguel Ángel] de la Cruz): the cue's rule reads two words, and the third is the
 * same person's. After two listed given names ([Fatima Zahra] Benali) any word that can be a name is the family name.
 * No English word, place or firm's word.
 */
const LATIN_WORD_AFTER = /^[ \t]((?:(?:[Dd]e(?:[ \t]+l(?:a|os|as))?|[Dd]el|[Dd]a|[Dd]os|[Dd]i|[Vv]an(?:[ \t]+de[rn])?|[Vv]on)[ \t]+)?)([A-ZÀ-Þ][a-zà-ÿ'’]{1,15})(?![\p{L}\p{N}'’-])/u;
const LATIN_NAME_OF_WORDS = /^[A-ZÀ-Þ][a-zà-ÿ'’-]+(?:[ \t]+[A-ZÀ-Þ][a-zà-ÿ'’-]+)+$/u;
const isNameShapedWord = (word: string): boolean => !isEnglishWord(word) && !isPlaceName(word) && !NOT_A_GIVEN_NAME.test(word) && !NOT_A_NAME_WORD.test(word) && !ORGANISATION_WORD.test(word) && !FIRM_OR_THING_WORD.test(word);
const isListedFamilyWord = (word: string): boolean => worldNames().latinFamily.has(word) && isNameShapedWord(word);
/**
 * A third word after a found two-word Latin name, ending its field (a line's, a cell's, a list item's end, or a note in
 * brackets after it), as Portuguese, Filipino and Nepali names carry two family names (Rafael Costa Menezes (São
 * Paulo), | Joel Macaraeg Dizon |): the same person's, when it can be a name's word (no English word, place or firm's
 * word: | Ana Souza Ltda |, Kenji Ito Tokyo, stay apart).
 */
const THIRD_WORD_ENDING_FIELD = /^[ \t]([A-ZÀ-Þ][a-zà-ÿ'’]{2,15})(?=[ \t]*(?:$|\n|<|\||\t|,|;|[(（]))/u;
function secondFamilyNameEndingField(shadow: string, value: string, end: number): number {
  if (value.split(/[ \t]+/).length !== 2) return 0;
  const third = THIRD_WORD_ENDING_FIELD.exec(shadow.slice(end, end + 20));
  return third !== null && isNameShapedWord(third[1]!) ? third[0].length : 0;
}
/**
 * Japanese family names in romaji after Latin given names, as a Nikkei family writes a name (Sandra Yukie Higa Takara),
 * ending a field: a line's, a cell's or a list item's end after them, and no dish's or place's words read as one (Sakura
 * Mochi).
 */
const ROMAJI_FAMILY_NAMES_AFTER = /^((?:[ \t][A-Z][a-z]{3,11}){1,2})(?=[ \t]*(?:$|\n|<|\||\t|,|[(（]))/;
function romajiFamilyNamesAfter(shadow: string, end: number): number {
  const words = ROMAJI_FAMILY_NAMES_AFTER.exec(shadow.slice(end, end + 30))?.[1];
  if (words === undefined) return end;
  const parts = words.trim().split(/[ \t]+/);
  return parts.every((word) => isRomajiSurname(word) && isNameShapedWord(word)) && !readsAsOneWord(parts.join("")) ? end + words.length : end;
}
/**
 * A family name's particle and a given name before a found family name (Corazon Dela [Cruz], Maria de la [Cruz]), or a
 * given name before a found family name that starts with its particle (Corazon [Dela Cruz]): the same person's.
 */
const PARTICLE = "(?:[Dd]e(?:[ \\t]+[Ll](?:a|os|as))?|[Dd]ela|[Dd]el|[Dd]ella|[Dd]os|[Dd]as|[Dd]a|[Dd]i|[Vv]an(?:[ \\t]+[Dd]e[rn])?|[Vv]on|[Ll]e|[Ll]a)";
const GIVEN_AND_PARTICLE_BEFORE = new RegExp(`(?<![\\p{L}\\p{N}'’.-])([A-ZÀ-Þ][a-zà-ÿ'’-]{1,15})[ \\t]+(${PARTICLE})[ \\t]$`, "u");
const PARTICLE_FAMILY = new RegExp(`^${PARTICLE}[ \\t]+[A-ZÀ-Þ][a-zà-ÿ'’-]+$`, "u");
/** Whether a capitalised word before a found family name can be the person's given name: no title, greeting, job or common word. */
const isPersonGivenWord = (word: string): boolean => !NOT_A_GIVEN_NAME.test(word) && !NOT_A_NAME_WORD.test(word) && !PERSON_JOB_WORD.test(word) && !isWordNotGivenName(word);
/** An honorific after a found name, passed over to reach the next item of a list. */
const HONORIFIC_AFTER = new RegExp(`^[ \\t]?${honorificAlternation(...POLITE_HONORIFICS, "氏", ...FAMILIAR_HONORIFICS)}`, "u");

/** Grows each found half of a name to the whole name, or adds the other half beside it. */
export function addNameHalves(shadow: string, findings: Finding[], spans: NeighbourSpans): void {
  const { surnames, givenNames, givenNameReadings } = nameLexicon();
  for (const finding of findings) {
    if (finding.type !== "PERSON") continue;
    const given = shadow.slice(finding.start, finding.end);
    const before = shadow.slice(Math.max(0, finding.start - 6), finding.start);
    const surname = SURNAME_BEFORE.exec(before)?.[1] ?? oneKanjiSurnameBefore(before, given);
    const start = finding.start - (surname?.length ?? 0) - 1;
    const after = shadow.slice(finding.end, finding.end + 6);
    const isSurnameHere = (word: string) =>
      surnames.has(word) || unlistedSurnameBefore(word, given, after) || unlistedSurnameStartingField(shadow, word, start, given, after) || unlistedSurnameAfterRole(shadow, word, start, given);
    // A kana given name found alone, full- or half-width (比屋根 [ウト] 様, 伊是名 [ｹﾝ] 様), takes a listed kanji surname before it.
    const kanaGiven = KANA_NAME_WRITTEN.test(given) && surname !== undefined && surnames.has(surname);
    if (surname && (givenNames.has(given) || kanaGiven) && isSurnameHere(surname) && !PLACE_SURNAMES.has(surname)) {
      spans.grow(finding, { start, end: finding.end });
      continue;
    }
    // A hiragana given name after a found surname and a space (副理事長 [荒井] さゆり: the role's cue took the kanji only).
    const hiraganaAfter = HIRAGANA_GIVEN_AFTER.exec(shadow.slice(finding.end, finding.end + 8));
    const hiragana = hiraganaAfter?.[1];
    // Before an honorific, any whole word of three kana or more is the given name (仁科 ほのか さん), listed or not.
    const rest = shadow.slice(finding.end + (hiraganaAfter?.[0].length ?? 0));
    const addressed = hiragana !== undefined && hiragana.length >= 3 && (HONORIFIC_AFTER.test(rest) || WHO_NOTE_AFTER_KANA.test(rest) || inBracketsAlone(shadow, finding.start, rest));
    // Alone in brackets with a found surname the dictionary may lack, a given name's reading (（阿久津 ふく）様: another writing of the name).
    const bracketedWhole = hiragana !== undefined && /^\p{Script=Han}{2,4}$/u.test(given) && inBracketsAlone(shadow, finding.start, rest) && givenNameReadings.has(asReading(hiragana)) && !TWO_KANA_WORDS.has(hiragana);
    if (hiragana && (surnames.has(given) || bracketedWhole) && (isHiraganaGivenName(hiragana) || addressed || bracketedWhole || hiragana.endsWith("子") || twoKanaGivenBeforeBreak(hiragana, shadow, finding.end + hiraganaAfter![0].length))) {
      const end = finding.end + hiraganaAfter![0].length;
      spans.grow(finding, { start: finding.start, end });
      continue;
    }
    // A katakana given name after a found surname and a space, as older women's names are written (沖田 キヨ, 森 ハル);
    // the surname found as a person's, listed or not (金築 浩二 … 金築 トミ).
    const katakanaAfter = KATAKANA_GIVEN_AFTER.exec(shadow.slice(finding.end, finding.end + 8));
    const katakana = katakanaAfter?.[1];
    const readsAsGiven = katakana !== undefined && (givenNameReadings.has(katakana) || givenNameReadings.has(katakana.replace(/子$/u, "")) || OLD_KATAKANA_GIVEN_NAMES.has(katakana));
    const afterKatakana = katakanaAfter === null ? "" : shadow.slice(finding.end + katakanaAfter[0].length, finding.end + 12);
    const kinNamed =
      katakana !== undefined && KIN_WORD_BEFORE.test(shadow.slice(Math.max(0, finding.start - 4), finding.start)) && ITEM_ENDS_AFTER.test(afterKatakana) && !isKatakanaWord(katakana);
    const foreignGiven = katakana !== undefined && !KATAKANA_THING.test(katakana) && (PERSON_AFTER_KATAKANA_GIVEN.test(afterKatakana) || kinNamed);
    if (katakana && isSurname(given) && !KATAKANA_NOTE_WORD.test(katakana) && (readsAsGiven || foreignGiven)) {
      const end = finding.end + katakanaAfter![0].length;
      spans.grow(finding, { start: finding.start, end });
      continue;
    }
    // A kanji given name after a found surname and a space (藤沢様 … 藤沢 健斗です, 桑原 勇、); any one or two kanji before
    // who the person is in brackets (小野寺 結（小5）: a roster's child, whose name the dictionary may lack).
    const kanjiAfter = KANJI_GIVEN_AFTER.exec(shadow.slice(finding.end, finding.end + 8));
    const kanji = kanjiAfter?.[1];
    const whoAfter = kanji !== undefined && kanji.length <= 2 && WHO_IN_BRACKETS_AFTER.test(shadow.slice(finding.end + kanjiAfter![0].length, finding.end + 10));
    // A given name that is a noun too (大地) only before an honorific.
    const givenAddressed = kanji !== undefined && HONORIFIC_AFTER_GIVEN.test(shadow.slice(finding.end + kanjiAfter![0].length, finding.end + kanjiAfter![0].length + 8));
    if (kanji && isSurname(given) && ((givenNames.has(kanji) && (!commonNouns().has(kanji) || givenAddressed)) || whoAfter)) {
      const end = finding.end + kanjiAfter![0].length;
      spans.grow(finding, { start: finding.start, end });
      continue;
    }
    // A kana surname before a found kana given name and a space, half-width too (ﾌﾜ [ｿｳﾏ]: the account holder's name).
    const kanaSurname = KANA_SURNAME_BEFORE.exec(shadow.slice(Math.max(0, finding.start - 9), finding.start))?.[1];
    const kanaNamed = kanaSurname !== undefined && KANA_NAME_WRITTEN.test(given) && (nameLexicon().surnameReadings.has(asReading(kanaSurname)) || halfWidthNameCell(shadow, kanaSurname, finding));
    if (kanaSurname && (kanaNamed || givenNameBeforeKanaName(kanaSurname, given))) {
      const start = finding.start - kanaSurname.length - 1;
      spans.grow(finding, { start, end: finding.end });
      continue;
    }
    // A Latin family name before a kanji given name, as a foreign spouse's family writes it (Fontaine 美和, Silva 花子).
    const latin = LATIN_WORD_BEFORE.exec(shadow.slice(Math.max(0, finding.start - 17), finding.start))?.[1];
    if (latin && /^\p{Script=Han}+$/u.test(given) && givenNames.has(given) && !NOT_A_GIVEN_NAME.test(latin) && !NOT_A_NAME_WORD.test(latin) && !ORGANISATION_WORD.test(latin)) {
      const start = finding.start - latin.length - 1;
      spans.grow(finding, { start, end: finding.end });
    }
  }
  for (const finding of findings) {
    if (finding.type !== "PERSON") continue;
    const value = shadow.slice(finding.start, finding.end);
    const before = shadow.slice(Math.max(0, finding.start - 17), finding.start);
    if (KANA_NAME_WRITTEN.test(value)) {
      const joinedBefore = KANA_JOINED_BEFORE.exec(before)?.[0] ?? "";
      const joinedAfter = KANA_JOINED_AFTER.exec(shadow.slice(finding.end, finding.end + 10))?.[0] ?? "";
      const [start, end] = [finding.start - joinedBefore.length, finding.end + joinedAfter.length];
      if (end - start > finding.end - finding.start && spans.grow(finding, { start, end })) continue;
    }
    // A hiragana speaker's handle with where it writes from, run into it before the colon ([けんじ]（札幌）：…): the handle whole.
    const place = /^\p{Script=Hiragana}{2,6}$/u.test(value) ? HANDLE_PLACE_AFTER.exec(shadow.slice(finding.end, finding.end + 8)) : null;
    if (place !== null && spans.grow(finding, { start: finding.start, end: finding.end + place[0].length })) continue;
    const third = thirdKanaWord(shadow, finding, value);
    if (third !== undefined && spans.grow(finding, third)) continue;
    if (KATAKANA_NAME.test(value)) {
      const family = KATAKANA_PARTS_BEFORE.exec(shadow.slice(Math.max(0, finding.start - 30), finding.start))?.[0];
      if (family && family.split("・").every((part) => part === "" || !isKatakanaWord(part) || nameLexicon().surnameReadings.has(part))) spans.grow(finding, { start: finding.start - family.length, end: finding.end });
    } else if (LATIN_NAME_OF_WORDS.test(value) && !PARTICLE_FAMILY.test(value)) {
      const givenNamesOnly = value.split(/[ \t]+/).every((word) => worldNames().latinGiven.has(word) && !worldNames().latinFamily.has(word));
      let end = romajiFamilyNamesAfter(shadow, finding.end);
      for (let next = LATIN_WORD_AFTER.exec(shadow.slice(end, end + 30)); next !== null && (isListedFamilyWord(next[2]!) || (givenNamesOnly && isNameShapedWord(next[2]!))); next = LATIN_WORD_AFTER.exec(shadow.slice(end, end + 30))) end += next[0].length;
      if (end === finding.end) end += secondFamilyNameEndingField(shadow, value, end);
      if (end > finding.end) spans.grow(finding, { start: finding.start, end });
    } else if (LATIN_SURNAME.test(value) || PARTICLE_FAMILY.test(value)) {
      const particle = LATIN_SURNAME.test(value) ? GIVEN_AND_PARTICLE_BEFORE.exec(before) : null;
      if (particle && isPersonGivenWord(particle[1]!)) {
        const start = finding.start - particle[0].length;
        spans.grow(finding, { start, end: finding.end });
        continue;
      }
      const givenAfter = GIVEN_NAMES_AFTER_COMMA.exec(shadow.slice(finding.end, finding.end + 60));
      if (givenAfter && givenAfter[1]!.split(/[ \t]+/).every((word) => !NOT_A_GIVEN_NAME.test(word) && !NOT_A_NAME_WORD.test(word) && !ORGANISATION_WORD.test(word) && !isEnglishWord(word) && !isPlaceName(word))) {
        const start = finding.end + givenAfter[0].indexOf(givenAfter[1]!);
        spans.add({ start, end: start + givenAfter[1]!.length });
        continue;
      }
      const given = LATIN_WORD_BEFORE.exec(before)?.[1];
      // Apart from the surname, so that the given name is masked where it recurs alone (Gareth was at work).
      if (given !== undefined && isPersonGivenWord(given) && !verbBeforeGivenName(given, value) && !opensOrderToSurname(shadow, finding.start - given.length - 1))
        spans.add({ start: finding.start - given.length - 1, end: finding.start - 1 });
    }
  }
}
