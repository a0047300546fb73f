import { describe, expect, it } from "vitest";
import { describeIncompleteRun, resumeCommand } from "../../src/cli/run-summary.js";

describe("the resume command a run prints", () => {
  it("repeats the config, the store and the options that change what is sent", () => {
    expect(resumeCommand("20261203-101500-ab12", { config: "kurabe.yaml", db: "int2.db", noCache: true })).toBe(
      "kurabe run kurabe.yaml --db int2.db --no-cache --resume 20261203-101500-ab12",
    );
  });

  it("quotes paths a shell would split or expand", () => {
    expect(resumeCommand("r1", { config: "my evals/kurabe.yaml", db: "it's.db" })).toBe(
      `kurabe run 'my evals/kurabe.yaml' --db 'it'\\''s.db' --resume r1`,
    );
  });
});

describe("the summary of an incomplete run", () => {
  it("counts unfinished results by model and error class, then says how to finish", () => {
    const lines = describeIncompleteRun(
      {
        unfinished: [
          { modelId: "dead", errorKind: "network", count: 6 },
          { modelId: "alive", errorKind: "timeout", count: 2 },
          { modelId: "alive", errorKind: "judge_server", count: 1 },
        ],
        pairwiseFailed: 3,
      },
      "kurabe run kurabe.yaml --resume r1",
    );
    expect(lines).toEqual([
      "kurabe: run incomplete: 9 results without an answer or a score (infrastructure errors, not counted as wrong answers)",
      "  dead: 6 network",
      "  alive: 2 timeout, 1 judge_server",
      "  pairwise judging: 3 failed",
      "kurabe: once the cause is fixed, finish it with `kurabe run kurabe.yaml --resume r1`",
    ]);
  });
});
