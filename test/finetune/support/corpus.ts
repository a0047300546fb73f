import fs from "node:fs";
import path from "node:path";
import type { EvalItemText } from "../../../src/finetune/types.js";
import { minimalPdf } from "./minimal-pdf.js";

/**
 * A realistic small corpus, written by the tests: Japanese and English inquiries seeded with every kind of PII (and
 * look-alikes that must stay), duplicates, a near-duplicate, an over-long row and questions copied from
 * JCommonsenseQA; and documents in Markdown, HTML, text and PDF. Each row says what the build must do with it.
 */
export interface CorpusRow {
  question: string;
  answer: string;
  category?: string;
  /** The answer (or question) after masking, when something is masked; otherwise both must come out unchanged. */
  maskedAnswer?: string;
  maskedQuestion?: string;
  pii?: Record<string, number>;
  dropped?: "exact-duplicate" | "near-duplicate" | "too-long" | "empty";
  /** For duplicates: the index (in CORPUS_ROWS) of the row that is kept. */
  duplicateOf?: number;
  /** JCommonsenseQA q_ids this row overlaps. */
  contaminates?: string[];
}

const LONG_ANSWER = Array.from(
  { length: 40 },
  (_, index) => `Step ${index + 1}: open the settings page, choose the network tab, and confirm that option ${index + 1} is enabled before you retry.`,
).join(" ");

const SHIPPING_JA =
  "ご注文から通常3営業日以内に発送いたします。配送業者はヤマト運輸または佐川急便で、地域によってはお届けまでさらに1〜2日かかる場合があります。離島や一部山間部への配送は追加で日数をいただくことがございます。お届け日時のご指定はご注文確認画面から可能です。発送後にお送りする発送完了メールに記載の追跡番号で配送状況をご確認いただけます。";

