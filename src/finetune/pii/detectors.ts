import { isIPv4, isIPv6 } from "node:net";
import { passesLuhn } from "./luhn.js";
import { isValidMyNumber } from "./my-number.js";

/** What a masked span was; the placeholder written in its place is `[TYPE]`. */
export type PiiType =
  | "URL_CREDENTIALS"
  | "URL_SECRET"
  | "API_KEY"
  | "EMAIL"
  | "CREDIT_CARD"
  | "MY_NUMBER"
  | "PHONE"
  | "POSTAL_CODE"
  | "IP_ADDRESS";

export interface Span {
  start: number;
  end: number;
}

/**
 * One kind of personal data or secret. `find` reads the width-folded shadow of the text (see fold-width.ts) and
 * returns the spans to mask; a pattern may mask only part of its match (its `secret` group), e.g. the password of
 * `https://user:pass@host` or the value of `?token=`.
 */
export interface PiiDetector {
  type: PiiType;
  find(shadow: string): Span[];
}

/** A pattern (with the `d` flag), optionally narrowed to its `secret` group and filtered by `accept`. */
function patternDetector(
  type: PiiType,
  pattern: RegExp,
  accept: (match: RegExpExecArray, shadow: string) => boolean = () => true,
): PiiDetector {
  return {
    type,
    find(shadow) {
      const spans: Span[] = [];
      for (const match of shadow.matchAll(pattern)) {
        if (!accept(match, shadow)) continue;
        const [start, end] = match.indices?.groups?.secret ?? match.indices![0]!;
        spans.push({ start, end });
      }
      return spans;
    },
  };
}

const digitsOf = (text: string): string => text.replace(/\D/g, "");

const PHONE_CONTEXT = /(?:電話|携帯|連絡先|TEL|Tel|tel|FAX|Fax|fax|Phone|phone|℡)[^\n]{0,12}$/;
const POSTAL_CONTEXT = /(?:郵便番号|〒|住所|所在地|postal|zip)[^\n]{0,12}$/i;
/** "version 1.2.3.4" is a version number, not an address. */
const VERSION_CONTEXT = /(?:(?<![a-z])(?:version|ver\.?|release)|バージョン|リリース)\s*:?\s*$/i;
const PREFECTURES =
  "北海道|青森県|岩手県|宮城県|秋田県|山形県|福島県|茨城県|栃木県|群馬県|埼玉県|千葉県|東京都|神奈川県|新潟県|富山県|石川県|福井県|山梨県|長野県|岐阜県|静岡県|愛知県|三重県|滋賀県|京都府|大阪府|兵庫県|奈良県|和歌山県|鳥取県|島根県|岡山県|広島県|山口県|徳島県|香川県|愛媛県|高知県|福岡県|佐賀県|長崎県|熊本県|大分県|宮崎県|鹿児島県|沖縄県";
const FOLLOWED_BY_PREFECTURE = new RegExp(`^\\s?(?:${PREFECTURES})`);

/**
 * Japanese numbers: 10 digits (landline 0X-XXXX-XXXX … 0XXXX-X-XXXX, 0120 and 0570 services) or 11 (mobile and IP
 * phones 070/080/090/050, 0800 toll-free), per the numbering plan of 総務省's 電気通信番号規則. Written without any
 * separator, only a mobile number or one right after 電話/TEL/… counts: a bare 10-digit run is too often an order number.
 */
function acceptDomesticPhone(match: RegExpExecArray, shadow: string): boolean {
  const digits = digitsOf(match[0]);
  const separated = digits.length !== match[0].length;
  let plausible = false;
  if (digits.length === 10) plausible = digits[1] !== "0";
  if (digits.length === 11) plausible = /^0[5789]0|^0800|^020/.test(digits);
  if (!plausible) return false;
  if (separated || /^0[789]0/.test(digits)) return true;
  return PHONE_CONTEXT.test(shadow.slice(Math.max(0, match.index - 16), match.index));
}

