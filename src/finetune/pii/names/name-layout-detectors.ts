import { CHAT_ROLE_JA, CHAT_ROLE_LABEL } from "../context/chat-roles.js";
import { isOfficesPlace } from "../look-alikes/offices-places.js";
import { isCommonEnglishWord } from "../lexicon/common-english-words.js";
import { gated, matchesOf, type PiiDetector, type Span } from "../detector.js";
import { asReading, commonNouns, longestName, nameLexicon, wordReadings } from "../lexicon/japanese-name-lexicon.js";
import { isEnglishWord } from "./english-person-tagger.js";
import { isRomajiSurname, romanisesKanjiName } from "./latin-name-cues.js";
import { isThing, TEAM } from "../lexicon/lexicon-latin-names.js";
import { firmAfterName, isFirmAccount } from "../lexicon/firm-words.js";
import { FORMAL_HONORIFICS, honorificAlternation, POLITE_HONORIFICS } from "../lexicon/honorifics.js";
import { COMPANY_WORD, endsInFirmWord, familyAfterGivenName, isKatakana, KATAKANA_THING, NOT_A_NAME, OFFICE_END, ORGANISATION_WORD, PLACE_SURNAMES, TITLE_AT_END, unlistedSurnameWord } from "./name-detectors.js";
import { callTaker, deskHandler, handlerNote } from "./name-handler-notes.js";
import { worldNames } from "../lexicon/world-name-lexicon.js";

/**
 * Names that the layout of a text says are names, with no honorific or role word beside them: a list of attendees,
 * a chat transcript's speakers, a department and its member at the end of a line, a name before its phone number or
 * address (a signature, a form), a reading or romanisation in brackets after a name.
 */

/** Words a speaker or list item is that are no person: a role (お客様: …, オペレーター: …, Agent: …), or a machine (Bot: …). */
const NOT_A_SPEAKER = new RegExp(String.raw`^(?:${CHAT_ROLE_LABEL}|システム|ボット|自動応答|System|Bot|You|Me)$`, "u");

/** A person's name as written in a list or a speaker label: katakana, capitalised words, or kanji that start with a dictionary surname. */
function nameSpan(text: string, start: number): Span | undefined {
  // A note in brackets after the name (Kenta Mori (Tokyo), 岡本 彩（記）) is not part of it; a speaker's note holding a
  // colon is cut there, its bracket unclosed (ひがしかわ（屋号：東川デザイン室）: …).
  const word = text.replace(/[ \t]*[（(][^）)\n]*[）)]?[ \t]*$/u, "").trim();
  const offset = start + text.indexOf(word);
  const span = { start: offset, end: offset + word.length };
  // A role before a word (サポート チーム, サポート 宮腰) is no katakana name: surnameAfterRole reads the word after it.
  if (word === "" || NOT_A_SPEAKER.test(word) || SPEAKER_ROLE.test(word)) return undefined;
  if (isKatakana(word.replace(/[ 　・]/g, ""))) return span;
  if (/^[A-ZÀ-Þ][a-zA-Zà-ÿ'’-]+(?: [A-ZÀ-Þ][a-zA-Zà-ÿ'’-]+){0,2}$/.test(word)) return span;
  const { surnames, surnameReadings } = nameLexicon();
  // A surname in hiragana, as a customer types their own (おかだ: …): of three kana or more, a surname's reading.
  if (/^\p{Script=Hiragana}{3,6}$/u.test(word)) return surnameReadings.has(asReading(word)) ? span : undefined;
  // A one-kanji surname, a space and the given name (王 俊傑, 林 美玲), as Chinese and Korean names are written.
  if (/^\p{Script=Han}[ 　]\p{Script=Han}{1,2}$/u.test(word)) return surnames.has(word[0]!) ? span : undefined;
  if (!/^\p{Script=Han}{2,4}(?:[ 　]?\p{Script=Han}{1,3})?$/u.test(word)) return undefined;
  if (longestName(word, surnames, false, 4) >= 2) return span;
  // A surname and a given name apart, neither in the dictionary (吉備 紗月, 鳰川 澪): the space splits a person's name as
  // no common noun, office or title would stand in it.
  const [family, given] = word.split(/[ 　]/u);
  return given !== undefined && unlistedSurnameWord(family!) && /^\p{Script=Han}{1,2}$/u.test(given) && !commonNouns().has(given) && !NOT_A_NAME.test(given) ? span : undefined;
}

/**
 * A list of people after its heading: 出席：佐々木部長、吉田 真一課長、ｲﾉｳｴ、岡本 彩（記）. Each item, without the title
 * after it or a bracketed note (（記）, (欠席)), that is a dictionary name or katakana.
 */
const PEOPLE_LIST = /(?:出席者?|欠席者?|参加者|同席者?|メンバー|[Aa]ttendees|[Pp]articipants)\s*[:：]\s*(?<list>[^\n]+)/dgu;

/** A team or a desk listed among the people who came (Attendees: Marketing, Sales (Tokyo), Priya Nair): no one. */
const TEAM_WORD = new RegExp(`^(?:${TEAM})$`);
const isTeam = (item: string): boolean => item.split(/[ \t]+/).some((word) => TEAM_WORD.test(word) || ORGANISATION_WORD.test(word));

const peopleList: PiiDetector = gated(/出席|欠席|参加者|同席|メンバー|[Aa]ttendees|[Pp]articipants/, {
  type: "PERSON",
  find(shadow) {
    const spans: Span[] = [];
    for (const match of matchesOf(PEOPLE_LIST, shadow)) {
      let at = match.indices!.groups!.list![0];
      for (const item of match.groups!.list!.split(/[、,，]/)) {
        const bare = item.replace(/[（(][^）)]*[）)]\s*$/u, "").trimEnd();
        const title = TITLE_AT_END.exec(bare);
        const span = isTeam(bare.trim()) ? undefined : nameSpan(title ? bare.slice(0, title.index) : bare, at);
        if (span) spans.push(span);
        at += item.length + 1;
      }
    }
    return spans;
  },
});

