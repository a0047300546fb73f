import { gated, matchesOf, type PiiDetector, type Span } from "../detector.js";
import { isEnglishWord, isPlaceName, PLACE_FIRST } from "./english-person-tagger.js";
import { FIRM_OR_THING_WORD, NOUN_FORM, TITLE_WORD, VOICE_ASSISTANT } from "../lexicon/firm-words.js";
import { CHILD_HONORIFICS, FORMAL_HONORIFICS, honorificAlternation, POLITE_HONORIFICS } from "../lexicon/honorifics.js";
import { longestName, nameLexicon, wordReadings } from "../lexicon/japanese-name-lexicon.js";
import { CAPITALS_NOT_A_NAME, EN_WORD, NOT_A_NAME, NOT_A_PERSON, ORGANISATION_WORD, readsAs } from "./name-detectors.js";
import { chinesePinyinName, eastAsianFamilyAfterTitle, eastAsianHyphenedName, koreanJoinedName, southernChineseName, vietnameseFamilyInJapanese, vietnameseFullName, vietnameseNameGivenFirst } from "./asian-romanised-names.js";
import { romajiReadings } from "../lexicon/romaji-reading.js";
import { worldNames } from "../lexicon/world-name-lexicon.js";
import { isListedSingleName } from "./listed-single-names.js";

/**
 * Latin names by what stands beside them in records and mails that mix English and Japanese: a credential after the
 * name (Mika Tsujimoto, RN), a date of birth after it, a Japanese role before it (請求者 Rodrigo Nakamura), its katakana
 * rendering in brackets, its phone number after a comma, a relative's word before it (her son, Declan,), a surname in
 * capitals before a comma as a patient list writes it (WALSH, Eileen Margaret), a person's part in a case before it
 * (Candidate Ana Souza), and a Japanese name in romaji by the dictionary's readings (Yuki Horibe).
 */

const isThing = (words: readonly string[]): boolean =>
  words.some((word) => ORGANISATION_WORD.test(word) || FIRM_OR_THING_WORD.test(word) || NOUN_FORM.test(word) || TITLE_WORD.test(word));
/** What a form's field holds in place of a name, or an instruction (Spouse: Not Applicable, Next of kin: Same As Above, Employee: ALL, Please read). */
const PLACEHOLDER = /^(?:Not|None|Same|See|Unknown|Self|Refer|As|To|Pending|Tbd|TBD|Nil|Please|Password|Read|Check|Call|Note|All)$/i;

/**
 * Whether Latin words in brackets after a kanji name (伊藤様（Ito Haruka）, 中川 由美子 (Yumiko Nakagawa)) can be its
 * romanisation: none is a firm's, a thing's or a title's word (田中様（Sales Manager）), and where the dictionary reads the
 * name's leading surname, one word reads as that or as a given name (not 伊藤様（Mitsubishi Estate）).
 */
export function romanisesKanjiName(kanji: string, latin: readonly string[]): boolean {
  if (isThing(latin)) return false;
  const { surnames, readingsOfSurname, givenNameReadings } = nameLexicon();
  // Katakana before the honorific is the name's rendering, which the dictionary does not read (オブライエン ショーン 様（Sean OBrien）).
  const surname = kanji.slice(0, longestName(kanji, surnames));
  const readings = /^\p{Script=Han}/u.test(surname) ? readingsOfSurname.get(surname) : undefined;
  return readings === undefined || latin.some((word) => romajiReadings(word).some((reading) => readings.includes(reading) || givenNameReadings.has(reading)));
}

/** A detector of `pattern`'s `name` group (and `reading`, the name in katakana, where it has one) where `gate` holds, unless a word of it says a thing or the first is no one's. */
function latinNames(gate: RegExp, pattern: RegExp, accept: (match: RegExpExecArray) => boolean = () => true): PiiDetector {
  return gated(gate, {
    type: "PERSON",
    find(shadow) {
      return matchesOf(pattern, shadow).flatMap((match) => {
        const words = match.groups!.name!.split(/[\s,]+/).filter(Boolean);
        if (NOT_A_PERSON.test(words[0]!) || words.some((word) => PLACEHOLDER.test(word)) || isThing(words) || !accept(match)) return [];
        return [match.indices!.groups!.name!, match.indices!.groups!.reading].flatMap((group) => (group ? [{ start: group[0], end: group[1] }] : []));
      });
    },
  });
}

const FULL_NAME = `${EN_WORD}(?:[ \\t]+${EN_WORD}){1,2}`;

/**
 * A name before a clinician's or a professional's credential (Mika Tsujimoto, RN; Aoife Byrne, MD, PhD): not a US
 * state's MD before its ZIP code (Silver Spring, MD 20910), masked already too when masking reads its text a second time
 * (Silver Spring, MD [POSTAL_CODE]).
 */
const CREDENTIALS = "RN|MD|PhD|Ph\\.D\\.|DDS|DMD|DVM|NP|LPN|BSN|PharmD|RPh|MSW|LCSW|CNM|CRNA|MBBS|FRCP|MRCP|MPH|DPT|PA-C|CPA|JD|Esq\\.?";
const BEFORE_CREDENTIAL = new RegExp(
  `(?<![A-Za-zÀ-ÖØ-öø-ÿ'’-])(?<name>${FULL_NAME}),[ \\t]*(?:${CREDENTIALS})(?![A-Za-zÀ-ÖØ-öø-ÿ])(?![ \\t]*(?:\\d{5}|\\[POSTAL_CODE\\]))`,
  "dgu",
);

