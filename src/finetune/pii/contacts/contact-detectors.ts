import { isIPv4, isIPv6 } from "node:net";
import { before, digitsOf, gated, hasDigits, matchesOf, patternDetector, type PiiDetector, type Span } from "../detector.js";
import { COUNTRY_CODE_PHONE_DETECTORS } from "./country-code-phones.js";
import { inNotPersonalContext } from "../context/number-context.js";
import { LOOSE_DOMAIN_EMAIL_DETECTOR } from "./loose-domain-emails.js";
import { MISREAD_DIGIT_PHONE_DETECTOR } from "./misread-digit-phones.js";
import { SITE_EXTENSION_DETECTOR, withExtension } from "./phone-extensions.js";
import { PHILIPPINE_MOBILE_DETECTOR, PHILIPPINE_MOBILE_RUN_DETECTOR } from "./philippine-mobiles.js";
import { CUED_FOREIGN_MOBILE_DETECTORS } from "./cued-foreign-mobiles.js";
import { hasPhoneWord, PHONE_WORD, phoneWordWithin } from "../context/phone-words.js";
import { SPOKEN_PARTICLE } from "./spoken-detectors.js";
import { MISPLACED_BRACKET_PHONE_DETECTOR, STRAY_SPACE_PHONE_DETECTOR, UNEVEN_SPACED_PHONE_DETECTOR } from "./stray-space-phones.js";
import { SLASH_GROUPED_PHONE_DETECTOR } from "./slash-grouped-phones.js";
import { DIGIT_SPACED_PHONE_DETECTOR } from "./digit-spaced-phones.js";
import { LOCAL_NUMBER_PHONE_DETECTOR } from "./local-number-phones.js";

const PHONE_CONTEXT = phoneWordWithin(12);
/** A phone's word, then a thing's (the order, the invoice) and no digit, just before a number: the phone on that thing. */
const PHONE_OF_A_THING = new RegExp(`${PHONE_WORD}[^\\n\\d]{0,24}$`);
const POSTAL_CONTEXT = /(?:郵便番号|〒|住所|所在地|postal|zip)[^\n]{0,12}$/i;
/**
 * "version 1.2.3.4", "v10.0.2.15", "バージョン1.2.3.4", "バージョンは 10.2.0.15", "最新リリースは 2.0.1.3" (half-width
 * ﾊﾞｰｼﾞｮﾝ too) are versions, not addresses. A Japanese cue may have its particle (は, が, を, の, も) before the number;
 * a table's label cell may hold the cue (| firmware | 2.61.0.18 |, | ファーム | 3.1.0.7 |).
 */
