import { detectorsOverOneFinding, matchesOf, type PiiDetector, type Span } from "../detector.js";
import { FIRM_WORD, firmAfterName, isPostOrTeamCell } from "../lexicon/firm-words.js";
import { FORMAL_HONORIFICS, honorificAlternation, POLITE_HONORIFICS } from "../lexicon/honorifics.js";
import { longestName, nameLexicon } from "../lexicon/japanese-name-lexicon.js";

/**
 * Column headings that say what every cell below them holds. A customer export pasted into a document (a CSV block,
 * a Markdown table, an HTML table read as one) names the column once and then lists values with no cue beside them:
 * `| 顧客番号 | 氏名 |` over `| C-00611827 | ｵｵﾀ ﾐｻｷ |`. A person's heading by its form too: a kanji word ending in 者 (請求者,
 * 来庁者), not a trade's or a group's (業者, 関係者, 対象者); a column of the people a KYC queue or a payment lists (Applicant,
 * Cardholder, Beneficiary), in lower case too as an export's field names are (applicant, customer_name), a firm among
 * them left (isFirm); a guest list's column of whom each guest brings (+1, Plus-one, Companion). Phone numbers and
 * e-mail addresses need no column: their own detectors find them anywhere. An address's heading may carry a note in
 * brackets (住所（身分証どおり）, Address (current)): the column still holds where each person lives or stays, a hotel and
 * its room too (Hotel Ryogoku 1102).
 */
const COLUMN_TYPES: ReadonlyArray<[type: string, heading: RegExp]> = [
  ["PERSON", /^(?:\p{Script=Han}{0,4}(?:氏名|者名)|申込者|入居者|利用者|保護者|相談者|依頼者|応募者|受講者|患者|生徒|児童|名前|お名前|氏名カナ|フリガナ|ふりがな|カナ氏名|担当|担当者|担当者名|作成者|報告者|起票者|記入者|発信者|投稿者|申請者|承認者|対応者|差出人|契約者|契約者名|名義|名義人|代理人|保証人|受取人|届出人|(?!\p{Script=Han}*(?:業|関係|第三|対象|技術|研究)者$)\p{Script=Han}{1,3}者|(?:[Ff]ull[ _]|[Cc]ustomer[ _]|[Cc]ontact[ _]|[Ss]tudent[ _]|[Aa]pplicant[ _]|[Pp]atient[ _])?[Nn]ame|Contact|Owner|Assignee|[Aa]pplicant|[Cc]ard ?holder|[Aa]ccount[ _]holder|[Pp]olicyholder|[Bb]eneficiary|\+1|[Pp]lus[- ]?[Oo]ne|[Cc]ompanion)$/u],
  ["PERSONAL_ID", /^(?:ID|Id|ユーザーID|ユーザID|ログインID|アカウント|顧客番号|顧客ID|顧客コード|お客様番号|会員番号|会員ID|社員番号|社員ID|従業員番号|従業員ID|契約者番号|(?:Customer|Member|Employee|User|Account) ?(?:ID|No\.?|[Nn]umber)|[Uu]sername|[Ll]ogin)$/u],
  ["SECRET", /^(?:(?:初期|仮)?パスワード|暗証番号|合言葉|パスフレーズ|PIN|[Pp]assword|[Pp]asscode|[Pp]ass ?phrase|Initial password)$/u],
  ["ADDRESS", /^(?:住所|ご住所|所在地|送付先|届け先|[Aa]ddress)(?:\s?[（(][^（()）]{1,12}[）)])?$/u],
];

/** Whether a heading names a column of people (氏名, 申込者, 指導者, Name, Applicant): COLUMN_TYPES' person's heading. */
export const isPersonHeading = (heading: string): boolean => COLUMN_TYPES[0]![1].test(heading);

export interface Cell extends Span {
  text: string;
}

/** The cells of a Markdown table row (`| a | b |`) or a CSV line (`a,"b, c",d`), with their offsets. */
export function cellsOf(line: string, offset: number, markdown: boolean): Cell[] {
  const cells: Cell[] = [];
  if (markdown) {
    const inner = line.replace(/^\s*\|/, "").replace(/\|\s*$/, "");
    let at = offset + line.indexOf("|") + 1;
    for (const part of inner.split("|")) {
      cells.push(trimmed(part, at));
      at += part.length + 1;
    }
    return cells;
  }
  const pattern = /("(?:[^"]|"")*"|[^,]*)(,|$)/gy;
  for (let match = pattern.exec(line); match; match = pattern.exec(line)) {
    const raw = match[1]!;
    const quoted = raw.startsWith('"') && raw.endsWith('"') && raw.length >= 2;
    cells.push(trimmed(quoted ? raw.slice(1, -1) : raw, offset + match.index + (quoted ? 1 : 0)));
    if (match[2] === "") break;
  }
  return cells;
}

