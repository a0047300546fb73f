import { before, matchesOf } from "../detector.js";
import { THING_WORD } from "../ids/labelled-id-detectors.js";

/**
 * Where a long number sits decides what it is. A card or My Number context makes a number personal data even when
 * its check digit is wrong (a typo still identifies the card holder); an order, tracking, JAN or ISBN context makes a
 * number that happens to pass Luhn or the My Number check what it says it is.
 */
const CARD_CONTEXT = /^[^]*(?:カード|クレジット|クレカ|デビット|card|visa|master|jcb|amex|american express|diners|決済|credit|debit)(?<between>[^\n]{0,16})$/i;

/** A sentence's end: a full stop after an abbreviation (card No. 4980 …) or inside a word ends none. */
const SENTENCE_END = /[。！？!?]|(?<!\b(?:No|no|NO|Nr|nr|approx|incl|ref|Ref|e\.g|i\.e|vs|Mr|Ms|Mrs|Dr))\.(?=\s|$)/g;
/**
 * A sentence that names the number bare (番号を読み上げ…, その番号, Number: …, she read the number out): the card's number,
 * named before; not another thing's (予約番号, 便番号, a flight number).
 */
const NAMES_THE_NUMBER = /(?<![\p{Script=Han}\p{Script=Katakana}ー])番号|(?:^\s*|\b(?:the|its|her|his|their|card|that|this|same)\s)number\b/iu;

/**
 * Whether the text between a card's cue and a number keeps them in one sentence, or the sentence the number stands in
 * names the number bare (カード決済が通りません。番号 3589 …; カードが拒否。番号を読み上げ手入力：5070 …): any other number
 * after a sentence's end is the next sentence's, whatever it is (カードで支払い。翌日の便名 1234 …; paid by card. Flight
 * ref 1234 …).
 */
function sameSentenceAsCard(between: string): boolean {
  let lastEnd = -1;
  for (const end of matchesOf(SENTENCE_END, between)) lastEnd = end.index + end[0].length;
  return lastEnd === -1 || NAMES_THE_NUMBER.test(between.slice(lastEnd));
}
const MY_NUMBER_CONTEXT = /(?:マイナンバー|個人番号|my ?number|通知カード)[^\n]{0,12}$/i;
/**
 * A thing's number by its word before it: an order's, a parcel's (a carrier's service named: レターパック, ゆうパック,
 * 宅急便, 書留 — a parcel's number has twelve digits as a My Number has), a product's or an invoice's.
 */
const NOT_PERSONAL_CONTEXT =
  /(?:注文|受注|発注|伝票|追跡|配送|送り状|レターパック|ゆうパック|ゆうパケット|クリックポスト|宅急便|宅配便|ネコポス|飛脚|書留|特定記録|(?<![A-Za-z])EMS(?![A-Za-z])|問い?合わせ番号|受付番号|請求書番号|品番|商品コード|型番|JAN|ISBN|EAN|UPC|order|tracking|shipment|invoice|parcel|sku|item)[^\n]{0,16}$/i;

/** What may lead a line before its text: indentation, or a quoted mail's marks (`> `, `>> `). */
const LINE_LEAD = /^[ \t]*(?:>[ \t]*)*$/;

/**
 * The `length` characters before `index` within its line, or, where the number starts its line (after its lead), the
 * end of the line before (`… taken by card⏎4539 7781 2206 5513`: a cue at a line's end names what the next line begins with).
 */
function cueBefore(shadow: string, index: number, length: number): string {
  const lineStart = shadow.lastIndexOf("\n", index - 1) + 1;
  if (lineStart === 0 || !LINE_LEAD.test(shadow.slice(lineStart, index))) return before(shadow, index, length);
  return before(shadow, lineStart - 1, length);
}

/**
 * A card's number of sixteen digits, in four groups of four or as one run, then its expiry (… 7794 exp 03/28, … 7794
 * 有効期限 03/28, … 6185 期限 09/29, 4980…0187、有効期限は 09/29): a card's whatever its cue.
 */
