import { gated, linesWithOffsets, type PiiDetector, type Span } from "../detector.js";
import { cuedGate, gateHolds } from "../gate-cues.js";
import { isIdLabel } from "./labelled-id-detectors.js";
import { isNoPersonAccount } from "../context/no-person-accounts.js";
import { cellsOf, isPersonHeading, type Cell } from "../context/table-detectors.js";
import { DOCUMENT_HEADING } from "./document-number-columns.js";
import { areRunningNumbers } from "../look-alikes/roster-running-numbers.js";

/**
 * The values of a table's column headed by a person's ID label (`| 生徒番号 | 生徒氏名 |` over `| S-240518 | … |`; an
 * HTML table reaches masking as a Markdown one; a CSV block pasted into a text, `生徒番号,学年` over `S-240518,中2`): the
 * heading names the kind once and every cell below is a bare code. A cell is taken when it looks like an ID (letters,
 * digits, `.`, `_`, `-` or `/`, holding a digit); the table ends at a blank line or a row with another number of cells.
 * A column headed by an account's word (`| System | Account |`, ユーザー名, Login) holds each row's login, whatever
 * the system: see accountCell.
 */
const ID_CELL = /^[A-Za-z0-9][A-Za-z0-9._/-]{2,31}$/;
const NUMBER_HEADING = /(?:番号|ナンバー|No\.?|NO\.?|no\.?|[Nn]umber|#)$/;
const ACCOUNT_HEADING = /^(?:[Aa]ccounts?|ACCOUNTS?|[Uu]ser ?names?|[Uu]sers?|USERS?|[Ll]ogins?|アカウント名?|ユーザー?名?|ログイン名?)$/;
const RULE_ROW = /^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?\s*$/;

/**
 * An account column's cell: a login (rob-sre, k.tanaka: small letters joined by `.`, `_` or `-`), a code of letters
 * and digits (a pager's user PD-88120, a badge's E-0417: issued to one person, who is known by it in the system's
 * records), or the login in a certificate's subject (cert CN=ktanaka). Not a shared account (admin, root), a plain
 * word (shared, none) or a number alone (a ledger's account code 4110 is the chart of accounts').
 */
const LOGIN_CELL = /^[a-z][a-z0-9]*(?:[._-][a-z0-9]+)+$/;
const SUBJECT_LOGIN = /(?:^|[\s,])(?:CN|UID|uid)=(?<login>[A-Za-z0-9][A-Za-z0-9._-]{1,31})$/d;

function accountCell(cell: Cell): Span | undefined {
  const subject = SUBJECT_LOGIN.exec(cell.text);
  if (subject) {
    const [from, to] = subject.indices!.groups!.login!;
    return isNoPersonAccount(subject.groups!.login!) ? undefined : { start: cell.start + from, end: cell.start + to };
  }
  if (!ID_CELL.test(cell.text) || isNoPersonAccount(cell.text)) return undefined;
  const code = /[A-Za-z]/.test(cell.text) && /\d/.test(cell.text);
  return code || LOGIN_CELL.test(cell.text) ? { start: cell.start, end: cell.end } : undefined;
}

/** A bank's or a branch's heading: beside it, an account column holds bank account numbers. */
const BANK_HEADING = /^(?:[Bb]anks?|BANKS?|[Bb]ranch(?:es)?|BRANCH(?:ES)?|[Bb]ank[ _]?(?:name|code)|[Bb]ranch[ _]?(?:name|code)|銀行名?|支店名?|金融機関名?)$/;

/** A bank account number's cell (six to eight digits: a bank's seven, ゆうちょ's eight), else an account's login. */
const bankAccountCell = (cell: Cell): Span | undefined => (/^\d{6,8}$/.test(cell.text) ? { start: cell.start, end: cell.end } : accountCell(cell));

/**
 * A heading naming a person with their ID's label in brackets (借用者（学籍番号）, Borrower (Staff No.)): each cell gives
 * the person and then their number in brackets, last after any reading or other name (王 雨桐（おう うとう／Wang Yutong、
 * 2661419）); a number of four digits or more, as under a number's heading.
 */
const BRACKETED_LABEL_HEADING = /^[^(（|]{1,16}[(（](?<label>[^)）]{2,16})[)）]$/;
const BRACKETED_CODE = /[(（](?:[^(（)）]*[、,，/／][ \t]*)?(?<code>[A-Za-z0-9][A-Za-z0-9._/-]{2,31})[ \t]*[)）]$/d;

function bracketedIdCell(cell: Cell): Span | undefined {
  const match = BRACKETED_CODE.exec(cell.text);
  if (match === null || (match.groups!.code!.match(/\d/g)?.length ?? 0) < 4) return undefined;
  const [start, end] = match.indices!.groups!.code!;
  return { start: cell.start + start, end: cell.start + end };
}

/**
 * A travel document's heading, alone or with another ID's word after a slash (Passport, Passport / ID, ID card no. /
 * Passport): each cell below is the guest's document number, perhaps with its country's code in brackets after it
 * (PA4471902 (AU), C4FX7R2K9 (DE)), as a guest book or a tour's list prints it. The number of capitals and digits, four
 * digits at least; the country's code kept.
 */
const travelDocumentHeading = (heading: string): boolean => {
  const parts = heading.split(/[ \t]*[/／][ \t]*/);
  return parts.some((part) => DOCUMENT_HEADING.test(part)) && parts.every((part) => DOCUMENT_HEADING.test(part) || part === "ID" || isIdLabel(part));
};
const DOCUMENT_CELL = /^(?<code>[A-Z0-9]{6,12})(?:[ \t]*[(（][A-Z]{2,3}[)）])?$/d;

/** A cell's `code` group (the pattern has the `d` flag) as a span, when it holds `digits` digits at least and `reject` does not hold for it. */
const codeInCell =
  (pattern: RegExp, digits: number, reject: (code: string) => boolean = () => false) =>
  (cell: Cell): Span | undefined => {
    const match = pattern.exec(cell.text);
    const code = match?.groups!.code;
    if (code === undefined || reject(code) || (code.match(/\d/g)?.length ?? 0) < digits) return undefined;
    const [start, end] = match!.indices!.groups!.code!;
    return { start: cell.start + start, end: cell.start + end };
  };

const travelDocumentCell = codeInCell(DOCUMENT_CELL, 4);

/**
 * A heading of two things joined by ・ or a slash, the last a person's number (現段位・登録番号, Grade / Member No.): each
 * cell gives the first thing and then the number, its last word (初段 全剣連 2019-0458823, 1級 KT-1147-0293). A
 * registration's number (登録番号, a firm's or a thing's elsewhere) is a person's in a table of people, a name's column
 * or a column of people (指導者, 申込者, 利用者) beside it, alone or joined. The number holds four digits or more.
 */
const JOINED_HEADING = /^[^・/／]{1,12}[ \t]*[・/／][ \t]*(?<label>[^・/／]{2,16})$/u;
const NAME_HEADING = /^(?:氏名|名前|お名前|選手名|会員名|受審者名?|[Nn]ame|[Ff]ull name)$/;
const LAST_CODE = /(?:^|[ \t　])(?<code>[A-Za-z0-9][A-Za-z0-9._/-]{2,31})$/d;

const lastCodeCell = codeInCell(LAST_CODE, 4);

/**
 * A driving licence's heading (免許証, 運転免許証番号, Driver's licence, DL#): each cell below gives the renter's or the
 * driver's licence, its number last, perhaps wrapped in 第 … 号 and spaced as the card prints it (第 30 19 831462 0 号), or
 * after the licence's kind (SOFA免許 USFJ-OK-48217, 国際免許 … 0213584721); a pilot's licence under 技能証 (a balloon's or a
 * glider's: BP-0311-20). Five digits or more; a date is its expiry.
 */
const LICENCE_HEADING = /^(?:運転)?免許証?(?:番号|No\.?)?$|^(?:操縦)?技能証(?:明書?)?(?:番号|No\.?)?$|^(?:[Dd]river'?s?|[Dd]riving) [Ll]icen[cs]e(?: (?:[Nn]o\.?|[Nn]umber|#))?$|^DL ?(?:#|[Nn]o\.?)?$/;
const LICENCE_CODE = /(?:^|[ \t　）)])(?:第[ \t　]*)?(?<code>(?:[A-Z]{1,5}-)*[A-Z0-9]*\d[A-Z0-9-]*(?:[ 　]\d{1,6})*)(?:[ \t　]*号)?$/d;
const DATE_CELL = /^\d{4}[-/.]\d{1,2}[-/.]\d{1,2}$/;

const licenceCell = codeInCell(LICENCE_CODE, 5, (code) => DATE_CELL.test(code));

/**
 * A system's column in a table of people, a name's column beside it (| 氏名 | … | Slack | GitHub |, an account inventory or
 * an offboarding list): each cell is that person's login (hina-aimono, fkn-dev) or member ID (Slack's U04QK7RZ2HN), a code
 * of capitals and digits. Not a shared account, a version or a word (—, 未作成).
 */
const MEMBER_ID_CELL = /^[A-Z](?=[A-Z]*\d)[A-Z0-9]{7,11}$/;

function systemColumnCell(cell: Cell): Span | undefined {
  const text = cell.text;
  if (isNoPersonAccount(text) || VERSION_LIKE.test(text)) return undefined;
  const login = LOGIN_CELL.test(text) || (/^[a-z][a-z0-9._-]{2,31}$/.test(text) && /\d/.test(text));
  return login || MEMBER_ID_CELL.test(text) ? { start: cell.start, end: cell.end } : undefined;
}

const registrationBesidePeople = (label: string, headings: readonly Cell[]): boolean =>
  label === "登録番号" && headings.some((heading) => NAME_HEADING.test(heading.text) || isPersonHeading(heading.text));

const joinedPersonLabel = (label: string, headings: readonly Cell[]): boolean => isIdLabel(label) || registrationBesidePeople(label, headings);

/**
 * What a column's heading lets its cells be: an account's logins (bank account numbers where a bank's or a branch's
 * column stands beside it: a direct-debit list's), a person's number in brackets after them, or IDs with so many
 * digits at least.
 */
/**
 * An entry's number in a table of an event's entries (| 申込No. | 出演者 | 演目 |, | エントリー番号 | 選手 | 種目 |): a
 * recital's, a concert's or a tournament's number for the entry, or a camp's or an outing's beside its participants
 * (| 申込番号 | 参加者（学年） | 保護者 |), an order's look-alike; a course's or a contract's applicant number
 * (| 申込番号 | 受講者 | コース |) stays a person's.
 */
const ENTRY_HEADING = /^(?:申込|申し込み|エントリー|出演|出場)(?:No\.?|NO\.?|番号|ナンバー)$/u;
const EVENT_ENTRY_HEADING = /演目|曲目|種目|出演者?|出場者?|演奏|作品名|エントリー(?:部門|クラス)|^参加者/u;
const eventEntryColumn = (heading: string, headings: readonly Cell[]): boolean =>
  ENTRY_HEADING.test(heading) && headings.some((other) => other.text !== heading && EVENT_ENTRY_HEADING.test(other.text));

/**
 * A heading whose ID label follows a word that says what it is of, a space between (海外旅行保険 証券番号, 献血 カード番号):
 * a person's number when the label is one alone and with its word run together (海外旅行保険証券番号); not where the word
 * makes it a thing's (車両 登録番号, 商品 管理番号).
 */
function qualifiedIdLabel(heading: string): boolean {
  const parts = /^(?<word>[\p{Script=Han}\p{Script=Katakana}ー]{1,8})[ 　](?<label>[\p{Script=Han}\p{Script=Katakana}ー]{1,6}(?:番号|ナンバー|ID))$/u.exec(heading)?.groups;
  return parts !== undefined && isIdLabel(parts.label!) && isIdLabel(parts.word! + parts.label!);
}

function columnTaker(heading: string, headings: readonly Cell[]): ((cell: Cell) => Span | undefined) | undefined {
  if (ACCOUNT_HEADING.test(heading)) return headings.some((other) => BANK_HEADING.test(other.text)) ? bankAccountCell : accountCell;
  const bracketedLabel = BRACKETED_LABEL_HEADING.exec(heading)?.groups!.label;
  if (bracketedLabel !== undefined) return isIdLabel(bracketedLabel) ? bracketedIdCell : undefined;
  if (travelDocumentHeading(heading)) return travelDocumentCell;
  if (LICENCE_HEADING.test(heading)) return licenceCell;
  if (SYSTEM_ROW_KEY.test(heading) && headings.some((other) => NAME_HEADING.test(other.text))) return systemColumnCell;
  const joinedLabel = JOINED_HEADING.exec(heading)?.groups!.label;
  if (joinedLabel !== undefined && joinedPersonLabel(joinedLabel, headings)) return lastCodeCell;
  if (!(isIdLabel(heading) || qualifiedIdLabel(heading) || registrationBesidePeople(heading, headings)) || eventEntryColumn(heading, headings)) return undefined;
  // A number's heading wants a number in each cell, as its label before a value does: four digits or more (AP-1 is a row's).
  const digits = NUMBER_HEADING.test(heading) ? 4 : 1;
  return (cell) => (ID_CELL.test(cell.text) && (cell.text.match(/\d/g)?.length ?? 0) >= digits ? { start: cell.start, end: cell.end } : undefined);
}

/** A row's cells between its pipes, with their offsets in the text. */
function cells(line: string, offset: number): Cell[] {
  if (!/^\s*\|.*\|\s*$/.test(line)) return [];
  return cellsOf(line, offset, true);
}

/** A CSV heading line: two cells or more, each short and without digits (a data row has some). */
function csvHeading(line: string, offset: number): Cell[] {
  if (!line.includes(",") || line.includes("|")) return [];
  const heading = cellsOf(line, offset, false);
  return heading.length >= 2 && heading.every((cell) => cell.text.length <= 24 && !/\d/.test(cell.text)) ? heading : [];
}

/**
 * A diff's mark before a CSV line (`-guest_id,name` over `-G-000114,…`: a file's rows removed or added in a commit):
 * the line's first character when it is + or - before a heading's letter, and every row then bears the same mark.
 */
const DIFF_MARK = /^[-+](?=[A-Za-z_])/;

function idColumnCells(shadow: string): Span[] {
  const spans: Span[] = [];
  const lines = shadow.split("\n");
  for (let index = 0, offset = 0; index < lines.length - 1; offset += lines[index]!.length + 1, index++) {
    const markdown = RULE_ROW.test(lines[index + 1]!);
    const mark = markdown ? "" : (DIFF_MARK.exec(lines[index]!)?.[0] ?? "");
    const heading = markdown ? cells(lines[index]!, offset) : csvHeading(lines[index]!.slice(mark.length), offset + mark.length);
    const takers = heading.map((cell) => columnTaker(cell.text, heading));
    if (!takers.some((taker) => taker !== undefined)) continue;
    const columns: Span[][] = heading.map(() => []);
    let rowOffset = offset + lines[index]!.length + 1 + (markdown ? lines[index + 1]!.length + 1 : 0);
    for (let row = index + (markdown ? 2 : 1); row < lines.length; rowOffset += lines[row]!.length + 1, row++) {
      if (!lines[row]!.startsWith(mark)) break;
      const rowCells = markdown ? cells(lines[row]!, rowOffset) : cellsOf(lines[row]!.slice(mark.length), rowOffset + mark.length, false);
      if (rowCells.length !== heading.length) break;
      takers.forEach((taker, column) => {
        const span = taker?.(rowCells[column]!);
        if (span) columns[column]!.push(span);
      });
    }
    // A column of one term's codes counting the rows (受講No. KS-2603-01, -02, -03 …) numbers the list's seats, no one.
    for (const column of columns) if (!areRunningNumbers(column.map((span) => shadow.slice(span.start, span.end)))) spans.push(...column);
  }
  return spans;
}

/**
 * An account's or a person's label in a row's cell (`| テナントID | tn-minatologi-4471 |`, `| 会員番号 | A-10293 |`): a
 * key–value table (an HTML one reaches masking as rows too) gives the value in the next cell. Only labels of an ID or
 * of a person's number (会員番号, 利用者番号): a contract's or a thing's number (契約番号) in such a table is a company's.
 */
const KEY_LABEL = /(?:ID|Id|ＩＤ)$|[者員人証]番号$|(?:^|[ _-])(?:[Mm]ember|[Cc]ustomer|[Ee]mployee|[Ss]taff|[Ss]tudent|[Pp]atient)[ _-]?(?:no\.?|number|#)$/i;

function keyValueCells(shadow: string): Span[] {
  const spans: Span[] = [];
  for (const { line, start } of linesWithOffsets(shadow)) {
    const row = cells(line, start);
    for (let index = 0; index + 1 < row.length; index++) {
      const [key, value] = [row[index]!, row[index + 1]!];
      if (KEY_LABEL.test(key.text) && isIdLabel(key.text) && ID_CELL.test(value.text) && /\d/.test(value.text)) spans.push({ start: value.start, end: value.end });
    }
  }
  return spans;
}

/**
 * A system a person logs in to, or a card a person is issued, naming a row of an offboarding or access checklist
 * (| Salesforce | tkoga.hsz | 凍結 |, | GitHub | koga-t / PAT … |, | 入館証 | IC-0093281 | 回収 |): the next cell opens with
 * that person's login or card number.
 */
const SYSTEMS =
  "Salesforce|GitHub|GitLab|Bitbucket|Slack|Zoom|Google Workspace|Gmail|M365|Microsoft 365|Office 365|Okta|Jira|Confluence|Backlog|kintone|Notion|Dropbox|Figma|Zendesk|HubSpot|Workday|Chatwork|LINE WORKS|Active Directory|Entra ID";
const PERSON_CARDS = "(?:入館|社員|職員|学生|会員|身分)証|(?:入館|社員|職員|ID|IC)カード|[Bb]adge|[Aa]ccess card|ID card|[Ss]taff card";
const SYSTEM_ROW_KEY = new RegExp(`^(?:${SYSTEMS})$`, "i");
const PERSON_CARD_KEY = new RegExp(`^(?:${PERSON_CARDS})$`);
/** The login or code a cell opens with, before a space (a token after it: koga-t / PAT ghp_…). */
const LEADING_TOKEN = /^[A-Za-z0-9][A-Za-z0-9._-]{2,31}(?=$|[ \t])/;
/** A version or a dotted number (v5.17.1, 2.31.0) is no one's login or code. */
const VERSION_LIKE = /^v?\d+(?:\.\d+)+[a-z]?$|^v\d/i;

function systemRowValue(key: string, value: Cell): Span | undefined {
  const token = LEADING_TOKEN.exec(value.text)?.[0];
  if (token === undefined || VERSION_LIKE.test(token) || isNoPersonAccount(token)) return undefined;
  // A system's row holds a login in small letters (an issue's key in capitals, PROJ-1234 after Jira, is a ticket's).
  const login = LOGIN_CELL.test(token) || (/^[a-z][a-z0-9._-]*$/.test(token) && /\d/.test(token));
  const taken = SYSTEM_ROW_KEY.test(key) ? login : PERSON_CARD_KEY.test(key) && /\d{4}/.test(token);
  return taken ? { start: value.start, end: value.start + token.length } : undefined;
}

function systemRowCells(shadow: string): Span[] {
  const spans: Span[] = [];
  for (const { line, start } of linesWithOffsets(shadow)) {
    const row = cells(line, start);
    if (row.length >= 2) {
      const span = systemRowValue(row[0]!.text, row[1]!);
      if (span) spans.push(span);
    }
  }
  return spans;
}

const SYSTEM_ROW_GATE = new RegExp(`\\|[ \\t]*(?:${SYSTEMS}|${PERSON_CARDS})[ \\t]*\\|`, "i");

/**
 * Most texts hold no table, or no heading of a number or an ID (between pipes, or between commas in a CSV block; a key's
 * guest_id and member_no too; Passport No. with its dot, as a form prints it; in brackets after a person's word; a
 * travel document's word alone; a pilot's licence, 技能証).
 */
const GATE = /\|[ \t]*[^|\n]{0,20}(?:[Pp]assport|PASSPORT|番号|ナンバー|ID|[_ -]id|[_ -]no|No\.?|NO\.?|no\.|コード|[Nn]umber|#|免許証?|技能証(?:明書?)?|[Ll]icen[cs]e)[)）]?[ \t]*\|/;
/** Or a system's column in a table of people (| 氏名 | Slack |). */
const SYSTEM_COLUMN_GATE = new RegExp(`\\|[ \\t]*(?:${SYSTEMS})[ \\t]*\\|`, "i");
const CSV_GATE = /(?:^|,)[ \t]*"?[^,|\n]{0,12}(?:[Pp]assport|PASSPORT|番号|ナンバー|ID|[_ -]id|[_ -]no|No\.?|NO\.?|no\.|コード|[Nn]umber|#)"?[ \t]*(?:,|$)/m;
/** Or of an account: a login's column. */
const ACCOUNT_GATE = /(?:^|[|,])[ \t]*(?:[Aa]ccounts?|ACCOUNTS?|[Uu]ser ?names?|[Uu]sers?|USERS?|[Ll]ogins?|アカウント名?|ユーザー?名?|ログイン名?)[ \t]*(?:[|,]|$)/m;

const cuedTest = (pattern: RegExp): ((shadow: string) => boolean) => {
  const cued = cuedGate(pattern);
  return (shadow) => gateHolds(cued, shadow);
};
const [tableHeading, csvHeadingCue, accountHeading] = [cuedTest(GATE), cuedTest(CSV_GATE), cuedTest(ACCOUNT_GATE)];

export const ID_COLUMN_DETECTORS: readonly PiiDetector[] = [
  gated(
    (shadow) => tableHeading(shadow) || (shadow.includes("\n") && (csvHeadingCue(shadow) || accountHeading(shadow) || (shadow.includes("|") && SYSTEM_COLUMN_GATE.test(shadow)))),
    { type: "PERSONAL_ID", find: idColumnCells },
  ),
  gated(GATE, { type: "PERSONAL_ID", find: keyValueCells }),
  gated((shadow) => shadow.includes("|") && SYSTEM_ROW_GATE.test(shadow), { type: "PERSONAL_ID", find: systemRowCells }),
];
