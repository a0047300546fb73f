import { isGroupHeld } from "./group-held-ids.js";
import { isDocumentKind } from "../look-alikes/document-kinds.js";
import { ACTOR_LOGIN_DETECTORS } from "./actor-logins.js";
import { LOGIN_EVENT_USERS } from "./login-event-users.js";
import { CODE_HOST_PROFILES } from "./code-host-profiles.js";
import { LOGIN_PAIR_DETECTORS } from "../secrets/login-pairs.js";
import { POLICE_RECEIPT_NUMBERS } from "./police-receipt-numbers.js";
import { NUMBERED_PERSONAL_DOCUMENTS } from "./numbered-personal-documents.js";
import { MANIFEST_PASSPORTS } from "./manifest-passports.js";
import { before, digitsOf, gated, hasDigits, matchesOf, onItsLine, patternDetector, type PiiDetector, type Span } from "../detector.js";
import { passesLuhn } from "./luhn.js";
import { PLATE_REGION } from "../lexicon/plate-regions.js";
import { isFleetPlate } from "../look-alikes/fleet-plates.js";
import { isValidMyNumber } from "./my-number.js";
import { KANJI_MY_NUMBER_DETECTOR } from "./kanji-my-numbers.js";
import { CHAT_SPEAKER_ID_DETECTORS } from "./chat-speaker-ids.js";
import { EXPORT_HANDLE_ID_DETECTORS } from "./export-handle-ids.js";
import { ID_COLUMN_DETECTORS } from "./id-column-detectors.js";
import { DEVICE_ID_DETECTORS } from "./device-ids.js";
import { HELD_DOCUMENT_ID_DETECTORS } from "./held-document-ids.js";
import { IBAN_DETECTORS } from "./iban.js";
import { headsPersonEntry } from "./trade-party-person-entries.js";
import { goodsLeftBefore, ISSUER_BEFORE_CODE, LABELLED_ID_DETECTORS, THING_WORD, TRADE_PARTY, withListedSiblings } from "./labelled-id-detectors.js";
import { NAMED_ID_DETECTORS } from "./named-id-detectors.js";
import { NATIONAL_ID_DETECTORS } from "./national-id-detectors.js";
import { ORCID_IDS } from "./orcid-ids.js";
import { LOYALTY_NUMBER_DETECTORS } from "./loyalty-number-detectors.js";
import { RACE_BIB_NUMBER_DETECTORS } from "./race-bib-numbers.js";
import { IMMIGRATION_DOCUMENT_NUMBER_DETECTORS } from "./immigration-document-numbers.js";
import { QUOTED_ACCOUNT_NAMES } from "./quoted-account-names.js";
import { CRIME_PREVENTION_REGISTRATIONS } from "./crime-prevention-registrations.js";
import { PERSONAL_MEETING_IDS } from "./personal-meeting-ids.js";
import { EMPLOYMENT_INSURANCE_NUMBERS } from "./employment-insurance-numbers.js";
import { RESIDENCE_CARDS_NEARBY } from "./residence-cards-nearby.js";
import { PASSPORTS_NAMED_AFTER } from "./passports-named-after.js";
import { AID_APPLICATION_NUMBERS } from "./aid-application-numbers.js";
import { CATALOGUE_GIFT_NUMBERS } from "./catalogue-gift-numbers.js";
import { PRIVATE_CONTRACT_NUMBERS } from "./private-contract-numbers.js";
import { ROMAJI_NUMBER_PLATES } from "./romaji-number-plates.js";
import { POSSESSIVE_ACCOUNT_LOGINS } from "./possessive-account-logins.js";
import { PASSPORTS_LISTED_WITH_COUNTRIES } from "./passports-listed-with-countries.js";
import { PATIENT_RECORD_IDS } from "./patient-record-ids.js";
import { POSSESSIVE_APPLICATION_NUMBERS } from "./possessive-application-numbers.js";
import { BARE_APPLICATION_NUMBERS } from "./bare-application-numbers.js";
import { EXCHANGE_PROFILE_URLS } from "./exchange-profile-urls.js";
import { PROSE_ACCOUNT_NUMBERS } from "./prose-account-numbers.js";
import { WALLET_ADDRESSES } from "../secrets/wallet-addresses.js";
import { WRAPPED_ID_VALUES } from "./wrapped-id-values.js";
import { ENGLISH_BANK_ACCOUNTS } from "./english-bank-accounts.js";
import { BANK_RECORD_NUMBERS } from "./bank-record-numbers.js";
import { INSURED_REGISTER_NUMBERS } from "./insured-register-numbers.js";
import { INSURANCE_CARD_CELLS } from "./insurance-card-cells.js";
import { ENTRY_REGISTER_NUMBERS } from "./entry-register-numbers.js";
import { BOAT_HULL_NUMBERS } from "./boat-hull-numbers.js";
import { CRAFT_REGISTRATIONS } from "./craft-registrations.js";
import { DOCUMENT_CUES, DOCUMENT_LABELS } from "../lexicon/person-documents.js";
import { CODES_SAID_OF_A_PERSON } from "./codes-said-of-a-person.js";
import { NUMBERS_HELD_IN_A_PERSONS_NAME } from "./numbers-held-in-a-persons-name.js";
import { IDS_AFTER_ARROWS } from "./ids-after-arrows.js";
import { OWNED_THING_REGISTRATIONS } from "./owned-thing-registrations.js";
import { CATTLE_IDENTIFICATION_NUMBERS } from "./cattle-identification-numbers.js";
import { SENTENCE_DOCUMENT_ID_DETECTORS } from "./sentence-document-ids.js";
import { valuesOnly } from "../context/program-text.js";
import { notPseudonyms } from "./pseudonym-ids.js";
import { FILLERS } from "../contacts/spoken-detectors.js";
import { HTML_NEXT_CELL } from "../context/html-cells.js";
import { LICENCE_AND_PERMIT_ENTRIES } from "./licence-and-permit-entries.js";
import { PERSON_REGISTRATIONS_AND_LICENCES } from "./person-registrations-and-licences.js";
import { WEB_MEMBER_LOGINS } from "./web-member-logins.js";
import { WORKER_REGISTRATION_NUMBERS } from "./worker-registration-numbers.js";
import { BRANCH_ACCOUNT_NUMBERS } from "./branch-account-numbers.js";
import { columnHeading, inCardContext, inMyNumberContext, inMyNumberList, inNotPersonalContext, inParcelNumberPlace, isProductCode, paragraphHeading } from "../context/number-context.js";