function acceptPostal(match: RegExpExecArray, shadow: string): boolean {
  const end = match.index + match[0].length;
  return (
    FOLLOWED_BY_PREFECTURE.test(shadow.slice(end, end + 6)) ||
    POSTAL_CONTEXT.test(shadow.slice(Math.max(0, match.index - 16), match.index))
  );
}

/** In priority order: where two findings overlap, the earlier detector wins (a URL's password is not an e-mail). */
export const PII_DETECTORS: readonly PiiDetector[] = [
  patternDetector("URL_CREDENTIALS", /\b[a-z][a-z0-9+.-]*:\/\/(?<secret>[^\s/?#@:]+:[^\s/?#@]+)@/dgi),
  patternDetector(
    "URL_SECRET",
    /[?&;](?:access_token|refresh_token|id_token|token|api[_-]?key|key|sig|signature|secret|client_secret|password|passwd|pwd|auth|code|x-amz-signature|x-amz-credential|x-amz-security-token)=(?<secret>[^&#\s"'<>]+)/dgi,
  ),
  patternDetector(
    "API_KEY",
    /(?<![A-Za-z0-9_-])(?:sk-(?:proj-|ant-(?:api\d\d-)?)?[A-Za-z0-9_-]{20,}|gh[pousr]_[A-Za-z0-9]{36,}|github_pat_[A-Za-z0-9_]{22,}|(?:AKIA|ASIA)[0-9A-Z]{16}|xox[abposr]-[A-Za-z0-9-]{10,}|AIza[0-9A-Za-z_-]{35}|eyJ[A-Za-z0-9_-]{10,}\.eyJ[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,})(?![A-Za-z0-9_-])/dg,
  ),
  patternDetector("API_KEY", /\b[Bb]earer\s+(?<secret>[A-Za-z0-9._~+/-]{16,}=*)/dg),
  patternDetector("EMAIL", /(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]+@(?:[A-Za-z0-9-]+\.)+[A-Za-z]{2,}(?![A-Za-z0-9-])/dg),
  patternDetector("CREDIT_CARD", /(?<![\d-])\d(?:[ -]?\d){12,18}(?!\d|-\d)/dg, (match) => passesLuhn(digitsOf(match[0]))),
  // Not a 12-digit piece of a longer grouped number (`4111 1111 1111 1112` is no My Number, whatever its check digit).
  patternDetector("MY_NUMBER", /(?<!\d[ -]?)\d{4}([ -]?)\d{4}\1\d{4}(?![ -]?\d)/dg, (match) => isValidMyNumber(digitsOf(match[0]))),
  patternDetector("PHONE", /(?<![\w+])\+\d{1,3}(?:[ -]?\(?\d{1,4}\)?){2,5}(?!\d)/dg, (match) => {
    const count = digitsOf(match[0]).length;
    return count >= 8 && count <= 15; // E.164: at most 15 digits
  }),
  patternDetector(
    "PHONE",
    /(?<![\d+.-])(?:\(0\d{1,4}\)[ -]?\d{1,4}[ -]?\d{3,4}|0\d{1,4}[ (-]?\d{1,4}[ )-]?\d{3,4})(?!\d|-\d)/dg,
    acceptDomesticPhone,
  ),
  patternDetector("POSTAL_CODE", /〒\s?(?<secret>\d{3}-?\d{4})(?!\d)/dg),
  patternDetector("POSTAL_CODE", /(?<![\d-])\d{3}-\d{4}(?!\d|-\d)/dg, acceptPostal),
  // IPv6 first: `::ffff:192.0.2.1` is one address, not an IPv4 one with a prefix.
  patternDetector(
    "IP_ADDRESS",
    /(?<![\w:])(?:[0-9A-Fa-f]{0,4}:){2,7}(?:(?:\d{1,3}\.){3}\d{1,3}|[0-9A-Fa-f]{0,4})(?![\w:]|\.\d)/dg,
    (match) => isIPv6(match[0]),
  ),
  patternDetector(
    "IP_ADDRESS",
    /(?<![\w.])(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(?!\w|\.\d)/dg,
    (match, shadow) => isIPv4(match[0]) && !VERSION_CONTEXT.test(shadow.slice(Math.max(0, match.index - 12), match.index)),
  ),
];
