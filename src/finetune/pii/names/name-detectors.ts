import { isSakeRiceVariety } from "../look-alikes/sake-rice-varieties.js";
import { PREFECTURES } from "../addresses/address-detectors.js";
import { CHAT_ROLE_JA } from "../context/chat-roles.js";
import { isCommonEnglishWord } from "../lexicon/common-english-words.js";
import { gated, matchesOf, patternDetector, type PiiDetector, type Span } from "../detector.js";
import { EAST_ASIAN_FAMILY_NAMES } from "./east-asian-family-names.js";
import { isEnglishWord, isPlaceName, placeBeforeOffice } from "./english-person-tagger.js";
import { associationNameGoesOn, COMPANY_WORD, facilityNameGoesOn, firmAfterName, FIRM_OR_THING_WORD, GROWER_OR_SHOP_END, isFirmAccount, LATIN_JOB, legalFormBefore, ORGANISATION_WORD, PARTICLE_NAME_AFTER, PERSON_JOB_WORD, shopWordBefore, TITLE_WORD, VOICE_ASSISTANT } from "../lexicon/firm-words.js";
import { asReading, commonNouns, longestName, nameLexicon } from "../lexicon/japanese-name-lexicon.js";
import { eastAsianKatakanaName, particleKatakanaName, vietnameseKatakanaName } from "./katakana-foreign-names.js";
import { inRoutePlaceList } from "../look-alikes/route-place-lists.js";
import { isOfficesPlace } from "../look-alikes/offices-places.js";
import { venueWordAfter } from "../look-alikes/venue-names.js";
import { worldNames } from "../lexicon/world-name-lexicon.js";
import { CITY_PART_AFTER_SHI, PLACE_PREPOSITION_BEFORE_SHI } from "../addresses/romaji-city-cues.js";
import { romajiReadings } from "../lexicon/romaji-reading.js";
import { romajiSurnameAlone } from "./romaji-surname-alone.js";
import { isPlateRegionAt } from "../lexicon/plate-regions.js";
import { ADDRESSEE_HONORIFICS, FAMILIAR_HONORIFICS, FORMAL_HONORIFICS, honorificAlternation, POLITE_HONORIFICS, ROMAJI_HONORIFICS_WITH_SHI } from "../lexicon/honorifics.js";
import { sizeFollows } from "../look-alikes/seal-materials.js";
import { isGoodsCell } from "../look-alikes/goods-column-cells.js";

/** Kanji and katakana, half-width too (ｱﾍﾞ: the half-width sound marks ﾞ ﾟ and ｰ are no katakana to Unicode). */
const NAME_CHARS = "[\\p{Script=Han}\\p{Script=Katakana}ー々ヶｰﾞﾟ]";
/** A name's reading in kana, in half width too (ﾔﾅｷﾞﾀ ﾊﾙ: its sound marks and long vowel are no katakana by script). */
const READING_CHARS = "[\\p{Script=Katakana}\\p{Script=Hiragana}ーｰﾞﾟ・ ]";
const HONORIFIC = honorificAlternation(...POLITE_HONORIFICS, ...FORMAL_HONORIFICS, ...FAMILIAR_HONORIFICS, "先生");
/** Anyone's honorific or writing's, not a child's (a Latin name addressed in Japanese: Smith様, Ryan さん). */
const POLITE_OR_FORMAL_HONORIFIC = honorificAlternation(...POLITE_HONORIFICS, ...FORMAL_HONORIFICS);
/**
 * A name before an honorific: kanji or katakana, a space or a ・ inside, a hiragana given name (山田さくら) at the end, or
 * one of hiragana and the kanji a given name ends in (佐藤 みち子, 原 まり恵): whole, not its last kanji alone. The
 * ちゃん of ちゃんぽん is a dish's (長崎ちゃんぽん), no honorific.
 */
const BEFORE_HONORIFIC = new RegExp(`(?<name>${NAME_CHARS}+(?:[ ・]${NAME_CHARS}+)?(?<tail>[ 　]?(?:\\p{Script=Hiragana}{2,4}|\\p{Script=Hiragana}{1,3}[子美江代恵枝香乃奈世]))?)\\s?${HONORIFIC}(?<!ちゃん(?=ぽん))`, "dgu");
/**
 * A name with its reading in brackets before the honorific, as forms write them: 山田 太郎（ヤマダ タロウ）様,
 * 佐藤（さとう）様. Both the name and the reading are masked.
 */
const WITH_READING = new RegExp(
  `(?<name>${NAME_CHARS}+(?:[ ・]${NAME_CHARS}+)?)\\s?[（(](?<reading>${READING_CHARS}{2,24})[）)]\\s?${HONORIFIC}`,
  "dgu",
);
/**
 * Role cues a name follows: 担当の鈴木, 担当：佐藤 太郎, 差出人: ヤマダ, 購入者は 樋口 葵, 先方：…, a table's cue in its own cell
 * (| 氏名 | 座喜味 亮 |, not a title ending a name's cell: | 河野 部長 | 川崎 DC |), a transfer's payer (振込名 ｱｷﾔﾏ ﾕｳｼﾞ), a writer's mark (文責：山中,
 * （署名）中野 渚); and a department with a space after it (開発二課 三浦). The name's reading in brackets after it is
 * masked too (候補者：大西 航平（おおにし こうへい）).
 * スタッフ and the katakana jobs of a crew (アシスタント 三好, カメラマン：鬼塚) only before a space or a colon, as a chat's
 * reply is signed (スタッフ 新田): written straight on, they start a word (スタッフ間, アシスタント業務). So do the
 * words a document's writer is named after (作成 見目 遼平, 記入：今村): straight on, they are a deed (作成日, 記入例).
 * So are who went along and the office's clerk (同行：グルン・サビン, （事務 平良 彩）): straight on, 同行者 and 事務所.
 */
const ROLES =
  "担当者名|担当者|担当|文責|(?<=[（(【])署名[）)】]|氏名|お名前|名前|フリガナ|ふりがな|後任|前任|旧姓|申込者|購入者|注文者|候補者|応募者|回答者|紹介者|推薦者|面接官|先方|当方|差出人|子ども|子供|息子|娘|長男|長女|次男|次女|配偶者|送信者|申請者|依頼者|作成者|承認者|記入者|対応者|受取人|報告者|名義人|名義|振込名|振込人|担任|相手方|遺族|指名|ワーカー名|部長|課長|係長|主任|社長|室長|所長|店長|先輩|上司|講師|(?:スタッフ|アシスタント|カメラマン|スタイリスト|エンジニア|インストラクター|作成|記入|代筆|同行|事務)(?=[ 　:：])";
const DEPARTMENT_SPACE = "(?<=[\\p{Script=Han}\\p{Script=Katakana}ー\\d])[部課室係班][ 　]";
/**
 * A department or a licensed profession between a role cue and the name (旧ご担当：購買課 山本 浩二 課長, 担当：情報システム課 …,
 * 担当：精神保健福祉士 桑原).
 */
const DEPARTMENT_BEFORE = "(?:[\\p{Script=Han}\\p{Script=Katakana}ー\\dA-Za-z]{1,10}(?:[部課室係班]|(?<=\\p{Script=Han})[士師])[ 　]+)?";
/**
 * Kinship words, a name after them as after a role (亡父 小野寺 正男, 妻 山本 恵子): a one-kanji one only as a word of its
 * own, not 故障 or 母体. Apart from ROLES: in its alternation they cost every text a fifth more time.
 */
export const KINSHIP = "亡父|亡母|実父|実母|義父|義母|祖父|祖母|父親|母親|叔父|叔母|伯父|伯母|[夫妻兄姉弟妹孫父母故嫁婿](?<!\\p{Script=Han}.)(?![\\p{Script=Han}々])";
/** The name after one of `cues`, perhaps after a department, with its reading in brackets. */
const afterCue = (cues: string) =>
  new RegExp(
    `(?:${cues})\\s*(?:[:：】]|(?<=(?:^|[|｜])[ 　]*(?:${cues})[ 　]*)[｜|]|は|の)?\\s*${DEPARTMENT_BEFORE}(?<name>${NAME_CHARS}+(?:[ 　]${NAME_CHARS}+)?)(?:\\s?[（(](?<reading>${READING_CHARS}{2,24})[）)])?`,
    "dgu",
  );
const AFTER_ROLE = afterCue(`${ROLES}|${DEPARTMENT_SPACE}`);
const AFTER_KINSHIP = afterCue(KINSHIP);
/**
 * What comes before an honorific without being a person: お客様, 皆様, ご担当者様, 社長様, 御中, 前回同様, 運転手さん; a post
 * not ending in 長 too (教頭先生, 担任の先生's 担任先生, 監督さん).
 */
export const NOT_A_NAME =
  /(?:客|皆|手|者|各位|家族|員|方|子供|親|父|母|兄|姉|弟|妹|夫|妻|主人|奥|神|仏|王|社|店|部|課|係|局|室|窓口|先|宛|人|様|殿|相手|大家|近所|隣|息子|娘|孫|友達|生徒|学生|選手|業者|御中|施設|病院|医|師|長|官|士|屋|会|中|内|全体|各|地域|自治体|みな|みんな|同|教頭|担任|主任|主事|主幹|司書|番頭|顧問|監督|幹事)$/u;
/**
 * A word before an honorific ending in a surname IPADIC reads first as one, longer than the ending NOT_A_NAME took for
 * a thing's (堀内, 田中, 土屋: not 社内, 家中, 本屋).
 */
function endsInSurname(words: string): boolean {
  const ending = NOT_A_NAME.exec(words)![0].length;
  const { preferredSurnames } = nameLexicon();
  return longestName(words, preferredSurnames, true) > ending;
}
/**
 * Two kanji ending in 部 that the dictionary holds as no word (宝部, 財部): a surname ending as a department does, not a
 * place in a body (本部, 東部) nor a quantity's or a pointer's word before 部 (全部, 当部, 他部).
 */
const BU_SURNAME = /^[^\P{Script=Han}全一二三四五六七八九十当他同各本別総]部$/u;
export const surnameEndingInBu = (words: string): boolean => BU_SURNAME.test(words) && !commonNouns().has(words) && !NAME_PREFIX.test(words[0]!);
/** A word for a child or a monk, addressed with an honorific by itself (子さん, 坊さん, 嬢ちゃん). */
const CHILD_ALONE = /^[子坊嬢]$/u;
/**
 * A holder's word ending in 主 (株主様, 施主様, 世帯主様; 飼い主様 and 持ち主様, whose kana leave 主 alone before 様): the
 * word the dictionary knows whole, or its head, says a role a letter addresses, as a shareholder's notice does.
 */
const holderWord = (words: string): boolean =>
  words.endsWith("主") && !nameLexicon().surnames.has(words) && (words.length === 1 || commonNouns().has(words) || commonNouns().has(words.slice(0, -1)));
/**
 * A word of one kanji that the dictionary knows with 氏 as a common noun and not as a surname (彼氏, 杜氏, 両氏, 同氏):
 * a boyfriend, a master brewer, both or the same person; no surname before the honorific 氏. So is one set apart after
 * a name (鳰野 健吾 杜氏: the name's post, not a surname).
 */
const nounEndingInShi = (words: string, honorific: string): boolean => {
  const last = words.split(/[ ・]/u).at(-1)!;
  return honorific === "氏" && last.length === 1 && commonNouns().has(`${last}氏`) && !nameLexicon().surnames.has(last);
};
/** A count of people before an honorific (2名様, 三名さま, 10人様): the words are the count's, no name's. */
const COUNT_OF_PEOPLE = /^(?:[一二三四五六七八九十百何数]+)?[名人組]$/u;
/** A count's word right after its digits, spaced or not (2名様, 2 名様): guests counted, no name. */
const countedAfterDigit = (shadow: string, at: number): boolean => /\d[ 　]?$/u.test(shadow.slice(Math.max(0, at - 2), at));
export const isKatakana = (text: string): boolean => /^[\p{Script=Katakana}ー・ｰﾞﾟ]+$/u.test(text);
/** A katakana word the dictionary lists as a name or reads as one (チャン, サトウ), not a role addressed so (ドライバーさん). */
const readsAsName = (word: string): boolean => {
  const { surnames, givenNames, surnameReadings, givenNameReadings } = nameLexicon();
  const reading = asReading(word);
  return !KATAKANA_THING.test(word) && (surnames.has(word) || givenNames.has(word) || surnameReadings.has(reading) || givenNameReadings.has(reading));
};
/** Katakana words a role cue is followed by that are things, not people: 担当者コード, 担当メール, 氏名フリガナ. */
export const KATAKANA_THING = /^(?:コード|ナンバー|メール|アドレス|リスト|チーム|グループ|ページ|フォーム|システム|センター|サポート|デスク|アカウント|フリガナ|カナ|エリア|プロジェクト)/u;

/**
 * Where the name starts in the words before an honorific, by kuromoji's dictionary of person names: a given name
 * after a surname (山田太郎様, 佐藤 健一様), else a surname at the end (新規会員山田様 → 山田); katakana is taken whole
 * (ヤマダ タロウ様), and so is a short run the dictionary does not know (小鳥遊様).
 */
/** A kanji written before a name that is no part of it: the late, the former, each, both, a kin (故 林 様, 元 森 氏, 父 林 さん). */
export const NAME_PREFIX = /^[故元前新旧現亡各両同貴御某皆諸父母兄姉弟妹夫妻娘嫁婿孫祖叔伯甥姪]$/u;

/** A maker's word after a surname: 製 and what it makes, perhaps 所 (伊奈製陶, 野口製麺所): a firm named after its founder. */
const MAKER_WORD = /^製\p{Script=Han}所?$/u;

/** A word for staff or a desk that stands before a person's name (会計 ハル さん, 受付 キヨ 様). */
export const STAFF_WORD = /(?:営業|会計|受付|事務|窓口|書記|庶務|経理|総務|当番|担当|係|員|者|長|師|士|[部課室班局])$/u;
/**
 * A noun of a place's lie that surnames are made of (道端, 川端, 水田, 草原: what ends in 端, 田, 原, 川 …), before a given
 * name the dictionary lists and an honorific: a surname the dictionary lacks, not a department's or a role's word as
 * 営業 花子 様 is (no department ends so).
 */
const LANDFORM_KANJI = "[端辺原田野山川沢谷島崎浜森林岡坂橋畑]";
const LANDFORM_END = new RegExp(`^\\p{Script=Han}${LANDFORM_KANJI}$`, "u");
/** Three kanji ending as a place's lie does (宇治原, 小野原): a surname's form, though the dictionary lacks it. */
const LANDFORM_SURNAME = new RegExp(`^\\p{Script=Han}{2}${LANDFORM_KANJI}$`, "u");
export const isLandformSurname = (word: string): boolean => LANDFORM_SURNAME.test(word);
/** A role's katakana word as a whole (スタッフ, オペレーター): no family name before a given name. */
const CHAT_ROLE_WORD = new RegExp(`^${CHAT_ROLE_JA}$`, "u");

/**
 * Four kanji that may be a surname the dictionary lacks (五百旗頭, 勅使河原): not a staff's, a title's, an office's or an
 * organisation's word ending them (経理担当, 営業部長, 開発本部), which a given name follows as the person's part.
 */
const fourKanjiSurname = (word: string): boolean =>
  !STAFF_WORD.test(word) && !TITLE_AT_END.test(word) && !OFFICE_END.test(word) && !ORGANISATION_END.test(word);

/**
 * Two or three kanji the dictionary holds as no surname, word, staff's, title's, office's, firm's or day's word, nor a
 * state's (承認済, 対応中): a surname it lacks where the layout says a person stands (百済, 鳰川, 吉備, 今治).
 */
export function unlistedSurnameWord(word: string): boolean {
  if (!/^\p{Script=Han}{2,3}$/u.test(word) || nameLexicon().surnames.has(word) || commonNouns().has(word)) return false;
  const stateOfNoun = word.length === 3 && STATE_END.test(word) && commonNouns().has(word.slice(0, 2));
  return !NOT_A_NAME.test(word) && !STAFF_WORD.test(word) && !TITLE_AT_END.test(word) && !OFFICE_END.test(word) && !ORGANISATION_END.test(word) && !DAY_OR_ORDER_WORD.test(word) && !COMPANY_WORD.test(word) && !stateOfNoun;
}
/** A measure's, a list's or a paper's kanji a noun takes after it (入金額, 来場数, 参加費, 申込者, 予約表, 注文書). */
const MEASURE_END = /[額数率費料量値高者表欄側件回点書票帳簿]$/u;

/**
 * Three kanji that are a noun and a word before or after it (再起動, 昼休憩, 入金額, 注文書), as a log's event or a
 * form's paper is written: a surname the lists lack is no such compound (小豆沢: 小豆 and a 沢 no noun takes).
 */
export function isCompoundNoun(word: string): boolean {
  if (word.length !== 3) return false;
  return commonNouns().has(word.slice(1)) || (commonNouns().has(word.slice(0, 2)) && MEASURE_END.test(word));
}
/**
 * What a noun takes after it to say a state, a use, a label or a time (承認済, 対応中, 業務用, 手続等, 彫刻名, 不在時, 退職後,
 * 着任前), not a surname's end (百済).
 */
