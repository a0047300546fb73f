import { before, digitsOf, gated, patternDetector, type PiiDetector } from "../detector.js";
import { nameLexicon } from "../lexicon/japanese-name-lexicon.js";
import { THING_WORD, withListedSiblings } from "./labelled-id-detectors.js";
import { romajiReadings } from "../lexicon/romaji-reading.js";
import { firmOwnsLinkAfter } from "../look-alikes/firm-accounts.js";
import { isGroupHeld } from "./group-held-ids.js";

/**
 * IDs named by something other than a label of their own: a person's number by its standard abbreviation (MRN, SSN),
 * a person's word right before a code (候補者 CAND-005102), a bare 番号 that refers back to a person's number named
 * just before (在留カード番号を…書いてしまった。番号は AB12873645CD), an example in brackets after a person's number is
 * named (会員番号の入ったリスト（M-20418 など）), and a profile URL's handle (linkedin.com/in/…).
 */

/**
 * The abbreviations of a person's number in a record (a hospital's MRN, a national insurance or tax number: SSN,
 * NINO, PPSN, NHS number) and カルテ番号, or the English-speaking countries' numbers spelt out (National Insurance number,
 * Social Insurance Number, Tax file number, Medicare card), their abbreviation perhaps in brackets after (Tax file number
 * (TFN)), then the number, perhaps in the next cell of a key–value table (`| MRN | 0061-228-457 |`): digits in groups,
 * perhaps with a letter or three before or one after (or a card's last digit, the holder's place on it: 2123 45670 1), spaced too as printed on the card (QQ 12 34 56 C), six digits at least.
 */
