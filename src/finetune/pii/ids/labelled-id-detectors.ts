import { isIPv4 } from "node:net";
import { APP_USER_IDS } from "./app-user-ids.js";
import { BRACKETED_ID_DETECTORS } from "./bracketed-id-detectors.js";
import { CERTIFICATE_NUMBER_IDS } from "./certificate-number-ids.js";
import { CUSTOMER_SERVER_NAMES } from "./customer-server-names.js";
import { FOREIGN_ID_LABELS } from "./foreign-id-labels.js";
import { before, gated, matchesOf, patternDetector, type PiiDetector, type Span } from "../detector.js";
import { HR_SYSTEM_IDS } from "../lexicon/hr-system-ids.js";
import { HTML_NEXT_CELL } from "../context/html-cells.js";
import { MESSENGER_HANDLE_IDS } from "./messenger-handle-ids.js";
import { LOGIN_BEFORE_PASSWORD_DETECTORS } from "./logins-before-passwords.js";
import { GAME_ACCOUNT_NUMBERS } from "./game-account-numbers.js";
import { isNoPersonAccount } from "../context/no-person-accounts.js";
import { POSTAL_BANK_DETECTORS } from "./postal-bank-detectors.js";
import { ROLE_ACCOUNT_DETECTORS } from "./role-account-detectors.js";
import { WIFI_NETWORK_NAMES } from "../secrets/wifi-network-names.js";

/**
 * An ID known by its label's form, whatever the label's word: a short word ending as a number or an account does
 * (証券番号, ローン番号, 在留カード, マイページ ID, ユーザー, Policy No., Loan number, Residence card no.; a person's code: member
 * code) and a value of letters with digits, `_`, `.` or `-` (A-5521-0938, AB12345678CD, ishii.r). The words of a thing's number (注文, 追跡, 請求書, 品番, バージョン,
 * order, ticket, model …) keep their values: an order, tracking or invoice number, a product code or a version.
 */

/** A table's label cell closed and its value's cell opened: HTML's `</th><td>`, Markdown's ` | `. */
const NEXT_CELL = String.raw`${HTML_NEXT_CELL}|[ \t]*\|(?!\|)`;

/** A suffix after another (カード ID, 会員カード No.): the label goes on, and the value follows the last one. */
const SUFFIX_ALONE = String.raw`(?:ID|Id|No|NO|no)(?![A-Za-z0-9])`;

/** は and whose each number is before a colon (証券番号は学生ごと: …, 会員番号は各自: …): a list of the people's numbers follows. */
const EACH_ONES = String.raw`は[ \t]*(?:\p{Script=Han}{1,4}ごと|各自|各人|それぞれ|一人ずつ|お一人ずつ)[ \t]*:`;

/**
 * The issuer's short name in kanji between a label and a code of letters and digits (受講番号 埼食協 R5-11823, 会員番号
 * 東京支部 TK-20417): the code is the number, the issuer's name stays.
 */
export const ISSUER_BEFORE_CODE = String.raw`(?:[\u4e00-\u9fff]{2,4}[ 　](?=[A-Za-z]{1,4}-?\d[A-Za-z0-9-]*\d(?![A-Za-z0-9])))?`;

/**
 * The suffix that makes a word a label, the separator, and the value. Read from the suffix, and the label's word then
 * looked for right before it: a pattern starting with the word was tried at every character of every text.
 */
const SUFFIX_THEN_VALUE = new RegExp(
  String.raw`(?<suffix>番号|ナンバー|カード|アカウント|ユーザー?|No\.?|NO\.?|no\.|ID|Id|[Nn]umber|[Cc]ode|#)(?:(?<=\.)|(?![\p{Script=Han}\p{Script=Katakana}ーA-Za-z]))(?:${NEXT_CELL})?[ \t]*(?:[:=#]|${EACH_ONES}|は|、|is(?= ))?[ \t]*${ISSUER_BEFORE_CODE}(?!${SUFFIX_ALONE})(?<secret>[A-Za-z0-9][A-Za-z0-9._-]*[A-Za-z0-9])(?![A-Za-z0-9_@-]|\.[A-Za-z0-9])`,
  "dgu",
);
/** The Japanese word before a suffix, whole (perhaps empty, perhaps with a space: マイページ ID), read at the suffix. */
const JA_WORD_BEFORE = /(?<=(?<![\p{Script=Han}\p{Script=Katakana}ーA-Za-z])(?<word>[\p{Script=Han}\p{Script=Katakana}ー]{0,8}) ?)/uy;
/** The Latin word before a suffix (Policy No., Loan number, Member ID); a word in capitals only with a separator (SSID is none). */
const EN_WORD_BEFORE = /(?<=(?<![A-Za-z])(?<word>[A-Z]?[a-z]{1,11}[ _-]?|[A-Z]{2,8}[ _-]))/y;

