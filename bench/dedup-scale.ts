/**
 * Deduplication sized for a million rows (issue 13): kurabe's findDuplicates — exact duplicates by a hash of the
 * normalised text, near duplicates by character 5-gram MinHash + LSH, checked by exact Jaccard — over 1,000,000
 * inquiry-like texts with planted exact and near duplicates, as a dataset build runs it (threshold 0.8, seed 42).
 *
 * The texts are made on demand from their index (as the build reads them back from its spill file), so the
 * figures are the deduplication's own time and memory. Each of 20 rows in 1,000 is an exact copy of an earlier row
 * (re-spaced), 30 a near copy (a few characters changed or a short sentence added); a planted near copy counts for
 * recall only when its true Jaccard similarity to its source reaches the threshold (the script computes it).
 *
 * Method: kurabe and the peer run as child processes under GNU time (wall, peak RSS), one after the other, on the
 * same texts. The peer is the least any deduplication must do: exact duplicates only, by a Set of the normalised
 * texts (it finds no near copy). The ratio kurabe / peer is the figure to read on a shared machine.
 *
 *   npx tsx bench/dedup-scale.ts [rows=1000000]
 */
import { fileURLToPath } from "node:url";
import { findDuplicates } from "../src/finetune/dedupe/find-duplicates.js";
import { jaccard, shingleHashes } from "../src/finetune/dedupe/shingles.js";
import { seededRandom } from "../src/seeded-random.js";
import { childEnv, machineLine, makeTempDir, measure, printTable, runBenchmark, saveResults } from "./harness.js";

const THRESHOLD = 0.8;
const SENTENCES = [
  "お問い合わせいただき誠にありがとうございます。",
  "ご不便をおかけしており大変申し訳ございません。",
  "担当部署にて確認のうえ、改めてご連絡いたします。",
  "マイページの注文履歴からお手続きいただけます。",
  "恐れ入りますが、ご注文番号をお知らせください。",
  "お手数ですが、商品到着後八日以内にお申し込みください。",
  "システムの都合により反映まで数時間かかる場合がございます。",
  "初期不良につきましては、交換または返金にて対応いたします。",
  "取扱説明書は公式サイトからダウンロードできます。",
  "配送業者の都合により、お届けが遅れております。",
  "現在在庫切れで、入荷は来月中旬の予定です。",
  "保証期間は購入日から一年間です。",
  "Sorry for the trouble this has caused.",
  "You can do this from the order history page in your account.",
  "Our team will check and reply within three business days.",
  "Could you send us your order number, please?",
  "The manual can be downloaded from our website.",
  "Delivery is running a few days late.",
];
const PRODUCTS = ["電気ケトル", "加湿器", "ノートPC", "ワイヤレスイヤホン", "炊飯器", "空気清浄機", "掃除機", "電子レンジ", "kettle", "laptop", "earbuds", "printer"];
const ADDED = ["よろしくお願いいたします。", "Thanks again.", "以上です。", "Best regards."];

/** What row `index` is: an original, an exact copy of `of`, or a near copy of `of`. */
function planOf(index: number): { kind: "original" } | { kind: "exact" | "near"; of: number } {
  const random = seededRandom(index * 2 + 1);
  const draw = random();
  if (index < 1000 || draw >= 0.05) return { kind: "original" };
  let of = Math.floor(random() * index);
  while (planOf(of).kind !== "original") of = Math.floor(of / 2); // copies are of originals, so that truth is one step
  return { kind: draw < 0.02 ? "exact" : "near", of };
}

/** An original row: a question and an answer of four to six sentences, with its own ticket number and product. */
function original(index: number): string {
  const random = seededRandom(index * 7919 + 13);
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)]!;
  // Each sentence with a number of its own (a date, an amount): two originals of the same sentences stay below 0.8.
  const sentences = Array.from({ length: 4 + Math.floor(random() * 3) }, () => `${pick(SENTENCES)}（${Math.floor(random() * 1000)}）`);
  const number = String(100000 + Math.floor(random() * 900000));
  return `${pick(PRODUCTS)}について（受付番号 ${number}-${index}）\n${sentences.join("")}${pick(PRODUCTS)}の件、承知しました。`;
}

