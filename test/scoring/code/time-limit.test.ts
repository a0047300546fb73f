import { describe, expect, it } from "vitest";
import type { TestRun } from "../../../src/scoring/code/run-tests.js";
import { DEFAULT_TIME_LIMIT, referenceRuntimeMs, scaledTimeLimit } from "../../../src/scoring/code/time-limit.js";
import type { CodeProblem } from "../../../src/scoring/code/types.js";
import type { SandboxResult } from "../../../src/scoring/sandbox/types.js";

const problem = (id: string, reference?: string): CodeProblem => ({
  benchmark: "humaneval",
  language: "python",
  id,
  prompt: "",
  entryPoint: "f",
  tests: [],
  ...(reference === undefined ? {} : { reference }),
  missingDependencies: [],
});

const finished = (outcome: TestRun["outcome"], durationMs: number): TestRun => ({
  outcome,
  detail: { code: "code-run", outcome: "passed" },
  run: { durationMs } as SandboxResult,
});

describe("scaledTimeLimit", () => {
  it.each([
    [undefined, 4000],
    [50, 4000],
    [1000, 4000],
    [1500, 6000],
    [2500.2, 10001],
  ])("reference %s ms → %i ms with EvalPlus's max(4 s, 4 × reference)", (reference, expected) => {
    expect(scaledTimeLimit(DEFAULT_TIME_LIMIT, reference)).toBe(expected);
  });
});

describe("referenceRuntimeMs", () => {
  it("measures each problem once, even for concurrent samples", async () => {
    let runs = 0;
    const run = async (): Promise<TestRun> => {
      runs += 1;
      await new Promise((resolve) => setTimeout(resolve, 20));
      return finished("passed", 321);
    };
    const target = problem("once/1", "def f(): pass");
    const results = await Promise.all([1, 2, 3].map(() => referenceRuntimeMs(target, DEFAULT_TIME_LIMIT, run)));
    expect(results).toEqual([321, 321, 321]);
    expect(runs).toBe(1);
  });

  it("gives no measurement when the reference fails or is missing (the floor then applies)", async () => {
    expect(await referenceRuntimeMs(problem("fails/1", "def f(): x"), DEFAULT_TIME_LIMIT, async () => finished("runtime-error", 10))).toBeUndefined();
    expect(await referenceRuntimeMs(problem("throws/1", "def f(): x"), DEFAULT_TIME_LIMIT, () => Promise.reject(new Error("no sandbox")))).toBeUndefined();
    expect(await referenceRuntimeMs(problem("none/1"), DEFAULT_TIME_LIMIT, async () => finished("passed", 10))).toBeUndefined();
  });

  it("gives the measurement run a generous limit", async () => {
    let limit = 0;
    await referenceRuntimeMs(problem("limit/1", "def f(): pass"), { floorMs: 1000, factor: 4 }, async (_program, timeLimitMs) => {
      limit = timeLimitMs;
      return finished("passed", 5);
    });
    expect(limit).toBe(5000);
  });
});