/**
 * What a thing's number is labelled with: an order, a delivery, a bill, a product, a lot or a version, a ticket or a
 * case, a call (通話ID: the call centre's, not the caller's), an item kept or found (保管番号, 拾得物), a survey, a visit or
 * a service held (調査番号, 施行番号: the job's; a work site or a facility, 現場ID, 拠点, 施設: the place's; 調査員 and 訪問者 are people), a
 * booking or its confirmation (確認番号, 承認番号: a hotel's, a card payment's), a place or a line, a device's or a vehicle's
 * identifier (識別番号, 端末番号; a person's 個人識別番号 is not one), a production run's (バッチ番号, like a ロット's), a notice, a form or a document (通知書番号,
 * 納付書番号, ヒヤリハット票 No., ミルシート No.: the paper's number; a 証書, a policy, is its holder's), a filing (届出番号: a
 * lodging's, a recall's or an import's notice to an authority; its 届出人 is a person), a permit (許可番号: an
 * import's, a firm's or a work's; a 許可証 a person holds is theirs) and a ride (トリップID). An application's own
 * number (申込番号: a nursery's or a course's applicant is known by it through the selection, as by a 受験番号) is a
 * person's; a form's (申込書番号) is not. A police or a court case (事案番号, 事件番号) and a request (依頼番号: the job's; its
 * 依頼者 is a person) are the matter's; so are a refund or a settlement, a process, an appraisal (返金処理番号, 精算番号, 査定番号:
 * the payment's, the car's) and a key held (預かり鍵 No.: the key tag's), footage or evidence kept (保全番号: the recording's), an agreement between institutions (協定番号, 覚書番号: the
 * MOU's) and a research grant (科研費番号, 研究課題番号: the project's, public; a 助成対象者番号 is a recipient's); a gift card's (ギフトカード ID) its bearer's,
 * whoever; a library's item (資料番号, 蔵書番号, 書誌ID: the book's, its borrower's card a 利用者番号); an event's (コンペ番号, 大会
 * ID, 公演番号: the competition's or the show's, where its 参加者番号 or 選手番号 is a person's). A cancellation and a money
 * transfer (解約番号, 送金番号, 入金番号) are the deal's; a rental (レンタル番号: the device's booking, an order's; a rental's
 * 契約番号 stays its holder's) the item's; a payee (送金先) is not; so are an inquiry's, a correction's or a cancellation's (照会番号, 訂正番号, 取消番号: the proceeding's), and an invoice issuer's (the firm's). A warranty card (保証書番号: the product's, though a 証書 is its holder's) and a shelf (棚番号) are the goods'; so is a tag (タグ番号: a dry cleaner's or a shop's tag on the garment, the item's; a person's name tag is a 名札). A thing's management (管理番号) is the thing's; its manager's ID (管理者ID) is an administrator's login. A machine's (サーバー, ホストID, ノード, インスタンス, コンテナ) is the machine's; a host family's is not a host's. An accident's and a dispatch's numbers (事故番号, 発送番号: the claim's file, the parcel's) are the thing's, whoever was hurt or is sent it. A bicycle's or a car's removal (撤去番号: the towed thing's record) and a sticker or a seal stuck on a thing (ステッカー番号, シール番号: a parking permit's) are the thing's; so is a meter's (メーター番号: the utility's, on the house), and an event's entry (エントリー番号: a tournament's or a recital's for the entry, an order's look-alike; an entrant's own 番号 is theirs), and a pledge's (支援ID: a crowdfunding backer's pledge, a purchase; the backer's own 支援者番号 is theirs). A label holding one of these words is no person's; a library's card (図書館カード: 図 is a figure's word) is its patron's. A tour's arrangement and a sale (手配番号, 販売番号: the
 * booking's, the machine's) are the deal's; a salesperson's 販売員番号 is theirs. A commission a surveyor's or a scrivener's
 * office takes on (受託番号: the office's file, its 受託者 the office) and a lab's sample (検体番号) are the job's.
 */
export const THING_WORD =
  /(?<!個人)識別|(?<!本人)確認|承認|端末|機器|車両|車台|個体|注文|受注|発注|オーダー|手配|販売(?![員者])|申請|申込(?=[書金日])|手続|届出(?![人者])|通知|(?<!証)書$|保証書|棚|タグ|票|シート|帳|報告|レポート|伝票|追跡|配送|配達|送り状|出荷|入荷|在庫|返品|交換|問い?合わ?せ|受付|請求|見積|領収|明細|取引|決済|予約|レンタル$|登録|品|商|製|型|部品|機|装置|設備|資材|材料|部材|ロット|バッチ|シリアル|エラー|バージョン|ビルド|リリース|チケット|案件|工事|作業|指示|保守|修理|点検|検査|検体|試験|図面|文書|書類|規格|管理(?!者)|整理|物件|資産|郵便|電話|携帯|内線|部屋|号室|便|車|店|部署|部門|課|法人|事業|インボイス|クーポン|ギフト|キャンペーン|プロジェクト|ジョブ|タスク|ファイル|ポート|ネットワーク|セッション|リクエスト|トランザクション|インシデント|障害|様式|書式|図(?!書館)|ルーム|座席|席|ゲート|路線|バス|通話|着信|発信(?!者)|受電|架電|保管|遺失|拾得|調査(?![員者])|訪問(?![員者])|施行|施工|現場|拠点|施設|許可(?!証)|トリップ|ライド|事案|事件|依頼(?![者人主])|受託(?![者人])|返金|返還|払い?戻|解約|照会|訂正|取消|取り?消し|(?:送|入|出)金(?!先)|精算|処理|査定|鑑定|鍵|資料|蔵書|書誌|所蔵|保全|科研費|研究課題|協定|覚書|サーバー?|ホスト(?!ファミリー|家庭|家族)|ノード|インスタンス|コンテナ|マシン|事故|発送|撤去|ステッカー|シール|メータ|エントリー(?!者)|(?<!自立)支援(?![者対])|(?:コンペ|大会|試合|公演|イベント)(?!.*(?:[者員手]|エントリー))/u;
