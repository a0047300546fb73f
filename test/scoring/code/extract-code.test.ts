import { describe, expect, it } from "vitest";
import { definesFunction, extractCode, fencedBlocks } from "../../../src/scoring/code/extract-code.js";

const FENCE = "```";

describe("fencedBlocks", () => {
  it.each([
    ["one python block", `Here:\n${FENCE}python\nx = 1\n${FENCE}\nDone.`, [{ tag: "python", code: "x = 1\n" }]],
    ["a bare fence", `${FENCE}\nx = 1\n${FENCE}`, [{ tag: "", code: "x = 1\n" }]],
    ["two blocks in order", `${FENCE}py\na\n${FENCE}\ntext\n${FENCE}js\nb\n${FENCE}`, [{ tag: "py", code: "a\n" }, { tag: "js", code: "b\n" }]],
    ["an unclosed last fence (cut-off answer)", `${FENCE}python\ndef f():\n    return 1`, [{ tag: "python", code: "def f():\n    return 1\n" }]],
    ["tildes and an info string", "~~~javascript title=x\nlet a\n~~~", [{ tag: "javascript", code: "let a\n" }]],
    ["a fence indented in a list", `1. Code:\n   ${FENCE}python\n   def f():\n       pass\n   ${FENCE}`, [{ tag: "python", code: "def f():\n    pass\n" }]],
    ["CRLF line ends", `${FENCE}python\r\nx = 1\r\n${FENCE}\r\n`, [{ tag: "python", code: "x = 1\n" }]],
    ["no fence", "just text", []],
  ])("%s", (_name, text, expected) => {
    expect(fencedBlocks(text)).toEqual(expected);
  });
});

describe("definesFunction", () => {
  it.each([
    ["def f(x):", "f", "python", true],
    ["    def f(x):", "f", "python", true],
    ["async def f():", "f", "python", true],
    ["f = lambda x: x", "f", "python", true],
    ["f == 3", "f", "python", false],
    ["def ff(x):", "f", "python", false],
    ["x = f(3)", "f", "python", false],
    ["const fib = (n) => n", "fib", "javascript", true],
    ["function fib(n) {}", "fib", "javascript", true],
    ["export function fib(n) {}", "fib", "javascript", true],
    ["let fib = function (n) {}", "fib", "javascript", true],
    ["const fibonacci = 1", "fib", "javascript", false],
    ["obj.fib = 1", "fib", "javascript", false],
    ["console.log(fib(3))", "fib", "javascript", false],
  ] as const)("%j defines %s (%s): %s", (code, name, language, expected) => {
    expect(definesFunction(code, name, language)).toBe(expected);
  });
});

describe("extractCode", () => {
  const solution = "def add(a, b):\n    return a + b\n";

  it.each([
    ["a python fence", `Sure!\n${FENCE}python\n${solution}${FENCE}\nIt adds.`, { code: solution, from: "fence", definesEntryPoint: true }],
    ["a py fence", `${FENCE}py\n${solution}${FENCE}`, { code: solution, from: "fence", definesEntryPoint: true }],
    ["a bare fence", `${FENCE}\n${solution}${FENCE}`, { code: solution, from: "fence", definesEntryPoint: true }],
    [
      "the block that defines the entry point, not an earlier example",
      `Usage:\n${FENCE}python\nprint(add(1, 2))\n${FENCE}\nCode:\n${FENCE}python\n${solution}${FENCE}`,
      { code: solution, from: "fence", definesEntryPoint: true },
    ],
    [
      "the first defining block when several define it",
      `${FENCE}python\n${solution}${FENCE}\nor\n${FENCE}python\ndef add(a, b):\n    return sum([a, b])\n${FENCE}`,
      { code: solution, from: "fence", definesEntryPoint: true },
    ],
    [
      "a body in a fence (completion style)",
      `${FENCE}python\n    return a + b\n${FENCE}`,
      { code: "    return a + b\n", from: "fence", definesEntryPoint: false },
    ],
    [
      "a python block before a block in another language",
      `${FENCE}bash\npip install x\n${FENCE}\n${FENCE}python\n    return a + b\n${FENCE}`,
      { code: "    return a + b\n", from: "fence", definesEntryPoint: false },
    ],
    ["bare code (a base model's continuation)", "    return a + b\n", { code: "    return a + b\n", from: "text", definesEntryPoint: false }],
    ["bare whole function after a line of prose", `Here is the function:\n${solution}`, { code: solution, from: "text", definesEntryPoint: true }],
    [
      "bare code keeps module-level constants before the function",
      `R = 3\n${solution}`,
      { code: `R = 3\n${solution}`, from: "text", definesEntryPoint: true },
    ],
    ["MBPP's [BEGIN] … [DONE] markers", `[BEGIN]\n${solution}[DONE]\nmore`, { code: solution, from: "text", definesEntryPoint: true }],
  ] as const)("takes %s", (_name, text, expected) => {
    expect(extractCode(text, "python", "add")).toEqual(expected);
  });

  it.each([
    ["an empty answer", ""],
    ["whitespace", "  \n\t"],
    ["prose only", "I am sorry, I cannot help with that request."],
    ["an empty fence", `${FENCE}python\n${FENCE}`],
  ])("finds no code in %s", (_name, text) => {
    expect(extractCode(text, "python", "add")).toBeUndefined();
  });

  it.each([
    ["a js fence", `${FENCE}js\nconst add = (a, b) => a + b;\n${FENCE}`, true],
    ["a javascript fence with a function declaration", `${FENCE}javascript\nfunction add(a, b) {\n  return a + b;\n}\n${FENCE}`, true],
    ["a body (completion style)", "  return a + b;\n}\n", false],
  ] as const)("JavaScript: takes %s", (_name, text, defines) => {
    const extracted = extractCode(text, "javascript", "add");
    expect(extracted?.definesEntryPoint).toBe(defines);
    expect(extracted?.code).toContain("a + b");
  });

  it("prefers the JavaScript block over a Python one for a JavaScript problem", () => {
    const text = `${FENCE}python\nx = 1\n${FENCE}\n${FENCE}js\nlet y = 2\n${FENCE}`;
    expect(extractCode(text, "javascript", "add")?.code).toBe("let y = 2\n");
  });
});