/**
 * A chat transcript's speaker: `[09:15] 遠藤: …`, `[2026-11-17 10:02] 三上（営業）: …`, `10:02 Lisa Wong: …`, a chat
 * app's bracketed month and day before the time (`[11/09 12:12] Mina Cho: …`: a name of two words read as after a time
 * alone, one word as after a date, since a shift's word heads a log's line so too: `[11/18 21:40] Night (Kenji): …`), `【LINE】ﾀﾅｶ ﾕｶ: …`, or a chat export's bold name before its time
 * (`**Lisa Wong** 09:30`).
 */
const SPEAKER = /^(?:(?:\[?(?:(?<date>\d{4}[-/]\d{1,2}[-/]\d{1,2}[ T])|(?<day>(?<=^\[)\d{1,2}\/\d{1,2} ))?\d{1,2}:\d{2}(?::\d{2})?\]?|【[^】\n]{1,12}】)[ \t]*(?<name>[^\s:：\]][^:：\n]{0,20}?)[ \t]*[:：]|\*\*(?<bold>[^*\n]{2,30})\*\*[ \t]+\[?\d{1,2}:\d{2})/dgmu;

/** A program log's level after its time stamp (`[10:02:03] ERROR: …`, `09:15 WARN: …`): the line's severity, no speaker. */
const LOG_LEVEL = /^(?:ERROR|ERR|WARN(?:ING)?|INFO|DEBUG|TRACE|FATAL|CRIT(?:ICAL)?|NOTICE|ALERT|EMERG|SEVERE|VERBOSE)$/i;

const chatSpeaker: PiiDetector = gated(/\d:\d\d|】/, {
  type: "PERSON",
  find(shadow) {
    const spans: Span[] = [];
    const namesThatAreWords: Span[] = [];
    for (const match of matchesOf(SPEAKER, shadow)) {
      const group = match.groups!.name !== undefined ? "name" : "bold";
      if (LOG_LEVEL.test(match.groups![group]!.trim())) continue;
      const [start] = match.indices!.groups![group]!;
      const span = nameSpan(match.groups![group]!, start) ?? surnameAfterRole(match.groups![group]!, start);
      const speaker = span && shadow.slice(span.start, span.end);
      if (!speaker) continue;
      if (match.groups!.date === undefined && match.groups!.day === undefined ? isTimedSpeaker(speaker) : isDatedSpeaker(speaker) || (match.groups!.day !== undefined && /\s/.test(speaker) && isTimedSpeaker(speaker))) spans.push(span);
      else if (match.groups!.date !== undefined && listedNameThatIsAWord(speaker)) namesThatAreWords.push(span);
    }
    // A listed name that is an English word too (Hunter, Summer) heads a turn as a person where other turns of the text
    // have a speaker read as one: the lines are a chat's, not a program's log.
    return spans.length > 0 ? [...spans, ...namesThatAreWords].sort((a, b) => a.start - b.start) : spans;
  },
});

/**
 * A speaker after a time alone, as a chat's export and a program's log both head their lines (`[10:02] 田中: …`,
 * `[10:02] Deploy: done`): no firm (田中商事, 佐藤工業) nor Latin words that are all a thing's, a firm's or common English
 * words no list holds as a name (Deploy, Build Server, Support Team, a sign's Staff Only), nor a place's office or desk
 * (Nagoya Office, Osaka Desk: its last word an organisation's), nor a firm named after its founder (Sjöberg Bygg AB);
 * Sarah, Kowalski and Grace are still speakers.
 */
function isTimedSpeaker(name: string): boolean {
  if (endsInFirmWord(name)) return false;
  if (!/^[A-Za-zÀ-ÿ]/.test(name)) return true;
  const words = name.trim().split(/\s+/);
  // A Korean or Chinese family name that is an organisation's word too ends a listed given name as a person's (Mina Park).
  const firmEnd = !familyAfterGivenName(words, words.length - 1) && (ORGANISATION_WORD.test(words.at(-1)!) || firmAfterName(name.trim().slice(words[0]!.length), { ampersandAlone: false }));
  if (words.length > 1 && firmEnd) return false;
  const { latinGiven, latinFamily } = worldNames();
  const unlistedEnglish = (word: string): boolean => isEnglishWord(word) && !latinGiven.has(word) && !latinFamily.has(word);
  return !name.split(/[ 　・]/u).every((word) => isThing(word) || isCommonEnglishWord(word) || unlistedEnglish(word));
}

/**
 * A speaker after a stamp with its date, as a program's log heads its lines too (`[2026-11-17 10:02:03] ERROR: …`,
 * `… Deploy: done`, `… バックアップ: 完了`): Latin words only where one is a listed name and none an English word
 * (Ortiz, Lisa Wong, Sato) nor a system's (Server, a listed given name somewhere), katakana only of two parts or read
 * as a surname or a given name; kanji as nameSpan reads it.
 */
function isDatedSpeaker(name: string): boolean {
  const words = name.split(/[ 　・]/u);
  if (/^[A-Za-zÀ-ÿ]/.test(name)) {
    const { latinGiven, latinFamily } = worldNames();
    return words.some((word) => latinGiven.has(word) || latinFamily.has(word) || isRomajiSurname(word)) && !words.some((word) => isEnglishWord(word) || isCommonEnglishWord(word));
  }
  if (!isKatakana(name)) return true;
  const { surnameReadings, givenNameReadings } = nameLexicon();
  return words.length > 1 || surnameReadings.has(asReading(name)) || givenNameReadings.has(asReading(name));
}

/** Latin words each a listed given or family name, one of them an English word too (Hunter, Summer, Grace Hill): a dated speaker only among people. */
function listedNameThatIsAWord(name: string): boolean {
  const { latinGiven, latinFamily } = worldNames();
  const words = name.split(/[ 　]/u);
  return /^[A-Za-zÀ-ÿ]/.test(name) && words.every((word) => latinGiven.has(word) || latinFamily.has(word)) && words.some(isEnglishWord) && !words.some(isThing);
}

/**
 * Words of a chat speaker's role, desk or shift before their surname: `[22:16] サポート 夜間 柏木: …`; where the staff
 * sit, in-house or at a branch, too (`[09:30] 社内 柘植: …`, `本社 宮腰:`); their department or desk (`債権管理 金光:`,
 * `情シス 真栄城:`, `IT 篠ノ井 諒:`, `経理課 東:`); their post (`マネージャー 鷲頭:`); the firm they speak for (`管理会社 今治:`). A desk's word ends in 管理, 課 or 係, which
 * no surname does (阿部 ends as 営業部 does, so 部 is not among them).
 */
const SPEAKER_ROLE = new RegExp(
  String.raw`^(?:(?:${CHAT_ROLE_JA}|事務局|本部|社内|本社|支店|店舗|夜間|日勤|夜勤|早番|遅番|当番|CS|IT|情シス|マネージャー|リーダー|主任|店長|副店長|総務|経理|人事|法務|広報|審査|管理会社|保証会社|仲介業者|\p{Script=Han}{1,4}(?:管理|課|係))[ 　]+){1,2}`,
  "u",
);

/**
 * The name after a speaker's role words, alone: a surname of the dictionary (オペレーター 宮腰) or a katakana name
 * (ドライバー タナカ); not a thing (サポート チーム) nor a second role (サポート スタッフ). A kanji word of two or three
 * that no dictionary holds is a surname there too (管理会社 今治, 総務 鳰川), as the slot holds no other word but a
 * common noun (サポート 一同, 審査 結果), an office's or a title's; a note in brackets after it (今治（今治ハウスサービス）)
 * is not part of it.
 */
function surnameAfterRole(text: string, start: number): Span | undefined {
  const role = SPEAKER_ROLE.exec(text.trim());
  if (!role) return undefined;
  const name = text.trim().slice(role[0].length).replace(/[ \t]*[（(][^）)\n]*[）)]?$/u, "");
  const katakana = isKatakana(name) && name.length >= 2 && !KATAKANA_THING.test(name) && !NOT_A_SPEAKER.test(name);
  const surname = /^\p{Script=Han}{2,4}$/u.test(name) && longestName(name, nameLexicon().surnames, false, 4) >= 2;
  // Or a kanji full name, spaced, as a speaker alone is read (IT 篠ノ井 諒).
  const fullName = /^\p{Script=Han}{2,4}[ 　]\p{Script=Han}{1,3}$/u.test(name) && nameSpan(name, 0) !== undefined;
  if (!katakana && !surname && !fullName && !unlistedSurnameWord(name)) return undefined;
  const offset = start + text.indexOf(name, text.indexOf(role[0].trimEnd()) + role[0].trimEnd().length);
  return { start: offset, end: offset + name.length };
}