const STATE_END = /[済中用等的性化宛名時後前]$/u;
/** A kanji that before a surname is a word of its own (客, 社, 課, 各, 御, 当, 本): a role's, an office's, a prefix's. */
const HEAD_NO_SURNAME = /^[客皆手者員方社店部課係局室先宛人様殿神仏王医師官士屋会中内全各同当本副貴弊御元前新旧現故亡対於在]$/u;

function nameBeforeHonorific(words: string): number | undefined {
  if (isKatakana(words.replace(/[ ・]/g, ""))) return 0;
  // A department or title, a space, then the name (製造部 ｱﾗｲ 様, 部長 ヤマダ様).
  const spaced = /^(\p{Script=Han}+)[ ](.+)$/u.exec(words);
  // 阿部 翔太 is a surname ending as a department does, not 製造部.
  // So is a word for a customer or a role (お客様 陽菜 様, 担当者 ヤマダ様): no surname ends as these do (竹内 is one).
  if (spaced && !nameLexicon().surnames.has(spaced[1]!) && (ORGANISATION_END.test(spaced[1]!) || TITLE_AT_END.test(spaced[1]!) || NOT_A_NAME.test(spaced[1]!))) return spaced[1]!.length + 1 + (nameBeforeHonorific(spaced[2]!) ?? 0);
  const { surnames, givenNames } = nameLexicon();
  // A common noun that is no surname, a space and a kanji surname (付添 座波 ちえ子 さん, 同伴 早瀬 みく 様): the noun says
  // who the person is to the text, and the name starts after it.
  if (spaced && commonNouns().has(spaced[1]!) && !surnames.has(spaced[1]!) && !(LANDFORM_END.test(spaced[1]!) && givenNames.has(spaced[2]!)) && /^\p{Script=Han}[\p{Script=Han}々ヶ]{1,3}$/u.test(spaced[2]!)) return spaced[1]!.length + 1 + (nameBeforeHonorific(spaced[2]!) ?? 0);
  // A surname, a space and a kanji word before the honorific: the whole name, the given name one the dictionary may
  // lack (菅原 陽向 くん), not its last kanji read as a name of its own. Not a word of three kanji that ends in a surname
  // before a given name the dictionary lists (日野原 崇 先生): the whole word is the surname, as below, not 野原.
  const unlistedWhole = spaced && spaced[1]!.length === 3 && !surnames.has(spaced[1]!) && givenNames.has(spaced[2]!) && !commonNouns().has(spaced[1]!) && !NOT_A_NAME.test(spaced[1]!);
  if (spaced && !unlistedWhole && longestName(spaced[1]!, surnames, true) >= 2 && /^\p{Script=Han}[\p{Script=Han}々]{0,2}$/u.test(spaced[2]!) && !TITLE_AT_END.test(spaced[2]!) && !OFFICE_END.test(spaced[2]!)) return spaced[1]!.length - longestName(spaced[1]!, surnames, true);
  // A one-kanji surname, a space and a short kanji word or a katakana name (塙 蒼 くん, 林 誠 さん, 森 ハル さん): the whole
  // name, unless the first word is a grammatical noun or a kin's or a role's word (方 太郎, 父 太郎).
  if (spaced && spaced[1]!.length === 1 && surnames.has(spaced[1]!) && !nameLexicon().boundNouns.has(spaced[1]!) && !NOT_A_NAME.test(spaced[1]!) && (/^\p{Script=Han}[\p{Script=Han}々]?$/u.test(spaced[2]!) || (isKatakana(spaced[2]!) && readsAsName(spaced[2]!))) && !TITLE_AT_END.test(spaced[2]!) && !OFFICE_END.test(spaced[2]!)) return 0;
  // Two or three kanji the dictionary lacks as a surname, a space and a katakana given name it lists as written and no
  // surname reads as (神宮寺 トメ 様, 善福寺 キヨ さん), as older women's names are registered: the whole name, the
  // surname one it reads as a noun (a temple's) or lacks, the given name one it lists or reads (丹生谷 ハツ 様) after a
  // word that is no noun; not a staff word or a day's word before it (会計 チャン さん, 受付 ハル 様, 本日 キク 様). A
  // listed surname before it is the neighbours' rule's (石川 トミ 様).
  if (spaced && /^\p{Script=Han}{2,3}$/u.test(spaced[1]!) && !surnames.has(spaced[1]!) && isKatakana(spaced[2]!) && (givenNames.has(spaced[2]!) || (nameLexicon().givenNameReadings.has(spaced[2]!) && !commonNouns().has(spaced[1]!))) && !nameLexicon().surnameReadings.has(spaced[2]!) && !STAFF_WORD.test(spaced[1]!) && !DAY_OR_ORDER_WORD.test(spaced[1]!)) return 0;
  // A common noun that is no surname, a space and a given name the dictionary lists (営業 花子 様): a department's or a
  // role's word before the name, not its surname.
  if (spaced && givenNames.has(spaced[2]!) && commonNouns().has(spaced[1]!) && !surnames.has(spaced[1]!) && !LANDFORM_END.test(spaced[1]!)) return spaced[1]!.length + 1;
  // A surname the dictionary lists whole, a space and a katakana given name (佐藤 ハル さん, 石川 トミ 様, 高橋 エマ ちゃん):
  // one name, not the given name alone with the surname left or masked apart. The noun list holds many surnames (佐藤,
  // 山田), so only a staff's, a title's or an office's ending says the word is no surname here.
  if (spaced && surnames.has(spaced[1]!) && isKatakana(spaced[2]!) && (givenNames.has(spaced[2]!) || nameLexicon().givenNameReadings.has(asReading(spaced[2]!))) && !STAFF_WORD.test(spaced[1]!) && !NOT_A_NAME.test(spaced[1]!) && !TITLE_AT_END.test(spaced[1]!) && !ORGANISATION_END.test(spaced[1]!)) return 0;
  // A word, a space, then a katakana name (会計 チャン さん, 受付 マリア 様): the katakana is the name, when the dictionary reads it as one.
  if (spaced && isKatakana(spaced[2]!) && readsAsName(spaced[2]!)) return spaced[1]!.length + 1;
  // A word of two or three kanji that is no noun, a space and a given name of two kanji or more the dictionary lists
  // (永迫 良恵 様): the whole word is the surname, one the dictionary may lack, not its last kanji (迫).
  // So is one of three kanji before a one-kanji given name (仲宗根 隆 様): a word that long is no kanji of a role's; and one
  // of four that is no word (五百旗頭 結衣 様, 勅使河原 誠 さん), not a one-kanji surname read inside the given name (衣).
  if (spaced && /^\p{Script=Han}[\p{Script=Han}々]{1,3}$/u.test(spaced[1]!) && (spaced[1]!.length < 4 || fourKanjiSurname(spaced[1]!)) && (spaced[2]!.length >= 2 || spaced[1]!.length >= 3) && givenNames.has(spaced[2]!) && (!commonNouns().has(spaced[1]!) || LANDFORM_END.test(spaced[1]!)) && !NOT_A_NAME.test(spaced[1]!) && (surnames.has(spaced[1]!) || !DAY_OR_ORDER_WORD.test(spaced[1]!))) return 0;
  // Two kanji that are no word, a space and a one-kanji given name (重松 明 様, 戸叶 誠 さん): the space ends the surname,
  // one the dictionary lacks, not its last kanji read as a one-kanji surname (松 明).
  if (spaced && /^\p{Script=Han}{2}$/u.test(spaced[1]!) && /^\p{Script=Han}$/u.test(spaced[2]!) && givenNames.has(spaced[2]!) && !commonNouns().has(spaced[1]!) && !NOT_A_NAME.test(spaced[1]!) && !STAFF_WORD.test(spaced[1]!) && !TITLE_AT_END.test(spaced[1]!)) return 0;
  // Two or three kanji that are no word, surname or staff's word of the dictionary, a space and one or two kanji that are
  // no surname (百済 真白 さん, 鳰川 澪 様): a surname it lacks and the given name, which it may lack or read as a noun
  // (真白), whole; not the last kanji read as a name of its own (白). A listed surname after the space is the name, the
  // word before it a label's (彫刻名 柘植 様).
  if (spaced && unlistedSurnameWord(spaced[1]!) && /^\p{Script=Han}[\p{Script=Han}々]?$/u.test(spaced[2]!) && !surnames.has(spaced[2]!) && !STAFF_WORD.test(spaced[2]!) && !TITLE_AT_END.test(spaced[2]!) && !OFFICE_END.test(spaced[2]!)) return 0;
  // A surname written with ノ or ヶ, a space and a given name the dictionary lists (一ノ宮 陽子 さん, 八ヶ代 誠 様): whole,
  // not the kanji after ノ read as a one-kanji surname.
  const withNo = /^\p{Script=Han}[ノヶ]\p{Script=Han}{1,2}[ ](\p{Script=Han}[\p{Script=Han}々]{0,2})$/u.exec(words);
  if (withNo && givenNames.has(withNo[1]!)) return 0;
  // A katakana family name, a space and a kanji given name the dictionary lists (ペレイラ 愛 様, シルバ 健太 さん), as a
  // foreign spouse's family writes it: the whole name; not a role's or a thing's katakana (サポート 愛 様).
  const katakanaFamily = /^([\p{Script=Katakana}ー]{2,8})[ ](\p{Script=Han}[\p{Script=Han}々]{0,2})$/u.exec(words);
  if (katakanaFamily && givenNames.has(katakanaFamily[2]!) && !KATAKANA_THING.test(katakanaFamily[1]!) && !CHAT_ROLE_WORD.test(katakanaFamily[1]!)) return 0;
  // A staff's katakana word before such a given name (スタッフ 花子 様, オペレーター 美咲 さん): the person's part; the name starts after it.
  // Not a given name that is a word too (サポート 愛 様).
  if (katakanaFamily && givenNames.has(katakanaFamily[2]!) && !nameLexicon().nounGivenNames.has(katakanaFamily[2]!) && CHAT_ROLE_WORD.test(katakanaFamily[1]!)) return katakanaFamily[1]!.length + 1;
  const compact = words.replace(/[ ・]$/, "");
  for (let givenLength = Math.min(4, compact.length - 1); givenLength >= 1; givenLength--) {
    if (!givenNames.has(compact.slice(-givenLength))) continue;
    const before = compact.slice(0, -givenLength).replace(/[ ・]$/, "");
    // A common noun before it (御社林様, 貴社森様): the noun's last kanji is no surname (社), the given name is one.
    if (commonNouns().has(before) && !surnames.has(before)) continue;
    // A day's or an order's word before it (本日 翔太 様, 以下 美咲 様): the given name alone is the name.
    // Not a name the dictionary lists whole (廿日出 様, 明日香さん): a surname or given name that opens as a day's word does.
    if (DAY_OR_ORDER_WORD.test(before) && !surnames.has(before)) return surnames.has(compact) || givenNames.has(compact) ? 0 : compact.length - givenLength;
    const surname = longestName(before, surnames, true);
    if (surname > 0) return before.length - surname;
  }
  // A given name alone (美和 さん): whole, not its last kanji read as a one-kanji surname (和).
  if (givenNames.has(compact)) return 0;
  const surname = longestName(compact, surnames, true);
  // Two kanji whose second is a one-kanji surname and whose first is no word or prefix of its own (戸叶様, not 故林様):
  // one surname the dictionary lacks, not its last kanji.
  if (surname === 1 && /^\p{Script=Han}{2}$/u.test(compact) && !commonNouns().has(compact[0]!) && !NAME_PREFIX.test(compact[0]!)) return 0;
  // So are three whose first two are no word, surname or prefix the dictionary knows (水無瀬様, not 会社員林様 or 社員林様).
  const head = compact.slice(0, 2);
  if (surname === 1 && /^\p{Script=Han}{3}$/u.test(compact) && !commonNouns().has(head) && !surnames.has(head) && !givenNames.has(head) && !NAME_PREFIX.test(compact[0]!) && !NOT_A_NAME.test(head)) return 0;
  // So are three whose first is a one-kanji surname too and whose last two are one (鴨志田様: 鴨 and 志田), or whose
  // first two are one too (小原木 まゆみ 先生: 小原 and 原木), not a prefix or a role's kanji before a name (故山田様,
  // 課田中様, 新田中).
  const headSurname = surnames.has(compact[0]!) || surnames.has(head);
  if (surname === 2 && /^\p{Script=Han}{3}$/u.test(compact) && headSurname && !NAME_PREFIX.test(compact[0]!) && !NOT_A_NAME.test(compact[0]!) && !nameLexicon().boundNouns.has(compact[0]!)) return 0;
  // And three that open a run with a kanji no word, post or prefix starts a name with (浦戸根様, 栄八坂様: a town's name
  // borne as a surname, 長 too, which no post is alone): one surname the dictionary lacks, not its last two kanji.
  if (surname === 2 && /^\p{Script=Han}{3}$/u.test(compact) && !commonNouns().has(compact) && !NAME_PREFIX.test(compact[0]!) && !HEAD_NO_SURNAME.test(compact[0]!) && !nameLexicon().boundNouns.has(compact[0]!)) return 0;
  if (surname > 0) return compact.length - surname;
  return words.length <= 5 ? 0 : undefined;
}

// Re-exported for the name rules' other modules, which take the name rules' words from here.
export { COMPANY_WORD, ORGANISATION_WORD };

/**
 * One kanji that, alone before 様, makes a word of manner the dictionary keeps as no noun (異様な, 異様に, 左様でございます,
 * 然様, 斯様な, 一様に): a name of one kanji these are (左 a rare surname, 一 a given name) would stand with its other half.
 */
const MANNER_WORD_BEFORE_SAMA = /^[異左然斯一]$/u;
/** A note's or a record's katakana word, which a surname heads (佐藤 メモ, 田中 メール, 鈴木 ログ): no given name. */
const KATAKANA_NOTE = "メモ|メール|ノート|ログ|タスク|チャット|コメント|チケット|ファイル|データ";
export const KATAKANA_NOTE_WORD = new RegExp(`^(?:${KATAKANA_NOTE})$`, "u");
const NOTE_AFTER_SURNAME = new RegExp(`^(\\p{Script=Han}{1,4})[ 　](?:${KATAKANA_NOTE})$`, "u");
/**
 * Two kanji that end as a day's, an order's or a document's word does (本日, 今回, 以下, 上記): before a given name and
 * an honorific (本日 翔太 様) they open the sentence, no surname, where the dictionary lacks them as one.
 */
export const DAY_OR_ORDER_WORD = /^\p{Script=Han}[日回度週月年時上下後前中記]$/u;
/**
 * An honorific opening a word of its own after a noun: 様 of a form's or a manner's word (届出様式, 社会様相), 氏 of a
 * form's name label on the next line (氏名: 未定⏎氏名: …), no honorific.
 */
const HONORIFIC_OPENS_WORD = /^\s?(?:様[式相態]|氏名)/u;
/**
 * さん opening a hiragana word of its own (フェリー さんふらわあ, 観光船 さんぽ丸…): a ship's, a shop's or a thing's name
 * after its noun, no honorific, when no particle or suffix (さんが, さんたち, さんです) follows it.
 */
const SAN_OPENS_WORD = /^\s?さん(?![あいうえおがはのにをともへでやかよねわたまこだじっもらなすさくぐばほみ])\p{Script=Hiragana}{2}/u;
/**
 * くん closing a software's or a device's name, its edition or version after it (口座振替くん Pro, 給与くん Lite, 会計くん
 * Ver.3, 請求書くん2): a product named as a mascot is, no boy; a listed given name before it stays a boy (健太くん Pro).
 */
const KUN_NAMES_PRODUCT = /^くん[ \t　]?(?:Pro|Plus|Lite|Light|Cloud|Premium|Standard|Free|Next|Neo|DX|EX|SE|for[ \t]|[Vv]er\.?[ \t]?\d|[Vv]\d|\d{1,2}(?![\d年月日歳才時分名人]))(?![A-Za-z])/u;
/**
 * A noun the dictionary reads as one word ending in 様 (仕様, 模様, 多様, 紋様, 無様; 新仕様, 仕様書): its 様 is the word's
 * own, no honorific, when the kanji before it is no name the dictionary lists (文様 stays a name's: 文 is a given name).
 */
function nounOwnsSama(words: string, next: string): boolean {
  const last = words.at(-1)!;
  const { givenNames, surnames } = nameLexicon();
  return next === "様" && (MANNER_WORD_BEFORE_SAMA.test(words) || (commonNouns().has(`${last}様`) && !givenNames.has(last) && !surnames.has(last)));
}

/**
 * Two kanji or more, then a firm's word of two characters or more (須賀原商事, 大河内工業, 宇留野運輸): a firm named by its
 * founder, whether or not the dictionary lists the surname. A one-character firm's word (屋, 堂) ends surnames too (土屋).
 * Two katakana or more before the firm's word too (サカキ電装).
 */
export const endsInFirmWord = (words: string): boolean => {
  const word = words.split(/[ 　・]/u).at(-1)!;
  for (let length = 2; word.length - length >= 2; length++) {
    if (COMPANY_WORD.test(word.slice(-length)) && /^(?:\p{Script=Han}{2,}|[\p{Script=Katakana}ー]{2,})$/u.test(word.slice(0, -length))) return true;
  }
  return false;
};