/**
 * A name before its date of birth, the surname first in capitals too (… for Thomas Okafor: DOB 1991-07-14; LIMA, Ana
 * (born 1990)); a roster's surname, comma and given name, a middle initial too, with only spaces before it (Okoro,
 * Daniel T.    DOB 2008-…).
 */
const BEFORE_BIRTH = new RegExp(
  `(?<![A-Za-zÀ-ÖØ-öø-ÿ'’-])(?<name>(?:[A-Z][A-Z'’-]+,[ \\t]*)?${FULL_NAME}(?=[ \\t]*[:,(])|${EN_WORD},[ \\t]*${EN_WORD}(?:[ \\t]+[A-Z]\\.)?)[ \\t]*(?:[:,(][ \\t]*)?(?:DOB|D\\.O\\.B\\.|[Dd]ate of birth|[Bb]orn)\\b`,
  "dgu",
);

/**
 * A Latin name after a Japanese role of a person in a procedure or a trial (請求者 Rodrigo Nakamura, 候補者 Lee Seo-yeon,
 * 保証人：John Reid, 被告人 Jomar P. Villanueva): roles a product or an event does not take (購入者 and 参加者 do: 購入者 Nintendo Switch, 参加者 Open House).
 */
const PROCEDURE_ROLE = "(?:請求|申請|申込|候補|応募|依頼|相談|契約|被保険|入居|同行|搭乗|宿泊|予約|出張|差出|送信|記入|報告|承認|紹介|推薦|面接|内定|被疑|被害|受刑)者|(?:保証|代理|受取|名義|連帯保証|身元引受|被告|申立|証|参考)人|原告|被告|患者|保護者|担当者";
/** A name as a court's or a register's papers write it: up to four words, a middle initial among them (Jomar P. Villanueva, Sandra Yukie Higa Takara). */
const ROLE_NAME = `${EN_WORD}(?:[ \\t]+(?:[A-Z]\\.|${EN_WORD})){1,3}`;
const AFTER_JAPANESE_ROLE = new RegExp(`(?:${PROCEDURE_ROLE})[ \\t　]*(?:[:：][ \\t　]*)?(?<name>${ROLE_NAME})(?![A-Za-zÀ-ÖØ-öø-ÿ'’-])`, "dgu");

/** Anyone's honorific or writing's, which a name with its rendering stands beside. */
const POLITE_OR_FORMAL_HONORIFIC = honorificAlternation(...POLITE_HONORIFICS, ...FORMAL_HONORIFICS);

/**
 * A Latin name with its katakana rendering in brackets before an honorific (Lee Seo-yeon（イ・ソヨン）さん), or in
 * brackets after a name and its honorific (ウォルシュ アイリーン 様（Eileen Walsh）): not after お客様 or 皆様.
 */
const WITH_RENDERING = new RegExp(
  `(?<![A-Za-zÀ-ÖØ-öø-ÿ'’-])(?<name>${FULL_NAME})[ \\t]?[（(](?<reading>[\\p{Script=Katakana}ー・ 　]{2,24})[）)][ \\t]?${POLITE_OR_FORMAL_HONORIFIC}`,
  "dgu",
);
const RENDERED_AFTER_HONORIFIC = new RegExp(`(?<words>[\\p{Script=Han}\\p{Script=Katakana}ー々]+)[ \\t　]?${POLITE_OR_FORMAL_HONORIFIC}[ \\t]?[（(](?<name>${FULL_NAME})[）)]`, "dgu");

/**
 * A name after a colon that closes words of a person (a contact, an engineer, someone on call), then a comma and its
 * phone number or e-mail address (Ops contact in the DC for the disk swap: Tomasz Wójcik, +81 3 …); not a venue's
 * (Venue: Grand Hyatt, 03-…).
 */
const BEFORE_CONTACT = new RegExp(
  `(?<=(?:[Cc]ontact|[Pp]erson|[Ss]taff|[Rr]ep|[Tt]echnician|[Ee]ngineer|[Dd]river|[Aa]gent|[Oo]wner|[Mm]anager|[Oo]n[- ]call|[Ee]scalat\\w*)[^:：]{0,60}[:：][ \\t]*)(?<name>${EN_WORD}[ \\t]+${EN_WORD}),[ \\t]+(?=\\+?\\d[\\d ()-]{7,}\\d|[\\w.+-]+@[\\w-]+\\.)`,
  "dgu",
);

/**
 * A relative's, a partner's or a flatmate's word after a possessive, then the person's name (her son Declan, The
 * patient's daughter-in-law, Aoife, rang, my boyfriend Yuto, his housemate Ravi Menon, her partner Ingeborg), of three
 * words too where a double family name leads it (Ken's mother Sugita Berg Naomi). A partner only so: in brackets after
 * a name it is a firm's as often (Kawase Kimono (partner)). A wrapped line's end may stand between the words (SPACE_OR_WRAP).
 */
const RELATIVE =
  "(?:wife|husband|spouse|boyfriend|girlfriend|son|daughter|mother|father|brother|sister|niece|nephew|grandson|granddaughter|grandmother|grandfather|aunt|uncle|cousin|fiancée?|flatmate|roommate|housemate)(?:-in-law)?";
