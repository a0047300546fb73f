import { nameJoinedByAnd } from "./and-joined-names.js";
import { southernChineseParts } from "./asian-romanised-names.js";
import type { Span } from "./detector.js";
import { isEastAsianFamily } from "./east-asian-kanji-names.js";
import { vietnameseKatakanaFamily } from "./katakana-foreign-names.js";
import { isEnglishWord, isPlaceName } from "./english-person-tagger.js";
import { asReading, commonNouns, nameLexicon } from "./japanese-name-lexicon.js";
import { kanaCanWriteLatinName } from "./latin-name-kana.js";
import { readsAsParts } from "./latin-name-cues.js";
import { isHiraganaGivenName, ORGANISATION_WORD, PLACE_SURNAMES } from "./name-detectors.js";
import { SpanIndex } from "./span-index.js";
import { worldNames } from "./world-name-lexicon.js";

/**
 * Names known by a name found beside them, once every detector has read a text: the surname before a given name that
 * was masked alone (阿部 [翔太] 様), the other people of a list that holds a found name (参加者は [佐野]さん、Emma、Tom
 * です; 上野 と [坂口] が保管; [Connor] and Maeve), and a found full name's surname where it stands alone later (上野 真理子 … 以上、上野).
 */

interface Finding extends Span {
  type: string;
}

/** A surname and a given name with a space between (上野 真理子, 小野寺　正男): the surname alone names the same person. */
const KANJI_FULL_NAME = /^(\p{Script=Han}{2,4})[ 　]+([\p{Script=Han}\p{Script=Hiragana}々]{1,4})$/u;

/**
 * A Latin full name of two to four words, letters beyond Latin-1 too (Takashi Imai, Yuko Ferreira-Sato, Nguyen Minh
 * Chau, Nguyễn Thị Hồng Nhung, Jae-won Park): its first and its last word, whichever is the given name.
 */