const CARD_THEN_EXPIRY = /^\d{4}([ -]?)\d{4}\1\d{4}\1\d{4}[ ,、(（]{0,3}(?:exp(?:iry|ires|\.)?|valid thru|(?:有効)?期限)\s*(?::|は)?\s*\d{1,2}\s?\/\s?\d{2}/i;

/**
 * A card's brand right after its number (… 0188 の VISA, … 0188 on her Visa, … 0188（JCB）), or its security code after
 * it on the line (… 0188 09/29 CVV 123, … セキュリティコード 123): a card's whatever its cue before.
 */
const CARD_AFTER =
  /^\d[\d -]{12,22}\d[ \t]*(?:(?:の|on (?:her|his|my|the|their|your)|[(（])[ \t]*)?(?:visa|master|jcb|amex|american express|diners|クレジット|クレカ|デビット)|^\d[\d -]{12,22}\d[^\n]{0,16}(?:cvv|cvc|セキュリティ ?コード|security code)/i;

/** A card's number as a column's heading names it; not a point, member or transit card's (ポイントカード番号). */
const CARD_HEADING = /^(?:(?:クレジット|デビット)?カード(?:番号)?|(?:[Cc]redit |[Dd]ebit )?[Cc]ard(?: ?(?:[Nn]umber|[Nn]o\.?|#))?)$/;
const TABLE_RULE = /^[ \t]*\|?[ \t]*:?-{3,}/;

/**
 * The heading of the Markdown table's column that `index` stands in (an HTML table reaches masking as one): the row
 * above the table's rule, its cell at the same count of pipes. Undefined outside a table.
 */
export function columnHeading(shadow: string, index: number): string | undefined {
  const lineStart = shadow.lastIndexOf("\n", index - 1) + 1;
  const row = shadow.slice(lineStart, index);
  if (!/^[ \t]*\|/.test(row)) return undefined;
  const column = row.split("|").length - 1;
  for (let end = lineStart - 1, rows = 0; end > 0 && rows < 60; rows++) {
    const start = shadow.lastIndexOf("\n", end - 1) + 1;
    const line = shadow.slice(start, end);
    if (TABLE_RULE.test(line)) {
      const headingStart = shadow.lastIndexOf("\n", start - 2) + 1;
      return shadow.slice(headingStart, Math.max(headingStart, start - 1)).split("|")[column]?.trim();
    }
    if (!/^[ \t]*\|/.test(line)) return undefined;
    end = start - 1;
  }
  return undefined;
}

/**
 * The short line heading the paragraph that `index` stands in: the last line before the blank line that opens the
 * paragraph (a definition list's term reaches masking so: 健康保険証（コピー預かり）, a blank line, then each child's
 * numbers). Undefined in a text's first paragraph, under a long line (prose), or far down a long paragraph.
 */
export function paragraphHeading(shadow: string, index: number): string | undefined {
  const blank = shadow.lastIndexOf("\n\n", index - 1);
  if (blank === -1 || index - blank > 400) return undefined;
  const line = shadow.slice(shadow.lastIndexOf("\n", blank - 1) + 1, blank).trim();
  return line.length > 0 && line.length <= 30 ? line : undefined;
}

/**
 * A parcel's number by where it stands: straight after a word of posting (郵送（1182-…）, 発送：…) or a carrier's name
 * (佐川 3604-…, by Sagawa 3604-…, ヤマト運輸：…), or in a table's column headed by a dispatch's or a tracking's number
 * (| 発送番号 |, | Tracking |). A carrier's twelve digits in 4-4-4 are a My Number's shape; whatever the check digit,
 * there they are the parcel's.
 */
const POSTED_BEFORE =
  /(?:郵送|発送|返送|再送|佐川(?:急便)?|ヤマト(?:運輸)?|ゆうパック|日本郵便|西濃(?:運輸)?|福山通運|(?<![A-Za-z])(?:Sagawa|Yamato|Japan Post|Seino|Fukuyama)(?: Express| Transport(?:ation)?)?)(?:番号)?[ \t]*[（(:：]?[ \t]*$/;
const PARCEL_HEADING = /(?:発送|追跡|配送|送り状|伝票|書留|問い?合わせ)番号$|^(?:[Tt]racking|[Ss]hipment|[Pp]arcel)(?: (?:[Nn]o\.?|[Nn]umber|#|ID))?$/;
/**
 * The same number with the posting said after it (書類はご実家へ 6170-… で発送します, …にて郵送, … sent by Yamato): the parcel
 * the documents go in. Not where a My Number's word stands before it.
 */
const POSTED_AFTER =
  /^\d{4}[ -]?\d{4}[ -]?\d{4}[ \t　]*(?:(?:で|にて)[ \t　]*(?:発送|郵送|返送|配送|送付|お?送り)|(?:(?:was|were)[ \t]+)?(?:sent|shipped|posted)[ \t]+(?:via|by|with)[ \t]+(?:Japan Post|Yamato|Sagawa|EMS|courier))/;
export const inParcelNumberPlace = (shadow: string, index: number): boolean =>
  POSTED_BEFORE.test(shadow.slice(Math.max(0, index - 24), index)) ||
  PARCEL_HEADING.test(columnHeading(shadow, index) ?? "") ||
  (POSTED_AFTER.test(shadow.slice(index, index + 40)) && !MY_NUMBER_CONTEXT.test(before(shadow, index, 30)));

/** A number in a table's column of cards' numbers (| お客様 | カード番号 | over | … | 4599 1375 … |): a card's, even mistyped. */
const inCardColumn = (shadow: string, index: number): boolean => shadow.includes("|") && CARD_HEADING.test(columnHeading(shadow, index) ?? "");

/** Sixteen digits in four groups of four, however separated: how a card is printed and read out. */
const FOUR_GROUPS_OF_FOUR = /^\d{4}([ .\/-])\d{4}\1\d{4}\1\d{4}(?![\d.\/-]?\d)/;

/**
 * A payment card named earlier on the line, not a point, member or gift card (an uncapitalised word or a kana or kanji
 * word fused before カード names another card: ポイントカード, 図書カード, gift card).
 */
const PAYMENT_CARD_EARLIER =
  /(?:(?<![\p{Script=Katakana}ー\p{Script=Han}])カード(?![\p{Script=Katakana}ー])|クレジット|クレカ|デビット|(?<!(?:gift|loyalty|points?|member(?:ship)?|library|key|business|id|sim|sd|memory|graphics|video|network|sound|report|post|greeting|index|scratch|ic|prepaid) )\bcard\b)(?<between>[^\n]{0,64})$/iu;

/** Another number's word between the card and the number: that number is the other thing's. */
const OTHER_NUMBER_BETWEEN =
  /注文|受注|伝票|追跡|配送|問い?合わせ|受付|会員|ポイント|電話|口座|クーポン|シリアル|order|tracking|invoice|member|account|phone|coupon|voucher|serial|ticket|booking/i;

/**
 * A number printed as a card is (four groups of four) in a sentence that named the payment card earlier on its line
 * (カードが拒否。番号を読み上げ手入力：5070 …; the card was declined, she read the number out: …): the card's, even mistyped;
 * not a number of the next sentence's (カードで支払い。翌日の便名 1234 …).
 */
function cardNamedEarlierOnLine(shadow: string, index: number): boolean {
  if (!FOUR_GROUPS_OF_FOUR.test(shadow.slice(index, index + 20))) return false;
  const named = PAYMENT_CARD_EARLIER.exec(before(shadow, index, 80));
  return named !== null && !OTHER_NUMBER_BETWEEN.test(named.groups!.between!) && sameSentenceAsCard(named.groups!.between!);
}

/** A card's cue shortly before the number, the last on the line, in the number's sentence. */
function cardCueBefore(shadow: string, index: number): boolean {
  const cue = CARD_CONTEXT.exec(cueBefore(shadow, index, 28));
  return cue !== null && sameSentenceAsCard(cue.groups!.between!);
}

export const inCardContext = (shadow: string, index: number): boolean =>
  cardCueBefore(shadow, index) ||
  CARD_THEN_EXPIRY.test(shadow.slice(index, index + 48)) ||
  CARD_AFTER.test(shadow.slice(index, index + 64)) ||
  inCardColumn(shadow, index) ||
  cardNamedEarlierOnLine(shadow, index);

/**
 * My Number named earlier in the sentences before, on the line or in its paragraph (no blank line between), with no
 * other number's label and no digit between (マイナンバーの提出って必要ですか？支払調書に必要って来ました。4272 8738 0549 です;
 * 「母のマイナンバーも要りますか」→ 不要と説明。持参のメモに⏎ 6157 0934 2281 と書いてあった): the number given is the one
 * asked about. The card that carries it (マイナンバーカードの写しが添付されていた（5038 …）) is no other number's label.
 */
const MY_NUMBER_EARLIER = /(?:マイナンバー|個人番号)(?:カード)?(?!(?:[^\n]|\n(?![ \t]*\n))*?(?:番号|ID|No\.?|コード|カード|\d))(?:[^\n]|\n(?![ \t]*\n)){0,80}$/i;

/**
 * The same in English, the scheme's name in its capital (Mr. Tsutsumi's My Number for the Japanese return, which he typed
 * into the comment field: 2077-1971-8921): no other number's word (ID, No., card, code, a phone's call) and no digit between.
 */
const MY_NUMBER_EARLIER_EN =
  /(?<![A-Za-z])[Mm]y ?Number(?![A-Za-z])(?!(?:[^\n]|\n(?![ \t]*\n))*?(?:番号|(?<![A-Za-z])(?:ID|No\.?|[Nn]umber|[Cc]ode|[Cc]ard|[Pp]hone|[Tt]el|[Cc]all|[Ff]ax)(?![A-Za-z])|\d))(?:[^\n]|\n(?![ \t]*\n)){0,100}$/;

export const inMyNumberContext = (shadow: string, index: number): boolean =>
  MY_NUMBER_CONTEXT.test(cueBefore(shadow, index, 24)) ||
  MY_NUMBER_EARLIER.test(shadow.slice(Math.max(0, index - 96), index)) ||
  MY_NUMBER_EARLIER_EN.test(shadow.slice(Math.max(0, index - 120), index));

const NUMBER_LABEL_BEFORE = /(?<word>[\p{Script=Han}\p{Script=Katakana}ー]*)番号[^\n\d]{0,16}$/u;
const MY_NUMBER_NAMED = /マイナンバー|個人番号|my ?number/i;
const TWELVE_DIGITS = /(?<!\d)\d{4}([ -]?)\d{4}\1\d{4}(?!\d)/;

/**
 * A number given after a label of 番号 (妻の番号：…, 「個人番号」欄に番号が書かれていた（…）) where My Numbers are the
 * subject: named earlier on the line, or on the line before, or before a list of such labelled numbers (扶養親族の
 * マイナンバー ⏎ 妻の番号：… ⏎ 長男の番号：…). A wrong check digit is then a typo, still a My Number. Not a thing's number
 * (マイナンバーカードの申請 ⏎ 申請番号：…). A number that starts its line is labelled at the end of the line before, as a
 * wrapped note writes it (…写しには別の番号⏎  0448-…), a quoted mail too (> …の番号は⏎> 3318…).
 */
export function inMyNumberList(shadow: string, index: number): boolean {
  let lineStart = shadow.lastIndexOf("\n", index - 1) + 1;
  let at = index;
  if (lineStart > 0 && LINE_LEAD.test(shadow.slice(lineStart, index))) {
    at = lineStart - 1;
    lineStart = shadow.lastIndexOf("\n", at - 1) + 1;
  }
  const label = NUMBER_LABEL_BEFORE.exec(shadow.slice(Math.max(lineStart, at - 24), at));
  if (label === null || THING_WORD.test(label.groups!.word!)) return false;
  if (MY_NUMBER_NAMED.test(shadow.slice(lineStart, at))) return true;
  for (let end = lineStart - 1, lines = 0; end >= 0 && lines < 4; lines++) {
    const start = shadow.lastIndexOf("\n", end - 1) + 1;
    const line = shadow.slice(start, end);
    if (MY_NUMBER_NAMED.test(line)) return true;
    if (!(line.includes("番号") && TWELVE_DIGITS.test(line))) return false;
    end = start - 1;
  }
  return false;
}
/** `within`: how far back to look; a short look wins over a card or My Number cue further back. */
export const inNotPersonalContext = (shadow: string, index: number, within = 24): boolean => NOT_PERSONAL_CONTEXT.test(before(shadow, index, within));

/** JAN/EAN-13 codes of Japanese products start 45 or 49; book ISBN-13s 978 or 979 (GS1 General Specifications). */
export const isProductCode = (digits: string): boolean => digits.length === 13 && /^(?:45|49|978|979)/.test(digits);