/** Issuer prefixes of the card brands used in Japan (Visa 4, Mastercard 51–55 and 22–27, JCB 35, Amex 34/37, Diners 30/36/38, Discover 6). */
const CARD_PREFIX = /^(?:4|5[1-5]|2[2-7]|35|3[47]|3[068]|6)/;

/**
 * A number grouped as only American Express prints its cards (34 or 37, then 4-6-5: 3787 809235 00009): a card's,
 * its check digit right or not (a digit misread as it is read out). Other numbers of fifteen digits are grouped
 * otherwise (an order's 1234 567890 12345 opens with no card's prefix).
 */
const AMEX_GROUPING = /^3[47]\d\d([ -])\d{6}\1\d{5}$/;

/** A transit card's issuer letters just before its digits (JE 8015 …, PB 1234 …): the digits are no payment card's. */
const TRANSIT_CARD_LETTERS = /(?<![A-Za-z])[A-Z]{2} ?$/;

// Not a month after the number, which its expiry opens (4980… 09/29). Or four groups of four between dots or slashes,
// as a card is copied from a form's fields (4980.1234.5678.9012).
const CARD_CANDIDATE = /(?<![\d-])\d(?:[ -]?\d){12,18}(?!\d|-\d|\/\d)|(?<![\d./])\d{4}([./])\d{4}\1\d{4}\1\d{4}(?![./]?\d)/dg;
const groupingOf = (number: string): string => number.replace(/\d/g, "9");

/**
 * A card's number and its copies in the same text written with a slip (用紙は 3572-8049-1571-1458 … 旧用紙は
 * 3572-8049-1571-1457): a number grouped the same way and opening with the same six digits (the issuer's) is the
 * same card, whether or not its check digit holds and however far its cue is. And another card's number written
 * shortly after a found one on its line (新しいカードは 4980 …、前のは 3530111333300000 で), however grouped: the
 * holder's other card, of a card's length and a brand's prefix, its check digit right or not (a mistyped old card).
 */
function withMistypedCopies(detector: PiiDetector): PiiDetector {
  return {
    type: detector.type,
    gate: detector.gate,
    find(shadow) {
      const spans = detector.find(shadow);
      if (spans.length === 0) return spans;
      // Each candidate meets only the cards that start where it does, end right before it, or share its shape: a long
      // text holds many of both, and each candidate compared with every card.
      const starts = new Set(spans.map((span) => span.start));
      const byEnd = [...spans].sort((a, b) => a.end - b.end);
      const issuers = new Map<string, Set<string>>();
      for (const span of spans) {
        const card = shadow.slice(span.start, span.end);
        const grouping = groupingOf(card);
        issuers.set(grouping, (issuers.get(grouping) ?? new Set()).add(digitsOf(card).slice(0, 6)));
      }
      const copies = matchesOf(CARD_CANDIDATE, shadow).filter((match) => {
        if (starts.has(match.index)) return false;
        for (let at = firstEndFrom(byEnd, match.index - NEXT_CARD_REACH); at < byEnd.length && byEnd[at]!.end <= match.index; at++) {
          if (nextCard(shadow, byEnd[at]!, match)) return true;
        }
        return issuers.get(groupingOf(match[0]))?.has(digitsOf(match[0]).slice(0, 6)) ?? false;
      });
      return copies.length === 0 ? spans : [...spans, ...copies.map((match) => ({ start: match.index, end: match.index + match[0].length }))];
    },
  };
}

/**
 * A code's label before a number in four groups (Coupon code 1111 2222 3333 4444 expires 12/31, シリアル …): an expiry
 * after it is the code's, not a card's; only its check digit and a brand's prefix can make it a card.
 */
const CODE_LABEL = /(?:coupon|voucher|promo|serial|activation|redeem|クーポン|シリアル|引換|プロモ)[^\n]{0,16}$/i;

/** How far after a found card another one is the same holder's (、期限 04/29。前のは …). */
const NEXT_CARD_REACH = 48;

/** The index of the first span, of spans sorted by end, that ends at `end` or after. */
function firstEndFrom(byEnd: readonly Span[], end: number): number {
  let low = 0;
  let high = byEnd.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (byEnd[middle]!.end < end) low = middle + 1;
    else high = middle;
  }
  return low;
}

function nextCard(shadow: string, card: Span, match: RegExpExecArray): boolean {
  const gap = match.index - card.end;
  if (gap < 0 || gap > NEXT_CARD_REACH || shadow.slice(card.end, match.index).includes("\n")) return false;
  const digits = digitsOf(match[0]);
  return digits.length >= 14 && digits.length <= 16 && CARD_PREFIX.test(digits) && !inNotPersonalContext(shadow, match.index, gap);
}

/**
 * What follows an ID's cue: perhaps a bracket (an example's, or the value's own: パスポート番号（TZ1048826）, or its number's
 * word: passport (no. C01X00T47)) and a separator ("is #" too: employee number is #E-55102),
 * perhaps the label's HTML cell closed and the value's opened (<th>会員番号</th><td>00721945), perhaps a filler said before
 * the value (会員番号は、えっと、88120451), then the value (digits, perhaps grouped or with letters, a short last group too as a card prints it: 1234 5678 90, or a check digit alone after
 * the groups: JAF's 2109 4471 0083 6; a pension's four and six: 4410 882190; a card's 記号 and 番号 joined by a middle
 * dot: 06130428・1057; a residence card's two letters, eight digits and two letters, perhaps spaced in groups: KT3390 5521 ZX; a
 * city's tag, an era's year, the city and a number: R8-〇〇-2104; a branch's or a plan's letters in groups before the
 * number, perhaps its year's two digits between: KB-SE-008812, GJ-BF-26-00731; an issuer's kanji before the
 * number: 栃-介-20931, or a ward's or a kind's kanji between groups: KS-東-0311-08, 受25-抽-0418; a passport's letters and
 * digits copied with a space between: TR 4092817, or its series' two digits and its seven: 75 2213847; a brand's letters before digits in spaced groups: HM 4410 2291). The cue may be an aside in
 * brackets that names whose the number is, its colon after the bracket's close (回線ID（お客様ID）：COP0123456789); an aside
 * in brackets between the label and the value says which service or card it is (お客さま番号（ゆうちょダイレクト）3021-8847-5510,
 * パスポート番号（宿の名簿用）：75 2213847).
 */
