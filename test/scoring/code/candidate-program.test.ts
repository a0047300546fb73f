import { describe, expect, it } from "vitest";
import {
  candidateProgram,
  javascriptHelpers,
  pythonPreamble,
  stripExports,
} from "../../../src/scoring/code/candidate-program.js";
import type { ExtractedCode } from "../../../src/scoring/code/extract-code.js";
import type { CodeProblem } from "../../../src/scoring/code/types.js";

const pythonPrompt =
  'from typing import List\n\n\ndef is_palindrome(s: str) -> bool:\n    return s == s[::-1]\n\n\n' +
  'def make_palindrome(string: str) -> str:\n    """ Shortest palindrome starting with string. """\n';

const jsPrompt =
  "/* Test if a string is a palindrome */\nconst isPalindrome = (string) => {\n  return string == string.split('').reverse().join('');\n}\n\n" +
  "/* Find the shortest palindrome */\nconst makePalindrome = (string) => {\n";

const problem = (language: "python" | "javascript", prompt: string, entryPoint: string): CodeProblem => ({
  benchmark: language === "python" ? "humaneval" : "humaneval-x-js",
  language,
  id: "t/1",
  prompt,
  entryPoint,
  tests: [],
  missingDependencies: [],
});

const code = (text: string, definesEntryPoint: boolean): ExtractedCode => ({ code: text, from: "fence", definesEntryPoint });

describe("candidateProgram", () => {
  const py = problem("python", pythonPrompt, "make_palindrome");
  const jsProblem = problem("javascript", jsPrompt, "makePalindrome");

  it("completion style: the prompt followed by the completion, as upstream HumanEval", () => {
    const body = "    return string + string[::-1]\n";
    expect(candidateProgram(py, code(body, false))).toEqual({ program: pythonPrompt + body, style: "completion" });
  });

  it("completion style: indents a body a chat model gave without indentation", () => {
    const body = "if not string:\n    return ''\n\nreturn string\n";
    const { program } = candidateProgram(py, code(body, false));
    expect(program).toBe(`${pythonPrompt}    if not string:\n        return ''\n\n    return string\n`);
  });

  it("chat style: the model's function after the prompt's imports and helpers", () => {
    const whole = "def make_palindrome(string: str) -> str:\n    return string\n";
    const { program, style } = candidateProgram(py, code(whole, true));
    expect(style).toBe("chat");
    expect(program).toContain("from typing import List");
    expect(program).toContain("def is_palindrome");
    expect(program.endsWith(whole)).toBe(true);
    // The prompt's own unfinished entry point is not included.
    expect(program.match(/def make_palindrome/g)).toHaveLength(1);
  });

  it("MBPP (no prompt): the code itself", () => {
    const mbpp = { ...problem("python", "", "add"), benchmark: "mbpp" as const };
    expect(candidateProgram(mbpp, code("def add(a, b):\n    return a + b\n", true))).toEqual({
      program: "def add(a, b):\n    return a + b\n",
      style: "chat",
    });
  });

  it("JavaScript completion: prompt + completion", () => {
    const body = "  return string;\n}\n";
    expect(candidateProgram(jsProblem, code(body, false))).toEqual({ program: jsPrompt + body, style: "completion" });
  });

  it("JavaScript chat: adds a helper only when the answer lacks it (a second const would be a syntax error)", () => {
    const alone = "const makePalindrome = (s) => s;\n";
    expect(candidateProgram(jsProblem, code(alone, true)).program).toContain("const isPalindrome");
    const both = "const isPalindrome = (s) => true;\nconst makePalindrome = (s) => s;\n";
    const { program } = candidateProgram(jsProblem, code(both, true));
    expect(program.match(/const isPalindrome/g)).toHaveLength(1);
  });

  it("JavaScript chat: drops ES module syntax, which a script cannot run", () => {
    const { program } = candidateProgram(jsProblem, code("export const makePalindrome = (s) => s;\nexport { makePalindrome };\n", true));
    expect(program).not.toMatch(/^export/m);
    expect(program).toContain("const makePalindrome = (s) => s;");
  });
});

describe("pythonPreamble", () => {
  it("is the prompt up to the entry point's def", () => {
    expect(pythonPreamble(pythonPrompt, "make_palindrome")).toBe(pythonPrompt.slice(0, pythonPrompt.indexOf("def make_palindrome")));
    expect(pythonPreamble("def f():\n", "f")).toBe("");
  });
});

describe("javascriptHelpers", () => {
  it("lists the declarations before the entry point", () => {
    expect(javascriptHelpers(jsPrompt, "makePalindrome").map((helper) => helper.name)).toEqual(["isPalindrome"]);
    expect(javascriptHelpers("const f = (x) => {\n", "f")).toEqual([]);
  });
});

describe("stripExports", () => {
  it.each([
    ["export function f() {}", "function f() {}"],
    ["export default function f() {}", "function f() {}"],
    ["export const f = 1;", "const f = 1;"],
    ["export async function f() {}", "async function f() {}"],
    ["export { f, g };", ""],
    ["export default f;", ""],
    ["const exported = 1;", "const exported = 1;"],
  ])("%j → %j", (input, output) => {
    expect(stripExports(input)).toBe(output);
  });
});
