/**
 * Dataset build at company scale: 10,000 inquiry rows (Japanese and English, with PII, exact and near duplicates and
 * a few over-long rows) and 200 Markdown/HTML/text documents, built end to end — read, mask, tag, deduplicate
 * (MinHash LSH), check 13-gram contamination against JCommonsenseQA, count Llama 3 tokens, split — and written in
 * all four export formats. Prints the wall time of each stage's share and the total. Target: < 30 s on this machine.
 *
 *   npx tsx bench/dataset-build.ts [rows=10000] [docs=200] [target=llama3]
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { buildDataset, DEFAULT_BUILD_OPTIONS } from "../src/finetune/build-dataset.js";
import { datasetFiles } from "../src/finetune/dataset-files.js";
import { EXPORT_FORMAT_NAMES } from "../src/finetune/formats/export-formats.js";
import { seededRandom } from "../src/seeded-random.js";
import { isTargetName, type TargetName } from "../src/finetune/targets.js";
import { writeOutputsAtomically } from "../src/finetune/write-outputs.js";
import type { EvalItemText } from "../src/finetune/types.js";

const rowCount = Number(process.argv[2] ?? 10_000);
const docCount = Number(process.argv[3] ?? 200);
const targetName = process.argv[4] ?? "llama3";
if (!isTargetName(targetName)) throw new Error(`unknown target ${targetName}`);
const target: TargetName = targetName;

const random = seededRandom(2024);
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
const digits = (count: number) => Array.from({ length: count }, () => Math.floor(random() * 10)).join("");

const JA_TOPICS = ["返品", "配送", "請求書", "パスワード", "会員登録", "ポイント", "定期便", "領収書", "キャンセル", "在庫"];
const EN_TOPICS = ["refund", "delivery", "invoice", "password", "membership", "points", "subscription", "receipt", "cancellation", "stock"];
const PRODUCTS = ["電気ケトル", "加湿器", "ノートPC", "ワイヤレスイヤホン", "炊飯器", "空気清浄機", "掃除機", "電子レンジ", "スマートウォッチ", "プリンター"];
const JA_SENTENCES = [
  "ご不便をおかけして申し訳ございません。",
  "マイページの注文履歴からお手続きいただけます。",
  "担当部署に確認のうえ、{n}営業日以内にご連絡いたします。",
  "恐れ入りますが、ご注文番号をお知らせください。",
  "お手数ですが、商品到着後{n}日以内にお申し込みください。",
  "システムの都合により反映まで{n}時間ほどかかる場合がございます。",
  "{p}の初期不良につきましては、交換または返金にて対応いたします。",
  "{p}の取扱説明書は公式サイトからダウンロードできます。",
  "ご利用のポイントは{n}ポイントです。",
  "配送業者の都合により、お届けが{n}日ほど遅れております。",
  "{p}は現在在庫切れで、入荷は来月{n}日頃の予定です。",
  "保証期間は購入日から{n}年間です。",
];
const EN_SENTENCES = [
  "Sorry for the trouble this has caused.",
  "You can do this from the order history page in your account.",
  "Our team will check and reply within {n} business days.",
  "Could you send us your order number, please?",
  "Please apply within {n} days of delivery.",
  "It can take about {n} hours for the change to show up.",
  "Faulty {p} units are replaced or refunded.",
  "The {p} manual can be downloaded from our website.",
  "You currently have {n} points.",
  "Delivery is running about {n} days late.",
  "The {p} is out of stock until the {n}th of next month.",
  "The warranty lasts {n} years from the date of purchase.",
];
const EN_PRODUCTS = ["kettle", "humidifier", "laptop", "earbuds", "rice cooker", "air purifier", "vacuum", "microwave", "smartwatch", "printer"];
const sentence = (japanese: boolean) =>
  pick(japanese ? JA_SENTENCES : EN_SENTENCES)
    .replace("{n}", String(1 + Math.floor(random() * 30)))
    .replace("{p}", pick(japanese ? PRODUCTS : EN_PRODUCTS));

function inquiryRow(index: number): [string, string, string] {
  const japanese = random() < 0.6;
  const topic = japanese ? pick(JA_TOPICS) : pick(EN_TOPICS);
  const question = japanese ? `${topic}について質問です（問い合わせ ${index}）。どうすればよいですか？` : `Question ${index} about ${topic}: what should I do?`;
  const sentences = Array.from({ length: 2 + Math.floor(random() * 4) }, () => sentence(japanese));
  const pii = random();
  if (pii < 0.1) sentences.push(japanese ? `担当: staff${index}@example.co.jp` : `Contact staff${index}@example.com.`);
  else if (pii < 0.2) sentences.push(japanese ? `お電話は 03-${digits(4)}-${digits(4)} まで。` : `Call +1 415 555 ${digits(4)}.`);
  else if (pii < 0.22) sentences.push(`〒${digits(3)}-${digits(4)} 東京都千代田区`);
  let answer = sentences.join(japanese ? "" : " ");
  if (index % 500 === 0) answer = answer.repeat(200); // over-long
  return [question, answer, topic];
}

function csv(rows: readonly (readonly string[])[]): string {
  return rows.map((row) => row.map((cell) => `"${cell.replace(/"/g, '""')}"`).join(",")).join("\n") + "\n";
}

function document(index: number): [string, string] {
  const kind = index % 3;
  const sections = Array.from({ length: 3 + (index % 5) }, (_, section) => {
    const body = Array.from({ length: 4 + ((index + section) % 6) }, () => sentence(index % 2 === 1)).join(index % 2 ? "" : " ");
    return { title: `${index % 2 ? "第" : "Section "}${section + 1}${index % 2 ? "章" : ""} ${pick(index % 2 ? JA_TOPICS : EN_TOPICS)} ${index}`, body };
  });
  if (kind === 0) return [`doc-${index}.md`, `# Manual ${index}\n\n${sections.map((s) => `## ${s.title}\n\n${s.body}\n`).join("\n")}`];
  if (kind === 1) {
    return [`doc-${index}.html`, `<html><head><title>Page ${index}</title></head><body><h1>Page ${index}</h1>${sections.map((s) => `<h2>${s.title}</h2><p>${s.body}</p>`).join("")}</body></html>`];
  }
  return [`doc-${index}.txt`, sections.map((s) => `${s.title}\n\n${s.body}`).join("\n\n")];
}

async function main(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "kurabe-bench-dataset-"));
  try {
    const rows = Array.from({ length: rowCount }, (_, index) => inquiryRow(index));
    for (let index = 0; index < rowCount; index += 50) rows.push(rows[index]!); // exact duplicates
    fs.writeFileSync(path.join(dir, "inquiries.csv"), csv([["question", "answer", "category"], ...rows]));
    fs.mkdirSync(path.join(dir, "docs"));
    for (let index = 0; index < docCount; index++) {
      const [name, content] = document(index);
      fs.writeFileSync(path.join(dir, "docs", name), content);
    }
    const evalItems: EvalItemText[] = fs
      .readFileSync(new URL("../suites/builtin/jcommonsenseqa/data.jsonl", import.meta.url), "utf8")
      .split("\n")
      .filter(Boolean)
      .map((line) => JSON.parse(line) as { q_id: number; question: string })
      .map((item) => ({ suite: "jcommonsenseqa", itemId: String(item.q_id), text: item.question }));

    const started = performance.now();
    const built = await buildDataset({
      ...DEFAULT_BUILD_OPTIONS,
      target,
      docsDir: path.join(dir, "docs"),
      inquiriesFiles: [path.join(dir, "inquiries.csv")],
      evalItems,
    });
    const builtAt = performance.now();
    await writeOutputsAtomically(path.join(dir, "out"), datasetFiles(built, EXPORT_FORMAT_NAMES));
    const wroteAt = performance.now();

    const { counts } = built.report;
    console.log(`input: ${rows.length} inquiry rows, ${docCount} documents (${counts.documentChunks} chunks); target ${target}`);
    console.log(`kept ${counts.kept} (train ${counts.train}, validation ${counts.validation}); dropped ${JSON.stringify(counts.dropped)}; masked ${counts.maskedExamples} examples`);
    console.log(`tokens ${counts.tokens.total}; languages ${JSON.stringify(counts.languages)}`);
    console.log(`build ${((builtAt - started) / 1000).toFixed(2)} s, write ${((wroteAt - builtAt) / 1000).toFixed(2)} s, total ${((wroteAt - started) / 1000).toFixed(2)} s (target < 30 s)`);
    console.log(`peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB; node ${process.version}, ${os.cpus().length} cores`);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

await main();