function trimmed(text: string, start: number): Cell {
  const lead = text.length - text.trimStart().length;
  const value = text.trim();
  return { text: value, start: start + lead, end: start + lead + value.length };
}

/** An honorific or a note in brackets ending a person's cell. */
const CELL_HONORIFIC_AT_END = new RegExp(`\\s?${honorificAlternation(...POLITE_HONORIFICS, ...FORMAL_HONORIFICS)}?\\s?(?:[（(][^（()）]*[）)])?$`, "u");
/**
 * A labelled note after the person in the same cell, where they live, work or study (| 岩井 トメ 様 施設：グループホーム …
 * |, 勤務先：…): the facility's or the firm's name, no one's.
 */
const LABELLED_NOTE = /[ 　]+(?:施設|入所先|勤務先|所属|職場|学校|病院|病棟|事業所|会社)[：:]/u;

/**
 * A person's cell without the title before, or a labelled note, the honorific or a note in brackets after it (Ms. Grace
 * Liu, 荒木 直樹 様, 野口さん, 宇野 晴美（母）, 岩井 トメ 様（88） 施設：…).
 */
function personSpan(cell: Cell): Span {
  const note = cell.text.search(LABELLED_NOTE);
  const text = note > 0 ? cell.text.slice(0, note) : cell.text;
  const title = /^(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof)\.?\s+/.exec(text)?.[0].length ?? 0;
  const honorific = CELL_HONORIFIC_AT_END.exec(text)?.[0].length ?? 0;
  return { start: cell.start + title, end: cell.start + text.length - honorific };
}

/**
 * A reading's heading alone (カナ, よみ): after a column of people it holds their names' readings (| 氏名 | カナ | over
 * | 周藤 琴音 | スドウ コトネ |); elsewhere a product's or a place's (| 品名 | カナ |).
 */
const READING_HEADING = /^(?:カナ|かな|ヨミ|よみ|読み|よみがな|読み仮名|Reading|Furigana|Kana)$/u;

/** A heading row: every cell short, no digits, and at least one a heading of COLUMN_TYPES. */
function columnTypes(cells: readonly Cell[]): Array<string | undefined> | undefined {
  // A heading holds no digit (a data row does), but a plus-one's column is headed +1.
  if (cells.length < 2 || cells.some((cell) => cell.text.length > 24 || (/\d/.test(cell.text) && cell.text !== "+1"))) return undefined;
  const types = cells.map((cell) => COLUMN_TYPES.find(([, heading]) => heading.test(cell.text))?.[0]);
  cells.forEach((cell, column) => {
    if (column > 0 && types[column - 1] === "PERSON" && READING_HEADING.test(cell.text)) types[column] = "PERSON";
  });
  return types.some(Boolean) ? types : undefined;
}

/** A count where a column of people might hold names (| 生徒 | 30名 |): no one's name. */
const COUNT = /^[\d,.]+\s*(?:名|人|件|%)?$/u;
/**
 * A body's legal form: a company's, or a corporation's that is no company (農事組合法人, a farming cooperative; 社会福祉法人,
 * 医療法人, 一般社団法人, NPO法人; 農業協同組合), which a column of sellers or members lists beside people.
 */
const LEGAL_FORM = "(?:株式|有限|合同|合資|合名)会社|農事組合法人|(?:一般|公益)(?:社団|財団)法人|社会福祉法人|医療法人(?:社団|財団)?|学校法人|宗教法人|特定非営利活動法人|NPO法人|\\p{Script=Han}{0,4}協同組合";
/** A firm where a column of people might hold one (| 申込者 | 株式会社〇〇（社宅） |, | 出荷者 | 農事組合法人 … |): no one's name. */
const FIRM = new RegExp(`${LEGAL_FORM}|[（(][株有][）)]`, "u");
/** A cell holding a firm's name with its legal form and nothing else (合同会社 ヤマセ酒店, 丸福商事株式会社). */
const FIRM_ALONE = new RegExp(`^(?:(?:${LEGAL_FORM})[ 　]?[^\\s|]{1,20}|[^\\s|]{1,20}[ 　]?(?:${LEGAL_FORM}))$`, "u");
/** A cuisine's word (タイ料理, 郷土料理, 中華料理), no name's. */
const CUISINE = /^\S+料理$/u;
/**
 * A firm named after its founder where a column of people might hold one (| 名義 | Kapoor Pharma Japan |): a firm's word
 * among its words; or a shop's or a school's name in kana and its trade's word (| 出店者 | エベレスト食堂 |, さくら保育園),
 * or the cuisine a stall serves (ネパール料理 …), as a stall's or a tenant's column lists shops beside people.
 */
