import fs from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { codeProblemFromRecord } from "../../../src/scoring/code/problems.js";
import { scoreCodeSample } from "../../../src/scoring/code/score-code-sample.js";
import type { CodeBenchmark, CodeProblem, CodeScore } from "../../../src/scoring/code/types.js";
import { SandboxPool } from "../../../src/scoring/sandbox/sandbox-pool.js";
import { sandboxAvailable } from "../sandbox/sandbox-available.js";
import { detailText } from "../../support/detail-text.js";

const FIXTURES = path.join(import.meta.dirname, "../../fixtures/code");

interface Case {
  problem: CodeProblem;
  /** The reference solution as a model would answer: the completion, or MBPP's code in a fence. */
  answer: string;
  /** The same answer with one small breaking change. */
  mutant: string;
}

// Flipping the first comparison breaks most solutions; these two it does not (is_not_prime's `==` flip still
// passes its three tests; min_length has no comparison), so they get a wrong constant instead.
const MUTANTS: Record<string, (code: string) => string> = {
  "mbpp/3": (code) => code.replace("return result", "return not result"),
  "mbpp/528": (code) => code.replace("return(min_length, min_list)", "return(min_length + 1, min_list)"),
};

const FLIPS: [RegExp, string][] = [
  [/===/, "!=="],
  [/!==/, "==="],
  [/==/, "!="],
  [/!=/, "=="],
  [/<=/, ">"],
  [/>=/, "<"],
  [/(?<![=<>-])<(?![=<])/, ">="],
  [/(?<![=<>-])>(?![=>])/, "<="],
];

/** Flips the first comparison operator; without one, returns a wrong constant. */
function flipFirstComparison(code: string): string {
  let first: { index: number; length: number; replacement: string } | undefined;
  for (const [pattern, replacement] of FLIPS) {
    const match = pattern.exec(code);
    if (match && (!first || match.index < first.index)) first = { index: match.index, length: match[0].length, replacement };
  }
  if (!first) return code.replace(/return\b.*/, "return null;");
  return code.slice(0, first.index) + first.replacement + code.slice(first.index + first.length);
}

function loadCases(benchmark: CodeBenchmark, file: string): Case[] {
  return fs
    .readFileSync(path.join(FIXTURES, file), "utf8")
    .trim()
    .split("\n")
    .map((line) => {
      const record = JSON.parse(line) as Record<string, unknown>;
      const problem = codeProblemFromRecord(benchmark, record);
      const solution = String(benchmark === "mbpp" ? record.code : record.canonical_solution);
      const mutated = (MUTANTS[problem.id] ?? flipFirstComparison)(solution);
      const wrap = (code: string): string => (benchmark === "mbpp" ? `\`\`\`python\n${code}\n\`\`\`` : code);
      return { problem, answer: wrap(solution), mutant: wrap(mutated) };
    });
}

const cases = [
  ...loadCases("humaneval", "humaneval.dev.jsonl"),
  ...loadCases("humaneval-x-js", "humaneval_js.dev.jsonl"),
  ...loadCases("mbpp", "mbpp.dev_prompt_and_validation.jsonl"),
];
const results = new Map<string, { reference: CodeScore; mutant: CodeScore }>();

describe.skipIf(!sandboxAvailable)("reference solutions of the development items", () => {
  beforeAll(async () => {
    const pool = new SandboxPool();
    // A fixed generous limit: this test is about correctness, time-limit scaling has its own tests.
    const options = { timeLimitMs: 10_000, pool };
    await Promise.all(
      cases.map(async ({ problem, answer, mutant }) => {
        const [reference, broken] = await Promise.all([
          scoreCodeSample(problem, answer, options),
          scoreCodeSample(problem, mutant, options),
        ]);
        results.set(problem.id, { reference, mutant: broken });
      }),
    );
  }, 120_000);

  it("covers 20 HumanEval, 20 HumanEval-X JavaScript and 30 MBPP items", () => {
    const count = (benchmark: CodeBenchmark): number => cases.filter((c) => c.problem.benchmark === benchmark).length;
    expect([count("humaneval"), count("humaneval-x-js"), count("mbpp")]).toEqual([20, 20, 30]);
  });

  it.each(cases.map((c) => [c.problem.id, c] as [string, Case]))("%s: the reference passes, a one-token mutant fails", (id, c) => {
    const result = results.get(id)!;
    expect(result.reference.reason, detailText(result.reference.detail)).toBe("passed");
    expect(result.reference.passed).toBe(true);
    expect(result.reference.value).toBe(1);
    expect(c.mutant).not.toBe(c.answer);
    expect(result.mutant.passed, `mutant of ${id} passed`).toBe(false);
    expect(["assertion-failed", "runtime-error", "wrong-result"]).toContain(result.mutant.reason);
  });
});

describe("HumanEval-X JavaScript/162 (needs the npm package js-md5)", () => {
  // Built in code after upstream's record: the development subset does not include problem 162.
  const problem = codeProblemFromRecord("humaneval-x-js", {
    task_id: "JavaScript/162",
    prompt:
      "/*\n  Given a string 'text', return its md5 hash equivalent string.\n  If 'text' is an empty string, return null.\n" +
      "  >>> stringToMd5('Hello world') == '3e25960a79dbc69b674cd4ec67a72c62'\n  */\nconst stringToMd5 = (text) => {\n",
    canonical_solution: "  if (text == '') { return null }\n  var md5 = require('js-md5')\n  return md5(text)\n}\n\n",
    test:
      "const testStringToMd5 = () => {\n  console.assert(stringToMd5('Hello world') === '3e25960a79dbc69b674cd4ec67a72c62')\n}\n\ntestStringToMd5()\n",
  });

  it("is skipped with the reason instead of failing every sample", async () => {
    expect(problem.missingDependencies).toEqual(["js-md5"]);
    const score = await scoreCodeSample(problem, "  return require('crypto').createHash('md5').update(text).digest('hex')\n}\n");
    expect(score).toMatchObject({ skipped: true, reason: "skipped", passed: false, value: 0 });
    expect(detailText(score.detail)).toMatch(/js-md5/);
  });
});
