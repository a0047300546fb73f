import type { ItemScores } from "../../analysis/types.js";
import type { ResultRow } from "../../store/queries.js";

interface Cell {
  scores: Map<string, number[]>;
  correct: number;
}

/**
 * Gathers from result rows what the statistics resample: per model × suite, each item's answered scores (the same
 * rows the leaderboard counts: infrastructure errors, unscored answers and skips left out) and how many passed; per
 * model, the latencies of its answers (a cached answer with the timing of the call that fetched it).
 */
export class ScoreCollector {
  private readonly cells = new Map<string, Cell>();
  private readonly latencies = new Map<string, number[]>();

  add(row: ResultRow): void {
    if (row.status !== "ok" || row.score === null) return;
    const cell = this.cell(row.modelId, row.suite);
    const samples = cell.scores.get(row.itemId);
    if (samples) samples.push(row.score);
    else cell.scores.set(row.itemId, [row.score]);
    if (row.passed) cell.correct += 1;
    if (row.totalMs !== null) {
      const list = this.latencies.get(row.modelId);
      if (list) list.push(row.totalMs);
      else this.latencies.set(row.modelId, [row.totalMs]);
    }
  }

  itemScores(modelId: string, suite: string): ItemScores {
    return this.cells.get(key(modelId, suite))?.scores ?? new Map();
  }

  correct(modelId: string, suite: string): number {
    return this.cells.get(key(modelId, suite))?.correct ?? 0;
  }

  latenciesOf(modelId: string): number[] {
    return this.latencies.get(modelId) ?? [];
  }

  private cell(modelId: string, suite: string): Cell {
    const k = key(modelId, suite);
    let cell = this.cells.get(k);
    if (!cell) {
      cell = { scores: new Map(), correct: 0 };
      this.cells.set(k, cell);
    }
    return cell;
  }
}

const key = (modelId: string, suite: string) => `${modelId}\u0000${suite}`;
