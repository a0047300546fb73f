import { openDatabase } from "../../src/store/open-store.js";
import { PairwiseStore, type PairwiseRecord } from "../../src/store/pairwise-store.js";
import { RunWriter, type ScoreRecord } from "../../src/store/run-writer.js";
import { unfinishedResults } from "../../src/store/queries.js";
import type { Item } from "../../src/suites/types.js";

/** What one model stored for one sample of one item; scores default to one primary `exact` score from `passed`. */
export interface FixtureResult {
  status?: "ok" | "error" | "skipped";
  text?: string;
  reasoning?: string;
  errorKind?: string;
  errorMessage?: string;
  passed?: boolean;
  scores?: ScoreRecord[];
  totalMs?: number;
  ttftMs?: number;
  inputTokens?: number;
  outputTokens?: number;
  costUsd?: number;
  fromCache?: boolean;
  /** A RAG model's stored retrieval (RetrievalRecord JSON). */
  retrievalJson?: string;
}

export interface StoreSpec {
  runId?: string;
  description?: string;
  models: Array<{ id: string; price?: { input: number; output: number }; hosting?: Record<string, unknown>; note?: string }>;
  suites: Array<{ name: string; category: string; samples?: number; items: number; input?: (i: number) => string; expected?: unknown; choices?: string[] }>;
  /** The result of `model` on sample `sample` of item `i` of `suite`; undefined writes no response. */
  result(model: string, suite: string, i: number, sample: number): FixtureResult | undefined;
  pairwise?: Array<Omit<PairwiseRecord, "judge" | "reason" | "promptJson" | "raw" | "spendJson">>;
}

/** What each fixture verdict cost: one fresh call of a judge without a price. */
const JUDGE_SPEND = JSON.stringify({ calls: 1, cachedCalls: 0, inputTokens: 300, outputTokens: 40, costUsd: null });

export const itemId = (suite: string, i: number) => `${suite}-${String(i).padStart(3, "0")}`;

/** Writes a finished run through the real RunWriter, as the engine would have left it. */
export function writeReportStore(file: string, spec: StoreSpec): string {
  const runId = spec.runId ?? "20260101-000000-test";
  const db = openDatabase(file);
  try {
    const writer = RunWriter.create(
      db,
      { id: runId, configJson: JSON.stringify({ description: spec.description ?? "report fixture" }), planFingerprint: "fp", kurabeVersion: "test" },
      spec.models.map((m) => ({
        modelId: m.id,
        provider: "openai-compatible",
        model: `${m.id}-model`,
        configJson: JSON.stringify({ id: m.id, judgeOnly: false, price: m.price ?? null, ...(m.hosting ? { hosting: m.hosting } : {}) }),
        ...(m.note ? { note: m.note } : {}),
      })),
      spec.suites.map((s) => ({
        name: s.name,
        category: s.category,
        configJson: "{}",
        samples: s.samples ?? 1,
        items: Array.from({ length: s.items }, (_, i): Item => ({
          id: itemId(s.name, i),
          input: s.input?.(i) ?? `Question ${i} of ${s.name}?`,
          expected: s.expected ?? "yes",
          ...(s.choices ? { choices: s.choices } : {}),
          fields: {},
          line: i + 1,
        })),
      })),
    );
    db.transaction(() => {
      for (const suite of spec.suites) {
        for (let i = 0; i < suite.items; i += 1) {
          for (const model of spec.models) {
            for (let sample = 0; sample < (suite.samples ?? 1); sample += 1) {
              const result = spec.result(model.id, suite.name, i, sample);
              if (result) writeResult(writer, model, suite.name, itemId(suite.name, i), sample, result);
            }
          }
        }
      }
      const pairwise = new PairwiseStore(db, runId);
      for (const verdict of spec.pairwise ?? []) {
        pairwise.write({ ...verdict, judge: "judge", reason: "because", promptJson: "[]", raw: "{}", spendJson: JUDGE_SPEND });
      }
      // The writer commits at the end of the event-loop turn; here, in this transaction.
      writer.flush();
    })();
    // As a run ends: incomplete when a result has no answer (an infrastructure error).
    writer.finish(unfinishedResults(db, runId).length > 0 ? "incomplete" : "completed");
    return runId;
  } finally {
    db.close();
  }
}

function writeResult(
  writer: RunWriter,
  model: StoreSpec["models"][number],
  suite: string,
  item: string,
  sample: number,
  result: FixtureResult,
): void {
  const status = result.status ?? "ok";
  const key = { suite, itemId: item, modelId: model.id, sample };
  const inputTokens = result.inputTokens ?? 10;
  const outputTokens = result.outputTokens ?? 20;
  const cost = result.costUsd ?? (model.price ? (inputTokens * model.price.input + outputTokens * model.price.output) / 1e6 : undefined);
  writer.writeResponse({
    ...key,
    status,
    requestJson: "{}",
    attempts: 1,
    fromCache: result.fromCache ?? false,
    ...(result.text !== undefined ? { text: result.text } : status === "ok" ? { text: `answer of ${model.id}` } : {}),
    ...(result.reasoning !== undefined ? { reasoning: result.reasoning } : {}),
    ...(result.errorKind !== undefined ? { errorKind: result.errorKind } : {}),
    ...(result.errorMessage !== undefined ? { errorMessage: result.errorMessage } : {}),
    ...(result.retrievalJson !== undefined ? { retrievalJson: result.retrievalJson } : {}),
    ...(status === "ok"
      ? { inputTokens, outputTokens, totalMs: result.totalMs ?? 100, ttftMs: result.ttftMs ?? 10, ...(cost !== undefined ? { costUsd: cost } : {}) }
      : {}),
  });
  if (status !== "ok") return;
  const passed = result.passed ?? true;
  writer.writeScores(key, result.scores ?? [{ scorer: "exact", isPrimary: true, value: passed ? 1 : 0, passed, extracted: passed ? "yes" : "no" }]);
}