const VERSION_CONTEXT =
  /(?:(?<![a-z])(?:version|ver\.?|release|build|firmware|fw|v\.?)\s*(?::|=|is|was|\|)?|(?:バージョン|リリース|ビルド|ファーム(?:ウェア)?|ﾊﾞｰｼﾞｮﾝ|ﾘﾘｰｽ|ﾋﾞﾙﾄﾞ|ﾌｧｰﾑ(?:ｳｪｱ)?)(?:番号)?\s*(?:[:=|]|は|が|を|の|も)?)\s*[「『"“(（]?\s*$/i;
/**
 * A number after another and a word joining them (5.11.3.2 から 5.12.0.1 に, 1.2.3.4 → 1.2.3.5, 7.2.1.19 and 7.2.1.20):
 * what the first is, a version or an address, the second is too.
 */
const AFTER_ANOTHER = /(?<![\w.])v?\d+(?:\.\d+){1,3}\s*(?:から|より|→|->|⇒|〜|~|と|や|、|,|\/|or|and|to)\s*$/;

/** A version by its cue before it, or after a version and a word joining them (バージョン 5.11.3.2 から 5.12.0.1). */
function inVersionContext(shadow: string, index: number): boolean {
  for (let at = index, steps = 0; steps < 4; steps++) {
    if (VERSION_CONTEXT.test(before(shadow, at, 12))) return true;
    const previous = AFTER_ANOTHER.exec(before(shadow, at, 28));
    if (previous === null) return false;
    // The first number's own cue is read before its digits (a `v` is one).
    at -= previous[0].length - previous[0].search(/\d/);
  }
  return false;
}

/** What a version is said to do, after it: 12.4.0.4 で修正済み, 5.12.0.2 にアップデート. */
const VERSION_AFTER = /^\s?(?:で(?:修正|対応|解消)|に(?:更新|アップデート)|へ(?:更新|アップデート))/;
/** A section or clause number of a standard or contract is written before 項/節/章/条 (8.2.4.1項): not an address. */
const SECTION_AFTER = /^\s?[項節章条]/;
const IPV4 = /(?<![\w.])(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(?!\w|\.\d)/dg;

/** A dotted number its place says is a version (or a section of a standard), not an address. */
function readAsVersion(shadow: string, index: number, length: number): boolean {
  const end = index + length;
  return inVersionContext(shadow, index) || SECTION_AFTER.test(shadow.slice(end, end + 2)) || VERSION_AFTER.test(shadow.slice(end, end + 10));
}

/** A subnet mask is four octets of contiguous ones then zeros (255.255.240.0): a setting, not an address. */
const isNetmask = (address: string): boolean => {
  const bits = address.split(".").map((octet) => Number(octet).toString(2).padStart(8, "0")).join("");
  return address.startsWith("255.") && /^1+0*$/.test(bits);
};
/**
 * Addresses no host is reached at, written in every setup guide: loopback (127.0.0.0/8, ::1) and "this network"
 * (0.0.0.0/8: 0.0.0.0 is "every interface", 0.0.0.255 a wildcard mask) — RFC 1122 3.2.1.3, RFC 4291 2.5.3.
 */
const isNoHost = (address: string): boolean => /^(?:127|0)\./.test(address) || address === "::1";
/**
 * The network address of a CIDR block (10.20.8.0/22: every host bit zero) names the block, not a host on it; an
 * interface's address with its prefix (10.20.9.118/22) is still a host's.
 */
function isBlockNetwork(address: string, shadow: string, end: number): boolean {
  const prefix = /^\/(\d{1,2})(?!\d)/.exec(shadow.slice(end, end + 4))?.[1];
  // A /31 or /32 is a link's or a single host's address.
  if (prefix === undefined || Number(prefix) > 30) return false;
  const value = address.split(".").reduce((sum, octet) => sum * 256 + Number(octet), 0);
  return value % 2 ** (32 - Number(prefix)) === 0;
}
const PREFECTURE_AHEAD = /^\s?(?:北海道|東京都|大阪府|京都府|\p{Script=Han}{2,3}県)/u;

/**
 * Between the groups of a Japanese number: a hyphen (perhaps ending a line, the next indented, or a page's text
 * joining the lines with a space; or opening the next line, 080-3321⏎-9904; or spaced on both sides, as a hand-typed log
 * writes 090 - 3381 - 2207), a space, a
 * dot or a middle dot (070･6618･2054, 03・5412・7789, as a form typed in kana mode writes it), a word read out (の), or
 * the pause a transcript writes as a comma (090、2761の、3158). The line's end may be written escaped, as an export
 * that keeps each record on one line writes a cell's line break (`080-2294-\\n6617`, `\\r\\n`).
 */
const GROUP_SEPARATOR = `(?:-[ \\t]*(?:\\n|(?:\\\\r)?\\\\n)[ \\t]*|[ \\t]*\\n[ \\t]*-|- | - |[ -]|[.・･](?=\\d)|の?、 ?|${SPOKEN_PARTICLE})`;
/** A number among others listed with commas (0120、3456、7890、1234 …) is an item of the list, not groups of one phone number. */
const LISTED_BESIDE = /\d\s?[、,]\s?$/;
/** A Korean mobile number (010-XXXX-XXXX): 010 is no Japanese number's start, so only in this shape. */
const KOREAN_MOBILE = /^010-\d{4}-\d{4}$/;

/**
 * Japanese numbers: 10 digits (landline 0X-XXXX-XXXX … 0XXXX-X-XXXX, 0120 and 0570 services) or 11 (mobile and IP
 * phones 070/080/090/050, 0800 toll-free; a Korean mobile 010-XXXX-XXXX too), per the numbering plan of 総務省's 電気通信番号規則. Separated by hyphens,
 * spaces, dots or brackets (a hyphen may end a line: `090-⏎4471-2286`; a mobile's last four may be read as two pairs:
 * `090 1377 48 52`, `080-6613-20 94`; a landline's too, with hyphens: `045-561-29-08`), read out with の or ハイフン between the groups
 * in a transcript (`03 の 3354 の 1189`, `090、2761の、3158`), or written as one run of digits: then anything but an order, tracking or
 * product number. Not the digits at the end of a code (UPS 1Z12345E0205271688), nor grouped by spaces after groups of
 * capitals and digits spaced alike, the last of both (1Z 999 AA1 01 2345 6784: a code's tail; a phone number's groups are
 * digits only, and one room's word before it, Room 3B 03 1234 5678, is no code).
 */
const TWO_PAIR_LANDLINE = /^0\d{1,3}-\d{2,4}-\d{2}-\d{2}$/;
/** A part's, a product's or a model's word before a number: a code's, when no phone's word says otherwise (部品 0120-45-67-89). */
/** A phone's word just after a number on its line (045-561-29-08 までお電話を): the number is one, a part's word before or not. */
const PHONE_WORD_AFTER = new RegExp(`^[^\\n]{0,12}${PHONE_WORD}`);
const PART_WORD_BEFORE = /(?:部品|部材|パーツ|製品|商品|型式|品名|ロット|シリアル|(?<![A-Za-z])(?:[Pp]arts?|[Pp]roduct|[Mm]odel|[Ss]erial|[Ll]ot|P\/N)(?![a-z]))[^\n]{0,16}$/;
const CODE_GROUPS_BEFORE = /(?<![A-Za-z0-9])[A-Z\d]{1,8} (?=[A-Z\d]*[A-Z])(?=[A-Z\d]*\d)[A-Z\d]{2,8} $/;
function acceptDomesticPhone(match: RegExpExecArray, shadow: string): boolean {
  const digits = digitsOf(match[0]);
  let plausible = false;
  if (digits.length === 10) plausible = digits[1] !== "0";
  if (digits.length === 11) plausible = /^0[5789]0|^0800|^020/.test(digits) || KOREAN_MOBILE.test(match[0]);
  if (!plausible) return false;
  if (match[0].includes("、")) {
    const end = match.index + match[0].length;
    if (LISTED_BESIDE.test(before(shadow, match.index, 3)) || /^\s?[、,]\s?\d/.test(shadow.slice(end, end + 3))) return false;
  }
  if (/^\d+ \d/.test(match[0]) && CODE_GROUPS_BEFORE.test(before(shadow, match.index, 18))) return false;
  // A landline's last four as two pairs is a shape codes take too: only where no order's, product's or part's word is near.
  if (TWO_PAIR_LANDLINE.test(match[0]) && !PHONE_CONTEXT.test(before(shadow, match.index, 16))) {
    const end = match.index + match[0].length;
    return !inNotPersonalContext(shadow, match.index) && (!PART_WORD_BEFORE.test(before(shadow, match.index, 24)) || PHONE_WORD_AFTER.test(shadow.slice(end, end + 16)));
  }
  if (digits.length !== match[0].length || PHONE_CONTEXT.test(before(shadow, match.index, 16))) return true;
  return !inNotPersonalContext(shadow, match.index);
}

function acceptPostal(match: RegExpExecArray, shadow: string): boolean {
  const end = match.index + match[0].length;
  return PREFECTURE_AHEAD.test(shadow.slice(end, end + 6)) || POSTAL_CONTEXT.test(before(shadow, match.index, 16));
}

/**
 * A UK postcode (London NW8 9AY, SW1A 1AA): outward code (area letters, district digit, perhaps a letter or digit),
 * a space, inward code (a digit and two of the letters the Royal Mail uses there). Only with the space, so that
 * codes in capitals written without one stay.
 */
const UK_POSTCODE = /(?<![A-Za-z0-9])[A-Z]{1,2}\d[A-Z\d]? \d[ABD-HJLNP-UW-Z]{2}(?![A-Za-z0-9])/dg;
/** The US states' and DC's two letters, after a city and a comma. */
export const US_STATES =
  "AL|AK|AZ|AR|CA|CO|CT|DE|DC|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY";
/** A US ZIP code after a comma and a state's two letters (New York, NY 10036; Austin, TX 78701-1234). */
const US_ZIP = new RegExp(`,\\s?(?:${US_STATES})\\s(?<secret>\\d{5}(?:-\\d{4})?)(?!\\d)`, "dg");
/**
 * A Canadian postal code (letter, digit, letter, then digit, letter, digit: V5L 3X2) after its province, by its two
 * letters or its name (Vancouver, BC V5L 3X2; Toronto, Ontario M5V2T6), or after the word that asks for it: the shape
 * alone is also a part's or a form's code.
 */
const CANADIAN_PROVINCES =
  "AB|BC|MB|NB|NL|NS|NT|NU|ON|PE|PEI|QC|SK|YT|Alberta|British Columbia|Manitoba|New Brunswick|Newfoundland(?: and Labrador)?|Nova Scotia|Ontario|Prince Edward Island|Qu[eé]bec|Saskatchewan|Yukon";
const CANADIAN_POSTAL_CODE = new RegExp(
  `(?:\\b(?:${CANADIAN_PROVINCES}),?\\s+|(?<![A-Za-z])[Pp]ostal [Cc]ode(?: is)?[ \\t]*[:：#]?[ \\t]*)(?<secret>[ABCEGHJ-NPRSTVXY]\\d[ABCEGHJ-NPRSTV-Z][ -]?\\d[ABCEGHJ-NPRSTV-Z]\\d)(?![A-Za-z0-9])`,
  "dgu",
);

/**
 * British numbers written nationally: 0 and ten digits, grouped as they are printed (07700 900418, 01235 512 904,
 * 020 7946 0321, 0161 496 0000). Eleven digits from 0 are no Japanese number but a mobile's, which the rule above takes
 * first; an order or account number can have the shape too, so only after a cue or a person (UK_PHONE_BEFORE).
 */
const UK_NATIONAL = /(?<![\d+-])0(?:\d{4} ?\d{6}|\d{4} \d{3} \d{3}|\d{3} \d{3} \d{4}|\d{2} \d{4} \d{4})(?![\d-]|[.,]\d)/dg;
/**
 * A phone's word (phone-words.ts: Ring, Text, Landline too), or a person's name with a title or in two capitalised
 * words, right before the number (perhaps in brackets); or a phone's word, another number and a list's comma or slash
 * (Mobile: 080-9126-3375 (JP), 07700 914 382).
 */
const UK_PHONE_BEFORE = new RegExp(
  `(?:${PHONE_WORD}(?:[^\\n\\d]{0,12}|[^\\n]{0,40}\\d(?: ?\\([A-Za-z]{1,8}\\))?(?:,| or| and| ?\\/) ?)|(?:Mr|Mrs|Ms|Miss|Dr)\\.? [A-Z][A-Za-z'-]+ |[A-Z][a-z'-]+ [A-Z][a-z'-]+ \\(?)$`,
);

/**
 * A European number written nationally after a phone's word (phone-words.ts: Tel. 0221/9873-4410, Telefon: 030
 * 12345678, Tél. : 06 12 34 56 78, tel 044 668 18 00, Handy 0171 2345678), or one dialled abroad from Japan (Phone
 * 0081-90-3381-2207): a 0 and nine to thirteen digits more in groups joined by spaces, a slash, hyphens or dots. The
 * word says it is a phone's, where digits so grouped alone may be anything's.
 */
const CUED_NATIONAL_PHONE = new RegExp(
  `${PHONE_WORD}\\.?[ \\t]?(?::[ \\t]?)?(?<secret>0\\d{1,4}(?:(?:[ \\t]?\\/[ \\t]?|[ .-])\\d{2,8}){1,4})(?![\\d-]|[.,]\\d)`,
  "dg",
);
const nationalDigits = (match: RegExpExecArray): boolean => {
  const count = digitsOf(match.groups!.secret!).length;
  return count >= 10 && count <= 14;
};

/** Words that say an address follows on the line: "the alert mails go to … and lwong at example.com". */
const MAIL_CONTEXT = /(?:e-?mail|mails?\b|alias|address|メール|アドレス|宛先|送信先)/i;

/** The @ and the dot written as words or signs in brackets of any kind: [at], (at), {at}, <at>, 《at》, 【アット】, （あっと）, [@], (dot), 【ドット】. */
const BRACKETED_AT = String.raw`[(\[{<《〈【]\s?(?:at|あっと|アット(?:マーク)?|@)\s?[)\]}>》〉】]`;
/** A lone `a` in round brackets stands for @ only tight between the parts (maeda_ko(a)example.jp): spaced, "(a)" is a list's item. */
const BRACKETED_A = String.raw`\(a\)`;
const BRACKETED_DOT = String.raw`[(\[{<《〈【]\s?(?:dot|ドット|\.)\s?[)\]}>》〉】]`;
const OBFUSCATED_EMAIL = new RegExp(
  String.raw`(?<![A-Za-z0-9._%+-])(?<local>[A-Za-z0-9._%+-]+(?:(?:\s?${BRACKETED_DOT}\s?|\sdot\s|\s?ドット\s?)[A-Za-z0-9_%+-]+)*)(?<at>\s?(?:${BRACKETED_AT}|あっと|アットマーク|アット)\s?|${BRACKETED_A}|\sat\s?mark\s|\sat\s|\s@\s?|@\s|[★☆])(?:[A-Za-z0-9-]+(?:\.|\s?${BRACKETED_DOT}\s?|\sdot\s|\s?ドット\s?))+[A-Za-z]{2,}(?![A-Za-z0-9-])`,
  "dgi",
);

/**
 * A plain " at " is an address's only with " dot ", a local part holding `.`, `_` or a digit, or a mail word before it
 * on the line: "sign up at example.com" is no address.
 */
const acceptObfuscated = (match: RegExpExecArray, shadow: string): boolean =>
  !/^\sat\s$/i.test(match.groups!.at!) || /dot/i.test(match[0]) || /[._\d]/.test(match.groups!.local!) || MAIL_CONTEXT.test(before(shadow, match.index, 60));

/**
 * Each obfuscated address; where a plain " at " before one was refused, the text is read again from the word after it,
 * which may open the address: "a proof at dmitri.volkov (at) proton.me" first reads "proof at dmitri.volkov".
 */
function obfuscatedEmails(shadow: string): Span[] {
  const spans: Span[] = [];
  OBFUSCATED_EMAIL.lastIndex = 0;
  for (let match = OBFUSCATED_EMAIL.exec(shadow); match !== null; match = OBFUSCATED_EMAIL.exec(shadow)) {
    if (acceptObfuscated(match, shadow)) spans.push({ start: match.index, end: match.index + match[0].length });
    else OBFUSCATED_EMAIL.lastIndex = match.indices!.groups!.at![1];
  }
  OBFUSCATED_EMAIL.lastIndex = 0;
  return spans;
}

/**
 * A sign the text says stands for @ (sato.k◎example.jp（◎を@に変えて送信）, info#example.com — replace # with @): the
 * address written with that sign, wherever in the text it stands. ★ and ☆ are read without the words (above).
 */
const AT_STAND_IN = /(?<sign>[^\s\w@.])\s?(?:を|は)\s?(?:@|アットマーク)\s?に|[Rr]eplace\s(?<signWord>[^\s\w@.])\s(?:with|by)\s@/gu;
const escapeSign = (sign: string): string => sign.replace(/[\\^$.*+?()[\]{}|/-]/g, "\\$&");
function standInEmails(shadow: string): Span[] {
  const signs = new Set(matchesOf(AT_STAND_IN, shadow).map((match) => match.groups!.sign ?? match.groups!.signWord!));
  return [...signs].flatMap((sign) =>
    matchesOf(new RegExp(String.raw`(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]+\s?${escapeSign(sign)}\s?(?:[A-Za-z0-9-]+\.)+[A-Za-z]{2,}(?![A-Za-z0-9-])`, "gu"), shadow).map((match) => ({
      start: match.index,
      end: match.index + match[0].length,
    })),
  );
}

export const EMAIL_DETECTORS: readonly PiiDetector[] = [
  // The @ perhaps as a page's character reference left as typed (suzu_hara&#64;example.ac.jp, &#x40;, &commat;). A last
  // label cut to one small letter (taro@ezweb.ne.j, as a mistyped copy quotes it) is still the address's: its holder's.
  gated(/@|&#|&commat;/, patternDetector("EMAIL", /(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]+(?:@|&#0*64;|&#[xX]0*40;|&commat;)(?:[A-Za-z0-9-]+\.)+[A-Za-z]{2,}(?:\.[a-z](?![A-Za-z0-9-]|\.[A-Za-z0-9]))?(?![A-Za-z0-9-])/dg)),
  // Written to dodge harvesters: `taro[at]example.co.jp`, `info (at) example.com`, `taro dot yamada at example dot com`,
  // `info★example.co.jp` (★を@に), `yamada（あっと）example.co.jp`, `sato アットマーク example.jp`, `taro.yamada ＠ example.co.jp`,
  // read out in a transcript: `hanako.n.12 アット icloud.com`, `riho ドット funaki アットマーク icloud ドット com`,
  // `shimizu.k at mark icloud.com`; `maeda_ko(a)yahoo.co.jp`.
  gated(/[(\[{<《〈【]\s?(?:at|@)|\(a\)|\sat\s|\s@|@\s|[★☆]|あっと|アット/i, { type: "EMAIL", find: obfuscatedEmails }),
  gated(/(?:を|は)\s?(?:@|アットマーク)\s?に|[Rr]eplace\s\S\s(?:with|by)\s@/, { type: "EMAIL", find: standInEmails }),
  LOOSE_DOMAIN_EMAIL_DETECTOR,
];

export const PHONE_AND_POSTAL_DETECTORS: readonly PiiDetector[] = [
  // International: balanced brackets only, so a closing bracket after the number stays; an extension after it
  // (+1 (215) 555-0187 ext. 4412) reaches one desk, so it is masked with it.
  gated(
    /\+\d/,
    withExtension(patternDetector("PHONE", /(?<![\w+])\+\d{1,3}(?:[ -]?(?:\(\d{1,4}\)|\d{1,4})){2,5}(?!\d)/dg, (match) => {
      const count = digitsOf(match[0]).length;
      return count >= 8 && count <= 15; // E.164: at most 15 digits
    })),
  ),
  gated(
    hasDigits(10),
    withExtension(patternDetector(
      "PHONE",
      new RegExp(
        `(?<![\\d+-])(?<!\\d\\.)(?<![A-Za-z](?<!TEL|Tel|tel|FAX|Fax|fax))(?:0[5789]0([ -])\\d{4}\\1\\d{2}(?:\\1| )\\d{2}|\\(0\\d{1,4}\\)[ -]?\\d{1,4}[ -]?\\d{3,4}|0\\d{1,4}${GROUP_SEPARATOR}?\\d{1,4}${GROUP_SEPARATOR}?\\d{3,4}|0\\d{1,4} ?\\(\\d{1,4}\\) ?\\d{3,4}|0\\d{1,3}-\\d{2,4}-\\d{2}-\\d{2})(?!\\d|[-.]\\d)`,
        "dg",
      ),
      acceptDomesticPhone,
    )),
  ),
  STRAY_SPACE_PHONE_DETECTOR,
  MISPLACED_BRACKET_PHONE_DETECTOR,
  UNEVEN_SPACED_PHONE_DETECTOR,
  SLASH_GROUPED_PHONE_DETECTOR,
  DIGIT_SPACED_PHONE_DETECTOR,
  LOCAL_NUMBER_PHONE_DETECTOR,
  PHILIPPINE_MOBILE_DETECTOR,
  PHILIPPINE_MOBILE_RUN_DETECTOR,
  ...CUED_FOREIGN_MOBILE_DETECTORS,
  SITE_EXTENSION_DETECTOR,
  ...COUNTRY_CODE_PHONE_DETECTORS,
  MISREAD_DIGIT_PHONE_DETECTOR,
  gated(
    (shadow) => hasDigits(11)(shadow) && /0\d{2,4} \d{3}/.test(shadow),
    patternDetector("PHONE", UK_NATIONAL, (match, shadow) => UK_PHONE_BEFORE.test(before(shadow, match.index, 64)) && !inNotPersonalContext(shadow, match.index)),
  ),
  gated(
    (shadow) => hasDigits(10)(shadow) && hasPhoneWord(shadow),
    patternDetector("PHONE", CUED_NATIONAL_PHONE, nationalDigits),
  ),
  // North American numbers (NANP): (212) 555-0147, 212-555-0147, 212.555.0147 — area code and exchange start 2–9. An
  // order's word before one is the number's own (order no. 212-…) unless a phone's word names the number first: Phone
  // on the order 919-555-0147 is the buyer's phone.
  gated(
    hasDigits(10),
    withExtension(patternDetector("PHONE", /(?<![\w+.-])(?:\([2-9]\d\d\) ?|[2-9]\d\d[-.])[2-9]\d\d[-.]\d{4}(?!\w|[-.]\d)/dg, (match, shadow) => !inNotPersonalContext(shadow, match.index) || PHONE_OF_A_THING.test(before(shadow, match.index, 40)))),
  ),
  gated(/〒/, patternDetector("POSTAL_CODE", /〒\s?(?<secret>\d{3}-?\d{4})(?!\d)/dg)),
  patternDetector("POSTAL_CODE", /(?<![\d-])\d{3}-\d{4}(?!\d|-\d)/dg, acceptPostal),
  gated(/[A-Z]\d[A-Z\d]? \d[A-Z]/, patternDetector("POSTAL_CODE", UK_POSTCODE)),
  gated(/,\s?[A-Z]{2}\s\d{5}/, patternDetector("POSTAL_CODE", US_ZIP)),
  gated(/[A-Z]\d[A-Z][ -]?\d[A-Z]\d/, patternDetector("POSTAL_CODE", CANADIAN_POSTAL_CODE)),
  // A ZIP code or a postcode after the word that asks for it, as a form or a payment page does (zip 94611, ZIP code:
  // 10001-4321, postcode 2000); a ZIP code has five digits (zip 2024 is a year), and no size follows (a ZIP of 12 MB).
  gated(
    /[Zz][Ii][Pp]|[Pp]ost ?[Cc]ode|[Pp]ostal [Cc]ode/,
    patternDetector("POSTAL_CODE", /(?<![A-Za-z])(?:[Zz][Ii][Pp](?:[ -]?[Cc]ode)?(?: is)?[ \t]*[:：#]?[ \t]*(?=\d{5}(?!\d))|(?:[Pp]ost ?[Cc]ode|[Pp]ostal [Cc]ode)(?: is)?[ \t]*[:：#]?[ \t]*)(?<secret>\d{4,5}(?:-\d{4})?)(?![\d.,]?\d|[ \t]*(?:MB|KB|GB|files?|bytes?)\b)/dg),
  ),
  // Singapore's six digits after the city's name, Australia's four after the state (Sydney NSW 2000); not a year or a
  // date after them (Singapore 2026-12-04).
  gated(
    /Singapore \d|(?:NSW|VIC|QLD|WA|SA|TAS|ACT|NT) \d/,
    patternDetector("POSTAL_CODE", /(?:\bSingapore\s(?=\d{6}(?![\d-]))|\b(?:NSW|VIC|QLD|WA|SA|TAS|ACT|NT)\s(?=\d{4}(?![\d-])))(?<secret>\d{4}(?:\d{2})?)/dg),
  ),
];

export const IP_DETECTORS: readonly PiiDetector[] = [
  // IPv6 first: `::ffff:192.0.2.1` is one address, not an IPv4 one with a prefix.
  // A colon before it may be a label's (接続：2400:2410::1a, its full-width colon folded), not the address's own: only `::`
  // opens one.
  gated(
    /:[0-9A-Fa-f]{0,4}:/,
    patternDetector(
      "IP_ADDRESS",
      /(?<!\w|[\w:]:)(?!:[^:])(?:[0-9A-Fa-f]{0,4}:){2,7}(?:(?:\d{1,3}\.){3}\d{1,3}|[0-9A-Fa-f]{0,4})(?![\w:]|\.\d)/dg,
      // `::` alone (the unspecified address) is what Python's `s[::-1]` holds, not anybody's address.
      (match) => isIPv6(match[0]) && /[0-9A-Fa-f]/.test(match[0]) && !isNoHost(match[0]),
    ),
  ),
  gated(
    /\d\.\d{1,3}\.\d/,
    patternDetector(
      "IP_ADDRESS",
      IPV4,
      (match, shadow) =>
        isIPv4(match[0]) &&
        !isNetmask(match[0]) &&
        !isNoHost(match[0]) &&
        !isBlockNetwork(match[0], shadow, match.index + match[0].length) &&
        !readAsVersion(shadow, match.index, match[0].length),
    ),
  ),
];

/**
 * The dotted numbers a text says are versions: where one text of a record (an inquiry's question: バージョン 5.11.3.2 から
 * 5.12.0.1 に) reads a number as a version, another (its answer: 5.12.0.1 では…) may hold it with no cue.
 */
export function versionsIn(shadow: string): string[] {
  if (!/\d\.\d{1,3}\.\d/.test(shadow)) return [];
  return matchesOf(IPV4, shadow)
    .filter((match) => readAsVersion(shadow, match.index, match[0].length))
    .map((match) => match[0]);
}
