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