/**
 * A dated note's author, as a log's memo field writes them one after another: `11/4 小西：L在庫あり。11/19 小西：…`,
 * `12月3日 川島: …`, `2026-11-05 Sato: …` — a date, a space, a name, a colon.
 */
const DATED_AUTHOR = /(?<![\d/.-])(?:\d{4}[/-])?\d{1,2}[/-]\d{1,2}(?<time>[ \t]+\d{1,2}:\d{2})?[ \t]+(?<name>[^\s:：|、。]{1,12}?(?:[ 　][^\s:：|、。]{1,8})?)[ \t]*[:：]/dgu;

/** An English month after days (headers for 3–7 Nov:, leave 12-14 March:): the date's own word, no author. */
const ENGLISH_MONTH = /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?$/;

/**
 * A date that is a form's field value, after its label (Date 2026-12-01   Trip: …, 日付 12/1 コース: …): the word after it
 * and its colon is the form's next label, no note's author.
 */
const DATE_FIELD_LABEL = /(?:\b(?:Date|Day|When|Dated)|日付|日時|日程|開催日|実施日)[ \t]*[:：]?[ \t]*$/iu;

const datedAuthor: PiiDetector = gated(/\d[/-]\d/, {
  type: "PERSON",
  find: (shadow) =>
    matchesOf(DATED_AUTHOR, shadow).flatMap((match) => {
      const name = match.groups!.name!;
      if (ENGLISH_MONTH.test(name.trim()) || LOG_LEVEL.test(name.trim())) return [];
      if (DATE_FIELD_LABEL.test(shadow.slice(Math.max(0, match.index - 16), match.index))) return [];
      const span = nameSpan(name, match.indices!.groups!.name![0]);
      // A date and a time head a program's log line as they head a chat's turn (2026-12-01 20:15 Error: …, … Tokyo: …):
      // the word after them is a speaker only as a dated chat speaker is one.
      if (span === undefined || (match.groups!.time !== undefined && !isDatedSpeaker(shadow.slice(span.start, span.end)))) return [];
      return [span];
    }),
});

/**
 * A dated record's child or pupil, as a log's headings write them: `12/1 クルス・アナ（小6）`, `12月2日 堀内 樹（中2）`,
 * `11/30 ｱｵｲ（3才）` — a date, a name, then a school year or an age in brackets.
 */