/** Spaces, or a line's end where a text is wrapped by hand (her / daughter Wren; his son / Osian). */
const SPACE_OR_WRAP = "(?:[ \\t]+|[ \\t]*\\n[ \\t]*)";
const AFTER_RELATIVE = new RegExp(
  `(?<![\\p{L}])(?<whose>[Hh]is|[Hh]er|[Tt]heir|[Mm]y|[Oo]ur|[\\p{L}]+['’]s)${SPACE_OR_WRAP}(?<relation>${RELATIVE}|partner),?${SPACE_OR_WRAP}(?<name>${EN_WORD}(?:[ \\t]+${EN_WORD}){0,2})(?![A-Za-zÀ-ÖØ-öø-ÿ'’-])`,
  "dgu",
);

/**
 * A relative named by their relation in brackets after the name, or after a label for one (Declan Walsh (son);
 * Emergency contact: Maeve Doyle; | Next of kin | Ana Lima |).
 */
const BEFORE_RELATION = new RegExp(`(?<![A-Za-zÀ-ÖØ-öø-ÿ'’-])(?<name>${FULL_NAME})[ \\t]*\\((?:${RELATIVE}|guardian|parent|next of kin)\\)`, "dgu");
/**
 * A reply signed with a dash, a given name or a surname in romaji and the office or the team it writes from (— Keiko,
 * Osaka office; – Tom, support team; — Kaneshiro, support; — Kubota, uniform desk): the staff member's name.
 */
const SIGNED_WITH_OFFICE = /(?<![\p{L}\p{N}])[—–-][ \t]*(?<name>[A-Z][a-z]{2,15}),[ \t]*(?:[A-Za-z]+[ \t]+)?(?:[Oo]ffice|[Tt]eam|[Dd]esk|[Bb]ranch|[Ss]upport|[Cc]ent(?:er|re)|[Ff]ront [Dd]esk)(?![\p{L}])/dgu;
/**
 * A given name alone before whose relative it is in brackets (Margaux (his sister) will bring …, Tomasz (her son)), a
 * note after the relative too (Linh (her sister, no account)): a listed given name, or with the note any word of no
 * English dictionary nor place, the lists lacking many (Linh, Hyejin).
 */
const GIVEN_BEFORE_RELATION = new RegExp(`(?<![\\p{L}'’.-])(?<name>${EN_WORD})[ \\t]*\\((?:[Hh]is|[Hh]er|[Tt]heir|[Mm]y|[Oo]ur)[ \\t]+${RELATIVE}(?<note>[,;][^()\\n]{1,40})?\\)`, "dgu");
const AFTER_KIN_LABEL = new RegExp(
  `(?<![A-Za-z])(?:[Nn]ext of [Kk]in|[Ee]mergency [Cc]ontact|[Gg]uardian|[Ss]pouse)(?:[ \\t]+[Nn]ame)?[ \\t]*(?:[:：]|\\|)[ \\t]*(?<name>${FULL_NAME})(?![A-Za-zÀ-ÖØ-öø-ÿ'’-])`,
  "dgu",
);

/**
 * A surname in capitals, a comma or a space and the given names, as a patient list or a school's register writes them,
 * after a label of a person (| Patient | WALSH, Eileen Margaret |, Student: NGUYEN Duc Anh).
 */
const PERSON_LABEL = "Patient|Resident|Client|Guest|Passenger|Insured|Member|Employee|Student|Applicant|Tenant|Candidate|Trainee|Intern|Pt";
const SURNAME_FIRST = new RegExp(
  `(?<![A-Za-z])(?:${PERSON_LABEL})(?:[ \\t]+[Nn]ame)?[ \\t]*(?:[:：]|\\|)[ \\t]*(?<name>(?<family>[A-Z][A-Z'’-]+)(?<comma>,[ \\t]*|[ \\t]+)(?<given>[A-Z][a-z'’-]+(?:[ \\t]+[A-Z][a-z'’-]+){0,2}))(?![A-Za-zÀ-ÖØ-öø-ÿ])`,
  "dgu",
);
/**
 * Without the comma, a firm's capitals and its words (Client: NTT Docomo, Student: TOEIC Listening Part) read alike: the
 * surname must be a listed family name, and no given word an English word or a place's.
 */
const surnameFirstWithoutComma = (match: RegExpExecArray): boolean => {
  const { family, comma, given } = match.groups as { family: string; comma: string; given: string };
  if (comma.includes(",")) return true;
  const capitalised = family.charAt(0) + family.slice(1).toLowerCase();
  return worldNames().latinFamily.has(capitalised) && given.split(/[ \t]+/).every((word) => !isEnglishWord(word) && !isPlaceName(word));
};

/** A name after a form's label for it, the surname first and a comma, as a register writes it (Name: Oyelaran, Adebayo): the line ends there. */
const NAME_LABEL_SURNAME_FIRST = new RegExp(
  `^[ \\t]*(?:Full |Legal |Contact )?[Nn]ame[ \\t]*[:：][ \\t]*(?<name>${EN_WORD},[ \\t]*${EN_WORD}(?:[ \\t]+${EN_WORD})?)[ \\t]*$`,
  "dgmu",
);

/**
 * The holder's name as a card or an account writes it, in capitals as often as not, after the words that ask for it
 * (name on card MARISOL GUTIERREZ, Cardholder: Ana Lima, account holder name JOHN A SMITH), the given name's initial
 * first too (name on card S O'NEILL); or in capitals after the word holder alone, as a note on a card writes it
 * (exp 09/29, holder KENTA ORII), the line broken between or not.
 */
