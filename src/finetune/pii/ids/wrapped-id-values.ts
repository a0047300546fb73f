import { gated, matchesOf, type PiiDetector, type Span } from "../detector.js";
import { goodsLeftBefore, THING_NUMBER_WORD, THING_WORD, TRADE_PARTY } from "./labelled-id-detectors.js";

/**
 * A person's or a household's number after its label, however the value is set apart: wrapped in 第…号 (受験番号 第10482号,
 * ご契約番号は第3120458号), in brackets of its own (加入者番号【K0098127】, 従業員コード「004821」), after an aside in
 * brackets (顧客番号（CIF）00481237), or plain after a label the closed cue lists do not hold but whose word names the
 * holder (世帯番号 0001234567, 自立支援医療受給者証 番号 2210455, 年金番号 4520 123456).
 */

/**
 * The end of a label's word that names whom the number is given to: a person (加入者, 従業員, 顧客, 患者, 株主; not 仕様, nor a shipper, 荷主, a firm), a
 * card, a certificate or a book a person holds (受給者証, 年金の証書, 障害者手帳), a household or a register of residents (世帯, 宛名), a pension, a
 * contract or a policy a person holds (年金, 契約, 証券), an exam's or a school's roll (受験, 学籍), a seal's registration
 * (印鑑登録), a visa.
 */
const HOLDER_WORD_END =
  /(?:[者員客生徒師人]|(?<!荷)主|(?<!仕)様|証|証書|手帳|カード|スタッフ|メンバー|世帯|宛名|年金|契約|証券|受験|学籍|患者|顧客|会員|社員|印鑑登録|口座|旅券|パスポート|ビザ|査証)$/u;

/**
 * A seal's registration is its holder's (登録 alone is a thing's word: a firm's or a product's registration), and so is an
 * exam's candidate number after the exam's name (公務員試験受験番号, 検定試験受験番号: 試験 alone is a product's test); a
 * party to trade (委託者, 輸入者) is a firm.
 */
const holderLabel = (word: string): boolean =>
  HOLDER_WORD_END.test(word) && (!THING_WORD.test(word) || /(?:印鑑登録|受験)$/.test(word)) && !TRADE_PARTY.test(word);

/**
 * A value: digits read out one by one, spaced or hyphened (4 5 1 2 の 8 8 3 0, 6-7-0-1-2-3-9), four digits or more
 * (perhaps in groups), or letters and digits with four digits or more.
 */
const value = (name: string): string => String.raw`(?<${name}>\d(?:[ 　]\d){3,15}(?:[ 　]?の[ 　]?\d(?:[ 　]\d){1,15})?|\d(?:-\d){5,15}|\d{3,6}(?:[ 　-]\d{3,6}){1,3}|[A-Za-z]{0,3}-?\d{4,}(?:-\d{2,})*|[A-Za-z]{1,3}\d{2,}[A-Za-z]{1,2})`;

/**
 * The label's word (up to twelve kanji or katakana; a space may stand before 番号), a separator, then the value in a
 * wrapper, after an aside, or plain.
 */
const WRAPPED_ID = new RegExp(
  String.raw`(?<word>[\p{Script=Han}\p{Script=Katakana}ー]{1,12})[ 　]?(?<suffix>番号|ナンバー|コード|No\.?|NO\.?)[ \t　]*(?:は|:|：|=)?[ \t　、]*(?:第[ \t　]*${value("numbered")}[ \t　]*号|[【「\[][ \t　]*${value("bracketed")}[ \t　]*[】」\]]|[（(][^()（）\n]{1,12}[)）][ \t　]*[:：]?[ \t　]*${value("asideAfter")}|${value("plain")})(?![\dA-Za-z]|-[\dA-Za-z]|[ 　]\d|年|月|日|円|件|名|人|回|%|％)`,
  "dgu",
);

/** A securities code (証券コード 7203, 証券コード：6758) is a listed firm's stock, public: 証券 is a policy's holder's before 番号 only. */
const securitiesCode = (word: string, suffix: string): boolean => word.endsWith("証券") && suffix === "コード";

/** The label's word, its last eight characters (a long word's tail names the holder: 自立支援医療受給者証 → 療受給者証). */
const labelWord = (word: string): string => word.slice(-8);

const VALUE_GROUPS = ["numbered", "bracketed", "asideAfter", "plain"] as const;

const wrappedIds: PiiDetector = {
  type: "PERSONAL_ID",
  find: (shadow) =>
    matchesOf(WRAPPED_ID, shadow).flatMap((match): Span[] => {
      const word = labelWord(match.groups!.word!);
      // A receipt's for goods left (預かり証番号) is the goods'.
      if (!holderLabel(word) || goodsLeftBefore(shadow, match.index + match.groups!.word!.length)) return [];
      if (securitiesCode(word, match.groups!.suffix!)) return [];
      const found = VALUE_GROUPS.map((name) => match.indices!.groups![name]).find((indices) => indices !== undefined)!;
      // A contract's code of letters (契約番号 KB-2026-W-118) is the deal's, a firm's as often: its holder's only in digits.
      if (THING_NUMBER_WORD.test(word) && /[A-Za-z]/.test(shadow.slice(found[0], found[1]))) return [];
      return [{ start: found[0], end: found[1] }];
    }),
};

export const WRAPPED_ID_VALUES: readonly PiiDetector[] = [gated(/(?:番号|ナンバー|コード|No|NO)[ \t　]*(?:は|:|：|=)?[ \t　、]*(?:第|[【「\[（(]|[\dA-Za-z])/, wrappedIds)];