export const CORPUS_ROWS: CorpusRow[] = [
  {
    question: "注文のキャンセル方法を教えてください。",
    answer: "マイページの注文履歴からキャンセルできます。ご不明な点は cs@example.co.jp までご連絡ください。",
    category: "orders",
    maskedAnswer: "マイページの注文履歴からキャンセルできます。ご不明な点は [EMAIL] までご連絡ください。",
    pii: { EMAIL: 1 },
  },
  {
    question: "電話で問い合わせたいです。",
    answer: "平日9時〜18時、03-1234-5678 またはフリーダイヤル 0120-123-456 へお電話ください。携帯からは 090-1234-5678 でも受け付けます。",
    category: "support",
    maskedAnswer: "平日9時〜18時、[PHONE] またはフリーダイヤル [PHONE] へお電話ください。携帯からは [PHONE] でも受け付けます。",
    pii: { PHONE: 3 },
  },
  {
    question: "ＦＡＸ番号は？",
    answer: "ＦＡＸは０３－９８７６－５４３２、海外からは＋８１－３－９８７６－５４３２です。",
    category: "support",
    maskedAnswer: "ＦＡＸは[PHONE]、海外からは[PHONE]です。",
    pii: { PHONE: 2 },
  },
  {
    question: "Can I call you from the US?",
    answer: "Yes, call +1 (415) 555-0123 or email help@example.com any time.",
    category: "support",
    maskedAnswer: "Yes, call [PHONE] or email [EMAIL] any time.",
    pii: { PHONE: 1, EMAIL: 1 },
  },
  {
    question: "返品の送り先はどこですか？",
    answer: "〒100-0005 東京都千代田区丸の内1-1-1 返品センター宛にお送りください（旧住所 530-0001 大阪府大阪市北区は使えません）。",
    category: "returns",
    maskedAnswer: "〒[POSTAL_CODE] [ADDRESS] 返品センター宛にお送りください（旧住所 [POSTAL_CODE] 大阪府大阪市北区は使えません）。",
    pii: { POSTAL_CODE: 2, ADDRESS: 1 },
  },
  {
    question: "カードで支払えませんでした。",
    answer: "カード番号 4111 1111 1111 1111 でのお支払いがエラーになっていました。別のカードをお試しください。",
    category: "billing",
    maskedAnswer: "カード番号 [CREDIT_CARD] でのお支払いがエラーになっていました。別のカードをお試しください。",
    pii: { CREDIT_CARD: 1 },
  },
  {
    // Look-alikes: neither number passes the Luhn check, so neither is a card number.
    question: "Why was my card declined?",
    answer: "The number 4111 1111 1111 1112 was rejected by the bank, and order 1234567890123 is on hold until you update it.",
    category: "billing",
  },
  {
    question: "マイナンバーの提出について",
    answer: "個人番号 1234 5678 9018 を確認しました。ありがとうございます。",
    category: "account",
    maskedAnswer: "個人番号 [MY_NUMBER] を確認しました。ありがとうございます。",
    pii: { MY_NUMBER: 1 },
  },
  {
    // A look-alike: 12345678901 has check digit 8, not 2.
    question: "マイナンバーが違うと言われました",
    answer: "ご入力の 1234 5678 9012 はチェックデジットが一致しません。番号をご確認ください。",
    category: "account",
  },
  {
    question: "Is the server down?",
    answer: "The API at 192.168.10.25 and 2001:db8::1 returned errors for an hour; version 2.3.4.5 fixed it.",
    category: "tech",
    maskedAnswer: "The API at [IP_ADDRESS] and [IP_ADDRESS] returned errors for an hour; version 2.3.4.5 fixed it.",
    pii: { IP_ADDRESS: 2 },
  },
  {
    question: "How do I share the report?",
    answer: "Use https://admin:s3cret@files.example.com/report.pdf?sig=9f8e7d6c&expires=3600 and the link expires in an hour.",
    category: "tech",
    maskedAnswer: "Use https://[URL_CREDENTIALS]@files.example.com/report.pdf?sig=[URL_SECRET]&expires=3600 and the link expires in an hour.",
    pii: { URL_CREDENTIALS: 1, URL_SECRET: 1 },
  },
  {
    question: "My integration fails with 401.",
    answer:
      "Your request sent Authorization: Bearer abcdefghijklmnopqrstuvwx123 with key sk-proj-AbCdEfGhIjKlMnOpQrStUvWx; ghp_0123456789abcdefghijABCDEFGHIJ012345 and AKIAIOSFODNN7EXAMPLE were exposed too. Rotate them.",
    category: "tech",
    maskedAnswer: "Your request sent Authorization: Bearer [API_KEY] with key [API_KEY]; [API_KEY] and [API_KEY] were exposed too. Rotate them.",
    pii: { API_KEY: 4 },
  },
  {
    // An exact copy of the first row.
    question: "注文のキャンセル方法を教えてください。",
    answer: "マイページの注文履歴からキャンセルできます。ご不明な点は cs@example.co.jp までご連絡ください。",
    category: "orders",
    maskedAnswer: "マイページの注文履歴からキャンセルできます。ご不明な点は [EMAIL] までご連絡ください。",
    pii: { EMAIL: 1 },
    dropped: "exact-duplicate",
    duplicateOf: 0,
  },
  {
    // Differs from row 3 only in its PII: identical once masked.
    question: "Can I call you from the US?",
    answer: "Yes, call +1 (212) 555-0199 or email other@example.org any time.",
    category: "support",
    maskedAnswer: "Yes, call [PHONE] or email [EMAIL] any time.",
    pii: { PHONE: 1, EMAIL: 1 },
    dropped: "exact-duplicate",
    duplicateOf: 3,
  },
  { question: "配送にはどのくらいかかりますか？", answer: SHIPPING_JA, category: "shipping" },
  {
    // The same answer with two small edits: a near-duplicate.
    question: "配送にはどのくらいかかりますか？",
    answer: SHIPPING_JA.replace("通常3営業日", "通常2営業日").replace("ご確認いただけます", "確認できます"),
    category: "shipping",
    dropped: "near-duplicate",
    duplicateOf: 14,
  },
  { question: "How do I reset the router?", answer: LONG_ANSWER, category: "tech", dropped: "too-long" },
  {
    // Copied from JCommonsenseQA (q_id 663).
    question: "ホテルのエントランス付近にある待ち合いなどに使う場所は？",
    answer: "ロビーです。",
    category: "other",
    contaminates: ["663"],
  },
  {
    // Quotes 13+ characters of JCommonsenseQA q_id 1208 inside a longer text.
    question: "先日、目の屈折異常を補正したり、目を保護したりするための器具について聞かれました。",
    answer: "メガネのことだと思います。",
    category: "other",
    contaminates: ["1208"],
  },
  { question: "質問だけ送ってしまいました", answer: "", category: "other", dropped: "empty" },
  {
    // A quoted cell across two lines; times and ranges are not phone numbers.
    question: "営業時間は？",
    answer: "平日: 9:00-18:00\n土日祝: 休業（年末年始 12/29-1/3 も休業）",
    category: "support",
  },
  {
    question: "What's your return window?",
    answer: "30 days. Orders over ¥5,000 ship free; model KB-2024-01 ships on 2024-12-01 from warehouse 3.",
    category: "returns",
  },
];