const isFirm = (cell: string): boolean =>
  FIRM.test(cell) || cell.split(/[ \t　]+/u).some((word) => FIRM_WORD.test(word) || CUISINE.test(word) || firmAfterName(word, { ampersandAlone: false }));

/**
 * 担当 heads a column of the people in charge, or of what the person just before it is in charge of: after a column of
 * people (| 氏名 | 担当 |, | 講師 | 担当 | over | 真田 紗英 | ピアノ |) it holds a subject, an area or an instrument.
 */
const IN_CHARGE = /^(?:ご)?担当$/u;
const STAFF_HEADING = /^(?:講師|教員|教師|先生|スタッフ|職員|社員|従業員|メンバー|係員|Staff|Member|Teacher|Instructor)$/u;

const inChargeOfTheOneBefore = (headings: readonly Cell[], column: number, types: ReadonlyArray<string | undefined>): boolean =>
  IN_CHARGE.test(headings[column]!.text) && column > 0 && (types[column - 1] === "PERSON" || STAFF_HEADING.test(headings[column - 1]!.text));

const MARKDOWN_ROW = /^\s*\|.*\|\s*$/;
const MARKDOWN_RULE = /^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?\s*$/;

/**
 * Each table of a text whose heading row `read` accepts (a Markdown table over its rule, or a CSV line of three cells or
 * more): what `read` made of the headings, and the rows below until the table ends (a blank line, or a row with another
 * number of cells).
 */
export function tablesOf<T>(shadow: string, read: (headings: readonly Cell[]) => T | undefined): Array<{ headings: Cell[]; read: T; rows: Cell[][] }> {
  const tables: Array<{ headings: Cell[]; read: T; rows: Cell[][] }> = [];
  const lines = shadow.split("\n");
  const offsets: number[] = [];
  lines.reduce((at, line) => (offsets.push(at), at + line.length + 1), 0);
  for (let index = 0; index < lines.length - 1; index++) {
    const markdown = MARKDOWN_ROW.test(lines[index]!) && MARKDOWN_RULE.test(lines[index + 1]!);
    if (!markdown && (lines[index]!.split(",").length < 3 || !lines[index]!.includes(","))) continue;
    const headings = cellsOf(lines[index]!, offsets[index]!, markdown);
    const accepted = read(headings);
    if (accepted === undefined) continue;
    const rows: Cell[][] = [];
    let row = index + (markdown ? 2 : 1);
    for (; row < lines.length && lines[row]!.trim() !== ""; row++) {
      const cells = cellsOf(lines[row]!, offsets[row]!, markdown);
      if (cells.length !== headings.length) break;
      rows.push(cells);
    }
    tables.push({ headings, read: accepted, rows });
    index = row - 1;
  }
  return tables;
}

/**
 * A person's column's cell of phone numbers and notes in brackets (a Contact column's `+34 622 418 903 (roaming) / 080-…`):
 * no letter outside the brackets, so no name; the phone detectors report it. (An e-mail's detector runs first.)
 */
const numbersOnly = (cell: string): boolean => !/\p{L}/u.test(cell.replace(/[（(][^（()）]*[）)]/gu, ""));

/**
 * A phone's or an e-mail's run in a person's column's cell beside a name (a Contact column's `090-2212-8841 岡部 瞳`,
 * `Tom Field 080-1134-5567`): eight digits or more with their separators, or an address with its @.
 */
const CONTACT_RUN = /\+?\d[\d \t()-]{6,}\d|[\w.+-]+@[\w-]+(?:\.[\w-]+)+/gu;

/**
 * The names of a person's cell that holds a phone or an e-mail too, each without its honorific or note: the phone and
 * e-mail are left to their own detectors, which report them as what they are, where the cell whole would be a person's.
 */
function namesBesideContacts(cell: Cell): Span[] {
  const names: Span[] = [];
  let from = 0;
  for (const run of [...cell.text.matchAll(CONTACT_RUN), { index: cell.text.length, 0: "" }]) {
    const raw = cell.text.slice(from, run.index);
    const lead = /^[\s,、/／・]*/u.exec(raw)![0].length;
    const piece = trimmed(raw.slice(lead).replace(/[\s,、/／・]+$/u, ""), cell.start + from + lead);
    if (/\p{L}/u.test(piece.text)) names.push(personSpan(piece));
    from = run.index! + run[0].length;
  }
  return names;
}

