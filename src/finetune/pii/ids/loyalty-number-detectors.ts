import { gated, patternDetector, type PiiDetector } from "../detector.js";

/**
 * A frequent flyer's or a mileage programme's member number after its word (マイレージ番号 JL 12345678, JMB 会員番号は
 * 40011223, frequent flyer no. NH 1234567890): an airline's two-character code, perhaps a space, then seven to ten
 * digits (perhaps in groups as the card prints them: NH 2238 4471 09), or the digits alone, in the card's groups
 * too with seven digits at least (JMB 会員番号 1234 5678 90: its last short group is the number's). A flight's number has four digits at most (JL 123 便), and miles are counted with a
 * comma or a unit (12,000 マイル).
 */
const LOYALTY_NUMBER =
  /(?:マイレージ(?:バンク|クラブ)?|マイル|(?<![A-Za-z])(?:JMB|AMC|[Ff]requent[ -][Ff]l(?:y|i)er|FFP|[Mm]ileage(?: [Pp]lan| [Cc]lub)?))(?:[ \t]*(?:会員)?(?:番号|No\.?|[Nn]o\.?|[Nn]umber|#|ID))?[ \t]*(?:は|:|=|is)?[ \t]*(?<secret>(?:[A-Z][A-Z0-9]|[0-9][A-Z])[ -]?(?:\d{7,10}|\d{4}(?: \d{2,4}){1,2})|\d{4} \d{3,4}(?: \d{2,4})?|\d{7,10})(?![\d,.]|[ \t]*(?:マイル|miles?|円|yen))/dg;

/**
 * A member named by the shop's code for them, with no number's word (お客様（長澤 様、会員 HC-M-044812）, 会員：MB-20931):
 * capitals first and four digits or more at the end, as a register prints them, or a card's digits in three or four
 * groups of four (会員 5520 1934 7781). A count or points (会員 2名, 会員 500pt) or a rank (会員 VIP) stay.
 */
const MEMBER_CODE = /会員[ \t]*(?:[:：]|は)?[ \t]*(?<secret>[A-Z][A-Z0-9]*(?:-[A-Z0-9]+)*-?\d{4,}|\d{4}(?:[ -]\d{4}){2,3}(?![ -]?\d))(?![A-Za-z0-9-])/dg;

/**
 * A member number a few words after its cue, the digits after a colon (会員証の番号、控えておいて：00418827, 会員番号を
 * 確認してください: 7710 2234): the words between hold no digit and end no sentence, and the number has six digits or more.
 */
const MEMBER_NUMBER_AFTER_WORDS =
  /会員(?:証)?(?:の)?番号[^\d\n。.！!？?:：]{1,20}[:：][ \t]*(?<secret>\d{6,12}|\d{4}[ -]\d{4}(?:[ -]\d{2,4})?)(?![\d,.]|[ \t]*(?:円|pt|ポイント|点))/dg;

/**
 * A member number after where the card prints it (会員番号はカード裏の KM-770931 です, 会員番号は会員証の表面に記載の 00516638):
 * the number read off the card to the member. Capitals and four digits or more, or six digits or more.
 */
const MEMBER_NUMBER_ON_THE_CARD =
  /会員証?の?番号は[ \t　]*(?:カード|会員証)の?(?:裏|表)面?(?:の|に(?:ある|記載の?|書いてある|印字の?))?[ \t　]*(?<secret>[A-Z]{1,4}-?\d{4,}|\d{6,12})(?![A-Za-z0-9-])/dg;

export const LOYALTY_NUMBER_DETECTORS: readonly PiiDetector[] = [
  gated(/マイ[レル]|JMB|AMC|[Ff]requent|FFP|[Mm]ileage/, patternDetector("PERSONAL_ID", LOYALTY_NUMBER)),
  gated(/会員/, patternDetector("PERSONAL_ID", MEMBER_CODE)),
  gated(/会員証?の?番号/, patternDetector("PERSONAL_ID", MEMBER_NUMBER_AFTER_WORDS)),
  gated(/会員証?の?番号は/, patternDetector("PERSONAL_ID", MEMBER_NUMBER_ON_THE_CARD)),
];