const LATIN_FULL_NAME = /^(\p{Lu}[\p{Ll}'’]{2,15}|\p{Lu}[\p{Ll}]{1,5}-\p{Ll}{2,5})[ \t]+(?:\p{Lu}[\p{Ll}'’-]+[ \t]+){0,2}(\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}?[\p{Ll}'’]+)?)$/u;
/** A family name in capitals, then one to three capitalised given names (NGUYEN Duc Anh, KIM Min Jun). */
const CAPITALS_FIRST = /^\p{Lu}{2,16}[ \t]+(\p{Lu}\p{Ll}+(?:[ \t]+\p{Lu}\p{Ll}+){0,2})$/u;
/** A whole name in capitals family first, as a passport writes it (HIGA SOICHIRO, TAKARABE KANA): its family name leads,
 * unless a particle does (VAN DER BERG). */
const ALL_CAPITALS_FIRST = /^(?!(?:DEL|LOS|LAS|DOS|DAS|VAN|VON|DER|DEN|BIN|BINTI) )([A-Z]{3,16})(?: [A-Z]{2,16}){1,3}$/;
/** A Latin name written family name first, a comma and the given names (Reyes, Maricel; SCHMIDT, Katharina Anna). */
const FAMILY_COMMA_GIVEN = /^(\p{Lu}[\p{Ll}'’]{2,15}|\p{Lu}{3,16}),[ \t]*(\p{Lu}[\p{Ll}'’]{2,15})(?:[ \t]+\p{Lu}[\p{Ll}'’-]+){0,2}$/u;
/** Given names that are words too, at a sentence's start or in a title (Will you, May we, Grant application). */
const GIVEN_NAME_WORD = /^(?:Will|May|Mark|Grant|Bill|Rose|Joy|Hope|June|Art|Faith|Sue|Pat|Rich|Guy|Don|Ken)$/u;

/**
 * The parts of a found full name that name the same person alone, to mask where they repeat: a Japanese surname the
 * dictionary lists (上野 真理子 … 以上、上野) and the given name in kanji, a Latin name's family name and given name
 * (Takashi Imai … with Imai; Rachel Whitcombe … Rachel should not), a Singaporean one's family name and given name
 * (Lim Wei Jie: Lim, Wei Jie), a Vietnamese one's family name in katakana (ブイ・ヴァン・ナム: ブイ).
 */
export function partsOfFullName(value: string): string[] {
  const joined = joinedWriting(value);
  const kanji = KANJI_FULL_NAME.exec(value);
  if (kanji !== null) {
    const [, surname, given] = kanji;
    // A surname the dictionary lacks names the person alone too when the given name is one it lists (石動 達也 … 所長 石動 が).
    const unlisted = /^[\p{Script=Han}々]{2,}$/u.test(given!) && nameLexicon().givenNames.has(given!) && !nameLexicon().nounGivenNames.has(given!) && !commonNouns().has(surname!);
    if (!nameLexicon().surnames.has(surname!) && !unlisted) return [];
    // A given name in kanji names the same person alone (石原 凛 … 凛の誕生日); one in kana is a piece of other words.
    return /^[\p{Script=Han}々]+$/u.test(given!) ? [surname!, given!, ...joined] : [surname!, ...joined];
  }
  if (joined.length > 0) return joined;
  // A kana surname and a kanji given name (うるま 沙織, フェルト 亜紀): each names the person alone (夜間（うるま 記）).
  const mixed = KANA_SURNAME_KANJI_GIVEN.exec(value);
  if (mixed !== null) return [mixed[1]!, mixed[2]!];
  const vietnamese = vietnameseKatakanaFamily(value);
  if (vietnamese !== undefined) return [vietnamese];
  // The family name in capitals first, as a passport or a school's register writes it (NGUYEN Duc Anh): the given
  // names, by which a teacher's note calls the student (student Duc Anh).
  const capitalsFirst = CAPITALS_FIRST.exec(value);
  if (capitalsFirst !== null) {
    const given = capitalsFirst[1]!;
    return given.split(/[ \t]+/).some((word) => isEnglishWord(word) || NOT_A_GIVEN_NAME.test(word) || NOT_A_NAME_WORD.test(word)) ? [] : [given];
  }
  // The family name alone in capitals later is the same person (paid by card (TAKARABE)); not a word's (NEW, ROOM).
  const allCapitals = ALL_CAPITALS_FIRST.exec(value);
  if (allCapitals !== null) {
    const family = allCapitals[1]!;
    const word = family[0] + family.slice(1).toLowerCase();
    return isEnglishWord(word) || NOT_A_NAME_WORD.test(word) || ORGANISATION_WORD.test(word) ? [] : [family];
  }
  // Family name first, the given name two syllables (Lim Wei Jie … Wei Jie signs alone).
  const southern = southernChineseParts(value);
  if (southern !== undefined) return southern;
  const latin = LATIN_FULL_NAME.exec(value);
  const commaFirst = latin === null ? FAMILY_COMMA_GIVEN.exec(value) : null;
  if (latin === null && commaFirst === null) return [];
  const [given, family] = latin !== null ? [latin[1]!, latin[2]!] : [commaFirst![2]!, commaFirst![1]!];
  // A family name that is a place's or a firm's word too (Park, Hall → Central Park) is masked only where found.
  const parts = family.length >= 3 && !NOT_A_NAME_WORD.test(family) && !ORGANISATION_WORD.test(family) ? [family] : [];
  // A given name written after the comma may be an English word too (Cheng, Ivy): alone, it is the word as often.
  const wordToo = commaFirst !== null && isEnglishWord(given);
  return !wordToo && !NOT_A_GIVEN_NAME.test(given) && !NOT_A_NAME_WORD.test(given) && !GIVEN_NAME_WORD.test(given) ? [...parts, given] : parts;
}

/** A surname in kana, a space and a given name in kanji (mixed-script-names.ts). */
const KANA_SURNAME_KANJI_GIVEN = /^(\p{Script=Hiragana}{3,5}|[\p{Script=Katakana}ー]{3,8})[ 　](\p{Script=Han}[\p{Script=Han}々]{1,2})$/u;

/** A kanji surname, one character too (王 建国), a space, and a kanji given name. */
const SPACED_KANJI_NAME = /^(\p{Script=Han}{1,4})[ 　]+([\p{Script=Han}々]{1,3})$/u;

/**
 * A spaced kanji full name written without its space (王 建国 … 我是 王建国), the surname the dictionary's or a Chinese
 * or Korean family name's (權 英植); and a one-kanji surname alone (王 俊傑 … 王さん), which recurs as the person only
 * before an honorific or a particle.
 */
function joinedWriting(value: string): string[] {
  const spaced = SPACED_KANJI_NAME.exec(value);
  if (spaced === null || !(nameLexicon().surnames.has(spaced[1]!) || isEastAsianFamily(spaced[1]!))) return [];
  return spaced[1]!.length === 1 ? [spaced[1]! + spaced[2]!, spaced[1]!] : [spaced[1]! + spaced[2]!];
}

/**
 * A word the dictionary lacks before a found one-kanji given name and an honorific (患者 座波 [清] さん): its surname,
 * unless it is a common noun or a department's, a shop's or an office's word (総務 林 さん, 営業部 林 さん).
 */
const unlistedSurnameBefore = (surname: string, given: string, after: string): boolean =>
  given.length === 1 && !nameLexicon().nounGivenNames.has(given) && /^[ 　]?(?:さん|様|氏)/u.test(after) && !commonNouns().has(surname) && !PLACE_OR_TITLE_END.test(surname);

/** A katakana word, half-width too, and a space right before a found kana name. */
const KANA_SURNAME_BEFORE = /(?<![\p{Script=Katakana}ー\uFF66-\uFF9F])([\p{Script=Katakana}ー\uFF66-\uFF9F]{2,8})[ 　]$/u;
const KANA_NAME_WRITTEN = /^[\p{Script=Katakana}ー\uFF66-\uFF9F]{2,8}$/u;

/** A surname right before a found given name, a space between: the name's other half. */
const SURNAME_BEFORE = /(?<![\p{Script=Han}々])(\p{Script=Han}{2,4})[ 　]$/u;
/**
 * A space and a whole hiragana word after a found surname, perhaps before です or an honorific (荒井 さゆりです): perhaps
 * its given name; or hiragana and 子, as older women's names are written (百瀬 とし子).
 */
const HIRAGANA_GIVEN_AFTER = /^[ 　](\p{Script=Hiragana}{2,3}子(?![\p{Script=Han}々])|\p{Script=Hiragana}{2,4}?)(?=です|でした|さん|ちゃん|くん|様|(?!\p{Script=Hiragana}))/u;
/** A space and a whole katakana word of two to four kana after a found surname: perhaps its given name. */
const KATAKANA_GIVEN_AFTER = /^[ 　]([\p{Script=Katakana}ー]{2,4})(?![\p{Script=Katakana}ー])/u;
/** A space and one to three kanji after a found surname, then a word's end: perhaps its given name. */
const KANJI_GIVEN_AFTER = /^[ 　]([\p{Script=Han}々]{1,3})(?=[\s、。,，.．!！?？」』）)（(・/／;；:：]|$|さん|様|氏|です|と|が|は|の|に|へ)/u;
/**
 * A kanji surname the lexicon lists (桑原 too, a charm's word: found as a person, it is one), or a found one of two kanji
 * or more the lexicon lacks, ヶ and 々 too (藤ヶ谷 found in a table's column of names).
 */
const isSurname = (word: string): boolean => (/^\p{Script=Han}{1,4}$/u.test(word) && nameLexicon().surnames.has(word)) || /^\p{Script=Han}[\p{Script=Han}々ヶ]{1,3}$/u.test(word);
/** A katakana word and ・ right before a found katakana name: the family name of チャン・[ミン・トゥアン], グエン・[ティ・ラン]. */
const KATAKANA_PART_BEFORE = /(?<![\p{Script=Katakana}ー・])[\p{Script=Katakana}ー]{2,8}・$/u;
const KATAKANA_NAME = /^[\p{Script=Katakana}ー・]+$/u;
/**
 * A capitalised word right before a found one-word Latin name, a space between: its given name (Gareth [Holloway],
 * Carmen [Lopez] の夫), unless it is a title, a greeting or a word that starts a sentence or a clause.
 */
const LATIN_WORD_BEFORE = /(?<![\p{L}\p{N}'’.-])([A-ZÀ-Þ][a-zà-ÿ'’-]{1,15})[ \t]$/u;
const LATIN_SURNAME = /^[A-ZÀ-Þ][a-zà-ÿ'’-]+$/u;
/**
 * A comma and given names after a found family name, to the end of the line or the field, as a register writes a
 * name family first (Aalto, Kaisa Maria — passport …).
 */
const GIVEN_NAMES_AFTER_COMMA = /^,[ \t]*(\p{Lu}\p{Ll}+(?:-\p{Lu}?\p{Ll}+)?(?:[ \t]+\p{Lu}\p{Ll}+(?:-\p{Lu}?\p{Ll}+)?){0,2})[ \t]*(?=$|\n|[／/|\t(（,，、;]|[ \t]-[ \t])/u;
const NOT_A_GIVEN_NAME =
  /^(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Sir|Dame|Lord|Lady|Rev|Dear|Hi|Hello|Hey|Thanks|Thank|Regards|Cheers|Best|The|An?|And|Or|But|Nor|To|From|With|For|Of|In|On|At|By|As|If|So|Then|When|While|After|Before|This|That|These|Those|My|Our|Your|His|Her|Their|Its|Per|Via|Re|Fwd|Cc|Bcc|Attn|Contact|Call|Called|Email|Emailed|Ask|Asked|Tell|Told|Met|See|Saw|Spoke|Phoned|Rang|Team|Customer|Client|Dept|Sales|Support|Saint|St|Mount|Lake|Port|Fort|New|North|South|East|West|Great|Little|Old|Upper|Lower|Please|Sorry|Yes|No|Ok|Okay|Morning|Evening|Welcome|Happy|Good|Bye|Today|Yesterday|Tomorrow|Tonight|January|February|March|April|May|June|July|August|September|October|November|December|Insured|Claimant|Tenant|Landlord|Broker|Adjuster|Surveyor|Agent|Manager|Officer|Director|Doctor|Nurse|Patient|Student|Teacher|Professor|President|Inspector|Uncle|Aunt|Cousin|Brother|Sister|Mother|Father|Mum|Mom|Dad|Grandma|Grandpa)$/u;
/**
 * A full name in kanji or katakana, half-width too (ﾌﾟﾘﾔﾝｶ ﾅｲｱｰﾙ: its sound marks are no katakana by script, and take a
 * character each), in brackets, after an honorific or です perhaps: a found full name's other writing. A Korean family
 * name read in katakana may be one kana (河 正宇（ハ ジョンウ）, 李 敏浩（イ ミンホ）).
 */
const OTHER_WRITING_AFTER = /^[ \t]?(?:さん|様|氏|です)?[ \t]?[（(]([\p{Script=Han}々]{1,4}[ 　][\p{Script=Han}々]{1,4}|[\p{Script=Katakana}ーｰﾞﾟ]{1,12}[ 　・][\p{Script=Katakana}ーｰﾞﾟ]{2,12})[）)]/u;
/**
 * Katakana words alone in the next field of a row after a Latin name: its rendering (Trần Minh Khoa,チャン ミン コア,…);
 * in half-width katakana, a reading column's way of writing, one word is enough (| Thomas Whitfield | ﾄｰﾏｽ |).
 */
const HALF_WIDTH_WORD = "[\\uFF66-\\uFF9F]{2,10}";
const KATAKANA_IN_NEXT_FIELD = new RegExp(
  `^[ \\t]*[,，|\\t][ \\t]*([\\p{Script=Katakana}ー]{1,8}(?:[ 　・][\\p{Script=Katakana}ー]{1,8}){1,3}|${HALF_WIDTH_WORD}(?:[ 　][\\uFF66-\\uFF9F]{1,10}){0,3})[ \\t]*(?=[,，|\\t\\n]|$)`,
  "u",
);
/**
 * Katakana words, or kanji ones whose first the dictionary lists as a surname and whose second is no common noun (not
 * 営業 本部); after a name found in katakana, whose kanji these are (ﾀｶﾂｷ ﾘｮｳ（高槻 遼）), any surname the two words can be.
 * After a Latin name, katakana that can sound as it does (latin-name-kana.ts).
 */
function isOtherWriting(words: string, found: string): boolean {
  const [first, second] = words.split(/[ 　・]/u) as [string, string];
  if (/^[\p{Script=Katakana}ー]/u.test(first)) return !/^\p{Script=Latin}/u.test(found) || kanaCanWriteLatinName(words, found);
  const kanaName = /^[\p{Script=Katakana}ー]+[ 　][\p{Script=Katakana}ー]+$/u.test(found);
  return (nameLexicon().surnames.has(first) || kanaName) && !commonNouns().has(second) && !commonNouns().has(first);
}
/** An honorific after a found name, passed over to reach the next item of a list. */
const HONORIFIC_AFTER = /^[ \t]?(?:さん|様|さま|氏|くん|君|ちゃん)/u;
/** An honorific or a short note in brackets after a found name (峰岸 哲夫（本人）、…), passed over to reach the next item. */
const NOTES_AFTER = /^(?:[ \t]?(?:さん|様|さま|氏|くん|君|ちゃん)|[ \t]?[（(][^（()）\n]{1,8}[）)])+/u;
/** A capitalised word and "and" or & right before a found name. */
const LATIN_AND_BEFORE = /(?<![\p{L}\p{N}'’.@_-])(\p{Lu}\p{Ll}{1,15})[ \t]+(?:and|&)[ \t]+$/u;
/** An arrow and a whole katakana word after a found name. */
const KANA_AFTER_ARROW = /^[ 　]*(?:→|->|⇒)[ 　]*([\p{Script=Katakana}ー]{2,8})(?![\p{Script=Katakana}ー\p{Script=Han}])/u;
/** ・ and a capitalised Latin word after a found name. */
const DOTTED_LATIN_AFTER = /^・(\p{Lu}\p{Ll}{2,15})(?![\p{L}\p{N}'’@_-])/u;
/** Two capitalised Latin words, a list's item, at the end of what stands before a joiner. */
const LATIN_PAIR_BEFORE = /(?:^|(?<=[\s:：、,，(（]))(\p{Lu}\p{Ll}{1,15}[ \t]\p{Lu}\p{Ll}{1,15})$/u;
/**
 * A Latin name, one word or two, of the lists' names: each word no English word nor a thing's, and one a listed family
 * name or given name (Rodrigues; Anh Tran, whose Tran is listed).
 */
const isListedLatinName = (name: string): boolean => {
  const words = name.split(/[ \t]+/);
  const { latinFamily, latinGiven } = worldNames();
  return (
    words.every((word) => !isEnglishWord(word) && !isPlaceName(word) && !NOT_A_NAME_WORD.test(word) && !ORGANISATION_WORD.test(word) && !NOT_A_GIVEN_NAME.test(word)) &&
    words.some((word) => latinFamily.has(word) || latinGiven.has(word))
  );
};
/** What joins the items of a list of people: 、 and , (with spaces), と between spaces or none. */
const JOINER_AFTER = /^(?:[ \t　]*[、,，][ \t　]*|[ \t　]*と[ \t　]*)/u;
const JOINER_BEFORE = /(?:[ \t　]*[、,，][ \t　]*|[ \t　]*と[ \t　]*)$/u;
/** After a name in a list: the list goes on, or ends in a verb's particle or です; not に or で (佐藤さんと大阪に). */
const LIST_GOES_ON = "(?=[ \\t　]?(?:さん|様|氏)?[ \\t　]*(?:[、,，。.!！]|と|です|でした|が|は|も|$))";
/** A Latin word ends a list only as a person does (…、Tom です), not as a product a sentence goes on about (Windows が). */
const LATIN_LIST_GOES_ON = "(?=[ \\t　]?(?:さん|様|氏)?[ \\t　]*(?:[、,，。.!！]|と|です|でした|$))";
const KANJI_ITEM = new RegExp(`^(\\p{Script=Han}{2,4})(?![\\p{Script=Han}々])${LIST_GOES_ON}`, "u");
const KANJI_ITEM_BEFORE = /(?<![\p{Script=Han}々])(\p{Script=Han}{2,4})$/u;
/**
 * A spaced full name as a list's item (同伴は [峰岸 哲夫]、笹倉 光、池端 実。): beside a found name, a listed surname
 * and a listed given name are a person even where the given name is a noun too (光, 実) and no honorific follows.
 */
const KANJI_FULL_ITEM = new RegExp(`^\\p{Script=Han}{2,4}[ 　][\\p{Script=Han}々]{1,3}(?![\\p{Script=Han}々])${LIST_GOES_ON}`, "u");
const KANJI_FULL_ITEM_BEFORE = /(?<![\p{Script=Han}々])\p{Script=Han}{2,4}[ 　][\p{Script=Han}々]{1,3}$/u;
const isListedFullName = (full: string): boolean => {
  const [surname, given] = full.split(/[ 　]/u) as [string, string];
  return nameLexicon().surnames.has(surname) && nameLexicon().givenNames.has(given) && !PLACE_SURNAMES.has(surname) && !commonNouns().has(surname);
};
const KANJI_DOT_BEFORE = /(?<![\p{Script=Han}々])(\p{Script=Han}{2,4})・$/u;
const LATIN_ITEM = new RegExp(`^([A-Z][a-z]{1,15})(?![A-Za-z])${LATIN_LIST_GOES_ON}`, "u");
/**
 * Capitalised words that are no one (Slack, Zoom are not caught: they end no list with a particle of a person), and a
 * firm's legal form after its name and a comma (Smith, Inc.: one firm, not two people).
 */
const NOT_A_NAME_WORD = /^(?:The|This|That|And|Or|But|Team|Support|Slack|Zoom|Teams|Google|Excel|Word|Mail|Email|Japan|Tokyo|Osaka|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|OK|Ok|Yes|No|Inc|Ltd|Corp|Co|Plc|Limited|Corporation|Company)$/;

/** Finds the names beside `findings` in `shadow`; returns the spans to add (a surname extends its given name's finding in place). */
export function namesBesideFound(shadow: string, findings: Finding[]): Finding[] {
  const { surnames, givenNames, preferredSurnames, givenNameReadings } = nameLexicon();
  // The findings, which grow in place (a given name takes its surname), and the names added beside them.
  const taken = new SpanIndex(findings);
  const added = new SpanIndex<Finding>();
  const add = (span: Span) => {
    if (taken.overlaps(span) || added.overlaps(span)) return false;
    added.add({ ...span, type: "PERSON" });
    return true;
  };
  for (const finding of findings) {
    if (finding.type !== "PERSON") continue;
    const surname = SURNAME_BEFORE.exec(shadow.slice(Math.max(0, finding.start - 6), finding.start))?.[1];
    const given = shadow.slice(finding.start, finding.end);
    if (surname && givenNames.has(given) && (surnames.has(surname) || unlistedSurnameBefore(surname, given, shadow.slice(finding.end, finding.end + 4))) && !PLACE_SURNAMES.has(surname)) {
      const start = finding.start - surname.length - 1;
      if (!taken.overlaps({ start, end: finding.start })) taken.grow(finding, { start, end: finding.end });
      continue;
    }
    // A hiragana given name after a found surname and a space (副理事長 [荒井] さゆり: the role's cue took the kanji only).
    const hiraganaAfter = HIRAGANA_GIVEN_AFTER.exec(shadow.slice(finding.end, finding.end + 8));
    const hiragana = hiraganaAfter?.[1];
    // Before an honorific, any whole word of three kana or more is the given name (仁科 ほのか さん), listed or not.
    const addressed = hiragana !== undefined && hiragana.length >= 3 && HONORIFIC_AFTER.test(shadow.slice(finding.end + hiraganaAfter![0].length));
    if (hiragana && surnames.has(given) && (isHiraganaGivenName(hiragana) || addressed || hiragana.endsWith("子"))) {
      const end = finding.end + 1 + hiragana.length;
      if (!taken.overlaps({ start: finding.end, end })) taken.grow(finding, { start: finding.start, end });
      continue;
    }
    // A katakana given name after a found surname and a space, as older women's names are written (沖田 キヨ, 森 ハル).
    const katakana = KATAKANA_GIVEN_AFTER.exec(shadow.slice(finding.end, finding.end + 8))?.[1];
    if (katakana && surnames.has(given) && givenNameReadings.has(katakana)) {
      const end = finding.end + 1 + katakana.length;
      if (!taken.overlaps({ start: finding.end, end })) taken.grow(finding, { start: finding.start, end });
      continue;
    }
    // A kanji given name after a found surname and a space (藤沢様 … 藤沢 健斗です, 桑原 勇、).
    const kanji = KANJI_GIVEN_AFTER.exec(shadow.slice(finding.end, finding.end + 8))?.[1];
    if (kanji && isSurname(given) && givenNames.has(kanji) && !commonNouns().has(kanji)) {
      const end = finding.end + 1 + kanji.length;
      if (!taken.overlaps({ start: finding.end, end })) taken.grow(finding, { start: finding.start, end });
      continue;
    }
    // A kana surname before a found kana given name and a space, half-width too (ﾌﾜ [ｿｳﾏ]: the account holder's name).
    const kanaSurname = KANA_SURNAME_BEFORE.exec(shadow.slice(Math.max(0, finding.start - 9), finding.start))?.[1];
    if (kanaSurname && KANA_NAME_WRITTEN.test(given) && nameLexicon().surnameReadings.has(asReading(kanaSurname))) {
      const start = finding.start - kanaSurname.length - 1;
      if (!taken.overlaps({ start, end: finding.start })) taken.grow(finding, { start, end: finding.end });
      continue;
    }
    // A Latin family name before a kanji given name, as a foreign spouse's family writes it (Fontaine 美和, Silva 花子).
    const latin = LATIN_WORD_BEFORE.exec(shadow.slice(Math.max(0, finding.start - 17), finding.start))?.[1];
    if (latin && /^\p{Script=Han}+$/u.test(given) && givenNames.has(given) && !NOT_A_GIVEN_NAME.test(latin) && !NOT_A_NAME_WORD.test(latin) && !ORGANISATION_WORD.test(latin)) {
      const start = finding.start - latin.length - 1;
      if (!taken.overlaps({ start, end: finding.start })) taken.grow(finding, { start, end: finding.end });
    }
  }
  for (const finding of findings) {
    if (finding.type !== "PERSON") continue;
    const value = shadow.slice(finding.start, finding.end);
    const before = shadow.slice(Math.max(0, finding.start - 17), finding.start);
    if (KATAKANA_NAME.test(value)) {
      const family = KATAKANA_PART_BEFORE.exec(before)?.[0];
      if (family && !taken.overlaps({ start: finding.start - family.length, end: finding.start })) taken.grow(finding, { start: finding.start - family.length, end: finding.end });
    } else if (LATIN_SURNAME.test(value)) {
      const givenAfter = GIVEN_NAMES_AFTER_COMMA.exec(shadow.slice(finding.end, finding.end + 60));
      if (givenAfter && givenAfter[1]!.split(/[ \t]+/).every((word) => !NOT_A_GIVEN_NAME.test(word) && !NOT_A_NAME_WORD.test(word) && !ORGANISATION_WORD.test(word) && !isEnglishWord(word) && !isPlaceName(word))) {
        const start = finding.end + givenAfter[0].indexOf(givenAfter[1]!);
        add({ start, end: start + givenAfter[1]!.length });
        continue;
      }
      const given = LATIN_WORD_BEFORE.exec(before)?.[1];
      // Apart from the surname, so that the given name is masked where it recurs alone (Gareth was at work).
      if (given !== undefined && !NOT_A_GIVEN_NAME.test(given) && !NOT_A_NAME_WORD.test(given)) add({ start: finding.start - given.length - 1, end: finding.start - 1 });
    }
  }
  // A full name's other writing in brackets after it (Lim Wei Jie（林 偉傑）, ﾌｼﾞｻﾜ ｹﾝﾄです（藤沢 健斗）), or a Latin
  // name's in katakana in the row's next field: the same person.
  for (const finding of [...findings]) {
    if (finding.type !== "PERSON" || !/[ 　]/u.test(shadow.slice(finding.start, finding.end))) continue;
    const value = shadow.slice(finding.start, finding.end);
    const rest = shadow.slice(finding.end, finding.end + 40);
    const other = OTHER_WRITING_AFTER.exec(rest) ?? (/^\p{Script=Latin}/u.test(value) ? KATAKANA_IN_NEXT_FIELD.exec(rest) : null);
    if (!other || !isOtherWriting(other[1]!, value)) continue;
    const at = finding.end + other.index + other[0].lastIndexOf(other[1]!);
    const span = { start: at, end: at + other[1]!.length };
    // Its surname may be masked already, repeated from an honorific elsewhere (藤沢様 … （藤沢 健斗）): the finding grows.
    const inside = taken.overlapping(span);
    if (inside.length === 1 && inside[0]!.type === "PERSON" && inside[0]!.start >= span.start && inside[0]!.end <= span.end) taken.grow(inside[0]!, span);
    else add(span);
  }
  for (const span of kanaSurnames(shadow, findings)) add(span);
  for (const span of kanjiSurnamesOfKana(shadow, findings)) add(span);
  for (const span of sameFamilyNames(shadow, findings)) {
    // A found name inside it (its surname or given name masked alone, 真田 [蓮]) grows to the full name.
    const inside = taken.overlapping(span);
    if (inside.length === 1 && inside[0]!.type === "PERSON" && inside[0]!.start >= span.start && inside[0]!.end <= span.end) taken.grow(inside[0]!, span);
    else add(span);
  }
  // A list read item by item from each found name, both ways, until no item is added.
  const queue: Span[] = findings.filter((finding) => finding.type === "PERSON");
  for (let span = queue.shift(); span !== undefined; span = queue.shift()) {
    const after = shadow.slice(span.end, span.end + 40).replace(NOTES_AFTER, (note) => " ".repeat(note.length));
    // A kana name after an arrow from a found name, as a hand-over is written (担当交代：[唐沢 伸] → ミナト).
    const handedTo = KANA_AFTER_ARROW.exec(after)?.[1];
    if (handedTo !== undefined && (nameLexicon().surnameReadings.has(asReading(handedTo)) || givenNameReadings.has(asReading(handedTo)))) {
      const start = span.end + after.indexOf(handedTo, after.search(/→|->|⇒/u));
      const next = { start, end: start + handedTo.length };
      if (add(next)) queue.push(next);
    }
    // A listed Latin name joined by ・ to a found one, as a crew or a duty list writes it (担当は [松浦]・Rodrigues の2名).
    const dotted = DOTTED_LATIN_AFTER.exec(after)?.[1];
    if (dotted !== undefined && isListedLatinName(dotted)) {
      const start = span.end + after.indexOf(dotted);
      const next = { start, end: start + dotted.length };
      if (add(next)) queue.push(next);
    }
    const joiner = JOINER_AFTER.exec(after);
    if (joiner) {
      const rest = after.slice(joiner[0].length);
      const start = span.end + joiner[0].length;
      const kanji = KANJI_ITEM.exec(rest)?.[1];
      const latin = LATIN_ITEM.exec(rest)?.[1];
      const full = KANJI_FULL_ITEM.exec(rest)?.[0];
      // A place that is a surname too (上野) is a person after a name only with an honorific after it.
      const item =
        kanji !== undefined && preferredSurnames.has(kanji) && !PLACE_SURNAMES.has(kanji)
          ? kanji
          : latin !== undefined && !NOT_A_NAME_WORD.test(latin)
            ? latin
            : full !== undefined && isListedFullName(full)
              ? full
              : undefined;
      const next = item && { start, end: start + item.length };
      if (next && add(next)) queue.push(next);
    }
    const joinedByAnd = nameJoinedByAnd(after);
    if (joinedByAnd !== undefined) {
      const next = { start: span.end + joinedByAnd.offset, end: span.end + joinedByAnd.offset + joinedByAnd.length };
      if (add(next)) queue.push(next);
    }
    const before = shadow.slice(Math.max(0, span.start - 12), span.start);
    const joinerBefore = JOINER_BEFORE.exec(before);
    if (joinerBefore) {
      const kanji = KANJI_ITEM_BEFORE.exec(before.slice(0, joinerBefore.index))?.[1];
      // Before a name, joined to it as a list is (上野 と 坂口 が, 上野、坂口), a surname that is also a place counts; not
      // written straight before と (千葉と佐藤さん: from Chiba with Sato as likely).
      const listed = /[ \t　、,，]/u.test(joinerBefore[0]);
      const full = KANJI_FULL_ITEM_BEFORE.exec(before.slice(0, joinerBefore.index))?.[0];
      if (kanji !== undefined && (preferredSurnames.has(kanji) || (listed && PLACE_SURNAMES.has(kanji) && surnames.has(kanji)))) {
        const start = span.start - joinerBefore[0].length - kanji.length;
        const previous = { start, end: start + kanji.length };
        if (add(previous)) queue.push(previous);
      } else if (full !== undefined && listed && isListedFullName(full)) {
        const start = span.start - joinerBefore[0].length - full.length;
        const previous = { start, end: start + full.length };
        if (add(previous)) queue.push(previous);
      }
    }
    // A listed surname joined by ・ to a found name, as a duty list writes a crew (出動 桧垣・[グエン・バン・トゥアン]).
    const dottedBefore = KANJI_DOT_BEFORE.exec(before)?.[1];
    if (dottedBefore !== undefined && surnames.has(dottedBefore) && !PLACE_SURNAMES.has(dottedBefore)) {
      const start = span.start - dottedBefore.length - 1;
      const previous = { start, end: start + dottedBefore.length };
      if (add(previous)) queue.push(previous);
    }
    // A given name joined by "and" to a found Latin name (出場選手の Ryo and [Sven] are …): a listed one, or romaji.
    const andBefore = LATIN_AND_BEFORE.exec(before)?.[1];
    if (andBefore !== undefined && /^\p{Lu}/u.test(shadow.slice(span.start, span.end)) && !isEnglishWord(andBefore) && !NOT_A_GIVEN_NAME.test(andBefore) && (worldNames().latinGiven.has(andBefore) || readsAsParts(andBefore).given)) {
      const start = span.start - LATIN_AND_BEFORE.exec(before)![0].length;
      const previous = { start, end: start + andBefore.length };
      if (add(previous)) queue.push(previous);
    }
    // A Latin full name as the list's item before a found name (作業員名簿：Anh Tran、[ﾐﾔｹ ﾕｳｼﾞ]、…).
    const latinBefore = joinerBefore && /[、,，]/u.test(joinerBefore[0]) ? LATIN_PAIR_BEFORE.exec(shadow.slice(Math.max(0, span.start - joinerBefore[0].length - 40), span.start - joinerBefore[0].length))?.[1] : undefined;
    if (latinBefore !== undefined && isListedLatinName(latinBefore)) {
      const start = span.start - joinerBefore![0].length - latinBefore.length;
      const previous = { start, end: start + latinBefore.length };
      if (add(previous)) queue.push(previous);
    }
  }
  return added.list;
}

/** A found name's value split into the full names it holds (真田 啓太・真田 美穂: a cell of two parents). */
const FULL_NAMES_IN = /(?<=^|[・、,，/／])(\p{Script=Han}[\p{Script=Han}々]{0,3})[ 　][\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}々ー]{1,4}(?=$|[・、,，/／])/gu;
/**
 * A given name after a family's surname and a space: kanji the dictionary lists as a given name (nouns too: 蓮, 光),
 * hiragana and 子, or katakana it reads as one.
 */
const FAMILY_GIVEN_AFTER = /^[ 　]([\p{Script=Han}々]{1,3}|\p{Script=Hiragana}{1,3}子|[\p{Script=Katakana}ー]{2,4})(?![\p{Script=Han}々\p{Script=Hiragana}\p{Script=Katakana}ー])/u;

/** What ends a shop's, a household's or an office's word after a surname (辻 酒店, 真田 様方, 辻 医院), no given name. */
const PLACE_OR_TITLE_END = /[店方家宅組社会院所館園屋堂局署課部科係室殿様氏君邸]$/u;
/**
 * A given name after a family's surname: one kanji the dictionary lists as a given name, or two or three that are no
 * common noun (部長, 工業) nor a shop's or an office's word (啓太, 陽菜: the dictionary lists few modern given names).
 */
const isFamilyGivenName = (given: string, givenNames: ReadonlySet<string>): boolean =>
  !commonNouns().has(given) && (given.length === 1 ? givenNames.has(given) : !PLACE_OR_TITLE_END.test(given));

/**
 * Another full name of a found person's family, written with the same surname and a space (辻 浩一 … 二男 辻 康弘、
 * 代襲：辻 陽菜; 真田 啓太 … 双子（真田 結・真田 蓮）): an heir list, a family's register or a parent's form names the
 * family member by member. The surname is a found full name's, of the dictionary or not, one kanji too: its given name
 * need only be no common word (isFamilyGivenName): the family is known.
 */
function sameFamilyNames(shadow: string, findings: readonly Finding[]): Span[] {
  const { givenNames, givenNameReadings } = nameLexicon();
  const families = new Set<string>();
  for (const finding of findings) {
    if (finding.type !== "PERSON") continue;
    for (const match of shadow.slice(finding.start, finding.end).matchAll(FULL_NAMES_IN)) families.add(match[1]!);
  }
  const spans: Span[] = [];
  for (const family of families) {
    // A place that is a surname too (上野 真理子 … 上野 天神) is read as the place; a noun-like surname (真田) is kept.
    if (PLACE_SURNAMES.has(family)) continue;
    for (let at = shadow.indexOf(family); at >= 0; at = shadow.indexOf(family, at + 1)) {
      if (at > 0 && /[\p{Script=Han}々]/u.test(shadow[at - 1]!)) continue;
      const given = FAMILY_GIVEN_AFTER.exec(shadow.slice(at + family.length, at + family.length + 6))?.[1];
      if (given === undefined) continue;
      const end = at + family.length + 1 + given.length;
      // Siblings joined by ・ (真田 結・真田 蓮): the next one's surname says this one's kanji is a given name too.
      const sibling = shadow.startsWith(`・${family}`, end);
      const named = /^\p{Script=Han}/u.test(given) ? sibling || isFamilyGivenName(given, givenNames) : /子$/u.test(given) || givenNameReadings.has(given);
      if (named) spans.push({ start: at, end });
    }
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

/** A kana word, whole, and not a piece of a firm's or a place's name (株式会社ニシムラ食品: kanji or letters beside it). */
const KANA_WORD = /(?<![\p{Script=Katakana}ー・\p{Script=Han}々A-Za-z])(?:[\p{Script=Katakana}ー]{3,8}|\p{Script=Hiragana}{3,8})(?![\p{Script=Katakana}ー・\p{Script=Han}々A-Za-z]|(?<=\p{Script=Hiragana})\p{Script=Hiragana})/gu;
const asHiragana = (katakana: string): string => katakana.replace(/[\u30a1-\u30f6]/g, (char) => String.fromCharCode(char.charCodeAt(0) - 0x60));
/** A space and a kana given name after a surname in kana (いのうえ そうすけ, ヤマダ タロウ). */
const KANA_GIVEN_AFTER = /^[ 　]([\p{Script=Katakana}ー]{2,6}|\p{Script=Hiragana}{2,6})(?![\p{Script=Katakana}ー\p{Script=Hiragana}])/u;

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
    for (const reading of (surname && readingsOfSurname.get(surname)) || []) if (reading.length >= 3) readings.add(reading);
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
    // In hiragana, right before the found name in brackets it reads (元スタイリスト にしかわ（[西川 遥]）).
    else if (/^[\p{Script=Katakana}ー]/u.test(match[0]) || /^[（(]/u.test(shadow.slice(end, end + 1))) spans.push({ start: match.index, end });
  }
  return spans;
}