const DATED_PUPIL = /(?<![\d/.-])\d{1,2}(?:\/|月)\d{1,2}日?[ \t　]+(?<name>[^\s（(、。:：|]{1,12}(?:[ 　][^\s（(、。:：|]{1,8})?)[ \t]?[（(](?=(?:小|中|高)\d[）)]|年長|年中|年少|\d{1,2}(?:歳|才))/dgu;

const datedPupil: PiiDetector = gated(/[（(](?:小|中|高|年長|年中|年少|\d{1,2}(?:歳|才))/u, {
  type: "PERSON",
  find: (shadow) => matchesOf(DATED_PUPIL, shadow).flatMap((match) => nameSpan(match.groups!.name!, match.indices!.groups!.name![0]) ?? []),
});

/** A detector keeping, of each match of `pattern` where `gate` holds, the span `pick` finds by the dictionary's surnames. */
function surnameDetector(gate: RegExp, pattern: RegExp, pick: (match: RegExpExecArray, surnames: ReadonlySet<string>, shadow: string) => Span | undefined): PiiDetector {
  return gated(gate, {
    type: "PERSON",
    find(shadow) {
      const { surnames } = nameLexicon();
      return matchesOf(pattern, shadow).flatMap((match) => pick(match, surnames, shadow) ?? []);
    },
  });
}

/**
 * A department and its member closing a line or a clause (最終更新 … 情報システム課 野口, 北斗機工 経理部 上野 誠」): a
 * dictionary surname, perhaps with a given name, after 部/課/室/係/班/チーム and a space. A surname that is also a
 * place (上野) counts here: after a department it is a person. A desk's word is a department without 部 too (人事 島袋 へ,
 * 経理 比嘉 まで).
 */
const DEPARTMENT_WITHOUT_SUFFIX = "人事|総務|経理|庶務|広報|法務|財務";
const MEMBER_OF = new RegExp(`(?<=[部課室係班]|チーム|グループ|${DEPARTMENT_WITHOUT_SUFFIX})[ 　](?<name>\\p{Script=Han}{2,4}(?:[ 　](?!宛)\\p{Script=Han}{1,3})?)(?=[ 　]*(?:$|[」』）)、。,（(]|まで|宛|あて|へ))`, "dgmu");

const departmentMember = surnameDetector(new RegExp(`(?:[部課室係班ムプ]|${DEPARTMENT_WITHOUT_SUFFIX})[ 　]\\p{Script=Han}`, "u"), MEMBER_OF, (match, surnames, shadow) => {
  const [start, end] = match.indices!.groups!.name!;
  return surnames.has(match.groups!.name!.split(/[ 　]/)[0]!) && !isOfficesPlace(shadow, start, end) ? { start, end } : undefined;
});

/**
 * A name right before its contact details — a signature, a form, an address label: 辻本　072-233-1101,
 * 岡本（aya.okamoto@…）, 高木（内線 1150）, 宮崎 陽介⏎… TEL, its area code in brackets too (098 (936) 5120). A dictionary
 * surname that is no place, perhaps with a given name; or a surname it lacks and reads as no word before a given name it
 * lists as no noun (佐久本 亮 090-…, 蔀 文子 03-…): no department's or place's word stands so before a phone.
 */
const BEFORE_CONTACT =
  /(?<![\p{Script=Han}\p{Script=Katakana}々])(?<name>\p{Script=Han}{1,4}(?:[ 　]\p{Script=Han}{1,3})?)[ 　]*[（(]?[ 　]*(?=(?:TEL|Tel|tel|電話|内線|携帯|℡)|0\d{1,4}-\d|0\d{1,4} ?[（(]\d{1,4}[)）]|[A-Za-z0-9._%+-]+@)/dgu;

// One kanji before a given name of two (蔀 文子) or three before any (佐久本 亮), as the honorific's rule reads them
// (name-detectors.ts): a word of two or four before a phone is a desk's or an hour's as often (受付時間 平日).
const unlistedSurnameListedGiven = (surname: string, given: string | undefined): boolean =>
  given !== undefined &&
  ((surname.length === 1 && given.length >= 2) || surname.length === 3) &&
  nameLexicon().givenNames.has(given) &&
  !nameLexicon().nounGivenNames.has(given) &&
  !commonNouns().has(given) &&
  !commonNouns().has(surname) &&
  !NOT_A_NAME.test(surname) &&
  !PLACE_SURNAMES.has(surname);

const nameBeforeContact = surnameDetector(/\d-\d|\d ?[(（]\d|@|TEL|Tel|tel|電話|内線|携帯|℡/, BEFORE_CONTACT, (match, surnames, shadow) => {
  // 人事部 高木（内線 …）: the words before the space are the department, the name is the last word.
  const words = match.groups!.name!.split(/[ 　]/);
  const [start, end] = match.indices!.groups!.name!;
  if (words[0]!.length === 1 && !unlistedSurnameListedGiven(words[0]!, words[1])) return undefined;
  const name =
    (surnames.has(words[0]!) && words[0]!.length >= 2) || unlistedSurnameListedGiven(words[0]!, words[1]) ? { start, end } : words[1] !== undefined && surnames.has(words[1]) ? { start: end - words[1].length, end } : undefined;
  return name && !PLACE_SURNAMES.has(shadow.slice(name.start, name.end).split(/[ 　]/)[0]!) ? name : undefined;
});

/**
 * A full name in katakana, of two or three parts, before words that say a person (ｱﾍﾞ ﾕｳｽｹと申します, グエン・ヴァン・ミンです。),
 * its first part perhaps a particle of a family name (ダ・シルバです).
 * Half-width parts may be joined by the half-width dot (ﾏﾙｺ･ﾛｯｼ です).
 */
const KATAKANA_BEFORE_CUE = new RegExp(
  `(?<![\\p{Script=Katakana}ｰﾞﾟー・･])(?<name>(?:[\\p{Script=Katakana}ｰﾞﾟー]{2,8}|[ダデド](?=・))(?:[ 　・･][\\p{Script=Katakana}ｰﾞﾟー]{2,8}){1,2})(?=\\s?(?:と申|です(?=[。、!！]|$)|が(?:対応|担当)|より(?=[。、\\s]|$)|から(?:ご?連絡|お?電話)))`,
  "dgu",
);

/**
 * A katakana word the lexicon holds as a word and as no surname's or given name's reading (サポート, デスク, ケーキ), or a
 * thing's word: a loanword. A desk's or a dish's name before です (サポート デスクです, ホット ケーキです) is all loanwords; a
 * person's name has a part that is none (グエン・ヴァン・ミン, ヤマダ ハナコ, デ・ソウザ, though ソウザ reads as a word).
 */
function isLoanword(word: string): boolean {
  const { surnameReadings, givenNameReadings, wordReadings: words } = nameLexicon();
  const reading = asReading(word);
  return KATAKANA_THING.test(word) || (words.has(reading) && !surnameReadings.has(reading) && !givenNameReadings.has(reading));
}

const katakanaNameInContext: PiiDetector = gated(/[\p{Script=Katakana}ｰﾞﾟー][ 　・･][\p{Script=Katakana}ｰﾞﾟ]/u, {
  type: "PERSON",
  find: (shadow) =>
    matchesOf(KATAKANA_BEFORE_CUE, shadow).flatMap((match) =>
      match.groups!.name!.split(/[ 　・･]/u).every(isLoanword) ? [] : [{ start: match.indices!.groups!.name![0], end: match.indices!.groups!.name![1] }],
    ),
});

/**
 * A name in katakana by the dictionary's readings: two katakana words, a space or ・ between, one the reading of a
 * surname and the other of a given name, in either order (タカハシ ケンタ, ｲｼｶﾜ ﾘｮｳ, エミリー カーター); or one word that
 * reads as a surname before words that say a person (サトウと申します, 「年金機構の タナカ」と名乗り). Half-width katakana is
 * read as full-width.
 */
// The second word is looked ahead at, not taken: in リーダー ﾖｼﾑﾗ ﾏｷ the pair リーダー ﾖｼﾑﾗ must not hide ﾖｼﾑﾗ ﾏｷ.
const KATAKANA_PAIR = /(?<![\p{Script=Katakana}ーｰﾞﾟ])(?<first>[\p{Script=Katakana}ーｰﾞﾟ]{2,8})[ 　・](?=(?<second>[\p{Script=Katakana}ーｰﾞﾟ]{2,8})(?![\p{Script=Katakana}ーｰﾞﾟ]))/dgu;
// A space before the word only after a particle (本人は ナカガワ と名乗って): after katakana or kanji it is a name's second
// word (岡村 ハナです).
/**
 * Two katakana words that read together as one word of the lexicon (ハン・バーガー, ムーン・ライト, シルバー スター): a thing's
 * name a menu or a poster splits for show, though its halves read as a surname and a given name.
 */
const splitWord = (first: string, second: string): boolean => wordReadings().has(asReading(first + second));
/** A form's label for a name's kana, which reads as a given name too (カナ ヤマモト ハナコ: カナ is no one). */
const NAME_LABEL_KANA = /^(?:カナ|フリガナ)$/u;
/** Not after digits: a count's unit there (12ケタです, 3セットより) reads as a surname by chance. */
const KATAKANA_SURNAME_BEFORE_CUE =
  /(?:(?<=[\p{Script=Hiragana}、。] )|(?<![\p{Script=Katakana}ーｰﾞﾟ・ 0-9]))(?<name>[\p{Script=Katakana}ーｰﾞﾟ]{2,8})(?=と申|です(?=[。、!！]|$)|でございます|が(?:対応|担当)|より(?=[。、\s]|$)|[」』]? ?と名乗)/dgu;

/**
 * A reading with ャ, ュ and ョ written large after a kana of the i row, as a bank's or a card's register writes them
 * (シヨウゴ for ショウゴ, キヨウコ for キョウコ): tried only where the reading as written is no name's.
 */
const SMALL_KANA_WRITTEN_LARGE = /(?<=[キシチニヒミリギジビピ])[ヤユヨ]/gu;
const SMALL_OF: Readonly<Record<string, string>> = { ヤ: "ャ", ユ: "ュ", ヨ: "ョ" };
const readsAsIn = (reading: string, readings: ReadonlySet<string>): boolean => {
  if (readings.has(reading)) return true;
  const folded = reading.replace(SMALL_KANA_WRITTEN_LARGE, (large) => SMALL_OF[large]!);
  return folded !== reading && readings.has(folded);
};

/** A surname's reading and a given name's, in either order, with or without a space between (タカハシ ケンタ, にしむらあや). */
function readsAsName(words: readonly string[]): boolean {
  const { surnameReadings, givenNameReadings } = nameLexicon();
  const [first, second] = words.length === 2 ? words.map(asReading) : [asReading(words[0]!), ""];
  if (second !== "") return (surnameReadings.has(first!) && readsAsIn(second!, givenNameReadings)) || (readsAsIn(first!, givenNameReadings) && surnameReadings.has(second!));
  for (let split = 2; split <= first!.length - 2; split++) if (surnameReadings.has(first!.slice(0, split)) && givenNameReadings.has(first!.slice(split))) return true;
  return false;
}

/**
 * Two katakana words joined by ・, as a foreign name is written (クルス・アナ), when one of them is a surname's reading of
 * three characters or more: shorter ones are words too (マイ・ページ), and given names' readings hold loanwords (コーラ).
 * A venue's word before the ・ opens a building's name (区民ホール・アプリコ, 市民プラザ・かがやき), though Hall is a surname.
 */
const VENUE_WORD = /^(?:ホール|プラザ|アリーナ|スタジアム|ドーム|シアター|ホテル|タワー|モール|パーク)$/u;
function dotJoinedName(first: string, second: string): boolean {
  const { surnameReadings } = nameLexicon();
  return (
    [first, second].some((word) => word.length >= 3 && surnameReadings.has(asReading(word))) && !KATAKANA_THING.test(second) && !KATAKANA_THING.test(first) && !VENUE_WORD.test(first)
  );
}

/**
 * A kanji name with its reading in brackets and no honorific, as a signature writes it: 西村 彩（にしむら あや）,
 * 千葉 祐介（チバ ユウスケ） — the reading a surname's and a given name's by the dictionary; both are masked.
 */
const NAME_WITH_READING = /(?<![\p{Script=Han}々])(?<name>\p{Script=Han}[\p{Script=Han}々]{0,3}[ 　]?\p{Script=Han}[\p{Script=Han}々]{0,3})[ 　]?[（(](?<reading>[\p{Script=Hiragana}\p{Script=Katakana}ーｰﾞﾟ]{2,8}(?:[ 　・][\p{Script=Hiragana}\p{Script=Katakana}ーｰﾞﾟ]{2,8})?)[）)]/dgu;

/**
 * Whether the reading in brackets can be the name's: where the name opens with a surname the dictionary reads, the
 * reading holds one of its readings (佐藤（さとう ゆうき）; 上 勝（ﾀﾉｳｴ ﾏｻﾙ）, the rest of 田ノ上); a team's word after a name (佐藤（インフラ）, 高橋（サポート）)
 * reads as a name's kana by chance. A surname the dictionary gives no reading is let through.
 */
function readingFitsSurname(name: string, reading: string): boolean {
  const { readingsOfSurname } = nameLexicon();
  const kana = asReading(reading.replace(/[ 　・]/gu, ""));
  const readings = [2, 3, 1, 4].flatMap((length) => readingsOfSurname.get(name.slice(0, length)) ?? []);
  return readings.length === 0 || readings.some((surname) => kana.includes(surname));
}

const nameWithReading: PiiDetector = gated(/[（(][\p{Script=Hiragana}\p{Script=Katakana}]/u, {
  type: "PERSON",
  find: (shadow) =>
    matchesOf(NAME_WITH_READING, shadow).flatMap((match) => {
      if (!readsAsName(match.groups!.reading!.split(/[ 　・]/)) || !readingFitsSurname(match.groups!.name!, match.groups!.reading!)) return [];
      const [name, reading] = [match.indices!.groups!.name!, match.indices!.groups!.reading!];
      return [
        { start: name[0], end: name[1] },
        { start: reading[0], end: reading[1] },
      ];
    }),
});

// Gated on what every match needs: a space or ・ between katakana, or a cue right after katakana (most texts have neither).
const katakanaNameByReading: PiiDetector = gated(/[\p{Script=Katakana}ーｰﾞﾟ][ 　・][\p{Script=Katakana}ｰﾞﾟ]|[\p{Script=Katakana}ーｰﾞﾟ](?:と申|です|でございます|が(?:対応|担当)|より|[」』]? ?と名乗)/u, {
  type: "PERSON",
  find(shadow) {
    const { surnameReadings } = nameLexicon();
    const spans: Span[] = [];
    for (const match of matchesOf(KATAKANA_PAIR, shadow)) {
      const { first, second } = match.groups!;
      if (NAME_LABEL_KANA.test(first!) || splitWord(first!, second!)) continue;
      const end = match.index + match[0].length + second!.length;
      if ((readsAsName([first!, second!]) || (match[0].endsWith("・") && dotJoinedName(first!, second!))) && !isFirmAccount(shadow, match.index, end)) spans.push({ start: match.index, end });
    }
    for (const match of matchesOf(KATAKANA_SURNAME_BEFORE_CUE, shadow)) {
      // A thing's word the readings hold too is the thing (退去者リストです, 新しいシステムです).
      if (surnameReadings.has(asReading(match.groups!.name!)) && !KATAKANA_THING.test(match.groups!.name!)) spans.push({ start: match.index, end: match.index + match[0].length });
    }
    return spans;
  },
});

/** A form's label for the name that follows it (ﾅﾏｴ ﾏﾂﾀﾞ ｹﾝｼﾞ), though ナマエ is a surname's reading too. */
const NAME_LABELS = new Set(["ナマエ", "オナマエ", "シメイ", "フリガナ"]);

/**
 * A name in half-width katakana, as a legacy master file or a receipt system writes them (受付 ﾀﾅﾍﾞ, ﾉｸﾞﾁ ﾕｳﾄ 6才): read
 * as full-width, a word that is a surname's reading, standing alone (not glued to kanji or kana: ﾏｽﾀ登録, ﾏｲﾅ保険証), with
 * the half-width word after it (the given name, which the dictionary may lack). Half-width kana is rare outside such
 * fields, so a surname's reading there is taken for one, unless loanwords follow it (a product's name). The original
 * characters are masked, sound marks and all.
 */
const HALF_WIDTH_RUN = /(?<![\uFF66-\uFF9F\p{Script=Katakana}\p{Script=Han}\p{Script=Hiragana}ー])[\uFF66-\uFF9F]{2,10}(?:[ 　][\uFF66-\uFF9F]{2,10})*(?![\uFF66-\uFF9F\p{Script=Katakana}\p{Script=Han}\p{Script=Hiragana}ー])/gu;

const halfWidthKatakanaName: PiiDetector = gated(/[\uFF66-\uFF9F]{2}/u, {
  type: "PERSON",
  find(shadow) {
    const { surnameReadings, givenNameReadings } = nameLexicon();
    const spans: Span[] = [];
    for (const match of matchesOf(HALF_WIDTH_RUN, shadow)) {
      const words = [...match[0].matchAll(/\S+/gu)].map((word) => ({ text: word[0], start: match.index + word.index }));
      for (let index = 0; index < words.length; index++) {
        const word = words[index]!;
        const reading = asReading(word.text);
        if (reading.length < 3 || !surnameReadings.has(reading) || NAME_LABELS.has(reading)) continue;
        // A maker's name before goods' words is a product's (ﾓﾘﾅｶﾞ ﾐﾙｸ ｷｬﾗﾒﾙ, a till's line): two words or more after it, a
        // loanword first and no given name among them (ｶﾄｳ ﾎﾟﾃﾄ ﾁｯﾌﾟｽ: a plural the dictionary lacks is a goods' word too).
        const rest = words.slice(index + 1);
        if (rest.length >= 2 && isLoanword(rest[0]!.text) && rest.every((after) => isLoanword(after.text) || !givenNameReadings.has(asReading(after.text)))) break;
        const given = words[index + 1];
        const end = given ? given.start + given.text.length : word.start + word.text.length;
        if (given) index++;
        if (!isFirmAccount(shadow, word.start, end)) spans.push({ start: word.start, end });
      }
    }
    return spans;
  },
});

/**
 * A full name quoted alone, a space between its parts (アドレス帳から「林 真琴」を選んで, 宛名は『佐藤 花子』): the first
 * part a surname of the dictionary (one kanji too: the quotes and the space make it a name) that is no large place,
 * the second one to three kanji that are no title, company or office word.
 */
const QUOTED_FULL_NAME = /[「『](?<surname>\p{Script=Han}{1,3})[ 　](?<given>\p{Script=Han}[\p{Script=Han}々]{0,2})[」』]/dgu;

const quotedFullName = surnameDetector(/[「『]\p{Script=Han}{1,3}[ 　]/u, QUOTED_FULL_NAME, (match, surnames) => {
  const { surname, given } = match.groups!;
  if (!surnames.has(surname!) || PLACE_SURNAMES.has(surname!) || TITLE_AT_END.test(given!) || COMPANY_WORD.test(given!) || OFFICE_END.test(given!)) return undefined;
  return { start: match.indices!.groups!.surname![0], end: match.indices!.groups!.given![1] };
});

/**
 * A display name quoted after 表示名 (LINE の表示名は「Maria C.」): whatever the quotes hold, as the person chose it,
 * unless it names a team, a desk or an account of the organisation (表示名「営業チーム」, 「○○市公式」, "Kurabe Support").
 * So after a chat's other label for it (お客様（LINE名「かずき」）, ニックネーム『たっくん』).
 */
const DISPLAY_NAME_LABEL = "表示名|LINE名|LINEの名前|ニックネーム|アカウント名|ハンドルネーム";
const DISPLAY_NAME = new RegExp(`(?:${DISPLAY_NAME_LABEL})\\s*(?:は|[:：])?\\s*[「『"“](?<name>[^」』"”\\n]{1,30})[」』"”]`, "dgu");
const TEAM_DISPLAY_NAME = /チーム|グループ|事務局|窓口|公式|サポート|センター|デスク|[部課室係班](?:$|[ 　])|[Tt]eam|[Ss]upport|[Oo]fficial|[Dd]esk|[Bb]ot\b/u;

const displayName: PiiDetector = gated(new RegExp(DISPLAY_NAME_LABEL, "u"), {
  type: "PERSON",
  find: (shadow) =>
    matchesOf(DISPLAY_NAME, shadow).flatMap((match) =>
      TEAM_DISPLAY_NAME.test(match.groups!.name!) ? [] : [{ start: match.indices!.groups!.name![0], end: match.indices!.groups!.name![1] }],
    ),
});

/**
 * A commit trailer's person (Reviewed-by: 松田 拓海 <t.matsuda@…>, Signed-off-by:, Co-authored-by:, Tested-by:): what
 * stands between the trailer and the e-mail address, in any script.
 */
const TRAILER = /(?<![A-Za-z-])[A-Z][a-z]+(?:-[a-z]+)*-by:[ \t]+(?<name>[^<>@\n]*[^\s<>@])[ \t]*</dgu;

const trailerName: PiiDetector = gated(/-by:/, {
  type: "PERSON",
  find: (shadow) => matchesOf(TRAILER, shadow).map((match) => ({ start: match.indices!.groups!.name![0], end: match.indices!.groups!.name![1] })),
});

/**
 * A record's name with no label of its own, in the field right after the person's ID, as a pharmacy's or a member
 * desk's header line writes them (患者ID：P-0061108／宗像 啓太／連絡先：…, 会員番号: 0042 | Ana Lima | 電話): a kanji name
 * whose surname or given name the dictionary lists, katakana words, or capitalised Latin words; the field ends at the
 * next separator. Not a field that is a label's (／連絡先：…) or a thing's (／処方元：…).
 */
const AFTER_ID_FIELD = new RegExp(
  `(?:患者|会員|顧客|利用者|お客様|契約者|受講者|社員|職員|生徒|学生|入居者|組合員)(?:ID|番号|No\\.?|コード)[ \\t]*[:：][ \\t]*[^\\s/|]{1,24}[ \\t]*[/|][ \\t]*(?<name>\\p{Script=Han}{1,4}[ 　][\\p{Script=Han}\\p{Script=Hiragana}々]{1,4}|[\\p{Script=Katakana}ー]{2,10}(?:[ 　・][\\p{Script=Katakana}ー]{2,10}){1,3}|\\p{Lu}[\\p{L}'’-]+,?(?:[ \\t]+\\p{Lu}[\\p{L}'’-]+){1,3})[ \\t]*(?=[/|])`,
  "dgu",
);

const nameAfterIdField: PiiDetector = gated(/(?:ID|番号|No\.?|コード)[ \t]*[:：][^\n]{1,30}[/|]/u, {
  type: "PERSON",
  find: (shadow) =>
    matchesOf(AFTER_ID_FIELD, shadow).flatMap((match) => {
      const name = match.groups!.name!;
      const [first, second] = name.split(/[ 　]/u) as [string, string | undefined];
      const { surnames, givenNames } = nameLexicon();
      const named = /^\p{Script=Han}/u.test(name) ? surnames.has(first) || (second !== undefined && givenNames.has(second)) : !/[:：]/.test(name) && !KATAKANA_THING.test(first);
      const [start, end] = match.indices!.groups!.name!;
      return named ? [{ start, end }] : [];
    }),
});

/**
 * A name written in hiragana after a name's or a reading's label and a colon (氏名：あべ ゆうな, よみがな：かねしろ たくみ),
 * surname and given name with a space between; the label may say in brackets how it is written (お名前（ひらがな）：たまき
 * あおい). Without the colon, a form's own example follows as often (ふりがな やまだ はなこ).
 */
const READING_LABEL = "ふりがな|フリガナ|よみがな|ヨミガナ|読み仮名";
const HIRAGANA_AFTER_LABEL = new RegExp(
  `(?:氏名|名前|${READING_LABEL})(?:[（(](?:ひらがな|${READING_LABEL})[）)])?[ \t　]*[:：][ \t　]*(?!ひらがな|かたかな)(?<name>\\p{Script=Hiragana}{1,6}[ 　]\\p{Script=Hiragana}{1,6})(?!\\p{Script=Hiragana})`,
  "dgu",
);

const hiraganaAfterLabel: PiiDetector = gated(new RegExp(`(?:氏名|名前|${READING_LABEL})(?:[（(][^）)]{2,4}[）)])?[ \t　]*[:：][ \t　]*\\p{Script=Hiragana}`, "u"), {
  type: "PERSON",
  find: (shadow) => matchesOf(HIRAGANA_AFTER_LABEL, shadow).map((match) => ({ start: match.indices!.groups!.name![0], end: match.indices!.groups!.name![1] })),
});

/** A romanised name in brackets after a Japanese full name, an honorific between too: 中川 由美子 (Yumiko Nakagawa), 長谷川 拓也 様（HASEGAWA TAKUYA）. */
const ROMANISED_AFTER_NAME = new RegExp(
  `(?<name>\\p{Script=Han}{2,4})[ 　]?\\p{Script=Han}{1,3}[ 　]?${honorificAlternation(...POLITE_HONORIFICS, ...FORMAL_HONORIFICS)}?[ 　]?[（(](?<secret>[A-Z][a-z]+ [A-Z][a-z]+|[A-Z]{2,} [A-Z]{2,})[）)]`,
  "dgu",
);

const romanisedName = surnameDetector(/[（(][A-Z][a-zA-Z]+ [A-Z]/, ROMANISED_AFTER_NAME, (match, surnames) => {
  const name = match.groups!.name!;
  const [start, end] = match.indices!.groups!.secret!;
  const named = longestName(name, surnames, true, 4) >= 2 || longestName(name, surnames, false, 4) >= 2;
  return named && romanisesKanjiName(name, match.groups!.secret!.split(" ")) ? { start, end } : undefined;
});

/**
 * A sign-off: a surname, perhaps with a given name, alone on a text's last line after a blank one (…お願いします。⏎⏎上野),
 * or after 以上、 at the end of a line (以上、石井). A surname that is also a place (上野) counts: a place signs nothing.
 */
const SIGN_OFF_NAME = /^\p{Script=Han}{2,4}(?:[ 　]\p{Script=Han}{1,3})?$/u;
const SIGN_OFF_AFTER_IJOU = /以上[、,][ \t　]*(?<name>\p{Script=Han}{2,4}(?:[ 　]\p{Script=Han}{1,3})?)[ \t　]*$/dgmu;

/** The last line of the text when it is alone after a blank line: its span, trimmed. */
function lastLineAfterBlank(shadow: string): Span | undefined {
  const end = shadow.trimEnd().length;
  const lineStart = shadow.lastIndexOf("\n", end - 1) + 1;
  if (lineStart < 2 || shadow.slice(shadow.lastIndexOf("\n", lineStart - 2) + 1, lineStart).trim() !== "") return undefined;
  const line = shadow.slice(lineStart, end);
  const start = lineStart + line.length - line.trimStart().length;
  return { start, end };
}

/**
 * A katakana family name and a kanji given name closing the text after its last sentence, as a message is signed
 * (…No.214 です。ミラー 翔太), the given name one people are given: read in the text's last characters only.
 */
const MIXED_SIGN_OFF = /(?:^|[。！？!?\n])[ \t　]*(?<family>[\p{Script=Katakana}ー]{3,8})[ 　](?<given>\p{Script=Han}[\p{Script=Han}々]?)[ \t　]*$/du;

function mixedSignOff(shadow: string): Span | undefined {
  const from = Math.max(0, shadow.length - 20);
  const match = MIXED_SIGN_OFF.exec(shadow.slice(from));
  if (!match) return undefined;
  const [family, given] = [match.groups!.family!, match.groups!.given!];
  const { givenNames, nounGivenNames } = nameLexicon();
  // A given name of the dictionary that is no noun (翔太), or one people are given though it is a noun too (空, 陸): not 済, 大.
  const named = ((givenNames.has(given) && !nounGivenNames.has(given)) || worldNames().japaneseGivenNames.has(given)) && !commonNouns().has(given);
  if (!named || KATAKANA_THING.test(family) || NOT_A_SPEAKER.test(family)) return undefined;
  return { start: from + match.indices!.groups!.family![0], end: from + match.indices!.groups!.given![1] };
}

const signOff: PiiDetector = {
  type: "PERSON",
  find(shadow) {
    const { surnames } = nameLexicon();
    const mixed = mixedSignOff(shadow);
    const spans: Span[] = [];
    // A last line needs a line break before it: most texts (one-line cells) hold none.
    const last = shadow.includes("\n") ? lastLineAfterBlank(shadow) : undefined;
    if (last) spans.push(last);
    if (shadow.includes("以上")) for (const match of matchesOf(SIGN_OFF_AFTER_IJOU, shadow)) spans.push({ start: match.indices!.groups!.name![0], end: match.indices!.groups!.name![1] });
    return spans.filter((span) => {
      const name = shadow.slice(span.start, span.end);
      return SIGN_OFF_NAME.test(name) && surnames.has(name.split(/[ 　]/)[0]!);
    }).concat(mixed ?? []);
  },
};

/**
 * A surname in hiragana before と名乗る, as a call log writes a caller who gave only a name it heard (いがらし と名乗る女性,
 * 「わたなべ」と名乗った): the caller's own word for themself, so a surname's reading of three kana or more is a person.
 */
const HIRAGANA_SURNAME_NAMED = /(?<![\p{Script=Hiragana}])(?<name>\p{Script=Hiragana}{3,6})[」』]?[ 　]?(?=と名乗)/dgu;
const hiraganaSurnameNamed: PiiDetector = gated(/と名乗/u, {
  type: "PERSON",
  find: (shadow) =>
    matchesOf(HIRAGANA_SURNAME_NAMED, shadow)
      .filter((match) => nameLexicon().surnameReadings.has(asReading(match.groups!.name!)))
      .map((match) => ({ start: match.indices!.groups!.name![0], end: match.indices!.groups!.name![1] })),
});

export const NAME_LAYOUT_DETECTORS: readonly PiiDetector[] = [
  hiraganaSurnameNamed,
  signOff,
  handlerNote,
  deskHandler,
  callTaker,
  peopleList,
  chatSpeaker,
  datedAuthor,
  datedPupil,
  departmentMember,
  nameBeforeContact,
  katakanaNameInContext,
  katakanaNameByReading,
  halfWidthKatakanaName,
  quotedFullName,
  displayName,
  trailerName,
  hiraganaAfterLabel,
  nameAfterIdField,
  nameWithReading,
  romanisedName,
];