/**
 * A receipt or a claim ticket for goods left, its word written with kana (預かり証, 預り票, 引き換え券), which the word read
 * before a label stops at: the number is the goods', whoever holds the slip. An exchange's own number with no slip named
 * (a catalogue gift's 引換番号) is the one its recipient redeems: theirs.
 */
const GOODS_LEFT_LABEL = /(?:預か?り(?:証|票|券|札)?|引き?[換替]え?(?:証|票|券|札))[ 　]?$/u;
/** Whether a label ending at `labelEnd` is a receipt's or a claim ticket's for goods left (GOODS_LEFT_LABEL). */
export const goodsLeftBefore = (shadow: string, labelEnd: number): boolean => GOODS_LEFT_LABEL.test(shadow.slice(Math.max(0, labelEnd - 10), labelEnd));
/**
 * A dispute's, a chargeback's or a claim's number (Dispute ID, Claim No.) is the case's, as a ticket's is; an item kept's
 * (storage no., locker no., baggage no.: tyres stored for the season, a coat checked) is the item's, as 保管番号 is; an
 * event's entry number (Entry No.) is the entry's, as エントリー番号 is.
 */
const THING_WORD_EN =
  /^(?:order|ticket|entry|storage|locker|baggage|luggage|cloakroom|dispute|chargeback|claim|recipe|menu|dish|case|call|visit|survey|estimate|reception|notice|notification|contract|agreement|inquiry|enquiry|sheet|slip|report|log|matter|docket|catalog|catalogue|patent|style|drawing|chassis|engine|frame|course|tracking|track|invoice|quote|ref|reference|request|transaction|txn|confirmation|booking|reservation|model|part|item|product|serial|lot|batch|build|version|release|error|crash|dump|exception|alert|event|incident|issue|bug|job|task|project|plan|trip|ride|permit|room|flight|seat|gate|page|line|receipt|payment|charge|refund|return|rma|coupon|promo|voucher|sku|asset|device|host|instance|container|image|volume|snapshot|bucket|vpc|subnet|process|thread|session|trace|span|correlation|message|post|comment|article|commit|phone|fax|zip|postal|tax|vat|registration|company|vendor|supplier|store|shop|branch|department|client|app|api|key|tenant|subscription|workspace|org|team|group|channel|chat|meeting|file|upload|document|doc|form|survey|question|section|chapter|figure|table|row|column|object|record|node|cluster|region|zone|network|port|run|step|pipeline|dataset|suite|sample|example|test|prompt|video|po|pr|ssid|uuid|guid|pid|vin|ip|mac|issuer)$/i;

/**
 * A screening's, a contract's or a use's own number (審査番号, 契約番号, 利用番号: the guarantor's file, the deal, one
 * charge) is the thing's; with the holder's word between (契約者番号, 利用カード番号) it is a person's. So is a group's
 * (団体番号: a library's group lending to a class or a home, the group's account, no member's).
 */
export const THING_NUMBER_WORD = /(?:審査|契約|利用|団体)$/u;

/**
 * A party to trade named by its role (輸入者, 輸出者, 製造者; the party that hands work or a collection to another,
 * 委託者, 発注者, and the one that takes it, 受託者, 受注者, 請負者): a firm far more often than a person, and its code
 * (輸入者コード, the customs' importer code; 委託者番号, a direct-debit collector's number at its bank) the firm's; so is a
 * public payer's (公費負担者番号: a medical aid's programme and its town, the same for all it pays for; the patient's is the
 * 受給者番号); so is an insurer's (保険者番号: a health or care insurer's, the same on all its cards; the insured's is the
 * 被保険者番号).
 */
export const TRADE_PARTY = /(?:輸入|輸出|製造|販売|出荷|納入|運送|委託|受託|発注|受注|請負|公費負担|(?<!被)保険)者$/u;

/**
 * A thing's word that names a person with 者 after it (出品者, 注文者, 申請者, 予約者: the seller, the one who ordered or
 * applied), or a person's registration (会員登録, 利用者登録), or a standing order (定期便, 定期購入, 定期購読: one
 * subscriber's, who gets every delivery at their address): a label of the person's ID, whatever the thing's word in it.
 */