/**
 * A person's column's cell naming where or how the matter was taken, or a desk, instead of who (| 担当 | 店頭 |, 窓口,
 * 電話, 本部): a word of that kind alone, not any common noun (猪子 is a common noun and a surname the list lacks).
 */
const DESK_OR_CHANNEL_CELL = /^(?:店頭|窓口|受付|電話|メール|郵送|来店|訪問|本部|本社|本店|支店|代表|事務局|総務|経理|営業|全員|各自|本人|未定|不在|共通)$/u;
/**
 * A person's column's cell saying no one is named yet (| Contact | pending |, TBD, unassigned, 調整中, 募集中): the row's
 * state, no one's name.
 */
const NO_ONE_YET_CELL = /^(?:[Pp]ending|PENDING|TBD|TBC|TBA|tbd|tbc|[Nn]one|[Uu]nknown|[Vv]acant|[Uu]nassigned|[Nn]ot yet(?: assigned| named)?|[Tt]o be (?:confirmed|assigned|named)|調整中|確認中|募集中|選考中|空席|なし|無し)$/u;

/**
 * The cells under a personal-data heading; empty cells and dashes stay. `type` picks one kind, so each kind is reported
 * under its own name. An address in a row whose cell names a firm alone by its legal form (| 合同会社 ヤマセ酒店 | … | 沼津市魚町
 * 15 |) is the firm's seat, on its public register; a sole trader's (喫茶 ひばり（個人）) is where they live, and a cell naming
 * a person with the firm (株式会社 北条ペットフーズ 社長 二宮 勲 様) makes the row that person's record: both masked.
 */
function tableCells(shadow: string, type: string): Span[] {
  const spans: Span[] = [];
  const typed = (headings: readonly Cell[]) => {
    const types = columnTypes(headings);
    return types?.includes(type) ? types : undefined;
  };
  for (const { headings, read: types, rows } of tablesOf(shadow, typed)) {
    for (const cells of rows) {
      cells.forEach((cell, column) => {
        if (types[column] !== type || /^[-—–ー\s]*$/u.test(cell.text)) return;
        if (type === "PERSON" && (COUNT.test(cell.text) || numbersOnly(cell.text) || isFirm(cell.text) || isPostOrTeamCell(cell.text) || DESK_OR_CHANNEL_CELL.test(cell.text) || NO_ONE_YET_CELL.test(cell.text) || inChargeOfTheOneBefore(headings, column, types))) return;
        if (type === "ADDRESS" && cells.some((other) => FIRM_ALONE.test(other.text))) return;
        if (type !== "PERSON") spans.push({ start: cell.start, end: cell.end });
        else if (cell.text.search(CONTACT_RUN) >= 0) spans.push(...namesBesideContacts(cell));
        else spans.push(personSpan(cell));
      });
    }
  }
  return spans;
}

/** A Markdown row's line, the only place a key–value pair is read. */
const ROW_LINE = /^[ \t]*\|.*\|[ \t]*$/gmu;

/**
 * A password's key may first say what the password is for (| admin pw |, | Wi-Fi パスワード |, | db_password |), and
 * may be a short word no column is headed by (pw, PWD).
 */
const SECRET_KEY = /^(?:[^|\n]{0,24}[ _-])?(?:pw|PW|pwd|PWD|[Pp]assword|PASSWORD|[Pp]asscode|[Pp]assphrase|PIN|パスワード|パスコード|暗証番号)$/u;

/**
 * A password as written: one word of printable ASCII with a digit or a symbol in it, not a placeholder (********,
 * N/A) or a heading's next cell (| password | note |). A key that only ends with a password's word, or a pair inside a
 * wider row, says less than a row of two cells headed by the word alone, so its value must look like one.
 */
