import fs from "node:fs";
import { generatePiiCorpus } from "./pii-corpus.js";
import { encodeShiftJis } from "./shift-jis.js";

/**
 * A Shift_JIS inquiry log of at least `minChars` characters, made of the PII corpus' inquiries (seed after seed, each
 * question made distinct by its seed), in two categories: large enough for the build's masking threads (1 MB).
 */
export function writeLargeInquiryLog(file: string, minChars = 900_000): void {
  const rows: string[] = ["question,answer,category"];
  const quote = (text: string) => `"${text.replace(/"/g, '""')}"`;
  for (let seed = 1, chars = 0; chars < minChars; seed++) {
    for (const [question, answer] of generatePiiCorpus(seed).inquiries) {
      rows.push([quote(`${question!.text} ${seed}`), quote(answer!.text), seed % 2 ? "a" : "b"].join(","));
      chars += rows.at(-1)!.length;
    }
  }
  fs.writeFileSync(file, encodeShiftJis(`${rows.join("\r\n")}\r\n`));
}

/**
 * A UTF-8 inquiry log of over 1 MiB (`question,answer,category`): the `first` rows (CSV lines), then rows of plain
 * support talk with no personal data, then the `last` rows; large enough for the build's streaming path.
 */
export function writeLogBetween(file: string, first: readonly string[], last: readonly string[]): void {
  const filler = (row: number) =>
    `"ご注文 ${row} の配送状況を教えてください。${"お手数ですがご確認のほどよろしくお願いいたします。".repeat(3)}","確認のうえご連絡いたします。${"恐れ入りますが今しばらくお待ちくださいませ。".repeat(3)}",support`;
  const rows = ["question,answer,category", ...first];
  for (let row = 1, bytes = 0; bytes < 1.1 * (1 << 20); row++) {
    rows.push(filler(row));
    bytes += Buffer.byteLength(rows.at(-1)!) + 1;
  }
  fs.writeFileSync(file, [...rows, ...last].join("\n"));
}