const PERSON_BY_THING = /(?:出品|注文|申請|申込|予約|購入|落札|登録)者$|^(?:会員|利用者|ユーザー?|顧客)登録$|^定期(?:便|購入|購読|配送|お届け便?)$/u;

/**
 * A firm as a platform's customer (加盟店, a card or payment service's merchant; 法人, a service's corporate account):
 * its ID is the login its owner or staff sign in with, and a small shop's merchant is its owner, known by its merchant
 * number too (加盟店番号). A corporation's number (法人番号, the public corporate number) stays a thing's.
 */
const CUSTOMER_FIRM = /^(?:加盟店|法人|企業|団体)$/u;
const customerFirmAccount = (ja: string, suffix: string): boolean => CUSTOMER_FIRM.test(ja) && (suffix === "ID" || ja === "加盟店");

/**
 * A group or a firm named as the owner before the label (団体の証書番号, 法人の契約番号, クラブの登録番号): the group's policy,
 * contract or registration, not one of its members'. A group's ID is its login, and stays a person's (see CUSTOMER_FIRM).
 */
const GROUP_OWNER = /(?:団体|法人|会社|企業|クラブ|チーム|学校|協会|連盟)の[ \t]?$/u;
const groupsOwn = (shadow: string, wordStart: number): boolean => GROUP_OWNER.test(shadow.slice(Math.max(0, wordStart - 6), wordStart));

/**
 * A club's or a school's own ID (道場ID, 教室ID, クラブID): in prose it names the club, no one. It is a login only as a
 * sign-in pair's first half: a password's word after it, and no member's login (ログイン, ユーザー, a mail address) between.
 */
const CLUB_WORD = /(?:道場|教室|クラブ|サークル|スクール|支部|学校|学園|保育園|幼稚園|塾|ジム)$/u;
const PASSWORD_OR_LOGIN_AFTER = /(?<login>ログイン|ユーザー?|アカウント|メール|@|[Ll]og ?in|[Uu]ser)|(?<password>パスワード|暗証|[Pp]ass(?:word)?|PW|pw)/u;
function clubsOwnId(ja: string, shadow: string, valueEnd: number): boolean {
  if (!CLUB_WORD.test(ja)) return false;
  return PASSWORD_OR_LOGIN_AFTER.exec(shadow.slice(valueEnd, valueEnd + 40))?.groups!.password === undefined;
}

/** The end of a word that names a person (担当者, 社員, 顧客, 生徒, 講師, 個人; in katakana スタッフ, ドライバー, メンバー). */
const PERSON_WORD_END = /(?:[者員客生徒師様人主]|スタッフ|メンバー|ドライバー|キャスト|クルー|トレーナー|オーナー|ライダー|ワーカー)$/u;

/** A value that is a version, a quantity with its unit, or a file name: no one's ID. */
const NOT_AN_ID = /^(?:v|ver\.?)?\d+(?:\.\d+)+[a-z]?$|^v\d|^\d[\d.,]*[A-Za-z]{1,4}$|\.(?:txt|csv|pdf|png|jpe?g|gif|json|ya?ml|xml|html?|md|log|zip|exe|js|ts|py|sh|conf|ini|xlsx?|docx?)$/i;

/**
 * A heading or a label that names a person's ID by its form: a word before 番号, ID, No. or コード (生徒番号, 会員ID,
 * 担当者コード, Student no., Member number) that is no thing's word (注文番号, 電話番号, Order no.).
 */