const CARD_HOLDER = new RegExp(
  `(?<![A-Za-z])(?:(?:[Nn]ame (?:as (?:it appears |shown )?)?on (?:the )?card|[Cc]ard ?[Hh]older(?:['’]s)?(?: [Nn]ame)?|[Aa]ccount ?[Hh]older(?:['’]s)?(?: [Nn]ame)?|[Aa]ccount [Nn]ame)[ \\t]*[:：]?[ \\t]*|holder[ \\t]*\\n?[ \\t]*(?=[A-Z][A-Z'’-]+[ \\t]+[A-Z][A-Z'’-]))(?<name>[A-Z]\\.?[ \\t]+[A-Z][A-Z'’-]+|[A-Z][A-Z'’-]+(?:[ \\t]+[A-Z]\\.?)?(?:[ \\t]+[A-Z][A-Z'’-]+){1,2}|${FULL_NAME})(?![A-Za-zÀ-ÖØ-öø-ÿ'’-])`,
  "dgu",
);

/**
 * A Latin name before a Japanese honorific for a teacher or a child (Benjamin Hart 先生, Aarav くん, Mia ちゃん, Hoaちゃん):
 * a full name, or one word that is a listed name (isListedSingleName: the lexicon's, a Vietnamese given name); not a thing's or a language's name so called (Python 先生,
 * Pepper くん), nor a voice assistant's.
 */
const TEACHER_OR_CHILD_HONORIFIC = honorificAlternation("先生", ...CHILD_HONORIFICS);
const BEFORE_JAPANESE_HONORIFIC = new RegExp(`(?<![A-Za-zÀ-ÖØ-öø-ÿ'’-])(?!${VOICE_ASSISTANT})(?<name>${EN_WORD}(?:[ \\t]+${EN_WORD}){0,2})[ \\t]?${TEACHER_OR_CHILD_HONORIFIC}`, "dgu");

/**
 * A full Latin name before a Japanese word for the person's post (カフェ ボナペティ（Olivier Lefèvre オーナー）, Marco
 * Rossi 店長, Anna Weber 弁護士): one of its words a name the lists hold and none a place's (Santa Monica 店長 is a shop's).
 */
const JAPANESE_POST = "オーナー|シェフ|マネージャー|社長|店長|代表|部長|課長|支配人|院長|所長|医師|弁護士|税理士|教授|監督";
const BEFORE_JAPANESE_POST = new RegExp(`(?<![A-Za-zÀ-ÖØ-öø-ÿ'’-])(?<name>${FULL_NAME})[ \t　]?(?:${JAPANESE_POST})(?![\p{Script=Katakana}ー])`, "dgu");
const namedByLists = (match: RegExpExecArray): boolean => {
  const words = match.groups!.name!.split(/[ \t]+/);
  const { latinGiven, latinFamily } = worldNames();
  return words.some((word) => latinGiven.has(word) || latinFamily.has(word)) && !words.some(isPlaceName) && !PLACE_FIRST.test(words[0]!);
};

/**
 * A given name or a romaji surname after "from" or "by" and before the team it writes for in brackets (Note from Dan
 * (Payments), reply by Keiko (Billing)): a listed given name or one the dictionary reads, no English word or place, and
 * no place in the brackets (from Sydney (Australia) is a city's).
 */
const FROM_WITH_TEAM = /(?<![A-Za-z])(?:from|by)[ \t]+(?<name>[A-Z][a-z]{1,15})[ \t]*\((?<team>[A-Z][A-Za-z&]+(?:[ \t]+[A-Za-z&]+){0,2})\)/dgu;
const namedWithTeam = (match: RegExpExecArray): boolean => {
  const name = match.groups!.name!;
  const reads = worldNames().latinGiven.has(name) || readsAsParts(name).given || isRomajiSurname(name);
  return reads && !isEnglishWord(name) && !isPlaceName(name) && !match.groups!.team!.split(/[ \t]+/).some(isPlaceName);
};

/** A chat export's profile field of a person's full name ("real_name": "Okonkwo Chidinma"), in either order; not a bot's. */
const PROFILE_NAME = new RegExp(`"(?:real_name|full_name|fullName|realName)"[ \\t]*:[ \\t]*"(?<name>${FULL_NAME})"`, "dgu");
const NOT_A_PROFILE_PERSON = /^(?:Bot|Team|Service|System|Alerts?|Support|Admin|App|Integration)$/;

/** A person's part in a case before a full name (Candidate Ana Beatriz Souza asked, the patient Eileen Walsh). */
const AFTER_CASE_ROLE = new RegExp(
  `(?<![\\p{L}])(?:[Cc]andidate|[Aa]pplicant|[Pp]atient|[Tt]enant|[Nn]ominee|[Ii]nterviewee|[Rr]eferee)[ \\t]+(?<name>${FULL_NAME})(?![A-Za-zÀ-ÖØ-öø-ÿ'’-])`,
  "dgu",
);

/**
 * A name after the words that say a person gave it (the caller gave his name as Amaru Marquina Torrez, the sender signs as
 * Sokha Phan, she introduced herself as Thandeka): one to four words, not every one an English word, none a place's
 * (gave his name as Tokyo Office, signs as Customer Care).
 */