// A year that opens a date after the label (会員番号 2026年4月発行, ID 2025年度): the date, not the number.
const YEAR_OF_DATE = "年\\s*\\d{1,2}\\s*月|年度";
const ID_VALUE =
  "\\s*(?:[）)](?=\\s*[:：]))?(?:\\s*[（(][^（()）\\n:：]{1,16}[）)](?=\\s*[:：]?\\s*[A-Za-z0-9]))?\\s*(?:[（(](?:(?:例|e\\.g\\.|[Nn]o\\.)[:：]?\\s*)?)?(?:は|:|：|#|=|is(?:[ \t]*#)?)?(?:" + HTML_NEXT_CELL + ")?\\s*" + FILLERS + ISSUER_BEFORE_CODE + "(?<secret>[A-Z]{2}[ 　]?\\d{4}[ 　]?\\d{4}[ 　]?[A-Z]{2}(?![A-Za-z0-9])|\\d{3,4}(?:[ 　]\\d{3,4}){1,4}(?:[ 　]\\d{1,2}(?![\\d.,:]|[ 　]?[年月日時分秒円件名個台回歳%]))?(?![\\d-])|\\d{4}[ 　]\\d{6}(?![\\d-])|\\d{4}(?:-\\d{4}){3}(?![\\d-])|\\d{4,10}[ 　]?[・･·][ 　]?\\d{2,10}(?![\\d-])|\\d{2}[ 　]\\d{7}(?![\\d-])|[A-Za-z]{1,2}\\d{6,10}[A-Za-z]{1,2}|[A-Z]{1,2} \\d{7,8}(?![\\d ])|[A-Z]{1,3}[ 　]\\d{3,4}(?:[ 　]\\d{2,4}){1,4}(?![\\d-])|[A-Za-z]{0,4}-?\\d[A-Za-z0-9-]{2,15}\\d|[A-Za-z]{0,4}-?\\d{4,}|[A-Za-z]{1,2}\\d{1,2}-[\u4e00-\u9fff]{1,4}-\\d{2,6}|[A-Z]{1,4}-[\u4e00-\u9fff]{1,2}-\\d{2,6}(?:-\\d{1,4})?|[\u4e00-\u9fff]\\d{1,2}-[\u4e00-\u9fff]{1,2}-\\d{2,6}|[\u4e00-\u9fff](?:-[\u4e00-\u9fff]){0,2}-\\d{3,8}|[A-Z]{1,4}(?:-[A-Z]{1,4}){1,2}(?:-\\d{2})?-\\d{3,10})(?![A-Za-z0-9]|" + YEAR_OF_DATE + ")";

/**
 * Cues naming a person's number at a company or bank: 社員番号 A12345, 顧客番号：C-0098812, customer ID CU448812,
 * 担当者コード T-8812, an example in brackets (ご契約者番号（例：KY-77120）), "account ACC-7781203" (or a hosting panel's
 * lower-case cust-0049183), a number printed in
 * groups (ポイントカード 8800 1234 5678), a library's, a shop's loyalty or a member's card (Library card: 2300 4412 0071,
 * Loyalty card: 6012 4488 1200, Member card no K2231907),
 * a personnel code (人事コード HR-33021), a student's number after 学籍 alone (学籍 4410927); and a document's labels
 * (person-documents.ts: パスポート M71630492, 口座番号 1234567, 診察券 KV-004821), a document's also in a Markdown row's
 * next cell (| 車台番号 | ZVW51-6120487 |).
 */
/** Other words for the person a number is given to (Learner no., Tenant ID, Policyholder number). */
const PERSON_NOUNS =
  "[Ll]earner|[Mm]erchant|[Tt]rainee|[Aa]pplicant|[Cc]andidate|[Rr]esident|[Tt]enant|[Dd]onor|[Ss]ubscriber|[Cc]ardholder|[Pp]olicyholder|[Pp]assenger|[Bb]eneficiary|[Pp]articipant|[Aa]ttendee|[Vv]olunteer|[Pp]upil|[Pp]atron|[Bb]orrower|[Ll]icensee|[Rr]egistrant|[Ee]nrollee|[Cc]laimant|[Pp]ensioner|[Aa]lumn(?:us|a|i)";
/**
 * Whose number it is, named between the English label and its colon (Employee number for Tanaka Hiroshi: 004417, member
 * ID of Ms. Okada: M-0412): a capitalised name of one to three words, the colon right after it.
 */
const WHOSE_ASIDE = String.raw`(?:[ \t]+(?:for|of)[ \t]+(?:(?:Mr|Ms|Mrs|Dr)\.?[ \t]+)?[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+){0,2}(?=[ \t]*[:：]))?`;
const PERSONAL_ID = new RegExp(
  String.raw`(?:(?:会員|顧客|お客(?:様|さま)|社員|職員|従業員|患者|学籍|受験|利用者|契約者)(?:No\.?|NO\.?|ナンバー)|社員番号|社員ID|社員コード|人事(?:コード|番号)|メンバー(?:シップ|ズ)番号|従業員番号|従業員ID|従業員コード|職員番号|職員ID|担当者コード|担当者番号|利用者番号|ポイントカード(?:番号)?|会員カード(?:番号)?|顧客番号|顧客ID|顧客コード|お客(?:様|さま)番号|お客(?:様|さま)ID|会員番号|会員ID|会員コード|(?:会員|学生|社員|職員|組合員)証(?=[ \t:：]*\d+(?:-\d+)*(?![\d年月日度版号]))|契約者番号|申込番号(?=[ \t]*[:：]?[ \t]*[\u4e00-\u9fff]\d{1,2}-)|(?<contract>(?:個人)?契約(?:[（(]個人[)）])?番号|(?<=[\u4e00-\u9fff\u30a0-\u30ff])契約(?=[ \t]*[A-Z]{1,4}-\d{2,4}-\d{3,6}(?![A-Za-z0-9-])))|患者番号|患者ID|学籍番号|学籍(?=[ \t]*[:：]?[ \t]*[A-Za-z]{0,2}\d{5,}(?![\d年]))|受験番号|(?:${DOCUMENT_LABELS})(?:[ \t]*\|(?=[ \t]*[A-Za-z0-9]))?|(?<![A-Za-z])(?:[Cc]ustomer|[Ee]mployee|[Mm]ember(?:ship)?|[Aa]ccount|[Ss]taff|[Pp]atient|[Ss]tudent|[Uu]ser|${PERSON_NOUNS})[ _-]?(?:ID|id|Id|number|no\.?|No\.?|#)${WHOSE_ASIDE}|(?<![A-Za-z])[Aa]ccount(?=\s+[A-Za-z]{2,5}-\d)|(?<card>(?<![A-Za-z])(?:[Ll]ibrary|[Ll]oyalty|[Rr]ewards?|[Pp]oints) card(?: ?(?:[Nn]umber|[Nn]o\.?|#))?)|(?<![A-Za-z])[Mm]ember(?:ship)? card ?(?:[Nn]umber|[Nn]o\.?|#))${ID_VALUE}`,
  "dg",
);