export function isIdLabel(label: string): boolean {
  const ja = /^(?<word>[\p{Script=Han}\p{Script=Katakana}ー]{1,8}) ?(?<suffix>番号|ナンバー|ID|No\.?|NO\.?|コード)$/u.exec(label)?.groups;
  // A code is most often a thing's, a place's or an account's in the ledger (資材コード, 拠点コード, 科目コード): a person's
  // only by a person's word (担当者コード, 社員コード, 顧客コード).
  if (ja !== undefined)
    return (
      (!THING_WORD.test(ja.word!) || PERSON_BY_THING.test(ja.word!) || registrantsId(ja.word!, ja.suffix!)) &&
      !TRADE_PARTY.test(ja.word!) &&
      (ja.suffix !== "コード" || PERSON_WORD_END.test(ja.word!))
    );
  const en = /^(?<word>[A-Z]?[a-z]{1,11}|[A-Z]{2,8})(?<dot>\.?)[ _-]?(?:ID|Id|id|No\.?|no\.?|NO\.?|[Nn]umber|#)$/.exec(label)?.groups;
  if (en === undefined) return false;
  // A word cut short with its dot (Emp. ID, Cust. No.) is a person's only by a person's abbreviation: Inv. No. is an invoice's.
  return en.dot ? PERSON_ABBREVIATION.test(en.word!) : !THING_WORD_EN.test(en.word!);
}

/**
 * A registration's ID (登録ID, a volunteer's or a member's old one: 旧登録ID) is the registrant's, in a label or a table's
 * heading; its number (登録番号) a firm's or a thing's (an invoice issuer's, a vehicle's).
 */
const registrantsId = (word: string, suffix: string): boolean => suffix === "ID" && /^(?:旧|新|元)?登録$/u.test(word);

/** Latin abbreviations of whom a code is issued to (Emp., Empl., Cust., Mbr., Pt., Stu.; not Acct.: a ledger's account code). */
const PERSON_ABBREVIATION = /^(?:emp|empl|cust|mbr|memb|mem|pt|pat|stu|stud)$/i;

const wordBefore = (pattern: RegExp, shadow: string, index: number): string | undefined => {
  pattern.lastIndex = index;
  return pattern.exec(shadow)?.groups!.word;
};

/** Latin words naming whom a code is issued to (member code, customer code, staff code). */
const PERSON_CODE_WORD = /^(?:member|membership|customer|client|student|employee|staff|patient|user|resident|guest|passenger|subscriber)$/i;

/**
 * The rest of a card's number copied in spaced groups (在留カード番号 MN5521 0093 TR): the value read up to its first
 * space is a piece of it, left to the rule that reads the card's whole shape (person-documents.ts).
 */
const SPACED_REST = /^[ 　]\d{4}[ 　]?[A-Z]{2}(?![A-Za-z0-9])/;

/**
 * An application's word written with its kana ending (お申込み番号, 申し込み番号), which the word read before a suffix stops
 * at: read as 申込み, a person's application as 申込番号 is, unless the desk says it took the application under it
 * (お申込み番号 … で承りました: a shop's reception number, an order's look-alike).
 */
const APPLICATION_WITH_KANA = /申し?込み$/u;
const KANA_APPLICATION = "申込み";
const DESK_TOOK_IT = /^[ \t]*で[ \t]*(?:承|受け?付)/u;
function jaWordBefore(shadow: string, index: number): string | undefined {
  const word = wordBefore(JA_WORD_BEFORE, shadow, index);
  return word === "" && APPLICATION_WITH_KANA.test(shadow.slice(Math.max(0, index - 4), index)) ? KANA_APPLICATION : word;
}

/**
 * An application's number on a line about an event's stall (a fair's circle, a booth, an exhibitor) or a contest's
 * entry (a tournament, a championship, a recital or a competition: 大会 申込No. …): the entry the event gives the stall or
 * the team, as an エントリー番号 is, not an applicant's file for a contract or a course.
 */
const APPLICATION_WORD = /^(?:お?申込み?|申し込み)$/u;
const EVENT_STALL_WORD = /サークル|出展|出店|ブース|即売会|頒布|大会|選手権|トーナメント|コンクール|コンテスト|発表会|演奏会|競技会/u;
function eventEntryOnLine(shadow: string, start: number, end: number): boolean {
  const from = Math.max(shadow.lastIndexOf("\n", start) + 1, start - 120);
  const lineEnd = shadow.indexOf("\n", end);
  return EVENT_STALL_WORD.test(shadow.slice(from, Math.min(lineEnd < 0 ? shadow.length : lineEnd, end + 60)));
}

/** The label of a suffix and value found at `match`, if it is a label of a person's ID, and whether its value is one. */
function acceptLabelledId(match: RegExpExecArray, shadow: string): boolean {
  const { suffix, secret: value } = match.groups as { suffix: string; secret: string };
  if (!/[A-Za-z]/.test(value) || NOT_AN_ID.test(value)) return false;
  const end = match.indices!.groups!.secret![1];
  if (SPACED_REST.test(shadow.slice(end, end + 8))) return false;
  // Latin labels take ID, No., number, code and #; Japanese ones 番号, ナンバー, カード, アカウント, ユーザー, No. and ID (perhaps alone).
  const en = /^(?:ID|Id|No\.|NO\.|no\.|[Nn]umber|[Cc]ode|#)$/.test(suffix) ? wordBefore(EN_WORD_BEFORE, shadow, match.index) : undefined;
  const ja = en === undefined && !/^(?:[Nn]umber|[Cc]ode|#|Id)$/.test(suffix) ? jaWordBefore(shadow, match.index) : undefined;
  if (ja === undefined && en === undefined) return false;
  if (ja === KANA_APPLICATION && DESK_TOOK_IT.test(shadow.slice(end, end + 12))) return false;
  // A code is most often a thing's (a discount, an error, a postal code): a person's only after a person's word (member code).
  if (/^[Cc]ode$/.test(suffix)) return en !== undefined && PERSON_CODE_WORD.test(en.replace(/[ _-]$/, "")) && /\d/.test(value);
  if (ja !== undefined && goodsLeftBefore(shadow, match.index)) return false;
  if (ja !== undefined && suffix !== "ID" && groupsOwn(shadow, match.index - ja.length)) return false;
  if (ja !== undefined && suffix === "ID" && clubsOwnId(ja, shadow, end)) return false;
  if (ja !== undefined && THING_WORD.test(ja) && !registrantsId(ja, suffix) && !customerFirmAccount(ja, suffix) && !PERSON_BY_THING.test(ja)) return false;
  if (ja !== undefined && suffix === "番号" && THING_NUMBER_WORD.test(ja)) return false;
  if (ja !== undefined && APPLICATION_WORD.test(ja) && eventEntryOnLine(shadow, match.index, end)) return false;
  if (en !== undefined && THING_WORD_EN.test(en.replace(/[ _-]$/, ""))) return false;
  // A number's label (番号, No., カード, #) wants a number: four digits or more, and its own word before it (証券番号, 在留カード;
  // not 番号 or カード alone). A person's (社員番号, 会員番号, member no.) takes a short code too: a firm of fifty numbers
  // its staff OK-015, a shop of seven S-07.
  if (/番号|ナンバー|カード|No|NO|no|[Nn]umber|#/.test(suffix)) {
    if (ja === "") return false;
    const personWord = ja !== undefined ? PERSON_WORD_END.test(ja) : PERSON_CODE_WORD.test(en!.replace(/[ _-]$/, ""));
    return (value.match(/\d/g)?.length ?? 0) >= 4 || (personWord && /^[A-Z]{1,4}-\d{2,3}$/.test(value));
  }
  // An account's label (ID, ユーザー, アカウント) wants a login: letters with a digit, `_`, `.` or `-`.
  return /[\d_.-]/.test(value);
}

/** The commands that log in to a host: the word before its @ is a login (ssh -p 2222 oncall01@203.0.113.5). */
const LOGIN_COMMAND = /(?:^|[\s`$>])(?:ssh|scp|sftp|rsync|mosh|telnet|ftp|ssh-copy-id)\s/;

/** Words that say an account follows: 管理者は admin@tn-minatologi-stg, login: ops@jump01. */
const ACCOUNT_CUE = /ログイン|アカウント|ユーザー?|管理者|(?<![A-Za-z])(?:[Ll]og ?in|[Uu]ser|[Aa]ccount|[Ss]ign(?:ed)?[ -]?in|admin)(?![A-Za-z])/;

/**
 * A login before @ and a host that is no mail domain: an IPv4 address, or a host name after a command that logs in
 * (`ssh admin@db01`). A mail address's @ is followed by a domain, and the e-mail detector takes it first. After an
 * account's word and before a host with no dot (検証テナントの管理者は admin@tn-minatologi-stg), the whole is an account's
 * name (a package's tag, react@next, has no such word before it).
 */
const LOGIN_AT_HOST = /(?<![\w.@/+:-])(?<secret>[A-Za-z_][A-Za-z0-9._-]{1,31})@(?<host>(?:\d{1,3}\.){3}\d{1,3}(?![\d.])|[A-Za-z][A-Za-z0-9-]*(?:\.[A-Za-z0-9-]+)*(?=[:\s、。,;)]|$))/dg;

const acceptLoginAtHost = (match: RegExpExecArray, shadow: string): boolean =>
  isIPv4(match.groups!.host!) || LOGIN_COMMAND.test(before(shadow, match.index, 80));

/** A password given right after a value (sitter-admin@toyosu / パスワード …, … / PW: …): the value is its login. */
const PASSWORD_AFTER = /^[ \t]*(?:\/|／|、|,)[ \t]*(?:パスワード|PW|[Pp]assword|PASSWORD)(?![A-Za-z])/;

/**
 * A package registry's tag after a package's name (react@next, vue@latest, eslint@canary, node@v20): the release it
 * installs, no tenant, though a password's word may follow (react@next / password reset).
 */
const PACKAGE_TAG = /^(?:latest|next|beta|alpha|canary|rc|nightly|experimental|insiders|lts|v\d+)$/;

/**
 * An account named as a user at a tenant or a host with no dot, after an account's word or before its password (管理画面:
 * sitter-admin@toyosu / パスワード …): the whole is its name. Before a password's word only, not a package at its
 * registry's tag: an account's word before it names an account whatever its tenant is called (管理者: ops@beta).
 */
const accountAtTenant = (match: RegExpExecArray, shadow: string): boolean =>
  !match.groups!.host!.includes(".") &&
  !isIPv4(match.groups!.host!) &&
  (ACCOUNT_CUE.test(before(shadow, match.index, 24)) ||
    (!PACKAGE_TAG.test(match.groups!.host!) && PASSWORD_AFTER.test(shadow.slice(match.index + match[0].length, match.index + match[0].length + 16))));

/**
 * The user's folder of a path (C:\Users\ishikawa.kaito\src, /home/tkato/.ssh, /Users/aiko/Library): its name is the
 * login of whoever's machine wrote the log. Not the folders every machine has, nor a placeholder (<user>, %USERNAME%,
 * $USER, /home/someone, /Users/foo) or a CI runner's, a container's or a database's service account
 * (no-person-accounts.ts).
 */
const USER_FOLDER = /(?:[A-Za-z]:(?:\\{1,2}|\/)(?:Users|Documents and Settings)(?:\\{1,2}|\/)|(?<![\w.~-])\/(?:home|Users)\/)(?<secret>[A-Za-z0-9][A-Za-z0-9._-]{0,31})(?=\\|\/|[\s"'`:,;)]|$)/dg;

/** A value's shape: each capital an A, each small letter an a, each digit a 9 (AB12345678CD → AA99999999AA). */
const shapeOf = (value: string): string => value.replace(/[A-Z]/g, "A").replace(/[a-z]/g, "a").replace(/\d/g, "9");

/**
 * What may follow a listed value before the next one: an aside in brackets (whose card it is), then a list's separator;
 * the next value perhaps in spaced groups as the first (75 2213847 と 75 2213848), its shape the same.
 */
const NEXT_IN_LIST = /^(?:[ \t]*[(（][^)）\n]{0,24}[)）])?[ \t]*(?:[、,，;／/・]|\s(?:and|or|及び)\s|と)[ \t]*(?<value>\d{2,4}(?: \d{2,8}){1,3}(?![\d.,:])|[A-Za-z0-9][A-Za-z0-9._-]{4,}[A-Za-z0-9])(?![A-Za-z0-9_@-]|\.[A-Za-z0-9])/d;

/** A code standing alone later in a paragraph: letters, digits and hyphens, no part of a path, an address or a file. */
const LATER_TOKEN = /(?<![A-Za-z0-9_.@/\\-])[A-Za-z][A-Za-z0-9-]{4,}(?![A-Za-z0-9_@/\\-]|\.[A-Za-z0-9])/g;
/** A label of its own right before a code (注文番号 …, order no. …, Ref: …): the code is judged by it, not by a sibling. */
const OWN_LABEL_BEFORE = /(?:番号|ナンバー|コード|ID|No\.?|NO\.?|[Nn]umber|[Cc]ode|[Rr]ef|#)[ \t]*[:：#=]?[ \t]*$/;

/**
 * Whether a thing's word stands right before the code at `start` (注文 …, 請求書番号 …, order …), or a trade party's label
 * (公費負担者番号 …, 輸入者コード …): the code is the thing's or the firm's.
 */
export function afterThingWord(shadow: string, start: number): boolean {
  const at = start - (shadow[start - 1] === " " ? 1 : 0);
  const ja = wordBefore(JA_WORD_BEFORE, shadow, at);
  const en = wordBefore(EN_WORD_BEFORE, shadow, at);
  return Boolean((ja && (THING_WORD.test(ja) || TRADE_PARTY.test(ja.replace(/(?:番号|コード)$/u, "")))) || (en && THING_WORD_EN.test(en.trim())));
}

/** How far after a found ID its paragraph is read for codes of its shape. */
const PARAGRAPH_REACH = 200;

/**
 * Codes later in the paragraph (up to a blank line, 200 characters at most) of a found ID's shape and with its leading
 * letters (passport FP4418207 … mine: FP3990516; passport K1928374P, sorry, her old one, new K3304519M): the same
 * document's numbers, one per person or a corrected one. Only an ID that opens with letters and holds five digits, so
 * that a short code's shape is no one's; not a code with a label of its own or after a thing's word (注文 A12346).
 */
function laterSameShape(shadow: string, value: string, from: number): Span[] {
  const letters = /^[A-Za-z]+/.exec(value)?.[0];
  if (letters === undefined || (value.match(/\d/g)?.length ?? 0) < 5) return [];
  const shape = shapeOf(value);
  // The blank line is looked for only as far as the paragraph is read: a long text has none, and was read to its end.
  const blank = shadow.slice(from, from + PARAGRAPH_REACH + 1).indexOf("\n\n");
  const paragraph = shadow.slice(from, blank < 0 ? from + PARAGRAPH_REACH : from + blank);
  const siblings: Span[] = [];
  for (const match of paragraph.matchAll(LATER_TOKEN)) {
    if (!match[0].startsWith(letters) || shapeOf(match[0]) !== shape) continue;
    const start = from + match.index;
    if (OWN_LABEL_BEFORE.test(shadow.slice(Math.max(0, start - 24), start)) || afterThingWord(shadow, start)) continue;
    siblings.push({ start, end: start + match[0].length });
  }
  return siblings;
}

/**
 * Someone's own number said later in the paragraph, of the found one's shape (pension no. 4410-228170, not hers (her
 * own is 4410-551302)): whoever's it is, it is a person's of the same kind. Its shape digit for digit, so a date or a
 * count after "own is" stays.
 */
const OWN_IS = /(?<![A-Za-z])(?:[Hh]is|[Hh]er|[Tt]heir|[Mm]y) own (?:one )?(?:is|was)[ \t]+(?<value>[A-Za-z0-9][A-Za-z0-9-]{3,30}[A-Za-z0-9])(?![A-Za-z0-9-])/dg;

function ownOfSameShape(shadow: string, shape: string, from: number): Span[] {
  const paragraph = shadow.slice(from, from + PARAGRAPH_REACH);
  if (!paragraph.includes(" own ")) return [];
  return [...paragraph.matchAll(OWN_IS)]
    .filter((match) => shapeOf(match.groups!.value!) === shape)
    .map((match) => ({ start: from + match.indices!.groups!.value![0], end: from + match.indices!.groups!.value![1] }));
}

/**
 * A detector's IDs and the values listed after each under the same label (`在留カード番号：AB12345678CD（本人）、
 * EF87654321GH（妻）`): of the same shape as the one found, letter for letter and digit for digit, so that a list of
 * another kind (an ID, then a date) stays; and the codes of its shape and letters later in its paragraph
 * (laterSameShape), or of its shape said to be someone's own (ownOfSameShape).
 */
export function withListedSiblings(detector: PiiDetector): PiiDetector {
  return {
    type: detector.type,
    gate: detector.gate,
    find(shadow) {
      const spans = detector.find(shadow);
      const siblings: Span[] = [];
      for (const span of spans) {
        const value = shadow.slice(span.start, span.end);
        const shape = shapeOf(value);
        let end = span.end;
        for (let next = NEXT_IN_LIST.exec(shadow.slice(end, end + 80)); next; next = NEXT_IN_LIST.exec(shadow.slice(end, end + 80))) {
          if (shapeOf(next.groups!.value!) !== shape) break;
          const [from, to] = next.indices!.groups!.value!;
          siblings.push({ start: end + from, end: end + to });
          end += to;
        }
        siblings.push(...laterSameShape(shadow, value, end), ...ownOfSameShape(shadow, shape, end));
      }
      return siblings.length === 0 ? spans : [...spans, ...siblings];
    },
  };
}

/**
 * A log line's key naming a user's ID, then `=` (user_id=u_5c81f0a2, customerId=c-77a1): the ID of whoever the line is
 * about. A value of letters with a digit: a number alone (user_id=42) may be a row's, and the labelled rule asks a letter too.
 */
const LOG_USER_ID = /(?<![A-Za-z0-9_])(?:user|customer|member|account|client|login)[_-]?(?:id|ID|Id)=(?<secret>[A-Za-z0-9][A-Za-z0-9_.-]{2,62}[A-Za-z0-9])(?![A-Za-z0-9_@-]|\.[A-Za-z0-9])/dg;
const userIdValue = (match: RegExpExecArray): boolean => /[A-Za-z]/.test(match.groups!.secret!) && /\d/.test(match.groups!.secret!);

export const LABELLED_ID_DETECTORS: readonly PiiDetector[] = [
  // The gate: a suffix, then a value with a letter in it. Most texts' labels (受付番号 12345) have none, and the full
  // pattern's indices and groups were most of its cost.
  gated(
    new RegExp(String.raw`(?:番号|ナンバー|カード|アカウント|ユーザ|No\.?|NO\.?|no\.|ID|Id|[Nn]umber|[Cc]ode|#)ー?(?:[ \t]*<\/t[hd]>[ \t]*<td[^>]*>|[ \t]*\|)?[ \t]*(?:[:=#]|${EACH_ONES}|は|、)?[ \t]*(?:\p{Script=Han}{2,4}[ 　])?[0-9._-]*[A-Za-z]`, "u"),
    withListedSiblings(patternDetector("PERSONAL_ID", SUFFIX_THEN_VALUE, acceptLabelledId)),
  ),
  gated(/(?:er|unt|ent|gin)[_-]?(?:id|ID|Id)=/, patternDetector("PERSONAL_ID", LOG_USER_ID, userIdValue)),
  gated(/[A-Za-z0-9]@/, patternDetector("PERSONAL_ID", LOGIN_AT_HOST, acceptLoginAtHost)),
  gated(/[A-Za-z0-9]@[A-Za-z]/, {
    type: "PERSONAL_ID",
    find: (shadow) => matchesOf(LOGIN_AT_HOST, shadow).filter((match) => accountAtTenant(match, shadow)).map((match) => ({ start: match.index, end: match.index + match[0].length })),
  }),
  gated(/Users|\/home\/|Documents and Settings/, patternDetector("PERSONAL_ID", USER_FOLDER, (match) => !isNoPersonAccount(match.groups!.secret!))),
  ...ROLE_ACCOUNT_DETECTORS,
  ...BRACKETED_ID_DETECTORS,
  ...POSTAL_BANK_DETECTORS,
  ...MESSENGER_HANDLE_IDS,
  ...LOGIN_BEFORE_PASSWORD_DETECTORS,
  ...GAME_ACCOUNT_NUMBERS,
  ...CERTIFICATE_NUMBER_IDS,
  ...HR_SYSTEM_IDS,
  ...APP_USER_IDS,
  ...WIFI_NETWORK_NAMES,
  ...CUSTOMER_SERVER_NAMES,
  ...FOREIGN_ID_LABELS,
];