const NAME_GIVEN_AS = new RegExp(
  `(?<![A-Za-z])(?:gave (?:his|her|their) name as|signs (?:off )?as|signed (?:off )?as|introduced (?:himself|herself|themselves) as)[ \\t]+(?<name>${EN_WORD}(?:[ \\t]+${EN_WORD}){0,3})(?![A-Za-zÀ-ÖØ-öø-ÿ'’-])`,
  "dgu",
);
const readsAsGivenName = (match: RegExpExecArray): boolean => {
  const words = match.groups!.name!.split(/[ \t]+/);
  return !words.every(isEnglishWord) && !words.some(isPlaceName);
};

/**
 * One given name after a companion's label, as a desk's note writes who came along (Friend who came with her: Thảo,
 * Interpreter: Henrike): a name of the lists or a word with a letter English never writes, no English word or place.
 */
const AFTER_COMPANION_LABEL = new RegExp(
  `(?<![A-Za-z])(?:[Ff]riend|[Cc]ompanion|[Ii]nterpreter|[Ee]scort|[Cc]haperone)(?:[ \\t]+(?:who|that)[^:：\\n]{1,30})?[ \\t]*[:：][ \\t]*(?<name>${EN_WORD})(?![A-Za-zÀ-ÖØ-öø-ÿ'’-]|[ \\t]+\\p{Lu})`,
  "dgu",
);

/**
 * A given name closing a bracketed note after a Japanese comma, as staff sign what they did (（18:20 完了、Anders）,
 * （削除済み、Svea)): a name of the lists, no English word or place (（東京、Osaka）, （赤、Rose）).
 */
const SIGNING_BRACKETED_NOTE = new RegExp(`(?<=、[ \\t　]?)(?<name>${EN_WORD})(?=[ \\t]?[)）])`, "dgu");

/**
 * A list's label of a person at an event before a full name (Attendee Priyanka Raman, Speaker Femi Adeyemi): words of
 * no English dictionary only, for the label heads a list's column as often (Attendee List Export, Speaker Notes).
 */
const AFTER_EVENT_ROLE = new RegExp(
  `(?<![\\p{L}])(?:[Aa]ttendee|[Pp]articipant|[Dd]elegate|[Rr]egistrant|[Pp]anell?ist|[Ss]peaker)[ \\t]+(?<name>${FULL_NAME})(?![A-Za-zÀ-ÖØ-öø-ÿ'’-])`,
  "dgu",
);

/**
 * A Japanese name in romaji, in either order, the surname in capitals too, by the dictionary's readings (Yuki Horibe,
 * Watabe Kenji, YAMADA Taro): one word reads
 * as a given name, the other as a surname; each is spelt as Hepburn romaji is (no th, l, c alone), so English words
 * whose letters read as kana by chance (Home Base) are not looked up.
 */
export const HEPBURN = /^(?:(?:[kgsztdnhbpmr]y|sh|ch|ts|[kgsztdnhbpmyrwfj])?[aiueo]|n(?![aiueoy])|([kgstpc])(?=\1|h))+$/i;
/** Whether a word is spelt as Hepburn romaji is (Azukihata, Sendai; not Central). */
export const spellsAsRomaji = (word: string): boolean => HEPBURN.test(word);
/**
 * How the second word of a pair reads; a double surname joined by a hyphen (Yuki Ozawa-Lindqvist, Kenta Mori-Schmidt)
 * reads as a surname when one of its halves does and neither is an English word.
 */
