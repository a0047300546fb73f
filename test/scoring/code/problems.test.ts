import { describe, expect, it } from "vitest";
import { ConfigError } from "../../../src/errors.js";
import {
  codeProblemFromRecord,
  javascriptEntryPoint,
  mbppEntryPoint,
  missingNodePackages,
} from "../../../src/scoring/code/problems.js";
import { codeProblemFromItem } from "../../../src/scoring/code/score-code-sample.js";

describe("codeProblemFromRecord", () => {
  it("HumanEval: program + test + check(entry_point)", () => {
    const problem = codeProblemFromRecord("humaneval", {
      task_id: "HumanEval/0",
      prompt: "def f(x):\n",
      canonical_solution: "    return x\n",
      test: "def check(candidate):\n    assert candidate(1) == 1\n",
      entry_point: "f",
    });
    expect(problem).toMatchObject({ language: "python", id: "HumanEval/0", entryPoint: "f", reference: "def f(x):\n    return x\n" });
    expect(problem.tests.map((test) => test.source)).toEqual(["def check(candidate):\n    assert candidate(1) == 1\n", "check(f)\n"]);
  });

  it("MBPP: setup code, then each assert of test_list; CRLF becomes LF", () => {
    const problem = codeProblemFromRecord("mbpp", {
      task_id: 2,
      code: "def add(a, b):\r\n  return a + b",
      test_setup_code: "import math",
      test_list: ["assert add(1, 2) == 3", "assert add(0, 0) == 0"],
      challenge_test_list: ["assert add(-1, 1) == 0"],
    });
    expect(problem).toMatchObject({ id: "mbpp/2", entryPoint: "add", prompt: "", reference: "def add(a, b):\n  return a + b" });
    expect(problem.tests.map((test) => test.name)).toEqual(["setup.py", "test_1.py", "test_2.py"]);
  });

  it("MBPP: challenge tests only on request", () => {
    const record = { task_id: 2, code: "def add(a, b): return a + b", test_list: ["assert add(1, 2) == 3"], challenge_test_list: ["assert add(-1, 1) == 0"] };
    expect(codeProblemFromRecord("mbpp", record, { mbppChallengeTests: true }).tests).toHaveLength(2);
  });

  it("HumanEval-X: the entry point is the prompt's last declaration; test as is", () => {
    const problem = codeProblemFromRecord("humaneval-x-js", {
      task_id: "JavaScript/10",
      prompt: "const isPalindrome = (s) => {\n  return true\n}\n\n/* doc */\nconst makePalindrome = (string) => {\n",
      canonical_solution: "  return string\n}\n",
      test: "const t = () => { console.assert(makePalindrome('') === '') }\nt()\n",
    });
    expect(problem).toMatchObject({ language: "javascript", entryPoint: "makePalindrome", missingDependencies: [] });
  });

  it("names the missing field of an invalid record", () => {
    expect(() => codeProblemFromRecord("humaneval", { task_id: "x", prompt: "p", test: "t" })).toThrow(ConfigError);
    expect(() => codeProblemFromRecord("humaneval", { task_id: "x", prompt: "p", test: "t" })).toThrow(/entry_point/);
    expect(() => codeProblemFromRecord("mbpp", { task_id: 1, test_list: [] })).toThrow(/test_list/);
  });

  it("builds a problem from a suite item's fields", () => {
    const problem = codeProblemFromItem("humaneval", {
      id: "HumanEval/1",
      input: "Complete this function",
      fields: { prompt: "def g():\n", test: "def check(c):\n    assert c() == 1\n", entry_point: "g" },
      line: 4,
    });
    expect(problem).toMatchObject({ id: "HumanEval/1", prompt: "def g():\n", entryPoint: "g" });
  });
});

describe("mbppEntryPoint", () => {
  it.each([
    [["assert add(1, 2) == 3"], "def add(a, b): pass", "add"],
    [["assert set(similar(x)) == {1}"], "def similar(x): pass", "similar"],
    [["assert math.isclose(area(2), 12.56)"], "import math\ndef area(r): pass", "area"],
    [["assert is_Power_Of_Two(4) == True", "assert differ(1, 2)"], "def is_Power_Of_Two(x): pass\ndef differ(a, b): pass", "is_Power_Of_Two"],
    [["assert sorted(f(3)) == [1]"], undefined, "f"],
  ] as const)("%j with %j → %s", (asserts, reference, expected) => {
    expect(mbppEntryPoint(asserts, reference)).toBe(expected);
  });
});

describe("javascriptEntryPoint", () => {
  it.each([
    ["const a = () => {}\nconst b = (x) => {\n", "b"],
    ["function f(x) {\n", "f"],
    ["/* doc */\n", undefined],
  ])("%j → %s", (prompt, expected) => {
    expect(javascriptEntryPoint(prompt)).toBe(expected);
  });
});

describe("missingNodePackages", () => {
  it.each([
    ["var md5 = require('js-md5')", ["js-md5"]],
    ["const fs = require('fs'); const p = require(\"node:path\")", []],
    ["import lodash from 'lodash'\nimport { x } from './local'", ["lodash"]],
    ["const c = require('crypto')", []],
  ])("%j → %j", (source, expected) => {
    expect(missingNodePackages(source)).toEqual(expected);
  });
});