/**
 * A class's or a group's kanji ending its name right before the name (すみれ組 ゆりちゃん, ひまわり組 山田 蓮くん, 3班 佐藤さん),
 * or a counter's after digits (2番 れん くん, 12号 ゆい ちゃん: a list's or a bib's number): the length of that kanji and
 * its space, which are the class's or the number's, not a one-kanji surname.
 */
const CLASS_WORD = /^[組班][ 　]/u;
const ORDER_WORD = /^[番号位着][ 　]/u;
const classWordLength = (shadow: string, at: number): number =>
  (CLASS_WORD.test(shadow.slice(at, at + 2)) && /[\p{L}\p{N}]/u.test(shadow.charAt(at - 1))) || (ORDER_WORD.test(shadow.slice(at, at + 2)) && /\d/u.test(shadow.charAt(at - 1)))
    ? 2
    : 0;

/** A word for a child or a grandchild, a niece or a younger sibling, who is called by the given name. */
const CHILD_KIN_WORD = /^(?:長男|長女|次男|次女|三男|三女|末っ子|息子|娘|孫|甥|姪|弟|妹)$/u;

/** Kanji joined by a small ヶ or ノ, ending a text (藤ヶ, 一ノ): a surname's head before its last kanji. */
const SMALL_KANA_JOINED_BEFORE = /(?:\p{Script=Han}+[ヶノ])+$/u;

const japaneseHonorific: PiiDetector = gated(new RegExp(HONORIFIC), {
  type: "PERSON",
  find(shadow) {
    const { givenNames, surnames } = nameLexicon();
    const spans: Span[] = [];
    for (const match of matchesOf(BEFORE_HONORIFIC, shadow)) {
      const words = match.groups!.name!;
      const tail = match.groups!.tail;
      const given = tail?.trim();
      if (given !== undefined && !givenNames.has(given) && !HIRAGANA_GIVEN.has(given) && /[のがはをにでとへもや]/u.test(given)) continue;
      if (NOT_A_NAME.test(words) && !endsInSurname(words) && !surnameEndingInBu(words)) continue;
      if (nounOwnsSama(words, shadow.charAt(match.indices!.groups!.name![1]))) continue;
      if (HONORIFIC_OPENS_WORD.test(shadow.slice(match.indices!.groups!.name![1], match.indices!.groups!.name![1] + 3))) continue;
      if (SAN_OPENS_WORD.test(shadow.slice(match.indices!.groups!.name![1], match.indices!.groups!.name![1] + 6))) continue;
      if (!givenNames.has(words) && KUN_NAMES_PRODUCT.test(shadow.slice(match.indices!.groups!.name![1], match.indices!.groups!.name![1] + 12))) continue;
      if (COUNT_OF_PEOPLE.test(words) && (words.length > 1 || countedAfterDigit(shadow, match.indices!.groups!.name![0]))) continue;
      // After the polite prefix お or ご a short kanji word is a relation or a role (お子さん, お孫さん, ご主人様), not a name.
      if (/^\p{Script=Han}{1,2}$/u.test(words) && /[おご]/u.test(shadow.charAt(match.indices!.groups!.name![0] - 1))) continue;
      // A child's word alone (うちの子さん, その子ちゃん, 坊さん) is a child or a monk, no name of one kanji.
      if (CHILD_ALONE.test(words) || holderWord(words)) continue;
      if (nounEndingInShi(words, shadow.charAt(match.indices!.groups!.name![1]))) continue;
      const surname = longestName(words, surnames);
      if (surname > 0 && (COMPANY_WORD.test(words.slice(surname).trim()) || MAKER_WORD.test(words.slice(surname)))) continue;
      if (endsInFirmWord(words)) continue;
      if (KATAKANA_NOTE_WORD.test(words)) continue;
      const note = NOTE_AFTER_SURNAME.exec(words);
      if (note) {
        // A note's word between the surname and the honorific (佐藤 メモ さん): the surname alone is the name.
        if (surnames.has(note[1]!)) spans.push({ start: match.indices!.groups!.name![0], end: match.indices!.groups!.name![0] + note[1]!.length });
        continue;
      }
      // A child's kin word before a hiragana given name (長女 ゆいか ちゃん, 孫 はるき くん): the given name alone is the name,
      // and recurs so (ゆいかの部屋); the kin word is kept.
      if (given !== undefined && CHILD_KIN_WORD.test(words.slice(0, -tail!.length))) {
        const end = match.indices!.groups!.name![0] + words.length;
        spans.push({ start: end - given.length, end });
        continue;
      }
      const lastPart = nameBeforeHonorific(tail === undefined ? words : words.slice(0, -tail.length));
      if (lastPart === undefined) continue;
      // A surname's kanji after a small ヶ or ノ is no name alone (藤ヶ谷様, 一ノ瀬様: 谷, 瀬): the whole surname is.
      const found = lastPart - (SMALL_KANA_JOINED_BEFORE.exec(words.slice(0, lastPart))?.[0].length ?? 0);
      const start = match.indices!.groups!.name![0];
      const offset = found + classWordLength(shadow, start + found);
      // After a shop's word, or a katakana name after a firm's legal form (株式会社 サカイ 様, 有限会社 コバト精機 様): the
      // firm's name. A kanji given name there is a person's (株式会社 典子 様 reads as the firm's person).
      if (shopWordBefore(shadow, start + offset) || (legalFormBefore(shadow, start + offset) && /^[\p{Script=Katakana}ー]/u.test(words.slice(offset)))) continue;
      spans.push({ start: start + offset, end: start + words.length });
    }
    return spans;
  },
});

const japaneseNameWithReading: PiiDetector = gated(new RegExp(`[）)]\\s?${HONORIFIC}`), {
  type: "PERSON",
  find(shadow) {
    const spans: Span[] = [];
    for (const match of matchesOf(WITH_READING, shadow)) {
      const words = match.groups!.name!;
      if (NOT_A_NAME.test(words)) continue;
      const offset = nameBeforeHonorific(words) ?? 0;
      const [start, end] = match.indices!.groups!.name!;
      spans.push({ start: start + offset, end });
      const [readingStart, readingEnd] = match.indices!.groups!.reading!;
      spans.push({ start: readingStart, end: readingEnd });
    }
    return spans;
  },
});

/**
 * A name written in hiragana, surname and given name with a space between, before an honorific: やまだ たろう様. The
 * first word reads as a surname of the dictionary; else a day's or a sentence's word stands before a surname alone
 * (きのう もりやまさん, あした すずきさん), which is the name when it reads as one.
 */
const HIRAGANA_NAME_BEFORE_HONORIFIC = new RegExp(
  String.raw`(?<![\p{Script=Hiragana}])(?<first>\p{Script=Hiragana}{2,5})[ ](?<second>\p{Script=Hiragana}{2,5})\s?${honorificAlternation(...POLITE_HONORIFICS, ...FORMAL_HONORIFICS)}`,
  "dgu",
);
const japaneseHiraganaWithHonorific: PiiDetector = gated(/\p{Script=Hiragana} \p{Script=Hiragana}/u, {
  type: "PERSON",
  find: (shadow) =>
    matchesOf(HIRAGANA_NAME_BEFORE_HONORIFIC, shadow).flatMap((match) => {
      const { surnameReadings } = nameLexicon();
      const [first, second] = [match.indices!.groups!.first!, match.indices!.groups!.second!];
      if (surnameReadings.has(asReading(match.groups!.first!))) return [{ start: first[0], end: second[1] }];
      return match.groups!.second!.length >= 3 && surnameReadings.has(asReading(match.groups!.second!)) ? [{ start: second[0], end: second[1] }] : [];
    }),
});

/** Words a note is addressed to that read as surnames too (王子 Ouji, 仲間 Nakama): a prince, friends. */
export const ADDRESSED_NOT_A_NAME = /^(?:おうじ|なかま)$/u;
/** Who is addressed: anyone, a child or a friend, or a letter's 殿 (not 氏, which writes of a person, not to one). */
const ADDRESSED_HONORIFIC = honorificAlternation(...POLITE_HONORIFICS, ...FAMILIAR_HONORIFICS, "殿");
/**
 * A surname written in hiragana alone before an honorific and what addresses a letter or a note to someone (みずのさんへ：,
 * おおたさま宛): three kana at least that read as a surname of the dictionary. Shorter words so read are a kin's or a
 * thing's (おばさん, おくさん, あかちゃん, かみさま), and without へ or 宛 a word before さん is as often a role's.
 */
const HIRAGANA_SURNAME_ADDRESSED = new RegExp(
  String.raw`(?<![\p{Script=Hiragana}\p{Script=Han}\p{Script=Katakana}ー])(?<secret>\p{Script=Hiragana}{3,5})${ADDRESSED_HONORIFIC}(?:へ|宛て?|あて)(?=[:：、。,，\s!！の]|$)`,
  "dgu",
);
const japaneseHiraganaSurnameAddressed: PiiDetector = gated(
  new RegExp(String.raw`\p{Script=Hiragana}${ADDRESSED_HONORIFIC}(?:へ|宛|あて)`, "u"),
  patternDetector("PERSON", HIRAGANA_SURNAME_ADDRESSED, (match) => !ADDRESSED_NOT_A_NAME.test(match.groups!.secret!) && nameLexicon().surnameReadings.has(asReading(match.groups!.secret!))),
);

/** After a role cue the name comes first: a surname of the dictionary, then perhaps a given name (佐藤 太郎). */
/**
 * A kanji word that ends as a place or an office does, not as a name: 山田町, 東京支店, 中村屋, 葛西 販売所, 本所 出張所 (山田町子
 * is a name; no given name ends in 所).
 */
const OFFICE_WORD = "(?:[町市区村郡県都府駅店社屋局署庁院校館所]|支店|支社|工場|本社|本店)";
/** The office's word may follow the place after a space (亀戸 販売所). */
const PLACE_OR_OFFICE = new RegExp(`^\\p{Script=Han}{1,4}?(?:[ 　]\\p{Script=Han}{0,3}?)?${OFFICE_WORD}$`, "u");
export const OFFICE_END = new RegExp(`${OFFICE_WORD}$`, "u");
const MUNICIPALITY_AFTER_SURNAME = /^[市区町村郡](?=$|[\s、。,\p{Script=Hiragana}]|在住|出身|在|内)/u;

/**
 * The name after a role cue: a surname of the dictionary, then perhaps a given name (佐藤 太郎) and its reading in brackets;
 * katakana whole. `byForm`: the cue was known by its form only (see ROLE_BY_FORM), so a one-kanji surname (林, a grove too)
 * is not taken, nor a katakana word that is neither a name with a space in it nor a whole value after a colon (会員のポイント,
 * オペレーター: チャットで), nor a company.
 */
/**
 * After a role, a surname the dictionary lacks or reads as a word (如月, a month's old name; 勘解由小路, 八月一日 of up to
 * five kanji), a space and a given name it lists that is no common noun (弁理士 如月 弘樹, 担任 一尺八寸 恵: one kanji too,
 * the space marking where the surname ends): the spaced full name. Not a department or an office before a word (担当 営業 一課).
 */
const SPACED_KANJI_NAME = /^(?<surname>\p{Script=Han}(?:[\p{Script=Han}々]|(?<=\p{Script=Han})[ヶノ](?=\p{Script=Han})){0,4})[ 　](?<given>\p{Script=Han}[\p{Script=Han}々]{0,2})$/u;
export function unlistedSurnameBeforeGiven(words: string, givenMayBeNoun = false): boolean {
  const parts = SPACED_KANJI_NAME.exec(words)?.groups;
  if (parts === undefined) return false;
  const { surname, given } = parts as { surname: string; given: string };
  // A one-kanji surname the dictionary lacks (蔀 文子, 圷 美和) only before a given name of two kanji, and no word or
  // prefix of its own (新 太郎, 各 部長).
  if (surname.length === 1 && (given.length < 2 || commonNouns().has(surname) || nameLexicon().boundNouns.has(surname) || NAME_PREFIX.test(surname) || NOT_A_NAME.test(surname))) return false;
  // A one-kanji given name is no suffix of a word (午前 中: 午前中, during the morning).
  if (given.length === 1 && (nameLexicon().boundNouns.has(given) || commonNouns().has(surname + given))) return false;
  // A given name of two kanji that is a noun too (大地, the earth) only after a role's or a kin's word
  // (`givenMayBeNoun`) and a surname of two kanji or more that is no word.
  const nounGiven = givenMayBeNoun && given.length >= 2 && surname.length >= 2 && !commonNouns().has(surname);
  return nameLexicon().givenNames.has(given) && (!commonNouns().has(given) || nounGiven) && !PLACE_SURNAMES.has(surname) && !OFFICE_END.test(surname) && !TITLE_AT_END.test(surname) && !COMPANY_WORD.test(surname) && !DEPARTMENT_WORD.test(surname);
}
export const DEPARTMENT_WORD = /^(?:営業|総務|経理|人事|広報|開発|企画|技術|製造|品質|物流|購買|法務|財務|管理|業務|本社|本店|支店)/u;

/** A word NOT_A_NAME lists, as the whole word (大家, 相手; not 八神, which only ends as 神 does). */
const ROLE_WORD_WHOLE = new RegExp(`^${NOT_A_NAME.source}`, "u");
/** An addressee's word or an honorific after a name, never its given name (林 宛, 大家 様). */
const ADDRESSEE_WORD = new RegExp(`^(?:宛|${honorificAlternation(...ADDRESSEE_HONORIFICS, ...FORMAL_HONORIFICS)})$`, "u");
/** What addresses a firm at its name's end (佐藤工業様, 山田商事 御中): not 氏, which writes of a person. */
const FIRM_ADDRESSED_AT_END = new RegExp(`(?:${honorificAlternation(...ADDRESSEE_HONORIFICS, "殿")}|御中)$`, "u");
/** The honorific by which a role's word is addressed alone (貸主 大家 様). */
const ROLE_WORD_HONORIFIC = new RegExp(`^[ 　]?${honorificAlternation(...POLITE_HONORIFICS, "殿")}?$`, "u");

/**
 * A given name of two or three katakana the dictionary lacks, after a kin's word and a surname (母 石嶺 ウシ の通院費,
 * 祖母 比嘉 カマド、): an older woman's name as registered in kana, as Okinawa's were (ウシ, カマド, ツル), before a
 * particle, a mark, an honorific, a space or the end.
 */
