import { gated, patternDetector, type PiiDetector } from "../detector.js";

/**
 * A person's code said of them in a sentence with no label (野口さんは Y27-0381 で登録済み, 彼の番号は SU9921 です, 佐藤様のIDは
 * AB-20931 でした): after a person and は, a code they are registered, enrolled or signed up under (で登録, で入会,
 * でエントリー); after a person's の番号, ID or コード, any code. Letters then digits, four digits or more: a phone's or an
 * amount's digits have no letters, and a flight, a seat or a room says so after it (JL0841 で到着, B1203 号室です).
 */
const CODE_OF_A_PERSON =
  /(?:(?<subject>さん|様|くん|君|ちゃん|氏)は|(?:さん|様|くん|君|ちゃん|氏|(?<![\p{Script=Han}])(?:彼女?|本人|ご本人))の(?:番号|ID|コード)は)[ \t]*(?<secret>[A-Z]{1,4}\d{0,3}-?\d{2,}(?:-?\d+)*)(?![A-Za-z0-9-])[ \t]*(?<after>で(?:登録|受付|申込|申し込|入会|入学|入所|エントリー)|です|でした)/dgu;

const personsCode = (match: RegExpExecArray): boolean => {
  const { subject, secret, after } = match.groups!;
  return (secret!.match(/\d/g)?.length ?? 0) >= 4 && (subject === undefined || !/^で(?:す|した)/.test(after!));
};

/**
 * A code in brackets after what the person is, a name before the brackets (Volkov（交換留学生、Y27-0381）, 王（研究生、
 * G2024-118）), or after the person's name and honorific inside them (別の方（宮下 恵 様、R-2207-0314）): the code they
 * are enrolled or registered under. Letters then digits (perhaps two groups), or six digits or more, the bracket's
 * close right after; a year, a count or a grade (（留学生、2026年入学）, （会員、3名）) is no code.
 */
const CODE_AFTER_WHAT_THEY_ARE =
  /[（(](?:[\p{Script=Han}\p{Script=Katakana}ー]{0,6}(?:生|員|者|士)|[^（()）、,\n]{1,16}(?:様|さん|氏))[、,][ \t]*(?<secret>[A-Z]{1,3}\d{0,4}-?\d{3,}(?:-\d{3,})?|\d{6,})(?=[）)])/dgu;

/**
 * A number a sentence calls a person's own (the tenant's own contract no. PCH-TN-2026-3207-02, his own policy number
 * 7730-118842, the guest's own membership # M-44120): "own" sets it apart from the firm's numbers beside it (a corporate
 * lease's, the agency's). The person, own, a word or two for the thing (perhaps broken over a line), its number word, a
 * code with four digits or more. Not an order's, a case's, a ticket's or a booking's: a desk's, own or not.
 */
