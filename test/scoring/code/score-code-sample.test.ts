import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { codeProblemFromRecord } from "../../../src/scoring/code/problems.js";
import { problemTimeLimit, scoreCodeSample } from "../../../src/scoring/code/score-code-sample.js";
import type { CodeProblem } from "../../../src/scoring/code/types.js";
import { SandboxPool } from "../../../src/scoring/sandbox/sandbox-pool.js";
import { sandboxAvailable } from "../sandbox/sandbox-available.js";
import { detailText } from "../../support/detail-text.js";

const FIXTURES = path.join(import.meta.dirname, "../../fixtures/code");
const FENCE = "```";

function fixture(benchmark: "humaneval" | "humaneval-x-js", file: string, id: string): CodeProblem {
  const line = fs
    .readFileSync(path.join(FIXTURES, file), "utf8")
    .split("\n")
    .find((text) => text.includes(`"task_id": "${id}"`));
  return codeProblemFromRecord(benchmark, JSON.parse(line!) as Record<string, unknown>);
}

const makePalindrome = fixture("humaneval", "humaneval.dev.jsonl", "HumanEval/10");
const largestDivisorJs = fixture("humaneval-x-js", "humaneval_js.dev.jsonl", "JavaScript/24");
// Generous: these tests are about verdicts, and must hold with both cores busy.
const fast = { timeLimitMs: 20_000 };

/** A pool that counts the runs it was given. */
class CountingPool extends SandboxPool {
  runs = 0;

  override schedule<T>(task: () => Promise<T>): Promise<T> {
    this.runs += 1;
    return super.schedule(task);
  }
}

describe("scoreCodeSample without running anything", () => {
  it("scores an answer without code as 'no code found'", async () => {
    const score = await scoreCodeSample(makePalindrome, "I'm not able to help with that.", fast);
    expect(score).toMatchObject({ value: 0, passed: false, reason: "no-code", detail: { code: "code-run", outcome: "no-code" } });
  });
});