const passwordShaped = (value: string): boolean =>
  /^[!-~]{4,64}$/.test(value) && /[\d!-/:-@[-`{-~]/.test(value) && /[A-Za-z0-9]/.test(value) && !/^(?:N\/A|n\/a|\[[A-Z_]+\])$/.test(value);

/** A key–value row's person, unlike a column's cell, must look like one (| 担当 | 営業 | names a team): a surname first, katakana, or Latin words. */
function looksLikeName(value: string): boolean {
  const { surnames } = nameLexicon();
  const text = value.replace(/^(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof)\.?\s+/, "");
  return longestName(text, surnames, false, 4) > 0 || /^[\p{Script=Katakana}ーｰﾞﾟ・ 　]+$/u.test(text) || /^[A-ZÀ-Þ][a-zà-ÿ'’-]+(?: [A-ZÀ-Þ][a-zà-ÿ'’-]+)+$/u.test(text);
}

/** A Markdown table's rule on the next line: the row above it is the heading row. */
const RULE_AFTER = /\n[ \t]*\|?[ \t]*:?-{3,}/y;

function ruleAfter(shadow: string, end: number): boolean {
  RULE_AFTER.lastIndex = end;
  return RULE_AFTER.test(shadow);
}

/** A value in a code span (| pw | `Tk#2291` |): the span's inside. */
function unquoted(cell: Cell): Cell {
  return /^`[^`]+`$/.test(cell.text) ? { text: cell.text.slice(1, -1), start: cell.start + 1, end: cell.end - 1 } : cell;
}

/** The value's span if `key` heads it as `type`'s key, or undefined. */
function keyedValue(key: string, cell: Cell, type: string, heading: RegExp, twoCells: boolean): Span | undefined {
  const headed = heading.test(key.replace(/^[ごお御]/u, "")) || heading.test(key);
  // A heading row of two cells (| 会員番号 | 氏名 |) holds no value.
  if (/^[-—–ー\s]*$/u.test(cell.text) || COLUMN_TYPES.some(([, other]) => other.test(cell.text))) return undefined;
  if (type === "SECRET") {
    const value = unquoted(cell);
    return (headed && twoCells) || (SECRET_KEY.test(key) && passwordShaped(value.text)) ? value : undefined;
  }
  // Elsewhere a wider row is a table's row, whose cells need not be pairs (| ID | 名称 | 種別 | with no rule under it).
  if (!headed || !twoCells) return undefined;
  if (type === "PERSON") return looksLikeName(cell.text) && !isFirm(cell.text) ? personSpan(cell) : undefined;
  return type === "PERSONAL_ID" && YEAR_OR_DATE_CELL.test(cell.text) ? undefined : cell;
}

/** A year, a fiscal year or a date beside an ID's label (| 会員番号 | 2026年度 |): when the table is for, no one's ID. */
const YEAR_OR_DATE_CELL = /^(?:(?:19|20)\d\d年度?|(?:19|20)\d\d[/.-]\d{1,2}(?:[/.-]\d{1,2})?|\d{1,2}月(?:\d{1,2}日)?)$/u;

/**
 * A key–value row, as a form's export lays a record out (an HTML `<th>お名前</th><td>…</td>` row read as `| お名前 | … |`):
 * two cells, the first a heading of COLUMN_TYPES, the second its value; a password's pair inside a wider row too
 * (| 暗証番号 | 0427 | 変更済 |), its value checked for a password's shape. A label before an honorific prefix (ご住所) too.
 */
function keyValueCells(shadow: string, type: string): Span[] {
  const [, heading] = COLUMN_TYPES.find(([kind]) => kind === type)!;
  const spans: Span[] = [];
  for (const row of matchesOf(ROW_LINE, shadow)) {
    // A heading row over its rule (| 名義 | 金額 |) holds no value.
    if (ruleAfter(shadow, row.index + row[0].length)) continue;
    const cells = cellsOf(row[0], row.index, true);
    for (let column = 0; column + 1 < cells.length; column++) {
      const span = keyedValue(cells[column]!.text, cells[column + 1]!, type, heading, cells.length === 2);
      if (span) spans.push(span);
    }
  }
  return spans;
}

/** A word every heading of COLUMN_TYPES holds: most texts have none, and are not split into lines at all. */
const HEADING_WORD = /名|pw|PW|PASS|カナ|ふりがな|担当|者|Name|name|Contact|Owner|Assignee|[Aa]pplicant|holder|[Bb]eneficiary|ID|Id|アカウント|番号|コード|[Uu]sername|[Ll]ogin|パスワード|合言葉|パスフレーズ|PIN|[Pp]ass|住所|所在地|先|[Aa]ddress/;

/** Every personal-data column's cells of a text, by the kind their heading names. */
function cellsByType(shadow: string): ReadonlyMap<string, Span[]> {
  if (!(shadow.includes("|") || shadow.includes(",")) || !HEADING_WORD.test(shadow)) return new Map();
  const keyValue = shadow.includes("|");
  return new Map(COLUMN_TYPES.map(([kind]) => [kind, [...tableCells(shadow, kind), ...(keyValue ? keyValueCells(shadow, kind) : [])]]));
}

/** One detector a kind: a table's personal-data columns, masked under the kind their heading names. */
export const TABLE_DETECTORS: readonly PiiDetector[] = detectorsOverOneFinding(
  COLUMN_TYPES.map(([type]) => type),
  cellsByType,
);