const PERSONS_OWN_NUMBER =
  /(?<![A-Za-z])(?:[Hh]is|[Hh]er|[Tt]heir|(?:[Tt]he[ \t]+)?(?:tenant|guest|customer|client|patient|member|buyer|bidder|renter|lessee|applicant|student|employee|passenger)'s)[ \t]+own(?<thing>(?:\s+[a-z]+){1,2}?)\s+(?:no\.?|number|#)[ \t]*[:：]?[ \t]*(?<secret>[A-Z0-9](?:[A-Z0-9]|-(?=[A-Z0-9])){4,24})(?![A-Za-z0-9])/dg;
const DESK_THING = /order|invoice|receipt|ticket|case|request|tracking|booking|reservation|reference|quote/;

const personsOwnNumber = (match: RegExpExecArray): boolean =>
  !DESK_THING.test(match.groups!.thing!) && (match.groups!.secret!.match(/\d/g)?.length ?? 0) >= 4;

/**
 * A code a sentence then says is a person's number (ZX-2025-0611-40218 is her application's number, K7-33018 was his
 * membership number): the code, is or was, his, her or their, the thing, its number's word. Not a desk's (an order's, a
 * booking's) nor a trip's, a place's or a phone's (a flight, a seat, a room); four digits or more.
 */
const CODE_SAID_TO_BE_THEIRS =
  /(?<![A-Za-z0-9-])(?<secret>[A-Z0-9](?:[A-Z0-9]|-(?=[A-Z0-9])){4,24})(?![A-Za-z0-9-]) (?:is|was) (?:his|her|their) (?:own )?(?<thing>[a-z]+)(?:'s)? (?:number|no\.|ID)(?![A-Za-z])/dg;
const NOT_A_PERSONS_THING = /flight|train|bus|seat|room|gate|table|locker|phone|mobile|cell|fax|parcel/;

const saidToBeTheirs = (match: RegExpExecArray): boolean =>
  !DESK_THING.test(match.groups!.thing!) && !NOT_A_PERSONS_THING.test(match.groups!.thing!) && (match.groups!.secret!.match(/\d/g)?.length ?? 0) >= 4;

/**
 * A person's register number in brackets right after their name and honorific (通訳：レ・ヴァン・トゥアン さん（登録番号
 * MI-V-0173）, 講師 田中様（認定番号 KT-20418）): an interpreter's, a guide's or an instructor's entry in their register.
 * Letters and hyphens, then four digits or more, the bracket's close right after.
 */
const REGISTER_NUMBER_AFTER_PERSON =
  /(?:さん|様|氏|先生)[ \t]*[（(](?:登録|認定|会員|資格)(?:番号|No\.?)[ \t]*[:：]?[ \t]*(?<secret>[A-Z]{0,4}(?:-[A-Z]{1,4}){0,2}-?\d{4,}(?:-\d+)?)(?=[）)])/dgu;

/**
 * A certification a body gave the person, by the body's letters and 認定, at the end of the brackets saying what they are
 * (…（樹木医、松本在住、TCIA認定 QR-4410B）): the holder's entry in the body's register. A standard a firm or a product is
 * certified to (ISO, JIS, JAS) is no person's.
 */
const BODY_CERTIFICATION_IN_ASIDE =
  /[（(][^（()）\n]{0,30}?(?<![A-Za-z])(?!ISO|JIS|JAS|PSE)[A-Z]{2,6}認定(?:番号|No\.?|ID)?[ \t]*[:：]?[ \t]*(?<secret>[A-Z]{1,4}-?\d{3,8}[A-Z]?)(?=[）)])/dgu;

/**
 * A number a note calls the person's own, right after 本人の番号 (本人の番号 0317-22046 で返却, ご本人の番号：M-20418): a
 * library's or a club's number read for someone absent, the one the note names. Or the number of a person's own insurance
 * (旅行保険の番号 AUS-TRV-1234567, スポーツ保険の番号は本人の：SP-0411-2280): a trip's, a sport's or an accident's cover is
 * the insured's; a group's or a firm's (団体, 法人) is no one's. Four digits or more, a hyphen or five digits (no year).
 */
const OWN_NUMBER_JA =
  /(?:(?<![\p{Script=Han}])ご?本人の(?:番号|ID|コード)|(?<!団体|法人|会社)(?:旅行|旅行傷害|傷害|スポーツ|レジャー|登山|山岳)保険の(?:証券)?番号(?:は本人の)?)[ \t]*(?:は|:|：)?[ \t]*(?<secret>(?:[A-Z]{1,4}-){0,3}\d[\d-]{2,18}\d)(?![A-Za-z0-9-])/dgu;
const ownNumber = (match: RegExpExecArray): boolean => {
  const secret = match.groups!.secret!;
  return (secret.match(/\d/g)?.length ?? 0) >= 4 && (secret.includes("-") || /\d{5}/.test(secret));
};

export const CODES_SAID_OF_A_PERSON: readonly PiiDetector[] = [
  gated(/(?:さん|様|くん|君|ちゃん|氏)は|の(?:番号|ID|コード)は/, patternDetector("PERSONAL_ID", CODE_OF_A_PERSON, personsCode)),
  gated(/(?:[生員者士]|様|さん|氏)[、,]/, patternDetector("PERSONAL_ID", CODE_AFTER_WHAT_THEY_ARE, (match) => (match.groups!.secret!.match(/\d/g)?.length ?? 0) >= 4)),
  gated(/(?:さん|様|氏|先生)[ \t]*[（(](?:登録|認定|会員|資格)/, patternDetector("PERSONAL_ID", REGISTER_NUMBER_AFTER_PERSON)),
  gated(/認定/, patternDetector("PERSONAL_ID", BODY_CERTIFICATION_IN_ASIDE)),
  gated(/本人の|保険の/, patternDetector("PERSONAL_ID", OWN_NUMBER_JA, ownNumber)),
  gated(/ own\s/, patternDetector("PERSONAL_ID", PERSONS_OWN_NUMBER, personsOwnNumber)),
  gated(/ (?:is|was) (?:his|her|their) /, patternDetector("PERSONAL_ID", CODE_SAID_TO_BE_THEIRS, saidToBeTheirs)),
];
