import path from "node:path";
import { configSchema, type KurabeConfig } from "../../../src/config/schema.js";
import { startRun } from "../../../src/engine/start-run.js";
import { startMockServer } from "../../../src/mock-server/server.js";
import type { MockReply, MockRequest, MockServer } from "../../../src/mock-server/types.js";
import { openDatabase } from "../../../src/store/open-store.js";
import { writeJsonl } from "../../support/temp-dir.js";

/**
 * Markup a model (or a data file) could emit to take over a page that shows it unescaped. Each payload, if it ever
 * ran, sets `window.__pwned`; the browser tests assert it never does.
 */
export const PAYLOADS = [
  `<script>window.__pwned=1</script>`,
  `<img src=x onerror="window.__pwned=1">`,
  `<a href="javascript:window.__pwned=1">x</a>`,
  `<svg onload="window.__pwned=1"><circle r="4"/></svg>`,
  `</textarea><script>window.__pwned=1</script>`,
  `" onmouseover="window.__pwned=1" data-x="`,
  `' autofocus onfocus='window.__pwned=1' x='`,
  `</pre></details></section><script>window.__pwned=1</script>`,
  `<iframe srcdoc="<script>parent.__pwned=1</script>"></iframe>`,
  `<meta http-equiv="refresh" content="0;url=javascript:window.__pwned=1">`,
  `<style>body{display:none}</style>`,
  `javascript:window.__pwned=1`,
  `]]><!-- --><![CDATA[ <script>window.__pwned=1</script>`,
];

export const HOSTILE = PAYLOADS.join("\n");
/** Japanese text, so the screenshots show whether CJK glyphs render (tofu boxes mean a missing font). */
export const JAPANESE = "東京は日本の首都です。回答の品質と費用を比較します。";
/** A 2 MB answer: no whitespace, so the mock server sends it as one piece. */
export const HUGE_ANSWER = `${"<script>window.__pwned=1</script>".repeat(64_000)}${PAYLOADS[1]}`;

/** A model id that is itself markup: it ends up in tables, chart labels, URLs and select options. */
export const HOSTILE_MODEL = `"><img src=x onerror=window.__pwned=1>`;
export const HOSTILE_ITEM = `item"><svg onload=window.__pwned=1>`;

export interface HostileStore {
  dbFile: string;
  baseline: string;
  candidate: string;
}

/**
 * Two completed runs through the real engine and the mock server, whose answers, reasoning traces, judge reasons,
 * item fields, run description, an item id and a model id are hostile markup; one answer is 2 MB. Three suites in
 * three categories (radar chart), priced models (quality-versus-cost with a Pareto front), varied latencies
 * (box plot) and pairwise verdicts (ratings). The candidate run answers a little differently (comparison page).
 */
export async function buildHostileStore(dir: string): Promise<HostileStore> {
  writeJsonl(path.join(dir, "qa.jsonl"), [
    ...Array.from({ length: 8 }, (_, i) => ({
      id: `qa-${i}`,
      input: `Q${i}: what is the capital of France? フランスの首都は？\n${HOSTILE}`,
      expected: `Paris ${PAYLOADS[i % PAYLOADS.length]}`,
    })),
    { id: HOSTILE_ITEM, input: HOSTILE, expected: HOSTILE },
  ]);
  writeJsonl(
    path.join(dir, "mc.jsonl"),
    Array.from({ length: 8 }, (_, i) => ({ id: `mc-${i}`, input: `Pick one ${i}. ${PAYLOADS[i]}`, choices: [PAYLOADS[i], PAYLOADS[i + 1], "plain"], expected: "A" })),
  );
  writeJsonl(
    path.join(dir, "ja.jsonl"),
    Array.from({ length: 8 }, (_, i) => ({ id: `ja-${i}`, input: `${JAPANESE}（${i}）`, expected: "東京" })),
  );
  const state = { candidate: false };
  const answerer = await startMockServer({ respond: (request) => answer(request, state.candidate) });
  const judge = await startMockServer({ respond: judgeVerdict });
  try {
    const dbFile = path.join(dir, "kurabe.db");
    const config = hostileConfig(dir, answerer, judge);
    const baseline = await runOnce(dbFile, config);
    state.candidate = true;
    const candidate = await runOnce(dbFile, { ...config, cache: false });
    return { dbFile, baseline, candidate };
  } finally {
    await answerer.close();
    await judge.close();
  }
}

