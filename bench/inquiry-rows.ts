/**
 * The rows of a company-size inquiry log (question, answer, category) with personal data of every kind in them: the
 * generator of test/finetune/support/pii-corpus.ts, each row made distinct by its own ticket number and sentences.
 * dataset-scale.ts writes them as a Shift_JIS CSV; long-text.ts joins them into one text.
 */
import { generatePiiCorpus } from "../test/finetune/support/pii-corpus.js";

/** Sentences a support answer adds around its point, so that rows are as long as the log (about 330 bytes). */
const FILLER = [
  "お問い合わせいただき誠にありがとうございます。",
  "ご不便をおかけしており大変申し訳ございません。",
  "担当部署にて確認のうえ、改めてご連絡いたします。",
  "今後ともどうぞよろしくお願い申し上げます。",
  "恐れ入りますが、今しばらくお待ちくださいませ。",
];

/** `count` rows, the same on every run; the generator's memory stays small however many are asked for. */
export function* inquiryRows(count: number): Generator<[question: string, answer: string, category: string]> {
  let written = 0;
  for (let seed = 1; written < count; seed++) {
    for (const [question, answer] of generatePiiCorpus(seed).inquiries) {
      if (written >= count) return;
      written++;
      yield [`${question!.text}（受付番号 ${written}）`, `${FILLER[written % 5]}${answer!.text}${FILLER[(written + 2) % 5]} ${seed}-${written}`, ["billing", "support", "returns"][written % 3]!];
    }
  }
}

/** A row as a line of the CSV (its fields quoted, 〜 written as the ～ CP932 has). */
export const csvLine = (row: readonly string[]): string => row.map((field, index) => (index < 2 ? `"${field.replace(/"/g, '""').replace(/[〜]/g, "～")}"` : field)).join(",");