function secondReads(word: string): { given: boolean; surname: boolean } {
  if (!word.includes("-")) return readsAsParts(word);
  const halves = word.split("-");
  return { given: false, surname: halves.some((half) => readsAsParts(half).surname) && !halves.some(isEnglishWord) };
}
const ROMAJI_PAIR = /(?<![A-Za-zÀ-ÖØ-öø-ÿ'’-])(?<first>[A-Z][a-z]{2,11}|[A-Z]{3,12})[ \t]+(?<second>[A-Z][a-z]{2,11}(?:-[A-Z][a-z]{2,14})?|[A-Z]{3,12})(?!(?!['’]s(?![A-Za-z]))[A-Za-zÀ-ÖØ-öø-ÿ'’-]|[ \t]+[A-Z][A-Za-z])/dgu;
/**
 * A surname in romaji alone starting a clause, before "from" and the firm or the side a person speaks for (Sakamaki
 * from the client asks; — Sato from Sato Coffee Roasters): not a city after "to" (flights to Osaka from Tokyo).
 */
const ROMAJI_SURNAME_FROM = /(?:^|(?<=[.!?;:—–-][ \t\n]*))(?<name>[A-Z][a-z]{3,11})[ \t]+from[ \t]+(?:the[ \t]+(?:client|customer|vendor|supplier|agency|bank|insurer|firm|company|office|school|hospital|city)\b|[A-Z])/dgu;

/** Each capitalised word's readings as a given name and a surname, kept: the same words recur from row to row, and wanakana's conversion is the cost. */
/**
 * The parts of a district's name before the district, which are one-kanji surnames too (中 Naka, 北 Kita, 南 Minami):
 * Naka Meguro, Kita Senju, Minami Aoyama are places.
 */
const PLACE_PREFIX = /^(?:Naka|Kita|Minami|Higashi|Nishi|Shin|Kami|Shimo|Oku|Moto|Hon|Chuo|Kyu|Ura|Omote|Oo|O)$/i;

const readingsOf = new Map<string, { given: boolean; surname: boolean }>();
const NO_READING = { given: false, surname: false };
/** Whether a capitalised word, spelt as Hepburn romaji is, reads as a given name and as a surname of the dictionary (Kenta, Usami). */
export function readsAsParts(word: string): { given: boolean; surname: boolean } {
  let known = readingsOf.get(word);
  if (known === undefined) {
    const { surnameReadings, givenNameReadings } = nameLexicon();
    const romaji = HEPBURN.test(word);
    known = { given: romaji && readsAs(word, givenNameReadings), surname: romaji && readsAs(word, surnameReadings) };
    if (readingsOf.size >= 50_000) readingsOf.clear();
    readingsOf.set(word, known);
  }
  return known;
}

/** A capitalised word of four letters or more, spelt as Hepburn romaji is, that reads as a surname and is no English word or place (Nitta, Mizuhara). */
export const isRomajiSurname = (word: string): boolean =>
  /^[A-Z][a-z]{3,11}$/.test(word) && readsAsParts(word).surname && !isEnglishWord(word) && !isPlaceName(word) && !PLACE_PREFIX.test(word);

/**
 * A list's item of goods and where they come from (Fish: …; rice …; kombu from Hikari Kanetaka): a lower-case word
 * heading the item before from, after the list's separator or the line's start. The source is a supplier, no sender:
 * not after what a person sends or does (an apology from Nagisa Maruyoshi; - call from Hikari Kanetaka).
 */
const SUPPLIER_BEFORE = /(?:^|[;,；、:：]|^[ \t]*[-*•])[ \t]*(?<goods>\p{Ll}+)[ \t]+from[ \t]+$/mu;
const SENT_OR_DONE =
  /^(?:calls?|messages?|e?mails?|e-mails?|letters?|notes?|apology|apologies|requests?|repl(?:y|ies)|complaints?|inquir(?:y|ies)|enquir(?:y|ies)|feedback|texts?|fax|visits?|voicemails?|updates?|word|news|gifts?|cards?|orders?|bookings?|reservations?|referrals?|payments?|transfers?|approvals?|comments?|questions?|thanks)$/;
const namedAsSupplier = (shadow: string, start: number): boolean => {
  const goods = SUPPLIER_BEFORE.exec(shadow.slice(Math.max(0, start - 40), start))?.groups!.goods;
  return goods !== undefined && !SENT_OR_DONE.test(goods);
};

/** Two romaji words that read together as one word of the dictionary: a food, a place, a firm (Sakura Mochi, Minami Aoyama). */
export const readsAsOneWord = (joined: string): boolean => romajiReadings(joined).some((reading) => wordReadings().has(reading));

const romajiFullName: PiiDetector = gated(/[A-Z][A-Za-z]{2,} [A-Z][A-Za-z]{2,}/, {
  type: "PERSON",
  find(shadow) {
    const spans: Span[] = [];
    ROMAJI_PAIR.lastIndex = 0;
    for (let match = ROMAJI_PAIR.exec(shadow); match !== null; match = ROMAJI_PAIR.exec(shadow)) {
      const { first, second } = match.groups! as { first: string; second: string };
      // Two words in capitals are a heading's as often (MINE NOTE): the surname alone in capitals is a name's style.
      const [one, two] = /^[A-Z]+$/.test(first) && /^[A-Z]+$/.test(second) ? [NO_READING, NO_READING] : [readsAsParts(first), secondReads(second)];
      const reads = (one.given && two.surname) || (one.surname && two.given);
      // Joined, two words may read as one of the dictionary (Sakura Mochi); not a surname that is no given name, the family
      // name first (Yamamoto Shin: やまもとしん reads as a word, Yamamoto is no one's given name).
      const oneWord = readsAsOneWord(first + second) && !(one.surname && !one.given && two.given);
      if (reads && first !== second && !PLACE_PREFIX.test(first) && !NOT_A_PERSON.test(first) && !isThing([first, second]) && !oneWord && !namedAsSupplier(shadow, match.index)) spans.push({ start: match.index, end: match.index + match[0].length });
      // The second word may start the next pair (Mr Yuki Horibe): step back onto it.
      else ROMAJI_PAIR.lastIndex = match.indices!.groups!.second![0];
    }
    return spans;
  },
});

/**
 * A Japanese name in romaji after a staff member's English job word (Staff Kaito Mizuhara, appraiser Haruto Ishiguro,
 * site manager Tatsuya Isurugi): a firm's own staff, whose given name the dictionary may read only as a surname (Kaito),
 * or whose rare surname it lacks (Isurugi) after a given name it reads; a tour's guide or driver is one too. Both words are spelt as Hepburn romaji is and
 * one reads as a surname, or the first as a given name: Staff Only Area, Staff Room Key are no one.
 */
const ROMAJI_AFTER_STAFF = new RegExp(
  `(?<![A-Za-z])(?:[Ss]taff|[Cc]lerk|[Rr]eceptionist|[Aa]ppraiser|[Ii]nspector|[Mm]echanic|[Tt]echnician|[Ss]alesperson|[Cc]oordinator|[Mm]anager|[Ss]upervisor|[Ff]oreman|[Gg]uide|[Ii]nterpreter|[Ii]nstructor|[Dd]river)[ \t]+(?<name>[A-Z][a-z]{2,11}[ \t]+[A-Z][a-z]{2,11})(?![A-Za-z'’-]|[ \t]+[A-Z])`,
  "dgu",
);
const romajiAfterStaff: PiiDetector = latinNames(/[Ss]taff|[Cc]lerk|[Rr]eceptionist|[Aa]ppraiser|[Ii]nspector|[Mm]echanic|[Tt]echnician|[Ss]alesperson|[Cc]oordinator|[Mm]anager|[Ss]upervisor|[Ff]oreman|[Gg]uide|[Ii]nterpreter|[Ii]nstructor|[Dd]river/, ROMAJI_AFTER_STAFF, (match) => {
  const words = match.groups!.name!.split(/[ \t]+/);
  const reads = words.some((word) => readsAsParts(word).surname) || readsAsParts(words[0]!).given;
  return words.every((word) => HEPBURN.test(word) && !isEnglishWord(word)) && reads && !readsAsOneWord(words.join(""));
});

/**
 * A Japanese given name in romaji the dictionary reads (Hiroki, Satoko) and a surname spelt as Hepburn romaji is that it
 * lacks, a rare one or a place's (Sendai, Kurama, Azukihata), after a word that brings a person in: a sender's "from",
 * a salutation, a contact's label or an executive's title (apology from Izumi Kurama, reviewed by CTO Hiroki Sendai).
 * Two words of no English dictionary that do not read together as one word, and no capitalised word after them (from
 * Yuki Matsuri Hall is a place).
 */
const GIVEN_THEN_UNLISTED_SURNAME = new RegExp(
  `(?<![A-Za-z])(?:from|Dear|[Cc]ontact(?:[ \t]+person)?[ \t]*:?|CEO|CTO|CFO|COO|CIO|CISO|President|Director|Chair)[ \t]+(?<name>(?<given>[A-Z][a-z]{2,11})[ \t]+(?<surname>[A-Z][a-z]{3,11}))(?![A-Za-z'’-]|[ \t]+[A-Z])`,
  "dgu",
);
const romajiGivenThenUnlistedSurname: PiiDetector = latinNames(/from |Dear |[Cc]ontact|C[EFIOT]O |CISO |President |Director |Chair /, GIVEN_THEN_UNLISTED_SURNAME, (match) => {
  const { given, surname } = match.groups! as { given: string; surname: string };
  return !namedAsSupplier(match.input, match.indices!.groups!.name![0]) && readsAsParts(given).given && HEPBURN.test(surname) && ![given, surname].some(isEnglishWord) && !PLACE_PREFIX.test(given) && !isThing([given, surname]) && !readsAsOneWord(given + surname);
});

/**
 * A given name alone after a contact's label (Contact person Shiori at the desk, contact: Priya): a given name the
 * dictionary reads in romaji or the world lists, no English word or place (Contact Sales, contact Tokyo office).
 */
const GIVEN_AFTER_CONTACT = /(?<![A-Za-z])[Cc]ontact(?:[ \t]+person)?[ \t]*:?[ \t]+(?<name>[A-Z][a-z]{2,11})(?![A-Za-z'’-]|[ \t]+[A-Z])/dgu;
const givenAfterContact: PiiDetector = latinNames(/[Cc]ontact/, GIVEN_AFTER_CONTACT, (match) => {
  const name = match.groups!.name!;
  return (readsAsParts(name).given || worldNames().latinGiven.has(name)) && !isEnglishWord(name) && !isPlaceName(name);
});

const romajiSurnameFrom: PiiDetector = latinNames(/ from /, ROMAJI_SURNAME_FROM, (match) => {
  const name = match.groups!.name!;
  return HEPBURN.test(name) && readsAs(name, nameLexicon().surnameReadings);
});

/**
 * A nickname in capitals in brackets inside a name, as a crew list or a caster's card writes it (Kenji (KJ) Morooka,
 * Robert (Bob) Smith is no match: the nickname in capitals only): the given name and the family name around it, one
 * listed as a given name and the other a listed family name or a surname in romaji.
 */
const NICKNAME_INSIDE = /(?<![\p{L}\p{N}'’.@_-])(?<name>(?<given>\p{Lu}\p{Ll}{1,15})[ \t]+\(\p{Lu}{2,4}\)[ \t]+(?<family>\p{Lu}\p{Ll}{1,20}(?:-\p{Lu}\p{Ll}+)?))(?![\p{L}\p{N}'’@_-])/dgu;
const nicknameInside = latinNames(/\(\p{Lu}{2,4}\) \p{Lu}/u, NICKNAME_INSIDE, (match) => {
  const { given, family } = match.groups!;
  return worldNames().latinGiven.has(given!) && !isEnglishWord(given!) && (worldNames().latinFamily.has(family!) || isRomajiSurname(family!)) && !isEnglishWord(family!);
});

export const LATIN_NAME_DETECTORS: readonly PiiDetector[] = [
  nicknameInside,
  vietnameseFullName,
  vietnameseNameGivenFirst,
  vietnameseFamilyInJapanese,
  eastAsianHyphenedName,
  koreanJoinedName,
  eastAsianFamilyAfterTitle,
  // The southern reading first: its family name before a pinyin pair is the person's (Yeo | Jia Hui, not Jia Hui alone).
  southernChineseName,
  chinesePinyinName,
  latinNames(new RegExp(`, ?(?:${CREDENTIALS})`), BEFORE_CREDENTIAL),
  // A town and its country before born are a birthplace (Lagos, Nigeria born 1990), no name.
  latinNames(/DOB|D\.O\.B\.|[Dd]ate of birth|[Bb]orn/, BEFORE_BIRTH, (match) => !match.groups!.name!.split(/[\s,]+/).some(isPlaceName)),
  latinNames(/(?:[者人]|原告|被告)[ \t　:：]*[A-Z]/u, AFTER_JAPANESE_ROLE),
  latinNames(new RegExp(`[）)] ?${POLITE_OR_FORMAL_HONORIFIC}`, "u"), WITH_RENDERING),
  latinNames(
    new RegExp(`${POLITE_OR_FORMAL_HONORIFIC} ?[（(][A-Z]`, "u"),
    RENDERED_AFTER_HONORIFIC,
    (match) => !NOT_A_NAME.test(match.groups!.words!) && romanisesKanjiName(match.groups!.words!, match.groups!.name!.split(/[ \t]+/)),
  ),
  latinNames(/[A-Za-z], (?:\+?\d|[\w.+-]+@)/, BEFORE_CONTACT),
  // A firm's or a team's partner is a business (our partner Acme, Sony's partner): a person's only after his, her or my.
  latinNames(new RegExp(`${RELATIVE}|partner`), AFTER_RELATIVE, (match) => match.groups!.relation !== "partner" || /^(?:[Hh]is|[Hh]er|[Mm]y)$/.test(match.groups!.whose!)),
  latinNames(new RegExp(`\\((?:${RELATIVE}|guardian|parent|next of kin)\\)`), BEFORE_RELATION),
  latinNames(/[Nn]ext of [Kk]in|[Ee]mergency [Cc]ontact|[Gg]uardian|[Ss]pouse/, AFTER_KIN_LABEL),
  latinNames(/\((?:[Hh]is|[Hh]er|[Tt]heir|[Mm]y|[Oo]ur) /, GIVEN_BEFORE_RELATION, (match) => {
    const name = match.groups!.name!;
    return (worldNames().latinGiven.has(name) || (match.groups!.note !== undefined && !isPlaceName(name) && !/[ \t]/.test(name))) && !isEnglishWord(name);
  }),
  latinNames(/[—–-][ \t]*[A-Z]/, SIGNED_WITH_OFFICE, (match) => !isEnglishWord(match.groups!.name!) && (worldNames().latinGiven.has(match.groups!.name!) || readsAsParts(match.groups!.name!).given || isRomajiSurname(match.groups!.name!))),
  latinNames(new RegExp(PERSON_LABEL), SURNAME_FIRST, surnameFirstWithoutComma),
  latinNames(/[Nn]ame[ \t]*[:：][ \t]*[A-Z][a-z]+,/, NAME_LABEL_SURNAME_FIRST, (match) => !match.groups!.name!.split(/[\s,]+/).filter(Boolean).every(isPlaceName)),
  latinNames(/[Cc]andidate|[Aa]pplicant|[Pp]atient|[Tt]enant|[Nn]ominee|[Ii]nterviewee|[Rr]eferee/, AFTER_CASE_ROLE),
  latinNames(/ name as |igns? (?:off )?as |igned (?:off )?as |elves as |self as /, NAME_GIVEN_AS, readsAsGivenName),
  latinNames(/、 ?[A-Z][a-z]+ ?[)）]/u, SIGNING_BRACKETED_NOTE, (match) => isListedSingleName(match.groups!.name!) && !isEnglishWord(match.groups!.name!)),
  latinNames(/(?:riend|ompanion|nterpreter|scort|haperone)[^:：\n]{0,40}[:：]/, AFTER_COMPANION_LABEL, (match) => isListedSingleName(match.groups!.name!) && !isEnglishWord(match.groups!.name!)),
  latinNames(/[Aa]ttendee|[Pp]articipant|[Dd]elegate|[Rr]egistrant|[Pp]anell?ist|[Ss]peaker/, AFTER_EVENT_ROLE, (match) => !match.groups!.name!.split(/[ \t]+/).some(isEnglishWord)),
  latinNames(new RegExp(`[a-z][ \\t　]?(?:${JAPANESE_POST})`, "u"), BEFORE_JAPANESE_POST, namedByLists),
  latinNames(new RegExp(`[a-z][ \\t]?${TEACHER_OR_CHILD_HONORIFIC}`), BEFORE_JAPANESE_HONORIFIC, (match) => {
    const words = match.groups!.name!.split(/[ \t]+/);
    return words.length > 1 || (isListedSingleName(words[0]!) && !isEnglishWord(words[0]!));
  }),
  // A card's or an account's own words in capitals are no one (card holder VISA GOLD, JCB PLATINUM).
  latinNames(/(?:on (?:the )?card|[Hh]older|[Aa]ccount [Nn]ame)/, CARD_HOLDER, (match) =>
    match.groups!.name!
      .split(/[ \t]+/)
      .every((word) => !CAPITALS_NOT_A_NAME.test(word) && (word.length <= 2 || /[a-z]/.test(word) || !isEnglishWord(word.charAt(0) + word.slice(1).toLowerCase()))),
  ),
  latinNames(/"(?:real_name|full_name|fullName|realName)"/, PROFILE_NAME, (match) => !match.groups!.name!.split(/[ \t]+/).some((word) => NOT_A_PROFILE_PERSON.test(word) || ORGANISATION_WORD.test(word))),
  latinNames(/(?:from|by) [A-Z][a-z]+ ?\([A-Z]/, FROM_WITH_TEAM, namedWithTeam),
  romajiFullName,
  romajiAfterStaff,
  romajiGivenThenUnlistedSurname,
  givenAfterContact,
  romajiSurnameFrom,
];