describe.skipIf(!sandboxAvailable)("scoreCodeSample", () => {
  it("passes a chat answer: prose, a fence, the whole function using the prompt's helper", async () => {
    const answer =
      "Here's an implementation:\n\n" +
      `${FENCE}python\ndef make_palindrome(string: str) -> str:\n    if not string:\n        return ''\n` +
      "    i = 0\n    while not is_palindrome(string[i:]):\n        i += 1\n    return string + string[:i][::-1]\n" +
      `${FENCE}\n\nIt appends the reversed prefix.`;
    const score = await scoreCodeSample(makePalindrome, answer, fast);
    expect(score).toMatchObject({ value: 1, passed: true, reason: "passed", style: "chat" });
    expect(score.extracted).toContain("def is_palindrome");
  });

  it("does not run an answer's `if __name__ == '__main__'` block (upstream execs it as a module, not a script)", async () => {
    const answer =
      `${FENCE}python\ndef make_palindrome(string: str) -> str:\n    for i in range(len(string) + 1):\n` +
      "        if is_palindrome(string[i:]):\n            return string + string[:i][::-1]\n\n" +
      `if __name__ == "__main__":\n    print(make_palindrome(input()))\n${FENCE}`;
    expect(await scoreCodeSample(makePalindrome, answer, fast)).toMatchObject({ passed: true });
  });

  it("passes a completion (the model continued the prompt)", async () => {
    const completion = "    for i in range(len(string) + 1):\n        if is_palindrome(string[i:]):\n            return string + string[:i][::-1]\n";
    const score = await scoreCodeSample(makePalindrome, completion, fast);
    expect(score).toMatchObject({ passed: true, style: "completion" });
    expect(score.extracted?.startsWith(makePalindrome.prompt)).toBe(true);
  });

  it("records a syntax error as such, with the line", async () => {
    const score = await scoreCodeSample(makePalindrome, `${FENCE}python\ndef make_palindrome(string):\n    return string +\n${FENCE}`, fast);
    expect(score).toMatchObject({ passed: false, reason: "syntax-error" });
    expect(detailText(score.detail)).toMatch(/^syntax error: line \d+/);
  });

  it("records a failing assertion with the assert that failed", async () => {
    const score = await scoreCodeSample(makePalindrome, "    return string\n", fast);
    expect(score).toMatchObject({ passed: false, reason: "assertion-failed" });
    expect(detailText(score.detail)).toMatch(/^assertion failed: assert candidate\(/);
  });

  it("records an exception with its type", async () => {
    const score = await scoreCodeSample(makePalindrome, "    return undefined_name\n", fast);
    expect(score).toMatchObject({ passed: false, reason: "runtime-error" });
    expect(detailText(score.detail)).toContain("NameError");
  });

  it("passes a JavaScript chat answer written as an ES module", async () => {
    const answer = `${FENCE}js\nexport function largestDivisor(n) {\n  for (let i = n - 1; i > 0; i--) if (n % i === 0) return i;\n}\n${FENCE}`;
    expect(await scoreCodeSample(largestDivisorJs, answer, fast)).toMatchObject({ passed: true, style: "chat" });
  });

  it("lets an answer print and name a helper `escape` (only the tests decide, unlike upstream's 'no output')", async () => {
    const js = `${FENCE}js\nconst escape = (s) => s;\nconst largestDivisor = (n) => {\n  console.log('checking', escape(String(n)));\n` +
      `  for (let i = n - 1; i > 0; i--) if (n % i === 0) return i;\n};\n${FENCE}`;
    expect(await scoreCodeSample(largestDivisorJs, js, fast)).toMatchObject({ passed: true });
    const py = "    print('debug:', string)\n    for i in range(len(string) + 1):\n        if is_palindrome(string[i:]):\n" +
      "            return string + string[:i][::-1]\n";
    expect(await scoreCodeSample(makePalindrome, py, fast)).toMatchObject({ passed: true });
  });

  it("fails a JavaScript answer whose console.assert fails, even though it prints nothing and exits 0 upstream", async () => {
    const score = await scoreCodeSample(largestDivisorJs, "  return 1;\n}\n", fast);
    expect(score).toMatchObject({ passed: false, reason: "assertion-failed" });
    expect(detailText(score.detail)).toContain("console.assert(largestDivisor(10) === 5)");
  });
});

describe.skipIf(!sandboxAvailable)("time limits scale with the reference solution (EvalPlus)", () => {
  // A problem whose reference itself takes ~0.4 s: with a fixed 0.25 s limit a correct answer times out; scaled
  // (max(floor, 4 × reference)) the same answer passes.
  const slow: CodeProblem = {
    benchmark: "humaneval",
    language: "python",
    id: "slow/1",
    prompt: "",
    entryPoint: "answer",
    tests: [{ name: "test.py", source: "assert answer() == 42\n" }],
    reference: "import time\ndef answer():\n    time.sleep(0.4)\n    return 42\n",
    missingDependencies: [],
  };
  const answer = `${FENCE}python\nimport time\ndef answer():\n    time.sleep(0.45)\n    return 42\n${FENCE}`;

  // The floor is what bounds the measurement (5 × floor): 1 s leaves a loaded machine room to run the 0.4 s reference.
  const policy = { timeFloorMs: 1000, timeFactor: 4 };

  it("measures the reference once and uses max(floor, factor × its runtime)", async () => {
    const pool = new CountingPool();
    const limit = await problemTimeLimit(slow, { ...policy, pool });
    expect(limit).toBeGreaterThanOrEqual(1600);
    expect(pool.runs).toBe(1);
    // Cached: the same limit again, without another run.
    expect(await problemTimeLimit(slow, { ...policy, pool })).toBe(limit);
    expect(pool.runs).toBe(1);
  });

  it("lets a correct but slow answer pass where a fixed short limit would fail it", async () => {
    expect(await scoreCodeSample(slow, answer, { timeLimitMs: 250 })).toMatchObject({ reason: "timeout" });
    const scaled = await scoreCodeSample(slow, answer, policy);
    expect(scaled).toMatchObject({ passed: true });
    expect(scaled.timeLimitMs).toBeGreaterThanOrEqual(1600);
  });

  it("falls back to the floor when there is no reference", async () => {
    const { reference: _unused, ...noReference } = slow;
    expect(await problemTimeLimit({ ...noReference, id: "slow/2" }, { timeFloorMs: 1234 })).toBe(1234);
  });
});
