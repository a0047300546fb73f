import Table from "cli-table3";
import type { Leaderboard, LeaderboardEntry } from "./leaderboard.js";

/** The leaderboard as a terminal table, with notes (smoke-test models, unknown prices) below it. */
export function renderLeaderboardTable(board: Leaderboard): string {
  const table = new Table({
    head: ["model", "suite", "score", "n", "errors", "p50", "p95", "TTFT p50", "out tok/s", "tokens in/out", "cost"],
    colAligns: ["left", "left", "right", "right", "right", "right", "right", "right", "right", "right", "right"],
    style: { head: [], border: [] },
  });
  for (const entry of board.entries) table.push(renderRow(entry, board));
  const notes: string[] = [];
  for (const model of board.models) {
    if (model.note) notes.push(`* ${model.modelId}: ${model.note}`);
  }
  const unpriced = board.models.filter((m) => !m.priced).map((m) => m.modelId);
  if (unpriced.length > 0) {
    notes.push(
      `cost "–": no known price for ${unpriced.join(", ")} (set price: in kurabe.yaml, KURABE_PRICES for a price ` +
        "file, or hosting: for a model you serve yourself)",
    );
  }
  for (const entry of board.entries) {
    const values = Object.entries({ ...entry.passAtK, ...entry.secondary }).map(([k, v]) => `${k} ${(v * 100).toFixed(1)}%`);
    if (values.length > 0) notes.push(`${entry.modelId} on ${entry.suite}: ${values.join(", ")}`);
  }
  if (board.entries.some((e) => e.skipped > 0)) {
    notes.push("skipped: items the model or this machine cannot take (e.g. images for a text-only model); never scored");
  }
  if (board.entries.some((e) => e.cached > 0)) {
    notes.push("answers taken from the cache are scored but cost nothing and are left out of latency figures");
  }
  return [`run ${board.runId}`, table.toString(), ...notes].join("\n");
}

function renderRow(entry: LeaderboardEntry, board: Leaderboard): string[] {
  const model = board.models.find((m) => m.modelId === entry.modelId);
  const name = model?.note ? `${entry.modelId} *` : entry.modelId;
  const n = entry.n === entry.planned ? String(entry.n) : `${entry.n}/${entry.planned}`;
  return [
    name,
    entry.suite,
    entry.score === null ? "–" : `${(entry.score * 100).toFixed(1)}%`,
    n,
    entry.skipped > 0 ? `${entry.errors} (+${entry.skipped} skipped)` : String(entry.errors),
    formatMs(entry.latencyP50Ms),
    formatMs(entry.latencyP95Ms),
    formatMs(entry.ttftP50Ms),
    entry.outputTokensPerSecond === null ? "–" : entry.outputTokensPerSecond.toFixed(1),
    `${formatCount(entry.inputTokens)}/${formatCount(entry.outputTokens)}`,
    entry.costUsd === null ? "–" : formatUsd(entry.costUsd),
  ];
}

function formatMs(ms: number | null): string {
  if (ms === null) return "–";
  return ms >= 10_000 ? `${(ms / 1000).toFixed(1)}s` : `${Math.round(ms)}ms`;
}

function formatCount(count: number): string {
  if (count >= 1_000_000) return `${(count / 1_000_000).toFixed(1)}M`;
  if (count >= 10_000) return `${(count / 1000).toFixed(1)}k`;
  return String(count);
}

export function formatUsd(usd: number): string {
  if (usd === 0) return "$0";
  return usd < 0.01 ? `$${usd.toFixed(4)}` : `$${usd.toFixed(2)}`;
}