/** The CSV lines (1-based) where each row starts, after a header on line 1. */
export function rowLines(rows: readonly CorpusRow[] = CORPUS_ROWS): number[] {
  let line = 2;
  return rows.map((row) => {
    const start = line;
    line += 1 + (row.question.split("\n").length - 1) + (row.answer.split("\n").length - 1);
    return start;
  });
}

const csvCell = (value: string) => `"${value.replace(/"/g, '""')}"`;

export function inquiriesCsv(
  rows: readonly CorpusRow[] = CORPUS_ROWS,
  header: readonly [string, string, string] = ["question", "answer", "category"],
): string {
  return [header.join(","), ...rows.map((row) => [row.question, row.answer, row.category ?? ""].map(csvCell).join(","))].join("\n") + "\n";
}

export const DOCS: Record<string, string | Buffer> = {
  "返品ポリシー.md": [
    "# 返品ポリシー",
    "",
    "当社の返品ポリシーについて説明します。",
    "",
    "## 返品の条件",
    "",
    "商品到着後30日以内で、未使用かつタグが付いた状態の商品に限り返品を承ります。セール品は返品の対象外です。",
    "",
    "## 返品の手順",
    "",
    "1. マイページから返品を申請します。",
    "2. 届いたラベルを貼って発送します。",
    "",
    "```text",
    "# これは見出しではありません",
    "RMA-0001",
    "```",
    "",
    "ご不明点は returns@example.co.jp までお問い合わせください。",
    "",
  ].join("\n"),
  "shipping.md": [
    "# Shipping Guide",
    "",
    "## Delivery times",
    "",
    "Standard delivery takes 3-5 business days within Japan. Express delivery arrives the next business day when ordered before 2 p.m.",
    "",
    "## International shipping",
    "",
    "We ship to 30 countries. Customs duties are paid by the recipient.",
    "",
  ].join("\n"),
  "company.html": [
    "<!DOCTYPE html><html lang=\"ja\"><head><meta charset=\"utf-8\"><title>会社概要 | Example株式会社</title>",
    "<style>body { font-family: sans-serif }</style><script>window.analytics = 1;</script></head><body>",
    "<nav><a href=\"/\">ホーム</a> | <a href=\"/about\">会社情報</a></nav>",
    "<h1>会社概要</h1>",
    "<h2>所在地</h2><p>〒150-0001 東京都渋谷区神宮前1-2-3<br>電話 03-5555-1234</p>",
    "<h2>事業内容</h2><ul><li>家電製品の販売</li><li>修理サービス &amp; サポート</li></ul>",
    "</body></html>",
  ].join("\n"),
  "notes.txt": "Warranty notes\n\nAll products carry a one-year warranty from the date of purchase. Keep your receipt.\n",
  "manual.pdf": minimalPdf([
    "Setup manual",
    "Connect the device to power and hold the button for five seconds.",
    "The light turns green when the device is ready.",
  ]),
  "案内.pdf": minimalPdf(["営業時間のご案内", "平日は午前9時から午後6時まで営業しています。"]),
  "logo.png": Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
};
// A copy in a subfolder: every one of its sections is an exact duplicate of shipping.md's.
DOCS["shipping/archive.md"] = DOCS["shipping.md"]!;

export function writeCorpus(dir: string): { docsDir: string; inquiries: string } {
  const docsDir = path.join(dir, "docs");
  for (const [name, content] of Object.entries(DOCS)) {
    fs.mkdirSync(path.dirname(path.join(docsDir, name)), { recursive: true });
    fs.writeFileSync(path.join(docsDir, name), content);
  }
  const inquiries = path.join(dir, "inquiries.csv");
  fs.writeFileSync(inquiries, inquiriesCsv());
  return { docsDir, inquiries };
}

/** JCommonsenseQA's bundled items as eval texts: question and options, as the suite loader would give them. */
export function jcommonsenseqaItems(): EvalItemText[] {
  const file = new URL("../../../suites/builtin/jcommonsenseqa/data.jsonl", import.meta.url);
  return fs
    .readFileSync(file, "utf8")
    .split("\n")
    .filter(Boolean)
    .map((line) => JSON.parse(line) as Record<string, string | number>)
    .map((record) => ({
      suite: "jcommonsenseqa",
      itemId: String(record.q_id),
      text: [record.question, record.choice0, record.choice1, record.choice2, record.choice3, record.choice4].join("\n"),
    }));
}