function textAt(index: number): string {
  const plan = planOf(index);
  if (plan.kind === "original") return original(index);
  const source = original(plan.of);
  if (plan.kind === "exact") return `  ${source.replace(/\n/g, "\n  ")} `;
  const random = seededRandom(index * 31 + 7);
  if (random() < 0.5) return `${source}${ADDED[Math.floor(random() * ADDED.length)]}`;
  const chars = [...source];
  for (let edit = 0; edit < 2; edit++) chars[Math.floor(random() * chars.length)] = "＊";
  return chars.join("");
}

/** Run in a child: one method over `rows` texts; prints its verdicts' counts and, for kurabe, the recall. */
function child(method: string, rows: number): void {
  const texts = { length: rows, at: textAt };
  if (method === "peer") {
    const seen = new Set<string>();
    let exact = 0;
    for (let index = 0; index < rows; index++) {
      const key = textAt(index).trim().replace(/\s+/gu, " ");
      if (seen.has(key)) exact++;
      else seen.add(key);
    }
    console.log(JSON.stringify({ exact, near: 0 }));
    return;
  }
  const verdicts = findDuplicates(texts, { threshold: THRESHOLD, seed: 42 });
  let planted = { exact: 0, near: 0, nearBelowThreshold: 0 };
  let found = { exact: 0, near: 0 };
  let unplanted = 0;
  for (let index = 0; index < rows; index++) {
    const plan = planOf(index);
    const verdict = verdicts.get(index);
    if (plan.kind === "original") {
      if (verdict) unplanted++;
      continue;
    }
    if (plan.kind === "near" && jaccard(shingleHashes(textAt(index)), shingleHashes(textAt(plan.of))) < THRESHOLD) {
      planted.nearBelowThreshold++;
      continue;
    }
    planted = { ...planted, [plan.kind]: planted[plan.kind] + 1 };
    if (verdict) found = { ...found, [plan.kind]: found[plan.kind] + 1 };
  }
  const counted = [...verdicts.values()];
  console.log(JSON.stringify({ exact: counted.filter((v) => v.kind === "exact").length, near: counted.filter((v) => v.kind === "near").length, planted, found, unplanted }));
}

const [mode, method, rowsArgument] = process.argv.slice(2);
if (mode === "--child") child(method!, Number(rowsArgument));
else {
  const rows = Number(process.argv[2] ?? 1_000_000);
  runBenchmark(async () => {
    console.log(`${rows} texts · ${machineLine()}`);
    const script = fileURLToPath(import.meta.url);
    const cwd = await makeTempDir("kurabe-bench-dedup-");
    const run = (which: string) =>
      measure(process.execPath, ["--import", import.meta.resolve("tsx"), script, "--child", which, String(rows)], { cwd, env: childEnv(), timeoutMs: 3_600_000, label: which });
    const peer = await run("peer");
    const kurabe = await run("kurabe");
    const result = JSON.parse(kurabe.stdout.trim().split("\n").at(-1)!) as {
      exact: number;
      near: number;
      planted: { exact: number; near: number; nearBelowThreshold: number };
      found: { exact: number; near: number };
      unplanted: number;
    };
    printTable(
      ["", "wall s", "CPU s", "peak RSS MB", "exact found", "near found"],
      [
        ["exact only, a Set of texts (peer)", peer.wallS.toFixed(1), (peer.userS + peer.sysS).toFixed(1), peer.peakRssMb.toFixed(0), String((JSON.parse(peer.stdout) as { exact: number }).exact), "—"],
        ["kurabe findDuplicates", kurabe.wallS.toFixed(1), (kurabe.userS + kurabe.sysS).toFixed(1), kurabe.peakRssMb.toFixed(0), String(result.exact), String(result.near)],
      ],
    );
    const percent = (found: number, planted: number) => `${((100 * found) / planted).toFixed(2)} % (${found}/${planted})`;
    console.log(`recall: exact ${percent(result.found.exact, result.planted.exact)}, near ${percent(result.found.near, result.planted.near)}`);
    console.log(`planted near copies below the threshold (not counted): ${result.planted.nearBelowThreshold}; originals flagged: ${result.unplanted}`);
    console.log(`ratio kurabe / peer: ${(kurabe.wallS / peer.wallS).toFixed(1)}× wall, ${(kurabe.peakRssMb / peer.peakRssMb).toFixed(2)}× peak RSS`);
    await saveResults("dedup-scale", { rows, machine: machineLine(), peer, kurabe, result });
  });
}