function hostileConfig(dir: string, answerer: MockServer, judge: MockServer): KurabeConfig {
  const model = (id: string, name: string, price?: { input: number; output: number }) => ({
    id,
    provider: "openai-compatible",
    baseURL: `${answerer.url}/v1`,
    model: name,
    ...(price ? { price } : {}),
  });
  return configSchema.parse({
    description: `${JAPANESE}\n${HOSTILE}`,
    models: [
      model("alpha", "alpha", { input: 0.5, output: 1.5 }),
      model("beta", "beta", { input: 3, output: 15 }),
      model(HOSTILE_MODEL, "gamma", { input: 0.2, output: 0.4 }),
      model("delta", "delta"),
      { id: "judge", provider: "openai-compatible", baseURL: `${judge.url}/v1`, model: "judge", judgeOnly: true },
    ],
    suites: [
      { name: "qa", category: "nlu", path: path.join(dir, "qa.jsonl"), scorer: { type: "rubric", judge: "judge", rubric: HOSTILE } },
      { name: "mc", category: "reasoning", path: path.join(dir, "mc.jsonl"), scorer: "choice", pairwise: { judge: "judge" } },
      { name: "ja", category: "domain", path: path.join(dir, "ja.jsonl"), scorer: "contains" },
    ],
    retry: { maxAttempts: 2, baseDelayMs: 1, maxDelayMs: 5 },
  });
}

async function runOnce(dbFile: string, config: KurabeConfig): Promise<string> {
  const db = openDatabase(dbFile);
  try {
    const outcome = await startRun({ db, config, env: {}, signal: new AbortController().signal, onEvent: () => undefined });
    return outcome.runId;
  } finally {
    db.close();
  }
}

/** Each model's answer: hostile everywhere, right on some items, with a latency that varies by item. */
async function answer(request: MockRequest, candidate: boolean): Promise<MockReply> {
  const index = Number(/(\d+)/.exec(request.prompt)?.[1] ?? 0);
  const skill = { alpha: 0.75, beta: candidate ? 0.9 : 0.6, gamma: 0.45, delta: 0.3 }[request.model as "alpha"] ?? 0.5;
  const right = ((index * 37 + request.model.length * 11) % 100) / 100 < skill;
  await new Promise((resolve) => setTimeout(resolve, 2 + ((index * 7 + request.model.length * 5) % 25)));
  if (request.model === "alpha" && request.prompt.startsWith("Q3:")) return HUGE_ANSWER;
  const text = request.prompt.includes("Pick one")
    ? `${right ? "A" : "C"}\n${HOSTILE}`
    : request.prompt.includes("capital of France")
      ? `${right ? "Paris" : "Lyon"}\n${HOSTILE}`
      : `${right ? "東京です。" : "大阪です。"}回答の品質と費用を比較します。\n${HOSTILE}`;
  return request.model === "beta" ? { text, reasoning: `推論：${HOSTILE}` } : text;
}

/** The judge: a rubric score from whether the graded answer says Paris, a pairwise winner by position, reasons hostile. */
function judgeVerdict(request: MockRequest): string {
  if (request.prompt.includes("[Assistant A]")) {
    const first = /\[Assistant A\]\n([^]*?)\n\n\[Assistant B\]/.exec(request.prompt)?.[1] ?? "";
    return JSON.stringify({ winner: first.startsWith("A") ? "A" : "B", strong: false, reason: HOSTILE });
  }
  const graded = /\[Answer to grade\]\n([^]*?)\n\n\[Rubric\]/.exec(request.prompt)?.[1] ?? "";
  return JSON.stringify({ score: graded.startsWith("Paris") ? 9 : 3, reason: `${HOSTILE}\n${JAPANESE}` });
}