const ABBREVIATED_ID =
  /(?:(?<![A-Za-z])(?:MRN|UHID|SSN|SIN|TFN|PPSN|NINO|NRIC|(?:NHS|NI|CHI|IHI|PPS|Medicare|Aadhaar)[ -]?(?:[Nn]o\.?|[Nn]umber|#)|(?:[Nn]ational|[Ss]ocial) [Ii]nsurance(?: [Nn]umber| [Nn]o\.?)?|[Tt]ax [Ff]ile [Nn]umber|Medicare card(?: [Nn]umber| [Nn]o\.?)?)(?![A-Za-z])(?:[ \t]*\((?:NINO|NI|SIN|TFN)\))?|カルテ(?:番号|No\.?))[ \t]*(?:\|[ \t]*|[:#][ \t]*|is[ \t]+)?(?<secret>[A-Z]{0,3} ?\d{2,}(?:[ -]\d{2,}){0,3}(?: \d)?(?: ?[A-Z])?)(?![A-Za-z0-9]|-\d)/dg;

/**
 * A person's word right before a code (候補者 CAND-005102 の添付, patient PT-448102, a customer's in German, Spanish or
 * Dutch: Kunde KD-0041871; a paper's subscriber: subscriber DK-2-88154): the code is that person's, whatever its label
 * would have been. Capitals, perhaps a hyphen and a district's one or two digits, then four digits or more; not a
 * thing's code by its prefix (顧客 ORD-1182 is an order the customer placed).
 */
const PERSON_THEN_CODE =
  /(?:候補者|応募者|受験者|患者|会員|利用者|顧客|社員|職員|従業員|生徒|学生|児童|組合員|加入者|入居者|契約者|購読者|(?<![A-Za-z])(?:[Cc]andidate|[Aa]pplicant|[Pp]atient|[Mm]ember|[Cc]ustomer|[Ss]ubscriber|[Ee]mployee|[Ss]tudent|Kunde|Kundin|[Cc]liente|[Kk]lant)(?![A-Za-z]))[ \t]*(?<secret>[A-Z]{1,6}(?:-\d{1,2}(?=-))?-?\d{4,}(?:-\d+)?)(?![A-Za-z0-9]|-[A-Za-z0-9])/dg;

/**
 * A code whose own letters say whose it is, a customer's, a member's, an employee's, a user's or a student's (MP-CUST-00412,
 * EMP-30417, SZ-MEM-220418, USR0081234), with five digits or more: a company's numbering of its people, whatever
 * stands before it.
 */
const HOLDER_CODE = /(?<![A-Za-z0-9-])(?:[A-Z0-9]{1,6}-){0,2}(?:CUST|CUS|MBR|MEM|EMP|USR|STU)-?\d{5,}(?![A-Za-z0-9]|-[A-Za-z0-9])/dg;
export const THING_PREFIX = /^(?:ORD|ORDER|INV|PO|REQ|RFQ|QT|EST|TKT|TIX|INC|SR|CR|CHG|SKU|RMA|JOB|PRJ|CASE|BUG|ISSUE|PR|REF|TRK|SHP|DO)-?\d/;

/**
 * 番号 alone (番号は, その番号：) with a value of letters and four digits or more: the number the text named last, a few
 * sentences back. A person's (在留カード番号, 会員番号) makes the value one; a thing's (注文番号) or none keeps it.
 */
const BARE_NUMBER =
  /(?<![\p{Script=Han}\p{Script=Katakana}ー])(?:その|この)?番号[ \t]*(?:は|:)[ \t]*(?<secret>[A-Za-z0-9][A-Za-z0-9-]{3,}[A-Za-z0-9])(?![A-Za-z0-9_@.-])/dgu;
const LAST_NUMBER_LABEL = /(?<![\p{Script=Han}\p{Script=Katakana}ー])(?<word>[\p{Script=Han}\p{Script=Katakana}ー]{1,8})(?:番号|ナンバー|カード|ID)(?![\s\S]*(?:番号|ナンバー|カード|ID))/u;

/**
 * A document a person carries named, then a bare 番号 a sentence on (免許証を見せました。番号は 302011448950 です,
 * 保険証を出して…その番号：12345678, 在留カードしかない。番号 NK36097518EC): the document's number, eight digits to twelve,
 * or a residence card's two letters, eight digits and two letters. Another number's label (受付番号, 電話番号) is no
 * bare 番号, and its value stays.
 */
const DOCUMENT_THEN_BARE_NUMBER =
  /(?:免許証|運転免許|保険証|パスポート|旅券|在留カード|マイナンバーカード|(?<![A-Za-z])(?:[Pp]assport|[Dd]river'?s licen[cs]e))(?:[^\n番]|番(?!号)){0,40}?(?<![\p{Script=Han}\p{Script=Katakana}ー])(?:その|この)?番号[ \t]*(?:は|:|：)?[ \t]*(?<secret>(?<=[は:：][ \t]*)\d{8,12}(?![\d-])|[A-Z]{2}\d{8}[A-Z]{2}(?![A-Za-z0-9]))/dgu;

function namesAPersonsNumber(shadow: string, index: number): boolean {
  const word = LAST_NUMBER_LABEL.exec(shadow.slice(Math.max(0, index - 120), index))?.groups!.word;
  return word !== undefined && !THING_WORD.test(word);
}

/**
 * A person's number named, then one of them in brackets a few words on, as an example (学籍番号の入った名簿（S2025-0412
 * など）, member numbers (e.g. M-20418) were printed), perhaps whose it is before it (職員番号でログイン（例：新海 は
 * E2014-0557）): the label's word a person's (注文番号's is an order's), the value letters with four digits or more, or
 * six digits.
 */
const NUMBER_THEN_EXAMPLE =
  /(?:(?<![\p{Script=Han}\p{Script=Katakana}ー])(?<word>[\p{Script=Han}\p{Script=Katakana}ー]{1,8})(?:番号|ナンバー|ID)[^\n()（）。]{0,20}?[（(](?:例[:：]?\s*(?:[^\s()（）、,:：]{1,10}[ \t]*(?:は|の|[:：])[ \t]*)?)?|(?<![A-Za-z])(?:[Ss]tudent|[Pp]upil|[Mm]ember(?:ship)?|[Ee]mployee|[Ss]taff|[Pp]atient|[Cc]ustomer)[ -](?:numbers?|IDs?|[Nn]os?\.)[^\n()]{0,24}?\((?:e\.g\.,?\s*)?)(?<secret>[A-Za-z0-9][A-Za-z0-9-]{3,18}[A-Za-z0-9])(?=\s*(?:など|等|とか|ほか|…|etc\.?|and\s|[、,）)]))/dgu;
/** The Japanese label's end in a match of NUMBER_THEN_EXAMPLE: where words saying whose the number is would start. */
const JA_LABEL_END = /(?:番号|ナンバー|ID)/u;
/**
 * Not where the words between the label and the bracket say the number is a body's (団体番号は施設のもの（…）): the home's or
 * the club's, no person's (see group-held-ids).
 */
const exampleOfANumber = (match: RegExpExecArray, shadow: string): boolean => {
  const { word, secret } = match.groups!;
  const digits = digitsOf(secret!).length;
  if (word !== undefined) {
    const label = JA_LABEL_END.exec(match[0].slice(word.length));
    if (label !== null && isGroupHeld(shadow, match.index + word.length + label.index + label[0].length)) return false;
  }
  return (word === undefined || !THING_WORD.test(word)) && (/[A-Za-z]/.test(secret!) ? digits >= 4 : digits >= 6 && digits === secret!.replace(/-/g, "").length);
};

/**
 * The handle of a person's profile URL (linkedin.com/in/priyanka-deshmukh-de, x.com/…, instagram.com/…): an online
 * identifier that leads straight to its person. Not a company's page, a post or a site's own paths (linkedin.com/company,
 * instagram.com/p/…, x.com/search), nor an account the text calls a shop's or a brand's official one (公式 Instagram:
 * instagram.com/sakura_cafe); a LinkedIn /in/ page is always a person's.
 */
const PROFILE_URL =
  /(?<![\w.-])(?:https?:\/\/)?(?:[a-z]{2,3}\.)?(?:www\.)?(?:linkedin\.com\/(?:in|pub)\/|(?:facebook|instagram|twitter|threads|x)\.(?:com|net)\/|tiktok\.com\/@)(?<secret>[A-Za-z0-9][A-Za-z0-9._%-]{0,98}[A-Za-z0-9_%-])(?![A-Za-z0-9_%-]|\.[A-Za-z0-9])/dg;
const SITE_PATH =
  /^(?:company|school|groups?|pages?|events?|hashtag|explore|p|reels?|stories|search|i|intent|share|sharer(?:\.php)?|home|login|signup|settings|help|about|privacy|policies|legal|tos|watch|marketplace|business|messages|notifications|compose|jobs|feed|profile\.php)$/i;

/**
 * A login made of a person's surname in romaji (vpn-ichinose, t.tanaka, sato_k2) a few words after an account's word,
 * perhaps over a line break (VPN ユーザーは各自⏎vpn-ichinose みたいな名前で): a login in lower case with `.`, `_` or `-`
 * between its parts, one of them a Japanese surname read in romaji (four letters or more: a tool's or a role's word,
 * vpn, ops, admin, is none). Not past another label, value or quote (user: "…", label: "mine.gguf").
 */
const LOGIN_IN_PROSE =
  /(?:ユーザー?|アカウント|ログイン|(?<![A-Za-z])(?:[Uu]ser(?:name)?s?|[Ll]ogins?|[Aa]ccounts?)(?![A-Za-z]))(?:[^\n。.!?:,;"'=(){}]|\n(?![ \t]*\n)){0,16}?(?<![A-Za-z0-9._-])(?<secret>[a-z][a-z0-9]*(?:[._-][a-z0-9]+)+)(?![A-Za-z0-9_@-]|\.[A-Za-z0-9])/dg;

function holdsSurname(login: string): boolean {
  const { surnameReadings } = nameLexicon();
  return login
    .split(/[._-]/)
    .map((part) => part.replace(/\d+$/, ""))
    .some((part) => part.length >= 4 && romajiReadings(part).some((reading) => surnameReadings.has(reading)));
}

/**
 * An account a page asks its readers to follow, as a README credits its authors: a Markdown link whose text is the
 * handle with its @ ([@rauchg](https://twitter.com/rauchg)) or says Follow (a badge: [![X Follow](…)](https://x.com/…)),
 * or whose title does ("Follow @mathias on Twitter"). Published to be found, no one's private identifier.
 */
const FOLLOW_LINK_BEFORE = /\[@[A-Za-z0-9_.]{1,30}\]\($|\[[^\]\n]*(?:[Ff]ollow|フォロー)[^\]\n]*\]\($|\]\([^)\n]*(?:[Ff]ollow|フォロー)[^)\n]*\)\]\($/;
const FOLLOW_TITLE_AFTER = /^[ \t]+["'][^"'\n]*(?:[Ff]ollow|フォロー)/;
function followLink(match: RegExpExecArray, shadow: string): boolean {
  const end = match.index + match[0].length;
  return FOLLOW_LINK_BEFORE.test(shadow.slice(Math.max(0, match.index - 200), match.index)) || FOLLOW_TITLE_AFTER.test(shadow.slice(end, end + 40));
}

const abbreviatedId = (value: string): boolean => digitsOf(value).length >= 6;

export const NAMED_ID_DETECTORS: readonly PiiDetector[] = [
  gated(/MRN|UHID|SSN|SIN|TFN|PPSN|NINO|NRIC|NHS|NI|CHI|IHI|PPS|Medicare|Aadhaar|[Ii]nsurance|[Tt]ax [Ff]ile|カルテ/, patternDetector("PERSONAL_ID", ABBREVIATED_ID, (match) => abbreviatedId(match.groups!.secret!))),
  gated(
    /[者員客生童][ \t]*[A-Z]|(?:andidate|pplicant|atient|ember|ustomer|ubscriber|mployee|tudent|Kunde|Kundin|liente|lant)[ \t]+[A-Z]/,
    patternDetector("PERSONAL_ID", PERSON_THEN_CODE, (match) => !THING_PREFIX.test(match.groups!.secret!)),
  ),
  gated(/CUS|MBR|MEM|EMP|USR|STU/, patternDetector("PERSONAL_ID", HOLDER_CODE)),
  gated(
    /番号[ \t]*(?:は|:)[ \t]*[A-Za-z0-9-]*[A-Za-z]/,
    patternDetector(
      "PERSONAL_ID",
      BARE_NUMBER,
      (match, shadow) => /[A-Za-z]/.test(match.groups!.secret!) && digitsOf(match.groups!.secret!).length >= 4 && namesAPersonsNumber(shadow, match.index),
    ),
  ),
  gated(/(?<![\p{Script=Han}\p{Script=Katakana}ー])(?:その|この)?番号[ \t]*(?:は|:|：)?[ \t]*(?:\d{8}|[A-Z]{2}\d{8})/u, patternDetector("PERSONAL_ID", DOCUMENT_THEN_BARE_NUMBER)),
  gated(/(?:番号|ナンバー|ID|umbers?|[Nn]os?\.)[^\n()（）。]{0,24}[（(]/, withListedSiblings(patternDetector("PERSONAL_ID", NUMBER_THEN_EXAMPLE, exampleOfANumber))),
  gated(
    /linkedin\.com\/|facebook\.com\/|instagram\.com\/|twitter\.com\/|threads\.net\/|x\.com\/|tiktok\.com\/@/,
    patternDetector(
      "PERSONAL_ID",
      PROFILE_URL,
      (match, shadow) =>
        !SITE_PATH.test(match.groups!.secret!) && (/linkedin/.test(match[0]) || (!firmOwnsLinkAfter(before(shadow, match.index, 30)) && !followLink(match, shadow))),
    ),
  ),
  gated(/ユーザ|アカウント|ログイン|[Uu]ser|[Ll]ogin|[Aa]ccount/, patternDetector("PERSONAL_ID", LOGIN_IN_PROSE, (match) => holdsSurname(match.groups!.secret!))),
];