const KIN_BEFORE = /^(?:亡|実|義|祖|叔|伯)?[父母夫妻兄姉弟妹孫]/u;
const OLD_KATAKANA_GIVEN = /^\p{Script=Katakana}[\p{Script=Katakana}ー]{1,2}$/u;
const AFTER_OLD_GIVEN = /^(?:[ 　、。，,のがはをにとへも（(]|さん|様|$)/u;
function oldKatakanaGivenAfterKin(match: RegExpMatchArray, written: string): boolean {
  if (!KIN_BEFORE.test(match[0]) || !OLD_KATAKANA_GIVEN.test(written)) return false;
  return AFTER_OLD_GIVEN.test(match.input!.slice(match.index! + match[0].length));
}

/** A katakana word the dictionary reads as a common noun and no given name (カメラ, テレビ, ミシン). */
const katakanaNounNoName = (word: string): boolean => nameLexicon().wordReadings.has(word) && !nameLexicon().givenNameReadings.has(word) && !nameLexicon().givenNames.has(word);

/**
 * A surname the dictionary knows only the head of (嵯峨根: 嵯峨, 藤ヶ谷: 藤), before a space and a given name it lists: the
 * whole first word is the surname, not its head with the rest read as a given name's start; not a word that ends as an
 * office, a title, a place or a firm does (山田町, 佐藤工業), nor a noun, nor a place before a deed (工場長 浜松 駐在).
 */
const FIRST_WORD = /^(\p{Script=Han}[\p{Script=Han}々ヶノ]{1,3})[ 　](\p{Script=Han}[\p{Script=Han}々]{0,2}|[\p{Script=Katakana}ー]{2,6})$/u;
function wholeFirstWord(words: string, surname: number): number {
  const [, first, given] = FIRST_WORD.exec(words) ?? [];
  if (first === undefined || surname === 0 || surname >= first.length || !nameLexicon().givenNames.has(given!)) return surname;
  const word = first.replace(/[ヶノ]/gu, "");
  const other = commonNouns().has(first) || PLACE_OR_OFFICE.test(first) || OFFICE_END.test(first) || ORGANISATION_END.test(first) || TITLE_AT_END.test(first) || COMPANY_WORD.test(first) || NOT_A_NAME.test(word);
  return other ? surname : first.length;
}

const HOME_AFTER_PERSON_WORD = /^宅(?![\p{Script=Han}々])/u;
const WRITER_MARK = /^記$/u;
/** A particle the sentence goes on with, in brackets after the name (連絡は担当 佐藤 健一（まで）): no reading of it. */
const SENTENCE_WORD_IN_BRACKETS = /^(?:まで|より|から|など|ほか|のみ|だけ|あて)$/u;

function nameAfterRole(match: RegExpMatchArray, byForm: boolean): Span[] {
  const { surnames, givenNames, boundNouns } = nameLexicon();
  const words = match.groups!.name!;
  const [start] = match.indices!.groups!.name!;
  // 宅 alone after a kin's or a post's word (長女宅, 息子宅へ, 社長宅) is their home, though a surname of the list (宅間 is one).
  if (HOME_AFTER_PERSON_WORD.test(words)) return [];
  if (isKatakana(words.replace(/\s/g, ""))) {
    // The parts of a foreign name joined by ・ after it are the same name (担当 マリア・ロペス).
    const joined = /^(?:・[\p{Script=Katakana}ー]{1,8})+/u.exec(match.input!.slice(start + words.length))?.[0] ?? "";
    const next = match.input!.charAt(match.index! + match[0].length);
    const named = !byForm || /[ 　・]/.test(words.trim()) || joined !== "" || (/[:：]/.test(match.groups!.separator!) && !/\p{Script=Hiragana}/u.test(next));
    // One katakana word is a name when it reads as one (ｻｲﾄｳ, ナカガワ), not a desk or a team (情報システム課 ヘルプデスク).
    const oneWord = !/[ 　・]/.test(words.trim()) && joined === "";
    const { surnameReadings, givenNameReadings } = nameLexicon();
    const reads = !oneWord || surnameReadings.has(asReading(words.trim())) || givenNameReadings.has(asReading(words.trim()));
    const thing = KATAKANA_THING.test(words) || joined.split("・").some((part) => KATAKANA_THING.test(part));
    const end = start + words.length + joined.length;
    return named && reads && !thing && !isFirmAccount(match.input!, start, end) ? [{ start, end }] : [];
  }
  const surname = wholeFirstWord(words, longestName(words, surnames));
  // A cue known by its form takes no one-kanji surname, but a spaced full name starting with one whole (喪主 東江 義男).
  if ((surname === 0 || (byForm && surname < 2)) && unlistedSurnameBeforeGiven(words, true)) return [{ start, end: start + words.length }];
  // A one-kanji surname that is also a dependent noun (ご担当の方, 候補者の方) is the noun.
  if (surname === 0 || (byForm && surname < 2) || (surname === 1 && words.length === 1 && boundNouns.has(words))) return [];
  const rest = words.slice(surname);
  // A katakana surname cut from a longer katakana word is that word's start (承認者：センター長 沢井: セン is no one).
  if (/[\p{Script=Katakana}ー]$/u.test(words.slice(0, surname)) && /^[\p{Script=Katakana}ーｰ]/u.test(rest)) return [];
  // A word that names a place or an office (総務部 山田町の件, 営業部 東京支店へ) or a company (取引先の山田商事, 差出人は
  // 佐藤工業様: the honorific read into the word) is not a person.
  if (PLACE_OR_OFFICE.test(words) || COMPANY_WORD.test(rest.trim().replace(FIRM_ADDRESSED_AT_END, "")) || firmAfterName(match.input!.slice(start + surname), { ampersandAlone: false })) return [];
  // So is a surname alone before a place's cue (配達先は大久保の営業所, 届け先：本郷駅).
  if (rest === "" && isPlaceAt(match.input!, start, start + surname)) return [];
  // So is a surname with a municipality's word glued after it, then a space, a particle or where one lives or comes from
  // (妻 山田町 在住, 母 渋谷区在住, 父 中村市の出身): the kin's town, not a given name starting with it (母 田中 町子).
  if (MUNICIPALITY_AFTER_SURNAME.test(rest)) return [];
  const gap = /^[ 　]?/.exec(rest)![0].length;
  // After a role cue, a kanji word after the surname and a space is the given name even when the dictionary lacks
  // it (子どもの岩田 陽向).
  // So is a katakana word that starts with a given name the dictionary lists (父 坂本 ジェイコブ: not ジェイ alone), unless
  // it is a thing's word (担当 山田 センター).
  const written = rest.slice(gap);
  const listedStart = katakanaNounNoName(written) ? 0 : longestName(written, givenNames);
  // Not a thing's word whose start is a given name (母 比嘉 カメラ: カメ, テレビ: テレ): the word's reading, no name's.
  const wholeKatakana = (listedStart > 0 || oldKatakanaGivenAfterKin(match, written)) && /^[\p{Script=Katakana}ー]{2,8}$/u.test(written) && !KATAKANA_THING.test(written) && !katakanaNounNoName(written);
  // Not 宛 (経理部 林 宛) nor an honorific (貸主 大家 様): the addressee's word after the name. Nor 記 alone, the writer's
  // mark closing a note (文責 鳥越 記): the surname is the name.
  const given = gap > 0 && WRITER_MARK.test(written) ? 0 : gap > 0 && ((/^\p{Script=Han}{1,3}$/u.test(written) && !ADDRESSEE_WORD.test(written)) || wholeKatakana) ? rest.length - gap : listedStart;
  // A word for the person's part that a surname is written as too (貸主 大家 様: the landlord), alone before its honorific.
  if (given === 0 && ROLE_WORD_WHOLE.test(words.slice(0, surname)) && ROLE_WORD_HONORIFIC.test(rest)) return [];
  // Known by its form only, the cue is trusted less: kanji after the surname that is no given name (取引先 三井物流) make
  // the word something else.
  // So is a one-kanji surname with more kanji after it (先方社内セグメント: 社 is no surname there), a title apart.
  if ((byForm || surname === 1) && gap === 0 && given < rest.length && /^\p{Script=Han}/u.test(rest.slice(given)) && !TITLE_AT_END.test(rest)) return [];
  const spans = [{ start, end: start + surname + (given > 0 ? gap + given : 0) }];
  const reading = match.indices!.groups!.reading;
  if (reading && !SENTENCE_WORD_IN_BRACKETS.test(match.groups!.reading!)) spans.push({ start: reading[0], end: reading[1] });
  return spans;
}

/**
 * A child's place in the family, then a common noun alone (長男 中学 に入学, 長女 大学 合格): a school or an event, not
 * the child's name, unless a particle of a person follows (長男 大地 が来た).
 */
const CHILD_PLACE = /^(?:長男|長女|次男|次女|息子|娘|子ども|子供)/u;
function childPlaceBeforeNoun(match: RegExpMatchArray): boolean {
  const name = match.groups!.name!;
  if (!CHILD_PLACE.test(match[0]) || !commonNouns().has(name)) return false;
  return !/^[のがはも、。]/u.test(match.input!.slice(match.index! + match[0].length).trimStart());
}

const japaneseRole: PiiDetector = gated(new RegExp(`${ROLES}|[部課室係班][ 　]`, "u"), {
  type: "PERSON",
  find: (shadow) =>
    matchesOf(AFTER_ROLE, shadow).flatMap((match) => {
      const [start] = match.indices!.groups!.name!;
      const name = match.groups!.name!;
      // The name's pattern stops before the kana of 済み: the deed is read with the character after it.
      return childPlaceBeforeNoun(match) || isOfficesPlace(shadow, start, start + name.trimEnd().length) || doneDeed(name + shadow.charAt(start + name.length)) ? [] : nameAfterRole(match, false);
    }),
});

/**
 * A kanji surname after a job's Latin abbreviation, as an IT team writes who did what (| DBA 仲宗根 |, SRE 桜井が対応):
 * a word of two to four kanji that starts with a surname of the dictionary (which may lack the whole: 仲宗根) and is no
 * common noun or department (PM 対応, QA 環境, HR 本部).
 */
/** A job's Latin abbreviation alone, where a cue expects a name (先方 PMO の…, 担当: CFO): the post, no one's name. */
const LATIN_JOB_ALONE = new RegExp(`^(?:${LATIN_JOB})$`);
/** A premises' word that ends a shop's name (SUSHI BAR, Noodle Diner); not House or Hall, surnames too. */
const PREMISES_WORD = /^(?:Bar|Pub|Diner|Bistro|Restaurant|Deli|Mart|Grill|Tavern|Izakaya|Eatery|Canteen|Bakery|Cafe|Café|Kitchen|Salon|Shop|Store|Boutique)$/;
const capitalised = (word: string): string => word.charAt(0) + word.slice(1).toLowerCase();
/**
 * A shop's or a thing's name in a name field, in capitals too (Name: SUSHI BAR, Name: FLOWER SHOP, Name: Mode Outlet):
 * its last word a premises' word after no listed first name (Laura Bar is a person), or every word a firm's, a thing's
 * or a common English word. SMITH and TANAKA TARO are names.
 */
const isShopOrThing = (words: readonly string[]): boolean =>
  (PREMISES_WORD.test(capitalised(words.at(-1)!)) && !worldNames().latinGiven.has(capitalised(words[0]!))) ||
  words.every((word) => isCommonEnglishWord(word) || ORGANISATION_WORD.test(capitalised(word)) || FIRM_OR_THING_WORD.test(capitalised(word)));
const SURNAME_AFTER_LATIN_JOB = new RegExp(
  `(?<![A-Za-z])(?:${LATIN_JOB})[ 　](?<name>\\p{Script=Han}{2,4})(?=[ 　]*(?:[|、。,，)）]|$|さん|が|に|は|の|より|から|と))`,
  "dgmu",
);
const surnameAfterLatinJob: PiiDetector = gated(/[A-Z][ 　]\p{Script=Han}/u, {
  type: "PERSON",
  find: (shadow) =>
    matchesOf(SURNAME_AFTER_LATIN_JOB, shadow).flatMap((match) => {
      const name = match.groups!.name!;
      if (longestName(name, nameLexicon().surnames) === 0 || commonNouns().has(name) || ORGANISATION_END.test(name) || TITLE_AT_END.test(name) || COMPANY_WORD.test(name)) return [];
      return [{ start: match.indices!.groups!.name![0], end: match.indices!.groups!.name![1] }];
    }),
});

/**
 * A kin word written straight into kanji that, with it, start a listed surname (祖父江 健一, 祖母井): the surname's
 * first kanji, no kin before a name.
 */
function kinStartsSurname(match: RegExpMatchArray): boolean {
  const cue = match.input!.slice(match.index!, match.indices!.groups!.name![0]);
  return /^\p{Script=Han}+$/u.test(cue) && longestName(match.input!.slice(match.index!), nameLexicon().surnames) > cue.length;
}

// Gated on the characters every kinship word holds: a class is scanned far faster than the words' alternation.
const japaneseKinship: PiiDetector = gated(/[父母夫妻兄姉弟妹孫故嫁婿]/u, {
  type: "PERSON",
  find: (shadow) => matchesOf(AFTER_KINSHIP, shadow).flatMap((match) => (kinStartsSurname(match) || kinsThing(match) ? [] : nameAfterRole(match, false))),
});

/** A common noun alone after the kin word, no surname of the list (父の所有, 母の介護): the kin's thing or care, no one. */
function kinsThing(match: RegExpMatchArray): boolean {
  const words = match.groups!.name!.trim();
  return commonNouns().has(words) && !nameLexicon().surnames.has(words);
}

/**
 * A role known by its form, not by a list: a kanji compound ending as a word for a person in a part does (購入者, 保証人,
 * 面接官, 受付係, 引受人, 連絡先, 世帯主, 取締役, 弁護士, 市長) or a katakana agent noun (リーダー, マネージャー), then ：, は,
 * の or a space, then a name. Not 関係 (a relation).
 */
const ROLE_BY_FORM = new RegExp(
  `(?:(?<![\\p{Script=Han}々])(?!関係)\\p{Script=Han}{1,4}[者人員官役主士先係長]|(?<![\\p{Script=Katakana}ー])(?<katakana>\\p{Script=Katakana}[\\p{Script=Katakana}ー]{1,8}ー))(?<separator>\\s*[:：]\\s*|は\\s*|の\\s*|[ 　])${DEPARTMENT_BEFORE}(?<name>${NAME_CHARS}+(?:[ 　]${NAME_CHARS}+)?)(?:\\s?[（(](?<reading>${READING_CHARS}{2,24})[）)])?`,
  "dgu",
);
const japaneseRoleByForm: PiiDetector = gated(/\p{Script=Han}[者人員官役主士先係長](?:\s*[:：]|は|の|[ 　])|ー(?:\s*[:：]|は)/u, {
  type: "PERSON",
  // A katakana role (リーダー, マネージャー, オーナー) only before ： or は: データの…, サーバー 中村 are things.
  find: (shadow) =>
    matchesOf(ROLE_BY_FORM, shadow).flatMap((match) =>
      (match.groups!.katakana && !/[:：は]/.test(match.groups!.separator!)) || givenNameEndingAsRole(match) || doneDeed(match.groups!.name!) ? [] : nameAfterRole(match, true),
    ),
});

/** A deed and its being done after a role's word (所有者 変更 済, 保証人 確認済み): the record's state, no one's name. */
const DONE_AFTER_DEED = /^(?<deed>\p{Script=Han}{2})[ 　]?(?:済み?|完了)$/u;
const doneDeed = (name: string): boolean => {
  const deed = DONE_AFTER_DEED.exec(name.trim())?.groups!.deed;
  return deed !== undefined && commonNouns().has(deed);
};

/**
 * A given name ending in a role's kanji after a surname and a space (代表 八戸 直人　トラクター …, 山田 隼人 の件): the end of a
 * full name, no role before another name.
 */
function givenNameEndingAsRole(match: RegExpMatchArray): boolean {
  const role = match[0].slice(0, match.indices!.groups!.separator![0] - match.index!);
  return /\p{Script=Han}[ 　]$/u.test(match.input!.slice(Math.max(0, match.index! - 2), match.index)) && nameLexicon().givenNames.has(role);
}

/**
 * What follows a person's name in a support log and not a place's or a product's: 佐藤より。, 佐藤から連絡, 佐藤が対応,
 * 佐藤に確認, 佐藤と申します, 佐藤です。, 総務 高橋 宛 (sign-offs, an addressee, contact and hand-over verbs, self-introductions), 北川 が再訪, 三浦から。,
 * 北川（営業一課）, 鬼頭（技術主任） (a department or a post in brackets), 営業 戸塚 より： (a note's sender), 宮坂 陸、学籍番号 … (a number or an age that only a person has),
 * 須藤 美咲（娘） (a family member's word in brackets: who the person is to the writer), 小野寺 湊（中1） (a child's school
 * year or age in brackets, as a club's or a camp's roster lists children: 小5, 高2, 年長, 3歳).
 */
/** Who a person is, in brackets after the name: a family member's word (（娘）), a child's school year or age (（小5）, （3歳）). */
const WHO_IN_BRACKETS = "[（(](?:娘|息子|[長次三][男女]|妻|夫|父|母|祖父|祖母|義父|義母|兄|姉|弟|妹|孫|[小中高][1-6]|年[長中少]|[0-9]{1,2}歳)[）)]";
export const WHO_IN_BRACKETS_AFTER = new RegExp(`^${WHO_IN_BRACKETS}`, "u");
const PERSON_CUE_AFTER =
  `[ 　]?宛(?:て)?(?![\\p{Script=Han}])|[ 　]?あて(?=[。、\\s]|$)|\\s?の(?:メール|メッセージ)[:：]|\\s?より(?=[。、,.!！:：\\s]|$|ご?連絡|お?電話|メール|ご?報告|ご?返信|ご?案内|お知らせ)|から(?=。)|[（(][^）)\\n]{1,12}?[部課室係班][）)]|[（(][^）)\\n]{0,6}?(?:主任|主査|店長|所長|課長|部長|係長|班長|工場長|リーダー|マネージャー)[）)]|から(?:の)?(?:ご?連絡|お?電話|メール|ご?報告|ご?返信|ご?依頼|ご?相談|ご?指示|折り返し|伺|聞|引き継)|\\s?が(?:対応|担当|承|伺|ご案内|ご?連絡|お?電話|確認|参|折り返し|引き継|申し|再訪|訪問|来社|同席|同行|出席)|に(?:ご?確認|ご?連絡|お?電話|伝え|代わ|つな|繋|ご?相談|引き継|ご?依頼|お?問い合わせ)|(?:と|って)(?:申|いい|言い|名乗)|[ 　]?(?:トレーナー|インストラクター|コーチ)(?=[にがはのとへ、。]|から|$)|\\s?です(?=[。、!！（(\n]|$)|\\s?追記[:：]|[、,，（(]\\s?(?:学籍番号|社員番号|職員番号|会員番号|受験番号|患者番号|ユーザーID|ユーザID|社員ID|会員ID|生年月日|[0-9]{1,3}歳)|${WHO_IN_BRACKETS}`;
const PERSON_CUE = new RegExp(`^(?:${PERSON_CUE_AFTER})`, "u");
/**
 * Prefectures, designated cities and Tokyo's busiest districts that are also surnames in the dictionary (千葉, 福岡,
 * 渋谷, 梅田): 「福岡から連絡がありました」 is as likely the Fukuoka office as a person, so these are masked alone only
 * with an honorific or a role cue. So are countries' names, which forms' specimen names take as a surname (日本 一郎 in a
 * table's cell, 日本 花子 in an example).
 */
export const PLACE_SURNAMES = new Set([
  ...PREFECTURES.split("|").map((name) => (name === "北海道" ? name : name.replace(/[都府県]$/u, ""))),
  ..."日本 中国 韓国 台湾 米国 英国".split(" "),
  ..."札幌 仙台 横浜 川崎 相模原 新潟 浜松 名古屋 神戸 堺 岡山 広島 北九州 福岡 熊本 千葉 静岡 渋谷 品川 新宿 池袋 上野 目黒 赤坂 青山 梅田 難波 博多 天神 秋葉 銀座 浅草 中野 世田谷 練馬 板橋 足立 江戸川 葛飾 墨田 大田".split(" "),
]);

/**
 * A surname alone where the words around it say a person (担当の佐藤 has a role cue; 佐藤より, 佐藤から連絡, 佐藤が対応):
 * a whole kanji run of two to four characters that the dictionary lists as a surname and no place name, followed by
 * one of PERSON_CUE_AFTER. A one-character surname (林, 森, 東) stays: kuromoji's 人名,姓 tag alone covers 12,000 words,
 * many of them also places and things (上野, 本田, 中村屋); without a cue, see japaneseSurnameAlone.
 */
const SURNAME_BEFORE_CUE = new RegExp(`(?<![\\p{Script=Han}\\p{Script=Katakana}ー々ヶ])\\p{Script=Han}{2,4}(?=${PERSON_CUE_AFTER})`, "gu");

/**
 * What follows a station, a district or a port, alone or as the first of a list of them (大塚駅, 巣鴨方面, 大塚・巣鴨方面, 池袋経由;
 * a station or an area after a space too, 市ヶ谷 駅前, 蒲田 周辺, but not its master or staff, 市川 駅長),
 * or a crossing, a signal or a stop named by its place (妻田の交差点, 本郷 バス停), or a site a firm or a town has there
 * (飛島の公民館, 妻田の倉庫, 葛西 の店舗, 大久保の営業所, 蒲田 の会場): a surname there is the place. Not 事務所 or 店: a
 * person's too. A plate's region with the rest of its plate after it (社用車 土浦 100 か 98-76) is the place too.
 */
const PLACE_CUE_AFTER = /^(?:[・、,と/／]\p{Script=Han}{1,4})*(?:[ 　](?:駅(?![長員])|方面|周辺|付近|近辺|界隈)|駅|線|方面|行き|方向|経由|乗り換え|乗換|周辺|付近|近辺|界隈|寄り|[ 　]?の?(?:交差点|信号|踏切|バス停|停留所)|[ 　]?の(?:公民館|集会所|体育館|図書館|公園|団地|倉庫|工場|店舗|支店|営業所|出張所|物流センター|駐車場|港|漁港|会場|劇場|球場|競技場|スタジアム|アリーナ)|[ 　]?(?:ふ頭|埠頭|岸壁|桟橋|インター|IC|JCT|ジャンクション|SA|PA))/u;
export const isPlaceAt = (shadow: string, start: number, end: number): boolean => PLACE_CUE_AFTER.test(shadow.slice(end, end + 24)) || isPlateRegionAt(shadow, start, end);

/** The whole matches of `pattern` that `names` (of the lexicon) holds and that are no large place nor a shop's name. */
const surnamesAt = (pattern: RegExp, names: (lexicon: ReturnType<typeof nameLexicon>) => ReadonlySet<string>) => (shadow: string): Span[] => {
  const surnames = names(nameLexicon());
  return matchesOf(pattern, shadow).flatMap((match) =>
    surnames.has(match[0]) && !PLACE_SURNAMES.has(match[0]) && !isPlaceAt(shadow, match.index, match.index + match[0].length) && !shopWordBefore(shadow, match.index) ? [{ start: match.index, end: match.index + match[0].length }] : [],
  );
};

const japaneseSurnameInContext: PiiDetector = gated(new RegExp(PERSON_CUE_AFTER, "u"), {
  type: "PERSON",
  find: surnamesAt(SURNAME_BEFORE_CUE, (lexicon) => lexicon.surnames),
});

/**
 * A surname alone with no cue (宛名は岩田で, 岩田です): a whole kanji run of two or three characters before a particle or
 * punctuation, that IPADIC reads first as a surname (its 人名,姓 entry is its cheapest) and that is no large place; with
 * the kanji word after it and a space when that word ends there too (岩田 陽向が: a given name the dictionary may lack),
 * unless it is a company's or an office's word or a one-kanji noun (山田 商事, 山田 工場, 山田 錦); before a title after a
 * space (岩田 部長), the surname.
 */
const WORD_END = "(?=[がはにのともへをでやか、。，．,.!！?？」』）)（(・／/]|\\s(?!\\s*\\p{Script=Han})|って|ら[、。\\sがはもにと]|だけ|など|まで|から|より|$)";
/**
 * A whole run of two or three kanji, perhaps with ノ or ヶ between (井ノ口, 一ノ瀬, 八ヶ代): the set lookup rules most out
 * before the words after it are read.
 */
const KANJI_WORD = /(?<![\p{Script=Han}\p{Script=Katakana}ー々ヶA-Za-z0-9])\p{Script=Han}(?:[ノヶ]?\p{Script=Han}){1,2}(?![\p{Script=Han}々ヶ])/gu;
/**
 * One kanji and の straight before the word: a place's name written so (柿の木坂, 日の出町, 桜の宮, 鶴の台), the word its
 * part, not a surname. Not after a kin's, a desk's or a neighbour's one kanji (妻の, 店の, 係の, 隣の 佐藤: a person).
 */
const PLACE_WITH_NO = /(?<![\p{Script=Han}々ヶ])(?![店係課班父母兄姉弟妹妻夫娘息孫嫁婿甥姪叔伯祖隣組])\p{Script=Han}の$/u;
/** A person's post or title, written after the surname (岩田 部長, 高嶺 店長, 山田 先輩) or ending a word (営業部長). */
const POSTS =
  "副社長|社長|会長|専務|常務|取締役|顧問|\\p{Script=Han}{1,3}長代理|部長|次長|課長|係長|室長|所長|副店長|店長|支店長|支配人|マネージャー|主任|理事長|組合長|院長|校長|園長|館長|事務長|准教授|教授|監督|コーチ|選手|投手|議員|弁護士|税理士|会計士|医師|看護師|記者|担当者|担当|先輩|副住職|住職|和尚|宮司";
/**
 * What follows the surname, read where it ends: the end of the word, or a space and a kanji word that ends there; a
 * post before the way a message goes (岩田 部長宛, 安西 組合長経由) ends there too, not taken with 宛 for a given name;
 * a deputy's post is one word of four kanji or more (門脇 課長代理, 支店長代理). A post set apart by spaces, whatever
 * follows (牧田 部長 直通), says a person as well.
 */
const AFTER_SURNAME = new RegExp(
  `${WORD_END}|[ 　](?<given>\\p{Script=Han}{1,3}長代理|\\p{Script=Han}[\\p{Script=Han}々]{0,2}?)(?:(?<=長)(?=経由|宛)|${WORD_END}|(?<=[ 　](?:${POSTS}))(?=[ 　]))`,
  "uy",
);
/**
 * A surname that IPADIC reads first as a word (高嶺, a lofty peak) is a person's where a shop's staff is written:
 * before a space and a post (高嶺 店長, 漁協の 安西 組合長経由: a post of a union or a school too, and the way a
 * message goes by it), or after a staff word and の, a space perhaps (スタッフの高嶺, 当店の 汐見): the idiom (高嶺の花) has neither.
 */
const POST_AFTER_SPACE = new RegExp(`^[ 　](?:${POSTS})(?:(?![\\p{Script=Han}])|(?<=長)(?=経由|宛))`, "u");
const STAFF_NO_BEFORE = /(?:スタッフ|店員|社員|職員|係員|従業員|当店|弊社|当社|担当)の[ 　]?$/u;
const surnameAsStaff = (shadow: string, start: number, surname: string): boolean =>
  nameLexicon().surnames.has(surname) && (POST_AFTER_SPACE.test(shadow.slice(start + surname.length, start + surname.length + 8)) || STAFF_NO_BEFORE.test(shadow.slice(Math.max(0, start - 6), start)));
/** A flight's number before the word (NH 106 羽田 10:55 発, JL123 伊丹): the airport, named as a surname may be. */
const FLIGHT_NUMBER_BEFORE = /(?<![A-Za-z0-9])[A-Z][A-Z0-9][ 　]?\d{1,4}便?[ 　]+$/u;
/** A common noun that ends as a job's word does (運転手, 看護師, 作業員, 管理者): not a noun a given name may be (蒼空). */
/** A signer's act written after the surname, as an approval's or a check's note does (望月 了承, 佐藤 確認, 田中 承認済). */
const SIGNER_ACT = /^(?:了承|承認|確認|決裁|同意|許可|押印|署名|検印|受領|対応)済?$/u;
/** Latin initials joined by & (an HTML page's &amp; too) and a space: a brand's name, which a surname may go on. */
const INITIALS_AND_BEFORE = /(?<![A-Za-z])[A-Z]{1,3}(?:&|&amp;)[A-Z]{1,3}[ 　]$/u;
const jobNoun = (word: string): boolean => /[手師員士者官]$/u.test(word) && commonNouns().has(word);
const japaneseSurnameAlone: PiiDetector = {
  type: "PERSON",
  find(shadow) {
    const { preferredSurnames, givenNames, nounGivenNames } = nameLexicon();
    const spans: Span[] = [];
    for (const match of matchesOf(KANJI_WORD, shadow)) {
      const surname = match[0];
      if (!(preferredSurnames.has(surname) || surnameAsStaff(shadow, match.index, surname)) || PLACE_SURNAMES.has(surname) || isPlaceAt(shadow, match.index, match.index + surname.length)) continue;
      // After a shop's word (居酒屋 田村 さん, 割烹 松本 に予約) the surname is the shop's name, as before 様 (japaneseHonorific).
      if (shopWordBefore(shadow, match.index)) continue;
      // After a brand's initials joined by & (K&S 鍋島, A&M 芦沢 に発注), with no honorific after: the shop's name goes on.
      if (INITIALS_AND_BEFORE.test(shadow.slice(Math.max(0, match.index - 12), match.index))) continue;
      if (associationNameGoesOn(shadow.slice(Math.max(0, match.index - 12), match.index), shadow.slice(match.index + surname.length, match.index + surname.length + 4))) continue;
      if (PLACE_WITH_NO.test(shadow.slice(Math.max(0, match.index - 3), match.index))) continue;
      // A care home's or a retreat's name goes on after it (小松の里, 和気の郷): the facility's.
      if (facilityNameGoesOn(shadow.slice(match.index + surname.length, match.index + surname.length + 4))) continue;
      if (venueWordAfter(shadow, match.index + surname.length)) continue;
      if (inRoutePlaceList(shadow, match.index, match.index + surname.length)) continue;
      if (FLIGHT_NUMBER_BEFORE.test(shadow.slice(Math.max(0, match.index - 12), match.index))) continue;
      if (sizeFollows(shadow, match.index + surname.length)) continue;
      // Alone in a table's cell of goods (| 釉薬 | … | 志野 |): the glaze's or the brand's name.
      if (isGoodsCell(shadow, match.index, match.index + surname.length)) continue;
      // A surname before ・ and a partner's name that ends in a firm's word is the firm's (葉山・シュミット法律事務所).
      if (shadow.charAt(match.index + surname.length) === "・" && firmAfterName(shadow.slice(match.index + surname.length, match.index + surname.length + 24), { ampersandAlone: false })) continue;
      AFTER_SURNAME.lastIndex = match.index + surname.length;
      const after = AFTER_SURNAME.exec(shadow);
      if (!after) continue;
      const given = after.groups!.given;
      const named =
        given !== undefined &&
        !nounGivenNames.has(given) &&
        !SIGNER_ACT.test(given) &&
        (givenNames.has(given) || (given.length >= 2 && !TITLE_AT_END.test(given) && !COMPANY_WORD.test(given) && !OFFICE_END.test(given) && !jobNoun(given) && !WARE_PAINTING.test(given)));
      // A title after the space says a person too (岩田 部長): the surname alone is the name. A job's noun there (具志堅
      // 運転手) is no given name the dictionary lacks. Nor is a signer's act (望月 了承, 佐藤 確認): the surname alone.
      const act = given !== undefined && !givenNames.has(given) && SIGNER_ACT.test(given);
      if (given !== undefined && !named && !TITLE_AT_END.test(given) && !act) continue;
      spans.push({ start: match.index, end: match.index + surname.length + (named ? 1 + given!.length : 0) });
    }
    return spans;
  },
};

/** A post ending a word (営業部長, 山田課長, 佐藤先輩): a title, no surname or given name. */
export const TITLE_AT_END = new RegExp(`(?:${POSTS})$`, "u");
/** What a surname follows inside a kanji run before a title: 営業部山田部長, 人事課佐藤課長. */
const ORGANISATION_END = /[部課室社店局係班所署庁院校]$/u;

/** A run of three kanji or more: a full name written together may end it. */
const KANJI_RUN = /\p{Script=Han}{3,}/gu;

/**
 * A surname and a given name written together with no cue (山田太郎がご案内します): a kanji run that ends in a surname
 * of kuromoji's dictionary of person names (at least two characters) followed by one of its given names. A one-kanji
 * given name that is also a common noun (山田錦, a sake rice; 山田愛, a person) needs a person cue after it.
 */
const japaneseFullName: PiiDetector = {
  type: "PERSON",
  find(shadow) {
    const { surnames, givenNames } = nameLexicon();
    const spans: Span[] = [];
    for (const match of matchesOf(KANJI_RUN, shadow)) {
      // The kanji after a firm's legal form are the firm's name (株式会社 島津理化, 有限会社山田商): no person's.
      if (legalFormBefore(shadow, match.index) || /^(?:株式|有限|合同|合資|合名)会社/u.test(match[0])) continue;
      // A title written straight after the name (山田太郎部長, 鈴木一郎選手, 渡辺部長様) is not part of it, and says a person.
      const written = match[0].replace(/[様殿氏]$/u, "");
      const title = TITLE_AT_END.exec(written);
      const run = title ? written.slice(0, title.index) : match[0];
      let found = run.length >= 3 ? fullNameAtEnd(run, surnames, givenNames) : undefined;
      // A katakana trade word joined to the run's end (岡山中央ハウジング, 北陸中央フーズ) makes the run a firm's name. Read
      // only after a name is found at the run's end, as the cues below: most runs end in none.
      if (found && !title && firmAfterName(shadow.slice(match.index + match[0].length, match.index + match[0].length + 24), { ampersandAlone: false })) found = undefined;
      // A given name that is a noun too needs a person's cue after it, or a staff's word and a space before (営業 沢井湊).
      if (found?.nounGiven && !title && !STAFF_BEFORE.test(shadow.slice(Math.max(0, match.index - 12), match.index)) && !PERSON_CUE.test(shadow.slice(match.index + match[0].length, match.index + match[0].length + 8))) found = undefined;
      const start = found?.start ?? (title ? nameBeforeTitle(run, surnames) : undefined);
      if (start !== undefined) spans.push({ start: match.index + start, end: match.index + run.length });
    }
    return spans;
  },
};

/**
 * Before a title, a surname of the dictionary with one or two more kanji (高橋由伸監督: given names the dictionary
 * lacks) or none (佐藤部長), at the start of the run or after an organisation (営業部山田部長); not a place (福岡支店長).
 */
function nameBeforeTitle(run: string, surnames: ReadonlySet<string>): number | undefined {
  for (let start = 0; start <= run.length - 2; start++) {
    if (start > 0 && !ORGANISATION_END.test(run.slice(0, start))) continue;
    for (let length = Math.min(4, run.length - start); length >= 2; length--) {
      const surname = run.slice(start, start + length);
      const rest = run.length - start - length;
      if (!surnames.has(surname) || rest > 2 || (rest === 0 && PLACE_SURNAMES.has(surname))) continue;
      return start;
    }
  }
  return undefined;
}

/**
 * A surname and a given name with a space between (山田 太郎がご案内します, 佐藤　花子): a kanji word that the dictionary
 * lists as a surname (two characters or more), then one it lists as a given name; a one-kanji given name that is also
 * a noun needs a person cue after it, as in japaneseFullName.
 */
/**
 * A kanji word (the surname) before a space and another (the given name, read ahead, not taken: see below); not the
 * kanji after ノ or ヶ, the end of a surname so written (市ノ瀬 琴音, 八ヶ代 陽子), which a later rule takes whole.
 */
const SPACED_NAME = /(?<![\p{Script=Han}々ノ])(\p{Script=Han}[\p{Script=Han}々]{0,4})(?=[ 　](\p{Script=Han}[\p{Script=Han}々]{0,5})(?![\p{Script=Han}々]))/gu;
const japaneseSpacedFullName: PiiDetector = gated(/\p{Script=Han}[ 　]\p{Script=Han}/u, {
  type: "PERSON",
  find(shadow) {
    const { surnames, givenNames, nounGivenNames } = nameLexicon();
    const spans: Span[] = [];
    // The given name is read ahead, not taken: a word and a space before the surname (住職 山田 正弘) must not use it up.
    for (const match of matchesOf(SPACED_NAME, shadow)) {
      const [, surname, written] = match as unknown as [string, string, string];
      // A title written straight after the given name (吉田 真一課長) is not part of it, and says a person.
      const title = TITLE_AT_END.exec(written);
      const given = title ? written.slice(0, title.index) : written;
      const end = match.index + surname.length + 1 + given.length;
      if (!givenNames.has(given) && !(givenByForm(given) && surname.length >= 2 && surnames.has(surname) && !commonNouns().has(surname))) continue;
      // A one-kanji surname (堤 正弘です) or one the dictionary lacks (石動 沙織（…@…）) with a given name of two kanji it
      // lists, before a person's cue: self-introductions and contact lines. Not a staff's word or a job's title read as
      // the surname (経理担当 美咲 さん, 営業部長 結衣 様): who the person is, before the given name.
      const known = surname.length >= 2 && surnames.has(surname);
      // A one-kanji given name after an unlisted surname only right before an honorific or です (患者 座波 清 さん).
      // A one-kanji given name after an unlisted surname of three kanji or more before an e-mail address too (真栄城 拓
      // （t.maeshiro@…）): a contact line, and a word that long is no role's. A one-kanji surname the dictionary lacks,
      // with a given name of two kanji it lists, when the two fill a table's cell (| 蔀 千景 |): a roster's person.
      const emailed = surname.length >= 3 && EMAIL_AFTER.test(shadow.slice(end, end + 40));
      // In a cell the given name must be no common noun either (| 新 千歳 |: a place), nor the one kanji a prefix.
      const inCell = fillsCell(shadow, match.index, end) && !commonNouns().has(given) && !NAME_PREFIX.test(surname);
      // A person's post after the name, set apart by a space or in brackets (久保園 信吾 社長の携帯, 浜口 修（工場長）より):
      // a one-kanji given name too after a surname of two kanji or more.
      const posted = POST_AFTER_NAME.test(shadow.slice(end, end + 12));
      const cued =
        (given.length >= 2 || (surname.length >= 2 && (ADDRESSED_AFTER.test(shadow.slice(end, end + 4)) || posted)) || emailed) &&
        !nounGivenNames.has(given) &&
        !commonNouns().has(surname) &&
        !PLACE_SURNAMES.has(surname) &&
        // A word ending as a role's or a place's does (…先, …長) and no noun is a surname before a post (松先 修（工場長）).
        (!NOT_A_NAME.test(surname) || posted) &&
        !DAY_OR_ORDER_WORD.test(surname) &&
        !STAFF_WORD.test(surname) &&
        !TITLE_AT_END.test(surname) &&
        (surname.length >= 2 || surnames.has(surname) || (inCell && given.length >= 2 && !nameLexicon().boundNouns.has(surname))) &&
        (NAME_CUE_AFTER.test(shadow.slice(end, end + 40)) || posted || STAFF_BEFORE.test(shadow.slice(Math.max(0, match.index - 12), match.index)) || signsOff(shadow, match.index, end) || inCell);
      if (!known && !cued) continue;
      const staff = STAFF_BEFORE.test(shadow.slice(Math.max(0, match.index - 12), match.index));
      if (nounGivenNames.has(given) && !title && !staff && !PERSON_CUE.test(shadow.slice(end, end + 8)) && !signsOff(shadow, match.index, end) && !fillsCell(shadow, match.index, end)) continue;
      if (isSakeRiceVariety(shadow, match.index, end)) continue;
      spans.push({ start: match.index, end });
    }
    return spans;
  },
});

/**
 * A given name of two kanji the dictionary lacks (today's children's: 遥斗, 紗希, 遼平), by its last kanji, one given
 * names end in: after a listed surname and a space, as a listed given name is. A common noun so ending (写真, 太陽) is
 * none.
 */
const GIVEN_NAME_FORM = /^\p{Script=Han}[斗翔希平太介輔也哉樹輝郎彦吾悟司志美奈菜香花華佳恵絵乃音穂帆葉紀衣依結咲彩莉梨里那凪凛瑠璃羽汰陽蓮磨雄朗仁]$/u;
/**
 * A ware's painting the dictionary lacks as a noun (赤絵, red enamel; 鉄絵, iron-brown; 青花, blue and white): after its
 * kiln's place (有田 青花 の皿) it names the ware, though it ends as a given name does or is one the dictionary lacks.
 */
const WARE_PAINTING = /^(?:赤絵|鉄絵|青花)$/u;
const givenByForm = (word: string): boolean => GIVEN_NAME_FORM.test(word) && !commonNouns().has(word) && !WARE_PAINTING.test(word);

/**
 * A post after a name, a space before it and no kanji after (社長の, 部長 直通, a brewery's master: 杜氏が), or alone in
 * brackets (（工場長）).
 */
const POST_AFTER_NAME = new RegExp(`^(?:[ 　](?:${POSTS}|工場長|班長|杜氏)(?![\\p{Script=Han}々])|[（(](?:${POSTS}|工場長|班長|杜氏)[）)])`, "u");

/** An honorific or です right after a name, a space between or none. */
const ADDRESSED_AFTER = /^[ 　]?(?:さん|様|氏|くん|ちゃん|です)/u;

/**
 * An e-mail address right after a spaced name: in brackets, or as the line's next field after ／, / or | (唐牛 雅樹 ／
 * k.masaki@…) or a space (江藤 典子 n.eto@…), as a contact line or a sender's list gives a person's address.
 */
const EMAIL_AFTER = /^(?:[ 　]?[（(]|[ \t　]*[／/|][ \t　]*|[ \t　]+)[\w.+-]+@/u;
/** A person's cue after a spaced name: a sign-off or a contact verb, an honorific, or an e-mail address beside it. */
const NAME_CUE_AFTER = new RegExp(`^(?:${PERSON_CUE_AFTER}|[ 　]?(?:さん|様|氏|師|先生|くん|ちゃん))|${EMAIL_AFTER.source}`, "u");

/**
 * A staff member's job before their name and a space or a colon (動物看護師 乾 美桜, 担当 辻 海斗, 行政書士 堤 雅人,
 * 現場代理人：石動 達也, 司書 八重樫 梢, キャディマスター 榊 俊介, 主査 樫尾 里穂): a cue like 様 or です. A licensed profession
 * by its form (…士, …師), a site's appointed roles or an office's ranks (主査, 主事, 参事), and a katakana job that ends as a
 * post does (…マスター, …マネージャー); a brewery's master and hands (杜氏 佐々木 勇, 蔵人); who did the work or who
 * sells (作業 今井 楓, 営業 沢井湊).
 */
const STAFF_BEFORE =
  /(?:トレーナー|担当者?|係員?|職員|スタッフ|司書|(?:副|主任)?主(?:査|事|幹|任)|(?:副)?参事|(?:店|所|院|園|校|館|室)長|引率|[\p{Script=Katakana}ー]{0,6}(?:マスター|マネージャー|リーダー|ディレクター|アシスタント|スタイリスト|コーディネーター)|杜氏|蔵人|作業|営業|\p{Script=Han}{1,5}(?:士|師|代理人|責任者|監督))(?:[ 　]|[ 　]*[:：][ 　]*)$/u;

/** The name fills a table's cell (| 瀬戸口 舞 | 声楽 |, <td>勘解由小路 晴</td>): a listed surname and given name there are a roster's person. */
const fillsCell = (shadow: string, start: number, end: number): boolean =>
  /(?:\|[ \t　]*|<td[^<>]{0,40}>)$/u.test(shadow.slice(Math.max(0, start - 44), start)) && /^(?:[ \t　]*\||<\/td>)/u.test(shadow.slice(end, end + 5));

/**
 * The name closes the text alone, as a message is signed: on its last line (…不在が多いので。⏎清水谷 樹) or after its
 * last sentence (…入れません。辻 海斗): a cue like 様 or です.
 */
const signsOff = (shadow: string, start: number, end: number): boolean =>
  /(?:^|\n|[。！？!?])[ \t　]*$/u.test(shadow.slice(Math.max(0, start - 4), start)) && /^[ \t　]*$/u.test(shadow.slice(end));

const FIRM_END_AFTER = new RegExp(`^${GROWER_OR_SHOP_END}`, "u");
/** A count of goods after a word (5kg, 2人前, ×3箱), not of people (2名, 35歳). */
const QUANTITY_AFTER = /^[ 　]*[×x]?\d+(?:\.\d+)?[ 　]?(?:kg|g|人前|玉|本|個|袋|箱|枚|尾|合|升|杯|缶|瓶|食|ケース|セット|パック)/u;
/**
 * A surname of the dictionary followed by a given name written in hiragana (小林さくらがご案内します), or with a space
 * between (深田 さくら（s-fukada@…）): with the space, the given name must end the hiragana run or be followed by a particle.
 */
/** Two to four kanji, not inside a longer run, then hiragana, perhaps after a space. */
const SURNAME_THEN_HIRAGANA = /(?<!\p{Script=Han})(\p{Script=Han}{2,4})([ 　]?)(\p{Script=Hiragana}{2,6})/gu;
const japaneseHiraganaGivenName: PiiDetector = {
  type: "PERSON",
  find(shadow) {
    const { surnames, givenNames } = nameLexicon();
    const spans: Span[] = [];
    for (const match of matchesOf(SURNAME_THEN_HIRAGANA, shadow)) {
      const [, surname, space, hiragana] = match as unknown as [string, string, string, string];
      // A surname the dictionary lacks or reads as a word (鞍馬 いずみ) after a staff member's post (店長, 担当): with a
      // whole hiragana given name after a space, as a roster writes the staff.
      const staff = space !== "" && isHiraganaGivenName(hiragana) && STAFF_BEFORE.test(shadow.slice(Math.max(0, match.index - 12), match.index));
      if (!surnames.has(surname) && !staff) continue;
      // A place and a kana word before a quantity is a product sold by its region (秋田 こまち 5kg, 青森 つがる 10玉).
      if (PLACE_SURNAMES.has(surname) && QUANTITY_AFTER.test(shadow.slice(match.index + match[0].length, match.index + match[0].length + 8))) continue;
      // A surname joined to a hiragana word and a grower's or a shop's word is the firm's name (上條りんご園, 佐藤いちご農園, 山田せんべい店).
      if (space === "" && FIRM_END_AFTER.test(shadow.slice(match.index + match[0].length, match.index + match[0].length + 4))) continue;
      // Any whole word of two to four kana before who the person is in brackets (百瀬 ゆうと（小5）, 仲間 ちえ（妹）): a
      // shorter name and a particle read there too (ゆう と), and today's children's names are often not in the dictionary.
      const wholeBeforeCue = space !== "" && hiragana.length <= 4 && WHO_IN_BRACKETS_AFTER.test(shadow.slice(match.index + match[0].length, match.index + match[0].length + 8));
      const given =
        (wholeBeforeCue ? hiragana : undefined) ??
        [3, 2, 4]
          .map((length) => hiragana.slice(0, length))
          .find((candidate) => (givenNames.has(candidate) || HIRAGANA_GIVEN.has(candidate)) && (space === "" || /^(?:[のがはもとに]|さん|ちゃん|くん|様|$)/u.test(hiragana.slice(candidate.length)))) ??
        (space !== "" && hiraganaGivenByReading(hiragana) ? hiragana : undefined);
      if (given === undefined) continue;
      spans.push({ start: match.index, end: match.index + surname.length + space.length + given.length });
    }
    return spans;
  },
};

/**
 * After a surname and a space, a whole hiragana word of three or four kana that reads as a given name of the dictionary
 * (荒井 さゆり: IPADIC lists 小百合, read サユリ): shorter words read so are particles and nouns too (より, こと, まえ). Not an
 * honorific and a particle (海老沢 さんが, 森 さまの, 小林 くんと), though サンガ is read as a given name.
 */
const hiraganaGivenByReading = (word: string): boolean =>
  word.length >= 3 && word.length <= 4 && !HONORIFIC_THEN_PARTICLE.test(word) && nameLexicon().givenNameReadings.has(asReading(word));
const HONORIFIC_THEN_PARTICLE = /^(?:さん|さま|ちゃん|くん|どの)(?:[のがはもとにへやで]|たち)$/u;

/** A whole hiragana word written after a surname and a space that is a given name (荒井 さゆり, 小林 さくら). */
export const isHiraganaGivenName = (word: string): boolean => nameLexicon().givenNames.has(word) || HIRAGANA_GIVEN.has(word) || hiraganaGivenByReading(word);

/** Hiragana given names IPADIC does not list as 人名 (it reads さくら as the flower). */
const HIRAGANA_GIVEN = new Set(["さくら", "ひかり", "あおい", "ひなた", "さやか", "みどり", "あかね", "かおり", "ゆかり", "まどか"]);

/**
 * A university named by its town or its founder (松江大学, 高岡大学の研究室): 大学 is a given name of the dictionary too, but
 * after a surname written together it is the school.
 */
const SCHOOL_AFTER_SURNAME = /^大学$/u;

function fullNameAtEnd(run: string, surnames: ReadonlySet<string>, givenNames: ReadonlySet<string>): { start: number; nounGiven: boolean } | undefined {
  const { nounGivenNames } = nameLexicon();
  const from = Math.max(0, run.length - 7);
  for (let start = from; start <= run.length - 3; start++) {
    for (let split = start + 2; split < run.length && split - start <= 4; split++) {
      const given = run.slice(split);
      // A surname with a city's or a ward's word after it (松本市二の丸, 中村区二ツ橋) is the town, not a given name from 市.
      if (surnames.has(run.slice(start, split)) && givenNames.has(given) && !/^[市区郡]/u.test(given) && !SCHOOL_AFTER_SURNAME.test(given)) return { start, nounGiven: nounGivenNames.has(given) };
    }
  }
  return undefined;
}

/** A capitalised word, accented letters too (Gómez, Fernández, Müller). */
/** Latin Extended-A, -B and Additional (Wiśniewski, Dvořák, Şahin, Nguyễn), as a class's range: most patterns have no u flag. */
const LATIN_EXTENDED = "\\u0100-\\u024F\\u1E00-\\u1EFF";
export const EN_WORD = `(?!(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof)\\b)[A-ZÀ-ÖØ-Þ${LATIN_EXTENDED}][a-zA-ZÀ-ÖØ-öø-ÿ${LATIN_EXTENDED}'’-]+`;
/** One or two capitalised words on one line, none of them a title (`Mr. Smith\nMs. Clark` is two names). */
const EN_NAME = `${EN_WORD}(?:[ \\t]+${EN_WORD})?`;
/** A name in capitals of three words, as a passport or a bank writes it (NGUYEN VAN MINH): after a label, all of it. */
const PASSPORT_NAME = "[A-Z]{2,}(?:[ ][A-Z]{2,}){2}(?![A-Za-z])";
export const NOT_A_PERSON =
  /^(?:Customer|Customers|Sir|Madam|Team|Support|All|Everyone|Valued|Friend|Friends|Member|Members|User|Users|Colleague|Colleagues|Partner|Partners|Client|Clients|Shopper|Shoppers|Hiring|Manager|Admin|There|The|Our|Your|My|His|Her|Their|Its|This|That|Mr|Mrs|Ms|Dr|Prof|Guest|Guests|Owner|Owners|Applicant|Applicants|Recipient|Reader|Readers|Sales|Service|Account|Billing)$/;

/** Job titles a signature or a list of people puts beside a name. */
const SIGNING_TITLES = "Lead|Manager|Director|Engineer|Analyst|Specialist|Representative|Coordinator|Consultant|Officer|Agent|Executive|Associate|Partner|Counsel|Paralegal|Architect|Advisor|Accountant|Secretary";

const CAPITALS_NAME = "[A-Z]{2,}(?:[ ][A-Z]{2,}){1,3}(?![A-Za-z])";
/** Words of an instruction written in capitals (FULL NAME AS IN PASSPORT, SAME AS ABOVE), never of a name. */
/** Words in capitals that are no name: a form's words, and a card's brand and tier (card holder VISA GOLD). */
export const CAPITALS_NOT_A_NAME =
  /^(?:AS|IN|OF|ON|TO|THE|AND|OR|FOR|BY|NAME|FULL|SAME|ABOVE|BELOW|BLOCK|LETTERS|CAPITALS|PASSPORT|PRINTED|SHOWN|ID|CARD|VISA|MASTERCARD|MASTER|AMEX|JCB|DINERS|DISCOVER|UNIONPAY|GOLD|PLATINUM|SILVER|CLASSIC|BLACK|PREMIUM|PREMIER|SIGNATURE|INFINITE|DEBIT|CREDIT|BUSINESS|CORPORATE|TEST|USER|DEMO|DUMMY|SAMPLE|UNKNOWN|NONE|NULL)$/;
const NAME_CORRECTED = new RegExp(
  `(?:should (?:be|read)|[Cc]orrect(?:ed)? to|changed? to)[ \\t]+["“]?(?<right>${CAPITALS_NAME})["”]?(?:,?[ \\t]+(?:not|instead of|rather than)[ \\t]+["“]?(?<wrong>[A-Z]{2,}(?:[ ][A-Z]{2,}){0,3})(?![A-Za-z]))?`,
  "dg",
);

/** What a form's field holds until a name is known (Candidate Name: TBD, Name: Not Provided, 担当: Unknown): no word of a name. */
const NO_NAME_YET = /^(?:Not|None|Unknown|Pending|TBD|TBA|TBC|Nil|Null|Anonymous|Self)$/i;

/** A Japanese honorific written in romaji after a name (Shiori-san): no part of the name, which recurs without it. */
const ROMAJI_HONORIFIC = new RegExp(`-${honorificAlternation(...ROMAJI_HONORIFICS_WITH_SHI)}$`);

/** `cues`: the literal words every match starts with, tested before the pattern; `accept`, the name's words and the text after them. */
/**
 * A mailbox that is no role's: a desk, a team or a service signs with its name before info@, desk@ or support@ (Kansai
 * Inbound <desk@…>), a person before their own.
 */
const PERSON_MAILBOX =
  "(?!(?:desk|info|support|contact|sales|team|office|booking|bookings|reservations?|admin|help|helpdesk|hello|service|services|billing|accounts?|hr|jobs|careers|press|enquiries|inquiries|orders|shop|store|customer[-_.]?(?:care|service|support)|cs|frontdesk|front|reception|concierge|notifications?|newsletter|marketing|ops|webmaster|postmaster|noreply|no-reply)@)";

/**
 * A Korean or Chinese family name that is an organisation's word too (Park), last after a listed Latin given name that
 * names no place: the person's family name (Helen Park <…> wrote:), where Olympic Park is a place's.
 */
export function familyAfterGivenName(words: readonly string[], index: number): boolean {
  if (index === 0 || index !== words.length - 1 || !EAST_ASIAN_FAMILY_NAMES.has(words[index]!)) return false;
  return worldNames().latinGiven.has(words[0]!) && !isPlaceName(words[0]!);
}

/**
 * A firm's word right after the words taken (Thanks, Lindqvist Design Studio), or a group's in small letters (Thanks,
 * Siemens team; Cheers, Bosch folks): they are the firm's name, not a person's. Not a form's next label (Name: Ana Lima Phone: …).
 */
const NEXT_WORD = /^[ \t]+(\p{Lu}[\p{L}&'’-]*)(?![\p{L}&'’-]|[ \t]*[:：])/u;
const GROUP_WORD_AFTER = /^[ \t]+(?:team|teams|folks|crew|staff|squad|people|guys|everyone|colleagues|support|engineers)(?![\p{L}])/u;
/** A public body's word after the words taken (checked by Plant Protection Service, Coast Guard Office): the body's name. */
const PUBLIC_BODY_WORD = /^(?:Service|Office|Department|Authority|Commission|Directorate|Inspectorate)$/;
const firmWordAfter = (shadow: string, end: number): boolean => {
  // A titled name's particle family name, then a firm's word (Dr. Santos da Silva Hospital): the firm is named after them.
  if (PARTICLE_NAME_AFTER.test(shadow.slice(end, end + 24))) return firmAfterName(shadow.slice(end, end + 60), { ampersandAlone: false });
  const next = NEXT_WORD.exec(shadow.slice(end, end + 30))?.[1];
  return (next !== undefined && (FIRM_OR_THING_WORD.test(next) || PUBLIC_BODY_WORD.test(next) || /^(?:Inc|Ltd|LLC|LLP|GmbH|Corp|Company|Group)$/.test(next))) || GROUP_WORD_AFTER.test(shadow.slice(end, end + 16));
};

/** A goods' word after an honorific's name: a brand's (Dr. Martens boots, Dr Pepper soda, Dr. Oetker pizza). */
const GOODS = "boots|shoes|sandals|sneakers|trainers|insoles|soda|cola|drinks?|pizzas?|products?|brand|stores?|shop|outlet|Bettwäsche|Kissen|Decken?|Matratzen?|Handtücher|Schuhe|Kaffee|Tee|Seifen?|Produkte|Shop|chaussures|savons?|café";
const GOODS_AFTER = new RegExp(`^[ \\t]+(?:${GOODS})(?![\\p{L}])`, "u");
/** A goods' word the name's pattern took as a family name (Frau Holle Bettwäsche: a bedding brand named for the tale). */
const GOODS_WORD = new RegExp(`^(?:${GOODS})$`, "u");

export function englishDetector(cues: RegExp, pattern: RegExp, accept: (words: readonly string[], after: string) => boolean = () => true): PiiDetector {
  return gated(cues, {
    type: "PERSON",
    find(shadow) {
      const spans: Span[] = [];
      for (const match of matchesOf(pattern, shadow)) {
        const name = match.groups!.secret!;
        const words = name.split(/\s+/);
        // A job title's words name a role, no one (approved by Managing Director).
        // Nor does the word for what the person is to the writer before a name (Rider Nomvula reported: the rider).
        if (NOT_A_PERSON.test(words[0]!) || PERSON_JOB_WORD.test(words[0]!) || words.some((word, index) => (ORGANISATION_WORD.test(word) && !familyAfterGivenName(words, index)) || FIRM_OR_THING_WORD.test(word) || NO_NAME_YET.test(word) || TITLE_WORD.test(word))) continue;
        const [found, end] = match.indices!.groups!.secret!;
        if (!accept(words, shadow.slice(end, end + 40))) continue;
        if (firmWordAfter(shadow, end)) continue;
        // A post's abbreviation before the name (先方 PM Tanaka, 担当 QA Okafor) is the person's job, not a part of the name.
        const post = words.length > 1 && LATIN_JOB_ALONE.test(words[0]!) ? /^\S+\s+/.exec(name)![0].length : 0;
        spans.push({ start: found + post, end: end - (ROMAJI_HONORIFIC.exec(name)?.[0].length ?? 0) });
      }
      return spans;
    },
  });
}

/** Whether a romaji word reads as one of `readings` (Sato as サトウ). */
export const readsAs = (word: string, readings: ReadonlySet<string>): boolean => romajiReadings(word).some((reading) => readings.has(reading));

/**
 * A Japanese name in romaji, in either order, before words that say a person in a Japanese sentence (生産管理課の Sato
 * Yuki です, Kenta Mori と申します): a surname's reading and a given name's by the dictionary. Before と申します or
 * でございます any two name-shaped words are a name.
 */
const ROMAJI_BEFORE_CUE = /(?<![A-Za-z])(?<first>[A-Z][a-z]{1,11})[ \t]+(?<second>[A-Z][a-z]{1,11})[ \t]?(?<cue>と申|でござ|です(?=[。、!！（(\s]|$)|が(?:対応|担当)|より(?=[。、\s]|$))/dgu;

/**
 * A message signed by one romaji name before より after its last sentence (…お伝えください。Haruka より): a given name or a
 * surname the dictionary reads, no English word or place (Tokyo より届きました is a parcel's origin).
 */
const ROMAJI_SIGNED_BEFORE_YORI = /(?<=(?:^|[。！？!?」』）)])[ \t　]*)[A-Z][a-z]{2,11}(?=[ \t]?より(?:[。\s]|$))/gmu;

const romajiNameBeforeCue: PiiDetector = gated(/[a-z][ \t]?(?:と申|でござ|です|が対応|が担当|より)/, {
  type: "PERSON",
  find(shadow) {
    const { surnameReadings, givenNameReadings } = nameLexicon();
    const signed = matchesOf(ROMAJI_SIGNED_BEFORE_YORI, shadow).flatMap((match): Span[] => {
      const name = match[0];
      const reads = readsAs(name, givenNameReadings) || readsAs(name, surnameReadings);
      return reads && !isEnglishWord(name) && !isPlaceName(name) && !ORGANISATION_WORD.test(name) ? [{ start: match.index, end: match.index + name.length }] : [];
    });
    const before = matchesOf(ROMAJI_BEFORE_CUE, shadow).flatMap((match) => {
      const { first, second, cue } = match.groups!;
      if (NOT_A_PERSON.test(first!) || ORGANISATION_WORD.test(first!) || ORGANISATION_WORD.test(second!)) return [];
      const reads =
        (readsAs(first!, surnameReadings) && readsAs(second!, givenNameReadings)) || (readsAs(first!, givenNameReadings) && readsAs(second!, surnameReadings));
      return reads || /^(?:と申|でござ)/u.test(cue!) ? [{ start: match.index, end: match.index + first!.length + match[0].slice(first!.length).search(/[A-Z]/) + second!.length }] : [];
    });
    return [...signed, ...before];
  },
});

/**
 * A couple addressed by their titles and one family name (Mr. and Mrs. O'Sullivan, Dr & Mrs Patel): masked whole, so that
 * no "and" is left beside a mask to say who stood there.
 */
const COUPLE_TITLES = /(?<![A-Za-z])(?:Mr|Dr)\.?[ \t]+(?:and|&)[ \t]+(?:Mrs|Ms|Dr)\.?[ \t]+$/;
const coupleNames = englishDetector(/(?:Mr|Dr)\.?[ \t]+(?:and|&)[ \t]+(?:Mrs|Ms|Dr)/, new RegExp(`(?<![A-Za-z])(?:Mr|Dr)\\.?[ \\t]+(?:and|&)[ \\t]+(?:Mrs|Ms|Dr)\\.?[ \\t]+(?<secret>${EN_NAME})`, "dg"));
const titledCouple: PiiDetector = {
  type: "PERSON",
  find: (shadow) =>
    coupleNames.find(shadow).map(({ start, end }) => ({ start: start - COUPLE_TITLES.exec(shadow.slice(Math.max(0, start - 24), start))![0].length, end })),
};

/**
 * Brands named with a title and a name (Dr. Martens boots, Dr Pepper, Mr. Clean, Mrs. Fields cookies): a product's
 * or a maker's name, no one to mask.
 */
const TITLED_BRAND =
  "(?:Dr\\.?\\s*(?:Martens|Pepper|Scholl'?s?|Oetker|Bronner'?s?|Jart\\+?)|Mr\\.?\\s*(?:Clean|Coffee|Muscle|Sheen|Potato Head)|Mrs\\.?\\s*(?:Fields|Meyer'?s?))(?![A-Za-z])";

/** A product's tier and its size in brackets (Model (Pro, 14), (Air 11"), (Max, 16-inch)): no group's name and a child's age. */
const PRODUCT_TIER_AND_SIZE = /^[ \t]?\((?:Pro|Max|Air|Mini|Plus|Ultra|Lite|SE|Standard|Basic|Premium)[, \t]+\d{1,2}(?:\.\d)?(?:["”]|-?inch| ?in| ?cm)?\)/;

export const NAME_DETECTORS: readonly PiiDetector[] = [
  // Whole, before a role's rule takes its family name alone (申請者 チャン・ティ・フオン).
  vietnameseKatakanaName,
  eastAsianKatakanaName,
  particleKatakanaName,
  japaneseNameWithReading,
  japaneseHonorific,
  japaneseRole,
  japaneseKinship,
  japaneseRoleByForm,
  japaneseFullName,
  japaneseSpacedFullName,
  japaneseSurnameInContext,
  japaneseHiraganaGivenName,
  japaneseHiraganaWithHonorific,
  japaneseHiraganaSurnameAddressed,
  japaneseSurnameAlone,
  surnameAfterLatinJob,
  romajiNameBeforeCue,
  romajiSurnameAlone,
  titledCouple,
  // A goods' word after the name makes it a brand named after a doctor (Dr. Martens boots, Dr Pepper soda), no one; so
  // does a brand known by its title and name alone (TITLED_BRAND).
  // French and German titles stand so too (Mme Yumi Lefèvre, Mlle Chloé Bernard, Frau Anke Vogel).
  englishDetector(/Mr|Ms|Miss|Mx|Dr|Prof|Mme|Mlle|Frau/, new RegExp(`\\b(?!${TITLED_BRAND})(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Mme|Mlle|Frau)\\.?\\s+(?<secret>${EN_NAME})`, "dg"), (words, after) => !GOODS_AFTER.test(after) && !words.some((word) => GOODS_WORD.test(word))),
  // A greeting opens a message, not after an article (a Hello Kitty bag: a brand), nor before a voice assistant's name
  // (Hey Siri). A message that is only a greeting (Hi Priya) ends with the name; Hello and Attention do not end one
  // (Hello Kitty, Hello World, Attention Required).
  englishDetector(
    /Dear|Hi|Hello|Hey|Attn|Attention/,
    new RegExp(
      `(?<![A-Za-z])(?<!(?:^|[^A-Za-z])(?:[Aa]n?|[Tt]he|[Mm]y|[Hh]er|[Hh]is|[Oo]ur|[Tt]heir|[Yy]our)[ \\t]+)(?:Dear|Hi|Hello|Hey|Attn:?|Attention:?)\\s+(?!${VOICE_ASSISTANT})(?<secret>${EN_NAME})(?![\\p{L}'’-])(?!\\s*$(?<=(?<![A-Za-z])(?:Hello|Attn:?|Attention:?)\\s+${EN_NAME}\\s*))`,
      "dgu",
    ),
  ),
  // A wish on a card names whom it is for (Happy birthday Em, love T.; Congratulations Sofia!): words of no English
  // dictionary and no place (Happy birthday Tokyo!), ending the wish (Happy Birthday Song playlist is a song's).
  englishDetector(
    /[Hh]appy [Bb]irthday|[Hh]appy [Aa]nniversary|[Cc]ongratulations|[Cc]ongrats/,
    new RegExp(`(?<![A-Za-z])(?:[Hh]appy[ \\t]+(?:[Bb]irthday|[Aa]nniversary)|[Cc]ongratulations|[Cc]ongrats)[ \\t]*,?[ \\t]+(?<secret>${EN_NAME})(?=[ \\t]*(?:[,!.?'"”’)]|$))`, "dgmu"),
    (words) => words.every((word) => !isEnglishWord(word) && !isPlaceName(word)),
  ),
  // A thanks said more warmly closes so too (Thanks again, Many thanks, Thank you so much).
  englishDetector(
    /Regards|regards|Best|Sincerely|sincerely|Yours|Cheers|Thank|thanks/,
    new RegExp(
      `(?<![A-Za-z])(?:Regards|Best regards|Kind regards|Warm regards|Best wishes|Sincerely|Yours sincerely|Yours truly|Cheers|(?:Thanks|Thank you)(?:[ \\t]+(?:again|so much|a lot))?|Many thanks|Best)\\s*,\\s*(?<secret>${EN_NAME})`,
      "dg",
    ),
  ),
  // A sign-off's name on its own line after the closing, written after a dash (the shadow's hyphen, so not read as a
  // bullet only here): "Best regards,⏎— Tom Baker".
  englishDetector(
    /(?:[Rr]egards|Best|Sincerely|sincerely|Yours|Cheers|Thank)[^\n]{0,12}\n[ \t]*- ?[A-Z]/,
    new RegExp(`(?<![A-Za-z])(?:Regards|Best regards|Kind regards|Warm regards|Best wishes|Sincerely|Yours sincerely|Yours truly|Cheers|Thanks|Thank you|Best)[,.!]?[ \\t]*\\n[ \\t]*-[ \\t]*(?<secret>${EN_NAME})[ \\t]*$`, "dgm"),
  ),
  // A mail's quoted header: "Bob Jones <bob@example.com> wrote:", "On Tue, 3 Dec 2024, Alice Cooper wrote:"; not a
  // desk's or a team's name before its role mailbox (Kansai Inbound <desk@…>).
  englishDetector(/ wrote:|<[^>\s]+@/, new RegExp(`(?<![A-Za-z])(?<secret>${EN_WORD}(?:[ \\t]+${EN_WORD}){1,2})(?=[ \\t]*(?:<${PERSON_MAILBOX}[^>\\s]+@[^>\\s]+>|wrote:))`, "dg")),
  // A mail header's display name, quoted too as mail clients write it: From: John Smith <john@example.com>, From: "Lim Wei Jie" <…>.
  englishDetector(/(?:From|To|Cc|Bcc|Reply-To):/, new RegExp(`(?<![A-Za-z-])(?:From|To|Cc|Bcc|Reply-To):[ \\t]+"?(?<secret>${EN_WORD}(?:[ \\t]+${EN_WORD}){1,2})"?(?=[ \\t]*<${PERSON_MAILBOX}[^>\\s]*@)`, "dg")),
  // A self-introduction or a form's name field, in English or Japanese (お名前⏎Christopher Nolan-Hayes).
  englishDetector(
    /[Mm]y name is|[Nn]ame:|(?:名前|氏名|申込者|申請者|契約者|依頼者|差出人|担当者?|先方|当方|出張者|予約者|同行者|旅行者|搭乗者|宿泊者|幹事|経理|講師)(?:[:：]\s*|\s+)[A-Z]|(?:シッター|ヘルパー|インストラクター|家庭教師)[:：]\s*[A-Z]|[部課室係班] [A-Z]/,
    // A carer's or a tutor's role in katakana only before a colon (シッター: Joy Mangubat): spaced, it is a word of a sentence.
    new RegExp(`(?:(?<![A-Za-z])(?:[Mm]y name is|[Nn]ame:)|名前|氏名|申込者|申請者|契約者|依頼者|差出人|担当者?|先方|当方|出張者|予約者|同行者|旅行者|搭乗者|宿泊者|幹事|経理|講師|(?<![\\p{Script=Katakana}ー])(?:ベビー)?(?:シッター|ヘルパー|インストラクター)(?=[:：])|家庭教師(?=[:：])|(?<=[\\p{Script=Han}\\p{Script=Katakana}ー\\d])[部課室係班](?= ))(?:[:：]\\s*|\\s+)(?<secret>${PASSPORT_NAME}|${EN_NAME}(?:[ \\t]+${EN_WORD}(?![\\p{L}:：]))?)(?![A-Za-z\\d'’-])`, "dgu"),
    // A code after a room's or a section's word (研究室 A-301, 教室 Bob-204) is a room's, no name: a name ends before a digit.
    // A place in the field (Name: Tokyo, Japan: a venue's or an office's) is no one. A third word is the name's too
    // (Billing name: Joaquín Herrera Torres), unless a label's (Name: Ana Lima Phone: …).
    (words) => !words.every(isPlaceName) && !(words.length === 1 && LATIN_JOB_ALONE.test(words[0]!)) && !isShopOrThing(words),
  ),
  englishDetector(
    /I am|I'm|[Tt]his is| by|[Aa]ssigned to|[Cc]ontact person/,
    new RegExp(
      `(?<![A-Za-z])(?:I am|I'm|[Tt]his is|(?:[Ss]igned|[Hh]andled|[Pp]repared|[Rr]eviewed|[Aa]pproved|[Ww]ritten|[Cc]hecked|[Ss]ubmitted|[Rr]equested|[Rr]eported|[Dd]rafted) by:?|[Aa]ssigned to|[Cc]ontact person:?)\\s+(?<secret>${EN_WORD}[ \\t]+${EN_WORD})`,
      "dg",
    ),
  ),
  // A ticket's person field with a full name (Assignee: Ngozi Eze-Okafor, Escalated to Ramon Gutierrez), or a sign-up
  // form's (Participant: Raimundo Pereira, Instructor: Pemba Dorje Lama): words of no English dictionary and no place,
  // one of them a listed name, since a team, a queue or a course stands there too (Owner: Platform Ops, Participant:
  // Open Water). A third word only after one space and ending the field: a form's next label stands after several
  // (…Pereira   Buddy:), a team's word after one (Ngozi Eze-Okafor Team lead).
  englishDetector(
    /Assignee|Owner|Reporter|Approver|Reviewer|Requester|Escalated to|Participant|Attendee|Instructor|Buddy|Diver/,
    new RegExp(
      `(?<![A-Za-z])(?:Assignee|Owner|Reporter|Approver|Reviewer|Requester|Escalated to|Participant|Attendee|Instructor|Buddy|Diver)[ \\t]*:?[ \\t]+(?<secret>${EN_WORD}[ \\t]+${EN_WORD}(?: ${EN_WORD}(?=[ \\t]*(?:[,;(\\n]|$|[ \\t]{2})))?)(?![\\p{L}'’-])`,
      "dgu",
    ),
    (words) =>
      words.every((word) => !isEnglishWord(word) && !isPlaceName(word)) &&
      words.some((word) => word.split("-").some((part) => worldNames().latinGiven.has(part) || worldNames().latinFamily.has(part))),
  ),
  // A list of people with their departments in brackets: 北川（営業一課）、Sophie Laurent（技術サポート）.
  englishDetector(/[）)]、/, new RegExp(`[）)]、[ \t]?(?<secret>${EN_WORD}[ \t]+${EN_WORD})(?=[ \t]?[（(])`, "dg")),
  // A Latin name addressed in Japanese, up to three words (担当の Ryan さん, Smith様, NGUYEN VAN MINH様), a note in
  // Japanese on where the person is from perhaps between (大家の Tsetseg (モンゴル) さん, Amara（ケニア）様).
  englishDetector(
    new RegExp(`[A-Za-zà-ÿ)][ \\t]?${POLITE_OR_FORMAL_HONORIFIC}`),
    new RegExp(`(?<![A-Za-z])(?<secret>${EN_WORD}(?:[ \\t]+${EN_WORD}){0,2})[ \\t]?(?:\\([\\p{Script=Han}\\p{Script=Katakana}ー・]{1,10}\\)[ \\t]?)?${POLITE_OR_FORMAL_HONORIFIC}`, "dgu"),
  ),
  // A sign-off closing a message: "…, thanks. Tom", "Cheers! Anna".
  englishDetector(/[Tt]hanks|Thank you|Cheers|Regards/, new RegExp(`(?<![A-Za-z])(?:[Tt]hanks|Thank you|Cheers|Regards)[.!][ \\t]+(?<secret>${EN_WORD})[.!]?[ \\t]*$`, "dgm")),
  // Thanks to one person by name, with no comma: "Thanks Daniel.", "Cheers Anna!".
  englishDetector(/Thanks|Thank you|Cheers/, new RegExp(`(?<![A-Za-z])(?:Thanks|Thank you|Cheers)[ \\t]+(?<secret>${EN_WORD})(?=[.!,]|[ \\t]*$)`, "dgm")),
  // A name signing with a dash and a job title: "> Priya — Customer Success Lead", "Tom Baker - Support Engineer".
  englishDetector(
    / [—–-] /,
    new RegExp(
      `(?<![A-Za-z])(?<secret>${EN_NAME})[ \\t]+[—–-][ \\t]+(?:[A-Z][a-z]+[ \\t]+){0,3}(?:${SIGNING_TITLES})\\b`,
      "dg",
    ),
  ),
  // A signature's line of a full name, a bar and a job title: "Ruth Abernathy | Senior Associate".
  englishDetector(/\| ?[A-Z]/, new RegExp(`^[ \\t]*(?<secret>${EN_WORD}[ \\t]+${EN_WORD})[ \\t]*\\|[ \\t]*(?:[A-Z][a-z]+[ \\t]+){0,3}(?:${SIGNING_TITLES})\\b`, "dgm")),
  // A name after a dash (an em dash in the text; the shadow folds it) and before a comma: a sign-off line ending in
  // the desk or title ("— Shun Okazaki, IT Service Desk Tokyo"), or a person named in a sentence with the flat or
  // street number of an address after it ("instead — Rhys Evans, Flat 2, 31 Cowley Road"). A bullet starts with a
  // dash too, so at the start of a line only the sign-off's form counts.
  englishDetector(
    /- [A-Z]/,
    new RegExp(
      `(?:^[ \\t]*|(?<=[^\\s-][ \\t]))-[ \\t]+(?<secret>${EN_WORD}[ \\t]+${EN_WORD}),[ \\t]+(?=(?:[A-Z][A-Za-z&]*[ \\t]+){0,3}(?:Desk|Service|Support|Team|Office|Department|Dept|Manager|Lead|Director|Engineer|Officer|Agent|Specialist|Coordinator|Consultant|Adjuster|Analyst|Representative)(?:[ \\t]+[A-Z][A-Za-z]*){0,3}[ \\t]*$|(?<=[^\\s-][ \\t]-[^\\n]*)(?:Flat|Apt|Unit|Suite|\\d{1,5}[A-Z]?)[ \\t]+[A-Z\\d])`,
      "dgm",
    ),
  ),
  // A greeting that introduces the writer by name, one word or two: "Hi, it's Sam, my customer number is …", "Hi it's
  // Kateryna Bondarenko from E-112".
  englishDetector(/it's|it is|this is/, new RegExp(`(?<![A-Za-z])(?:Hi|Hello|Hey),?\\s+(?:it's|it is|this is)\\s+(?<secret>${EN_NAME})`, "dg")),
  // A job title or "contact" before a full name, up to three words: "Customer Service Manager Olivia Brandt approves",
  // "contact Wei Ling Tan", "my colleague Ravi Shankar", "great service from Daniel Kim".
  englishDetector(
    /Manager|Director|Engineer|Analyst|Specialist|Representative|Coordinator|Consultant|Officer|Lead|[Cc]olleague|[Cc]ontact| from /,
    new RegExp(
      `(?<![A-Za-z])(?:Manager|Director|Engineer|Analyst|Specialist|Representative|Coordinator|Consultant|Officer|Lead|[Cc]olleague|[Cc]ontact|(?:[Ss]ervice|[Hh]elp|[Ss]upport|[Aa]ssistance|[Aa]dvice) from)[ \\t]+(?<secret>${EN_WORD}[ \\t]+${EN_WORD}(?:[ \\t]+${EN_WORD})?)`,
      "dg",
    ),
  ),
  // A full name before what people do in a support log, perhaps with an aside: "Jean-Luc Martin (Sent from my
  // iPhone) asked us to call"; not after an article, which names a hotel or a firm (The Ritz-Carlton Osaka confirmed).
  englishDetector(
    /asked|called|wrote|said|requested|reported|confirmed|replied|emailed|complained|phoned|mentioned/,
    new RegExp(
      `(?<![A-Za-z'’-])(?<!(?<![A-Za-z])(?:[Tt]he|[Aa]n?)[ \\t]+)(?<secret>${EN_WORD}[ \\t]+${EN_WORD})(?:[ \\t]*\\([^)\\n]{0,40}\\))?[ \\t]+(?:asked|called|wrote|said|requested|reported|confirmed|replied|emailed|complained|phoned|mentioned)\\b`,
      "dg",
    ),
  ),
  // A chat mention (@Priya, @Tom Becker): not an e-mail's or a handle's @ after a word, nor a decorator starting a
  // line of code (@Override, @Component({ … }), @Test public void …), nor a BibTeX entry (@InProceedings{…).
  englishDetector(
    /@[A-ZÀ-ÖØ-Þ\u0100-\u024F]/,
    new RegExp(
      `(?<![\\w.@/+-])@(?<secret>${EN_NAME})(?![\\w({[<]|[ \\t]+@|[ \\t]+(?:public|private|protected|static|class|void|def|async|export|function|fun|val|var|final|abstract|override)\\b)(?!(?<=^[ \\t]*@[^\\n]*)[ \\t]*$)`,
      "dgmu",
    ),
  ),
  // A Japanese honorific written in romaji after a name: Kenji-san, Mori-sama, Tanaka-sensei.
  // Not a city's -shi (市), which an address's next part, a preposition of place or an address's block before says it
  // is (in Osaka-shi, Osaka-shi Kita-ku, 4-6-12, Kobe-shi), nor one after a city the lexicon knows (Nagoya-shi).
  englishDetector(
    /-(?:san|sama|kun|chan|sensei|senpai|shi)\b/,
    new RegExp(`(?<![A-Za-z-])(?<secret>${EN_WORD.replace("'’-", "'’")})-(?:san|sama|kun|chan|sensei|senpai|shi)\\b(?!(?<=-shi)${CITY_PART_AFTER_SHI})${PLACE_PREPOSITION_BEFORE_SHI}`, "dg"),
    (words, after) => !(after.startsWith("-shi") && words.every(isPlaceName)),
  ),
  // A full name before its contact details or its identity document in brackets: "the vendor contact is Shinji
  // Hashimoto (s-hashimoto@…, 03-…)", 名簿に Tran Thi Hoa（在留カード …）.
  englishDetector(
    /[A-Za-z] ?[(（]/,
    new RegExp(
      `(?<![A-Z][a-zA-Z]*[ \\t]+|[A-Za-z])(?<secret>${EN_WORD}(?:[ \\t]+${EN_WORD}){1,2})[ \\t]?(?:\\((?=[^)\\n]{0,40}?(?:[\\w.+-]+@[\\w-]+\\.|\\+?\\d[\\d ()-]{7,}\\d))|[(（](?=パスポート|旅券|在留カード|[Pp]assport|[Rr]esidence card))`,
      "dgu",
    ),
  ),
  // A contact line's full name before a dash and the phone number or the e-mail: "English support: Mika Sato — +81 …".
  englishDetector(
    / - (?:\+?\d|[\w.+-]+@)/,
    new RegExp(`(?:^|(?<=[:：][ \\t]*))(?<secret>${EN_WORD}[ \\t]+${EN_WORD})[ \\t]+-[ \\t]+(?=\\+?\\d[\\d ()-]{7,}\\d|[\\w.+-]+@[\\w-]+\\.)`, "dgm"),
  ),
  // A Latin name introducing themselves in a Japanese sentence after what they are: 会員番号 … の Wu Mei-ling です.
  englishDetector(/の[ \t]?[A-Z]/, new RegExp(`の[ \\t]?(?<secret>${EN_WORD}(?:[ \\t]+${EN_WORD}){1,2})[ \\t]?(?:です|と申します|でございます)`, "dgu")),
  // A person's role in katakana or English before a full name: アカウントエグゼクティブ Mika Sato, Solutions Architect 李 明浩.
  englishDetector(
    /(?:ブ|ー|ト|ス|ル)[ \t　][A-Z]/,
    new RegExp(`(?:エグゼクティブ|マネージャー|マネジャー|エンジニア|アーキテクト|リーダー|ディレクター|コンサルタント|サクセス|デザイナー|アナリスト|スペシャリスト)[ \\t　]+(?<secret>${EN_WORD}[ \\t]+${EN_WORD})`, "dgu"),
  ),
  englishDetector(
    /(?:Manager|Director|Engineer|Architect|Executive|Consultant|Lead) \p{Script=Han}/u,
    new RegExp(`(?<![A-Za-z])(?:Manager|Director|Engineer|Architect|Executive|Consultant|Lead)[ \\t]+(?<secret>\\p{Script=Han}{1,3}[ 　]\\p{Script=Han}{1,3})(?![\\p{Script=Han}々])`, "dgu"),
  ),
  // A nickname in quotes: (goes by "Gary"), also known as 'Bea'.
  englishDetector(/goes by|known as|a\.?k\.?a|nicknamed/, new RegExp(`(?:goes by|known as|a\\.?k\\.?a\\.?|nicknamed)[ \\t]+["“'‘](?<secret>${EN_WORD})["”'’]`, "dg")),
  // A parent or a relative named by the child or the person they belong to: Ethan Park's mom, Nora's father. A family
  // name that is a place's word too (Park, Hall) is the person's here: only the first word must be no firm's.
  gated(
    /['’]s (?:mom|mum|mother|dad|father|son|daughter|wife|husband|guardian|grand)/,
    patternDetector(
      "PERSON",
      new RegExp(`(?<![A-Za-z])(?<secret>${EN_NAME})['’]s (?:mom|mum|mother|dad|father|son|daughter|wife|husband|guardian|grandmother|grandfather|grandson|granddaughter)\\b`, "dg"),
      (match) => !NOT_A_PERSON.test(match.groups!.secret!.split(/\s+/)[0]!) && !ORGANISATION_WORD.test(match.groups!.secret!.split(/\s+/)[0]!),
    ),
  ),
  // A desk's person in brackets after it: accounts (Priya), HR (Tom) to sign; not the desk's place (Sales (Tokyo)).
  englishDetector(
    /(?:accounts|finance|payroll|billing|legal|reception|HR|IT|admin|sales|support) ?\(/i,
    new RegExp(`(?<![A-Za-z])(?:[Aa]ccounts|[Ff]inance|[Pp]ayroll|[Bb]illing|[Ll]egal|[Rr]eception|HR|IT|[Aa]dmin|[Ss]ales|[Ss]upport)[ \\t]?\\((?<secret>${EN_WORD})\\)`, "dg"),
    (words) => !words.every(isPlaceName),
  ),
  // A sign-off ending a message with the desk or the group in brackets, capitalised: "… 11:45. Emi (Sakura Travel)",
  // "— Ken (PTA, 3-2)"; not a reference (… Appendix (page 3)).
  // Not a place before its office's bracket (Grand Central (Tokyo office)), nor a product before its tier and size
  // (Model (Pro, 14), Tablet (Air 11")).
  englishDetector(
    /[A-Za-z] ?\([^()\n]{2,30}\)\s*$/,
    new RegExp(`(?:^|(?<=[.!?。][ \\t]+(?:-[ \\t]+)?))(?<secret>${EN_NAME})[ \\t]?\\((?=[A-Z])[^()\\n]{2,30}\\)[ \\t]*$`, "dg"),
    (words, after) => !placeBeforeOffice(words, after) && !PRODUCT_TIER_AND_SIZE.test(after),
  ),
  // A name after a hand-over's label (→ 受け：Daniel Ortiz, 後任：Anna Berg).
  englishDetector(/(?:後任|前任|引継ぎ?先|受け手?)[:：]/, new RegExp(`(?:後任|前任|引継ぎ?先|受け手?)[:：][ \\t]*(?<secret>${EN_NAME})`, "dgu")),
  // A name in capitals in a request to correct it, and the wrong spelling after it: "my name on booking … is
  // misspelt. It should be JOHN PAUL REID, not JON PAUL REID". Only where the text speaks of a name's spelling, and a
  // name of two words or more (should be CLOSED, not OPEN is a status).
  gated(/[Mm]y name|[Nn]ame on|misspel|[Ss]pelling|氏名(?:の)?訂正|名前(?:の)?(?:訂正|誤)/u, {
    type: "PERSON",
    find: (shadow) =>
      matchesOf(NAME_CORRECTED, shadow)
        .filter((match) => !match.groups!.right!.split(" ").some((word) => CAPITALS_NOT_A_NAME.test(word)))
        .flatMap((match) => [match.indices!.groups!.right!, ...(match.indices!.groups!.wrong ? [match.indices!.groups!.wrong] : [])].map(([start, end]) => ({ start, end }))),
  }),
  // A card holder's or an account's name as embossed or registered, in capitals, a middle initial too: 名義：TARO
  // YAMADA, Cardholder: JANE DOE, account name GARETH J HOLLOWAY, a payment log's holder=AYA SATO; not the card's brand
  // and tier (VISA GOLD) nor a test card's placeholder (holder=TEST USER).
  gated(
    /名義|[Cc]ard ?holder|[Nn]ame [A-Z]|[Hh]older(?:[ _]?[Nn]ame)? ?=/,
    patternDetector(
      "PERSON",
      /(?:(?:名義人?|[Cc]ard ?holder|[Nn]ame on card|(?<![A-Za-z])[Nn]ame)\s*[:：]?|(?:(?<![A-Za-z])|[Cc]ard[ _]?)[Hh]older(?:[ _]?[Nn]ame)?[ \t]*=)\s*(?<secret>[A-Z]{2,}(?:[ ][A-Z]\.?)?(?:[ ][A-Z]{2,}){1,2})(?![A-Za-z])/dg,
      (match) => !match.groups!.secret!.split(" ").some((word) => CAPITALS_NOT_A_NAME.test(word)),
    ),
  ),
];