/** A year after a card's word, the sentence going on in small letters (Rewards card 2026 promotion): the card's edition. */
function cardsYear(match: RegExpExecArray, shadow: string): boolean {
  if (match.groups!.card === undefined || !/^(?:19|20)\d\d$/.test(match.groups!.secret!)) return false;
  const end = match.indices!.groups!.secret![1];
  return /^[ \t]+[a-z]/.test(shadow.slice(end, end + 3));
}

/**
 * A login name after its cue: ログインID yamada01, ユーザー名：taro_yamada, username: jdoe, ID は sato_88, ログインは aoba-night02. After a separator (:, は, =)
 * any name is taken; without one, only a name holding a digit, `_` or `.` (so "username and password" stays), or a shared
 * account's words joined by `-` (システム管理用のログイン shonan-hogo-admin は私と…: sharedAccount). A field's
 * word written before the name (ログイン:user lib-admin-ohashi pass …) is no login. An account's number in groups of four
 * (アカウント 5520 1934 7781) is whole.
 */
const LOGIN_NAME =
  /(?:ログインID|ログイン名|ログイン(?=\s*(?:[:：=＝]|は)|[ \t]+[a-z]+(?:-[a-z]+)+(?![A-Za-z0-9._@-]))|ユーザーID|ユーザID|ユーザー名|ユーザ名|ユーザー(?=\s*[:：=＝])|アカウントID|アカウント名|アカウント|利用者ID|(?<![A-Za-z\u3040-\u9fff][ _-]?)(?<![A-Za-z\u3040-\u9fff])ID(?=\s*(?:[:：=]|は))|(?<![A-Za-z])(?:[Uu]ser ?name|USERNAME|[Ll]ogin(?: ?ID| ?id| name)?|[Aa]ccount name))(?![A-Za-z])\s*(?<separator>[:：=＝]|は|is)?\s*(?:(?:user|ID|id)[ \t]+(?=[A-Za-z0-9]))?(?<secret>\d{4}(?: \d{4}){2,3}(?! ?\d)|[A-Za-z0-9][A-Za-z0-9._-]{2,63})(?![A-Za-z0-9._@-])/dg;

