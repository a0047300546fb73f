import { gated, type PiiDetector, type Span } from "../detector.js";
import { type Cell, tablesOf } from "../context/table-detectors.js";
import { commonNouns } from "../lexicon/japanese-name-lexicon.js";
import { OFFICE_END, TITLE_AT_END } from "./name-detectors.js";

/**
 * A column of people by its Japanese heading: a name's (氏名, お名前) or the person's role a register gives each row (新郎,
 * 新婦, 喪主, 施主, 故人, 患者, 利用者, 会員, 契約者, 申込者, 保護者, 受講者, 参加者, 児童, 生徒), a 名 after it perhaps.
 */
const PERSON_COLUMN = /^(?:氏名|お?名前|(?:新郎|新婦|喪主|施主|故人|患者|利用者|会員|契約者|申込者|保護者|受講者|参加者|児童|生徒)(?:名|氏名)?)$/u;

/**
 * A cell of that column holding a kanji name alone, solid or spaced (芦沢澪, 猪俣凪, 長野 彩葉): whatever the
 * dictionary says of its parts, as a rare surname is no word of it. Not a common noun (未定, 同上) nor an office's or a
 * title's word (営業部, 課長).
 */
const KANJI_NAME_CELL = /^\p{Script=Han}[\p{Script=Han}々ヶノ]{1,3}[ 　]?[\p{Script=Han}々]{1,3}$/u;

const personColumns = (headings: readonly Cell[]): boolean[] | undefined => {
  const columns = headings.map((heading) => PERSON_COLUMN.test(heading.text));
  return columns.some(Boolean) ? columns : undefined;
};

const kanjiName = ({ text }: Cell): boolean =>
  KANJI_NAME_CELL.test(text) && !commonNouns().has(text.replace(/[ 　]/u, "")) && !OFFICE_END.test(text) && !/[部課室係班]$/u.test(text) && !TITLE_AT_END.test(text);

function kanjiNamesInColumns(shadow: string): Span[] {
  return tablesOf(shadow, personColumns).flatMap(({ read: columns, rows }) =>
    rows.flatMap((cells) => cells.filter((cell, column) => columns[column] && kanjiName(cell)).map(({ start, end }) => ({ start, end }))),
  );
}

export const KANJI_NAME_COLUMN: PiiDetector = gated(/氏名|名前|新郎|新婦|喪主|施主|故人|患者|利用者|会員|契約者|申込者|保護者|受講者|参加者|児童|生徒/u, {
  type: "PERSON",
  find: kanjiNamesInColumns,
});