/** A date of birth after its cue: 生年月日：1985年4月1日, 誕生日は昭和60年4月1日, DOB: 04/01/1985, born on 1 April 1985. */
const DATE_OF_BIRTH =
  /(?:生年月日|誕生日|(?<![A-Za-z])(?:[Dd]ate of [Bb]irth|DOB|D\.O\.B\.|[Bb]irth ?date|[Bb]orn on|[Bb]irthday))\s*(?:は|:|：|=)?\s*(?<secret>(?:明治|大正|昭和|平成|令和)?\d{1,4}\s?[年/.-]\s?\d{1,2}\s?[月/.-]\s?\d{1,4}日?|\d{1,2}(?:st|nd|rd|th)? (?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?,? \d{4}|(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.? \d{1,2}(?:st|nd|rd|th)?,? \d{4})/dg;

/**
 * A bank account after its kind (振込先口座：普通 1234567, 当座預金 0012345, 定期 2291034; its branch's code before it:
 * 普通 611-0428773; its seven digits split 3-4 by a space as a passbook prints them: 普通 601 4478) and a remote-desktop ID after its cue (接続 ID は
 * 723 518 046, AnyDesk 123 456 789; the other side's, read out by one who was made to install the app: 相手のID 1 234 567 890,
 * its ten digits grouped from the right): the kind is masked with the number, which alone could be read back from it.
 */
/**
 * A bank account's number after the account's word saying what it is for (新規口座 3318102, 振込先口座：2207714, 返金口座は
 * 0918834): seven digits, the account's word kept. Not an amount or a count (新規口座 1200000円, 口座 3件).
 */
const PURPOSE_ACCOUNT = /(?<![\p{Script=Han}])(?:新規|振込先?|受取|返金|入金先?|給与振込)口座(?:番号)?[ \t]*(?:は|[:：])?[ \t]*(?<secret>\d{7})(?![\d,.\-円件万口])/dgu;

const ACCOUNT_OR_REMOTE_ID =
  /(?:(?<![\p{Script=Han}])(?:普通|当座|貯蓄|定期)(?:預金)?\s*(?:口座)?\s*[:：]?\s*(?:(?:\d{3}-)?\d{7}|\d{3}[ 　]\d{4}(?![ \t]*[円件年万]))(?![\d-])|(?:(?:リモート|遠隔)?接続|リモート|相手の|TeamViewer|AnyDesk)\s?(?:ID|ＩＤ)\s*(?:は|:|：|=)?\s*(?<secret>\d{3}(?:[ -]?\d{3}){2,3}|\d{1,2}(?:[ -]\d{3}){3})(?![\d-]))/dgu;

/**
 * A bank's branch number and account number written short, as on a note or a form's margin (店番 218 口座 6604712,
 * 支店番号：045、口座番号：1234567): the three digits and the seven after, each masked apart, their words kept.
 */
const BRANCH_THEN_ACCOUNT = /(?:店番(?:号)?|支店(?:番号|コード))\s*[:：]?\s*(?<branch>\d{3})(?!\d)[\s、,/・]*口座(?:番号)?\s*[:：]?\s*(?<account>\d{7})(?![\d-])/dgu;
const branchAndAccount: PiiDetector = {
  type: "PERSONAL_ID",
  find: (shadow) =>
    matchesOf(BRANCH_THEN_ACCOUNT, shadow).flatMap((match) => [match.indices!.groups!.branch!, match.indices!.groups!.account!].map(([start, end]) => ({ start, end }))),
};

/**
 * An insurance policy's number after "policy" (Policy no. HM-HH-7734102, policy number 00918273, "policy" at a line's
 * end and its number on the next: policy⏎LSC-IL-00918273): letters in groups before four digits or more, or six digits,
 * or digits in three groups, the middle one of four or more (a motor or personal insurer's 41-208813-07; no date's month).
 * A policy's name or year (privacy policy 2024) is neither.
 */
const POLICY_NUMBER =
  /(?<![A-Za-z])[Pp]olicy(?:[ _-]?(?:number|no\.?|No\.?|#))?\s*(?::|#|is)?\s*(?<secret>[A-Za-z]{1,4}(?:-[A-Za-z0-9]{1,8}){1,3}|[A-Za-z]{0,4}-?\d{6,}|\d{2,4}-\d{4,8}-\d{1,4})(?![A-Za-z0-9-])/dg;
const policyNumber = (value: string): boolean => (value.match(/\d/g)?.length ?? 0) >= (/[A-Za-z]/.test(value) ? 4 : 6);

/**
 * A British bank's sort code (20-45-77) with an account's number on its line: together they are the account's holder's
 * (a sort code alone names a branch).
 */
const SORT_CODE = /(?<![A-Za-z])[Ss]ort[ -]?code\s*(?::|is)?\s*(?<secret>\d{2}-\d{2}-\d{2})(?![\d-])/dg;
const ACCOUNT_ON_LINE = /[Aa]ccount|A\/C|a\/c/;
const SORT_CODE_ON_LINE = /(?<![A-Za-z])[Ss]ort[ -]?code\s*(?::|is)?\s*\d{2}-\d{2}-\d{2}(?![\d-])/;
/** The account's number on a sort code's line (sort code 20-00-00, account 55779911): six to ten digits after its word. */
const ACCOUNT_BY_SORT_CODE = /(?<![A-Za-z])(?:[Aa]ccount|A\/C|a\/c)(?:[ -]?(?:[Nn]o\.?|[Nn]umber|#))?[ \t]*(?::|is)?[ \t]*(?<secret>\d{6,10})(?![\d-])/dg;

/**
 * A bank account's number after "account" and the bank's name (your account at MUFG, no. 0184472; account with HSBC,
 * number 40118822): six to twelve digits after "no." or "number", no other thing's number word between (the account
 * for order no. 882211).
 */
const BANK_ACCOUNT = /(?<![A-Za-z])(?:bank )?account(?<between>[^\n.;:\d]{0,30}?),?\s(?:no\.|[Nn]umber|#)\s*:?\s*(?<secret>\d{6,12})(?![\d-])/dg;
const OTHER_THING_BETWEEN = /\b(?:order|invoice|ticket|case|ref|reference|tracking|booking|confirmation|policy|card|phone)\b/i;

/**
 * A Japanese number plate written whole (品川 300 ね 41-07, 横浜 500 さ ・・12): the office's place, the class number, one
 * hiragana and the serial (two digits, a hyphen and two, or dots before up to three): a vehicle its owner is known by.
 * Only after a vehicle's word on the line (ナンバー, 車, プレート) or in a table's column its heading names (| 車両 |):
 * 回 100 を 10-20 is a count and a range. A firm's own vehicle's plate (社用車 …, see fleet-plates) names no person.
 */
const VEHICLE_WORD = /ナンバー|車|プレート|[Pp]late|[Vv]ehicle/;
// A plate's class number has one to three digits and its serial four (12-88, 2315) or fewer after dots (・・12); a
// year, a date or a sum after the digits (大阪 3 の 2015年) is none. An office's place may hold a small ケ (袖ケ浦).
const NUMBER_PLATE = /(?<![\p{Script=Han}\p{Script=Hiragana}])(?<place>\p{Script=Han}[\p{Script=Han}ケヶ]{0,3})[ 　]?\d{1,3}[ 　]?[\p{Script=Hiragana}][ 　]?(?:\d{1,2}-\d{2}|\d{4}|[・･.]{1,3}\d{1,3})(?![\d-]|[年月日時分円])/dgu;

/**
 * A Japanese health-insurance card's 記号 and 番号 (保険証 記号 31041187 番号 2049), after the card is named: masked as
 * one span from 記号 to the number's end, the two words with them. The pair is one identifier (the insurer's group and
 * the insured's number within it), and two masks with the words left between still say what was there. The 記号 may open
 * with its insurer's kanji, in up to two words (a prefecture's or a trade's union: 群高 1204, 東 31041187, 協会 沖縄 3012);
 * the card may be named by its column's heading (| 保険証 記号・番号 |) or its insurer's kind (国保: 記号 …); the two
 * words may be joined before the two values (記号・番号は 3140・2207, or with a hyphen as the card prints them: 都国立 87-2209);
 * the number may be written in two groups (番号 118-2207); the card may be named by the short line heading the paragraph
 * (健康保険証（コピー預かり）, then a child's 記号 … 番号 … a line each). The pair alone, without 保険, is a part's or a form's.
 */
const INSURANCE_CARD =
  /記号\s*(?:は|:)?\s*(?:\p{Script=Han}{1,4}[ 　]?){0,2}[0-9A-Za-z-]{1,12}\s*[、,/・]?\s*番号\s*(?:は|:)?\s*\d{1,10}(?:-\d{1,6})?(?![\d-])|記号[・/]?番号\s*(?:は|:)?\s*(?:\p{Script=Han}{1,4}[ 　]?)?[0-9A-Za-z-]{1,12}[ 　]*[・/、,-][ 　]*\d{1,10}(?:-\d{1,6})?(?![\d-])/dgu;
/** A card's word, or an insurer's kind as a clinic writes it short (国保, 社保, 協会けんぽ, 後期高齢, 共済組合). */
const INSURANCE_CUE = /保険|国保|社保|健保|けんぽ|後期高齢|共済組合/;

/**
 * A login after "User:" or "user" that looks like one (d.okafor, k_tanaka, jsmith2; a YAML file's `user: mesbridge_rw`): a
 * word of a chat's speaker (User: Hello) or a sentence after the label is not. Without a colon (login created: user
 * gllm-7731), only a login holding a digit, and no version (user v2); or a login in lower case joined by `_` on a line
 * that gives a connection (SFTP: 192.0.2.4 port 22, user ftp_drop, password …), where a field's name (the user
 * session_id) is not; or words joined by `-` with a password's word right after (user lib-admin-ohashi pass …), where a
 * sentence's words (the user sign-up flow) are not.
 */
const USER_LOGIN =
  /(?<![A-Za-z])(?:User|USER|user)(?:\s*:\s*|\s+(?=(?!v\d)[A-Za-z][A-Za-z0-9._-]*\d|(?<underscored>[a-z][a-z0-9.-]*_[a-z0-9])|(?<hyphened>[a-z][a-z0-9]*(?:-[a-z0-9]+)+[ \t]+(?:pass|password|pw|PW)(?![A-Za-z]))))(?<secret>[A-Za-z][A-Za-z0-9]*(?:[._-][A-Za-z0-9]+)+|[A-Za-z]+\d[A-Za-z0-9]*)(?![A-Za-z0-9._@-])/dg;
const CONNECTION_ON_LINE = /(?<![A-Za-z])(?:S?FTPS?|s?ftp|SSH|ssh|SCP|scp|[Hh]ost|[Pp]ort|[Ss]erver|[Pp]assword|[Pp]asswd)(?![A-Za-z])|パスワード|ホスト|ポート|サーバ|接続/;

/** A user, customer or member named in a URL's query (`/export?user=U-558210&token=…`). */
const URL_PERSON_ID = /[?&](?:user|user_?id|uid|customer|customer_?id|member|member_?id|account|account_?id|login|email)=(?<secret>[^&#\s]+)/dgi;

/**
 * After "ID は" or "ログインは" (said, as in a call: ID は sato_88 でご登録), only a name holding a letter and a digit, `_` or
 * `.`: "ID は 2 つまで", "ID は 2024 年に" and "ログインは SSO で" say something else; or words joined by `-` given with
 * their password after a slash (ログインは yurigaoka-shojiku / Taiyo-3180!), as a login and its password are written in
 * pairs. After any other cue, a separator is enough.
 */
const LOGIN_THEN_PASSWORD = /^[ \t]*[/／][ \t]*[!-~]{4,}/;
function acceptLoginName(match: RegExpExecArray, shadow: string): boolean {
  const { separator, secret } = match.groups!;
  // A field's word alone (ログイン:user, before a name already masked) names no one.
  if (/^(?:user|USER|User|ID|id)$/.test(secret!)) return false;
  if (isDocumentKind(secret!, shadow.slice(match.index + match[0].length, match.index + match[0].length + 24))) return false;
  if (separator === "は" && /^(?:ID|ログイン)\s*$/.test(match[0].slice(0, match[0].indexOf(separator)))) {
    return /[A-Za-z]/.test(secret!) && (/[\d_.]/.test(secret!) || (secret!.includes("-") && LOGIN_THEN_PASSWORD.test(shadow.slice(match.index + match[0].length, match.index + match[0].length + 40))));
  }
  // After "is", and with no separator, a sentence's word (the login bug., the login is broken) is none: a login holds a
  // digit, `_` or a dot inside (a full stop after it ends the sentence).
  if (separator === undefined || separator === "is") return LOGIN_SHAPE.test(secret!) || sharedAccount(secret!);
  return true;
}
const LOGIN_SHAPE = /[\d_]|\.(?=[A-Za-z0-9])/;

/**
 * A shared account's login, lower-case words joined by `-` with an administrator's, a department's or a machine's word
 * among them (bwj-hr-admin, admin-shibuya, ops-kiosk): a login after "login" with no colon, where "login pop-up" or
 * "login e-mail" is a sentence's words, and "admin-panel" a screen's.
 */
const ACCOUNT_PART = /^(?:admin|root|ops|hr|staff|svc|sys|shared|kiosk)$/;
const SCREEN_PART = /^(?:panel|page|screen|console|portal|site|menu|mode|only|level|rights|access|role|side|area|view)$/;
function sharedAccount(login: string): boolean {
  const parts = login.split("-");
  return /^[a-z]+(?:-[a-z]+)+$/.test(login) && parts.some((part) => ACCOUNT_PART.test(part)) && !SCREEN_PART.test(parts.at(-1)!);
}

/**
 * An ID known by its label's form, not by a list: a number, ID or code of a word ending as a person (加入者番号, 組合員番号,
 * 受給者番号, 申込者ID, 教習生番号, 園児番号, 弁護士番号, 需要家番号, 株主番号, 選手番号), a person's card (会員証番号, 学生証番号, メンバーズカード 8800 1234 5678,
 * one just issued or issued again: 児童カード新規 2300 4412 0071) or a register of
 * persons (教習原簿No., 名簿番号) does, or a person's word in katakana (プレイヤーID 8812-4409-31, フレンドコード SW-1234-5678-9012,
 * メンバー番号, ドライバーコード: a game's or a crew's members). A thing's number (注文番号, 受付番号, 商品券番号) ends otherwise; a trade party's
 * (輸入者コード) is a firm's, and a corporation's (法人番号) no person's. A registration's number (登録番号) is a person's
 * only where a person is registered, an agent or a licensed professional (募集人登録番号, 税理士登録番号, 保護者の登録番号), a
 * referee or a host family (審判登録番号, ホスト登録番号; a server's ホストID stays): a business's
 * (適格請求書発行事業者登録番号) is its invoices', and one given to a customer's entry (田中様の登録番号 EN-2291: a
 * tournament's or a shop's) the entry's.
 */
const REGISTERED_PERSON = /(?:[人士師]|(?<!事業)者|選手|審判|ホスト)$/u;
const ID_LABEL = "(?:番号|ID|ＩＤ|No\\.?|NO\\.?|コード|ナンバー)";
const KANA_PERSON = "プレイヤー|フレンド|メンバー|スタッフ|ドライバー|キャスト|トレーナー|ライダー";
const PERSONAL_ID_BY_FORM = new RegExp(`(?:(?<holder>\\p{Script=Han}{0,4}(?:[者員証様生簿児士師家]|(?<!法)人|(?<!荷)主|選手|審判)|(?<![\\p{Script=Katakana}ー])ホスト(?=の?登録))(?:の?(?<registered>登録))?${ID_LABEL}|(?<card>(?:[\\p{Script=Katakana}ー]{2,}|(?<![\\p{Script=Han}])(?<cardWord>\\p{Script=Han}{1,4}))カード)(?:新規|再発行|更新)?${ID_LABEL}?|(?<![\\p{Script=Katakana}ー])(?<kanaHolder>${KANA_PERSON})${ID_LABEL})${ID_VALUE}`, "dgu");

/**
 * A contract's number is its holder's where a firm writes to its customer (ご契約番号, お客様の契約番号); in a sentence about
 * work one firm gives another (バスの運行は 京王バス に委託（契約番号 …）, 保守, リース, 株式会社, 御中), or a firm's own account
 * (法人アカウントを発行しました（契約番号 …）, 法人契約), it is the deal's, a document's number between firms.
 * A label that says the contract is a person's (契約（個人）番号, 個人契約番号) is its holder's whatever the sentence. Its
 * number's word may be left out after the contract's kind, before a code of letters and two groups of digits (保管契約
 * TS-21-008812, レンタル契約 RE-2025-00417); a contract's word alone (契約 …) may be a firm's named in another field.
 */
const BETWEEN_FIRMS = /(?<!個人[・/／、]?)法人|委託|請負|外注|発注|受注|取引|業務|保守|リース|株式会社|有限会社|[(（]株[)）]|御中|御社|貴社|弊社|当社|業者|協力会社|下請/u;
function contractBetweenFirms(match: RegExpExecArray, shadow: string): boolean {
  const [start] = match.indices!.groups!.contract!;
  if (shadow[start - 1] === "ご" || match.groups!.contract!.includes("個人")) return false;
  const sentence = shadow.slice(Math.max(0, start - 60), start);
  return BETWEEN_FIRMS.test(sentence.slice(Math.max(sentence.lastIndexOf("。"), sentence.lastIndexOf("\n")) + 1));
}

/** Whether a number stands between 第 and 号, a space allowed inside each (第 441802267319 号). */
const inRegisterEntry = (shadow: string, match: RegExpExecArray): boolean =>
  /第[ \t]?$/.test(shadow.slice(Math.max(0, match.index - 2), match.index)) && /^[ \t]?号/.test(shadow.slice(match.index + match[0].length, match.index + match[0].length + 2));

export const NUMBER_DETECTORS: readonly PiiDetector[] = [
  // First: each takes its number with the No. or the 第…号 around it, which a later rule would leave beside the mask.
  ...NUMBERED_PERSONAL_DOCUMENTS,
  gated(/[?&][\w]+=/, patternDetector("PERSONAL_ID", URL_PERSON_ID)),
  ...IBAN_DETECTORS,
  ...DEVICE_ID_DETECTORS,
  gated(
    hasDigits(13),
    withMistypedCopies(
      patternDetector("CREDIT_CARD", CARD_CANDIDATE, (match, shadow) => {
        if (inNotPersonalContext(shadow, match.index, 14)) return false;
        const digits = digitsOf(match[0]);
        if (TRANSIT_CARD_LETTERS.test(before(shadow, match.index, 3)) && !CARD_PREFIX.test(digits)) return false;
        if (inCardContext(shadow, match.index) && !CODE_LABEL.test(before(shadow, match.index, 24))) return true;
        if (inNotPersonalContext(shadow, match.index) || isProductCode(digits)) return false;
        // Card numbers are grouped from a first group of four (4-4-4-4, Amex 4-6-5, Diners 4-6-4); 233841-106843-106845 is something else.
        if (/[ -]/.test(match[0]) && !/^\d{4}[ -]/.test(match[0])) return false;
        return AMEX_GROUPING.test(match[0]) || (passesLuhn(digits) && CARD_PREFIX.test(digits));
      }),
    ),
  ),
  // Not a 12-digit piece of a longer grouped number (`4111 1111 1111 1112` is no My Number, whatever its check digit).
  // A note's line may wrap after a group's hyphen (0448-0489-⏎  7299), a number spaced in groups at a space, the next
  // line perhaps a quoted mail's (5201 8830⏎> 1723). A number between 第 and 号 is a register's entry (a licence's:
  // 第 441802267319 号), which no My Number is written as; nor is a parcel's where it is posted (number-context.ts); nor
  // the groups of a longer code joined by hyphens (KX-1200-3400-5600, 1200-3400-5600-AB): a code's part.
  gated(
    hasDigits(12),
    patternDetector("MY_NUMBER", /(?<!\d[ -]?|[A-Za-z]-)\d{4}([ -]?)\d{4}(?:\1|-\n[ \t]*|(?<=\d{4} \d{4})\n[ \t]*(?:>[ \t]*)*)\d{4}(?![ -]?\d|-[A-Za-z])/dg, (match, shadow) => {
      if (inNotPersonalContext(shadow, match.index, 14) || inRegisterEntry(shadow, match) || inParcelNumberPlace(shadow, match.index)) return false;
      if (inMyNumberContext(shadow, match.index) || inMyNumberList(shadow, match.index)) return true;
      return !inNotPersonalContext(shadow, match.index) && isValidMyNumber(digitsOf(match[0]));
    }),
  ),
  KANJI_MY_NUMBER_DETECTOR,
  // Every cue holds one of these words: most texts hold none and skip the long alternation.
  gated(new RegExp(`番号|ID|[Ii]d|コード|カード|学籍|契約|[Nn]umber|[Nn]o|#|[Aa]ccount|(?:ibrary|oyalty|ewards?|oints) card|${DOCUMENT_CUES}`), withListedSiblings(patternDetector("PERSONAL_ID", PERSONAL_ID, (match, shadow) => (match.groups!.contract === undefined || !contractBetweenFirms(match, shadow)) && !cardsYear(match, shadow) && !isGroupHeld(shadow, match.indices!.groups!.secret![1])))),
  // A card's number needs eight digits: クレジットカード 1234 is the last four, kept to say which card.
  gated(
    new RegExp(`(?:[者員人証様生簿児士師家主]|選手|審判)(?:の?登録)?${ID_LABEL}|ホストの?登録|カード|(?:${KANA_PERSON})${ID_LABEL}`),
    patternDetector(
      "PERSONAL_ID",
      PERSONAL_ID_BY_FORM,
      // A card named in kanji is a person's (利用カード, 診察カード) unless its word is a thing's (商品カード, 交通カード's 交通 is not one);
      // a trade party's code (輸入者コード) is a firm's, unless a person's name heads its entry; a receipt's for goods left
      // (預かり証番号) the goods'.
      (match, shadow) =>
        match.groups!.kanaHolder !== undefined ||
        (match.groups!.card === undefined
          ? (!TRADE_PARTY.test(match.groups!.holder!) || headsPersonEntry(shadow, match.indices!.groups!.secret![1])) &&
            (match.groups!.registered === undefined || REGISTERED_PERSON.test(match.groups!.holder!)) &&
            !goodsLeftBefore(shadow, match.index + match.groups!.holder!.length)
          : digitsOf(match.groups!.secret!).length >= 8 && (match.groups!.cardWord === undefined || !THING_WORD.test(match.groups!.cardWord))),
    ),
  ),
  ...POLICE_RECEIPT_NUMBERS,
  ...MANIFEST_PASSPORTS,
  ...CODE_HOST_PROFILES,
  ...EXCHANGE_PROFILE_URLS,
  gated(/普通|当座|貯蓄|定期|ID|ＩＤ/, patternDetector("PERSONAL_ID", ACCOUNT_OR_REMOTE_ID)),
  gated(/口座/, patternDetector("PERSONAL_ID", PURPOSE_ACCOUNT)),
  gated(/店番|支店/, branchAndAccount),
  gated(/[Pp]olicy/, patternDetector("PERSONAL_ID", POLICY_NUMBER, (match) => policyNumber(match.groups!.secret!))),
  gated(/account/, patternDetector("PERSONAL_ID", BANK_ACCOUNT, (match) => !OTHER_THING_BETWEEN.test(match.groups!.between!))),
  gated(
    /\d[ 　]?[\u3041-\u3096][ 　]?[\d・･.]/,
    patternDetector(
      "PERSONAL_ID",
      NUMBER_PLATE,
      (match, shadow) =>
        (PLATE_REGION.test(match.groups!.place!) || VEHICLE_WORD.test(before(shadow, match.index, 40)) || VEHICLE_WORD.test(columnHeading(shadow, match.index) ?? "")) &&
        !isFleetPlate(shadow, match.index),
    ),
  ),
  gated(/[Ss]ort[ -]?code/, patternDetector("PERSONAL_ID", SORT_CODE, (match, shadow) => ACCOUNT_ON_LINE.test(onItsLine(shadow, match.index)))),
  gated(/[Ss]ort[ -]?code/, patternDetector("PERSONAL_ID", ACCOUNT_BY_SORT_CODE, (match, shadow) => SORT_CODE_ON_LINE.test(onItsLine(shadow, match.index)))),
  gated(/記号/, {
    type: "PERSONAL_ID",
    find: (shadow) =>
      matchesOf(INSURANCE_CARD, shadow)
        .filter((match) => [before(shadow, match.index, 40), columnHeading(shadow, match.index), paragraphHeading(shadow, match.index)].some((cue) => INSURANCE_CUE.test(cue ?? "")))
        .map((match) => ({ start: match.index, end: match.index + match[0].length })),
  }),
  gated(
    /User|USER|user/,
    patternDetector("PERSONAL_ID", USER_LOGIN, (match, shadow) => match.groups!.underscored === undefined || /\d/.test(match.groups!.secret!) || CONNECTION_ON_LINE.test(onItsLine(shadow, match.index))),
  ),
  gated(/生年月日|誕生日|[Bb]irth|DOB|D\.O\.B|[Bb]orn on/, patternDetector("DATE_OF_BIRTH", DATE_OF_BIRTH)),
  gated(
    /ログイン|ユーザー?[IＩ名]|ユーザー\s*[:：=＝]|アカウント[IＩ名\s]|利用者ID|ID\s*(?:[:：=]|は)|[Uu]ser ?name|USERNAME|[Ll]ogin|[Aa]ccount name/,
    patternDetector("PERSONAL_ID", LOGIN_NAME, acceptLoginName),
  ),
  ...LOGIN_PAIR_DETECTORS,
  QUOTED_ACCOUNT_NAMES,
  // After the labels named above: any other label of a number or an account (証券番号, 在留カード, ユーザー), a login before
  // a host or in a user's folder, and a table's column under such a label; then IDs named without a label of their own.
  ...LABELLED_ID_DETECTORS,
  ...WRAPPED_ID_VALUES,
  ...NAMED_ID_DETECTORS,
  ...HELD_DOCUMENT_ID_DETECTORS,
  ...NATIONAL_ID_DETECTORS,
  ...ORCID_IDS,
  ...LOYALTY_NUMBER_DETECTORS,
  ...RACE_BIB_NUMBER_DETECTORS,
  ...IMMIGRATION_DOCUMENT_NUMBER_DETECTORS,
  ...CRIME_PREVENTION_REGISTRATIONS,
  ...LICENCE_AND_PERMIT_ENTRIES,
  ...PERSON_REGISTRATIONS_AND_LICENCES,
  ...WEB_MEMBER_LOGINS,
  ...WORKER_REGISTRATION_NUMBERS,
  ...BRANCH_ACCOUNT_NUMBERS,
  ...PERSONAL_MEETING_IDS,
  ...EMPLOYMENT_INSURANCE_NUMBERS,
  ...RESIDENCE_CARDS_NEARBY,
  ...PASSPORTS_NAMED_AFTER,
  ...PASSPORTS_LISTED_WITH_COUNTRIES,
  ...PATIENT_RECORD_IDS,
  ...POSSESSIVE_APPLICATION_NUMBERS,
  ...BARE_APPLICATION_NUMBERS,
  ...AID_APPLICATION_NUMBERS,
  ...CATALOGUE_GIFT_NUMBERS,
  ...PRIVATE_CONTRACT_NUMBERS,
  ...NUMBERS_HELD_IN_A_PERSONS_NAME,
  ...ROMAJI_NUMBER_PLATES,
  ...POSSESSIVE_ACCOUNT_LOGINS,
  ...OWNED_THING_REGISTRATIONS,
  ...CATTLE_IDENTIFICATION_NUMBERS,
  ...CODES_SAID_OF_A_PERSON,
  ...IDS_AFTER_ARROWS,
  ...PROSE_ACCOUNT_NUMBERS,
  ...WALLET_ADDRESSES,
  ...ENGLISH_BANK_ACCOUNTS,
  ...BANK_RECORD_NUMBERS,
  ...INSURED_REGISTER_NUMBERS,
  ...INSURANCE_CARD_CELLS,
  ...ENTRY_REGISTER_NUMBERS,
  ...BOAT_HULL_NUMBERS,
  ...CRAFT_REGISTRATIONS,
  ...SENTENCE_DOCUMENT_ID_DETECTORS,
  ...ID_COLUMN_DETECTORS,
  // IDs standing for a person by their place: a chat turn's speaker, a handle in an export's JSON, an audit line's actor
  // or a sign-in event's user.
  ...CHAT_SPEAKER_ID_DETECTORS,
  ...EXPORT_HANDLE_ID_DETECTORS,
  ...ACTOR_LOGIN_DETECTORS,
  ...LOGIN_EVENT_USERS,
  // An ID's value is never program text (userId: faker.string.uuid(): a call; program-text.ts), nor a pseudonym a record
  // was given in its person's place (pseudonym-ids.ts).
].map((detector) => (detector.type === "PERSONAL_ID" ? valuesOnly(notPseudonyms(detector)) : detector));
