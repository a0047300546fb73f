import { definesFunction, type ExtractedCode } from "./extract-code.js";
import type { CodeProblem } from "./types.js";

export interface CandidateProgram {
  program: string;
  /** completion: the model continued the prompt; chat: it wrote the whole function. */
  style: "completion" | "chat";
}

/**
 * The program to test from the code in an answer. Completion style (the code does not define the entry point): the
 * prompt followed by the code, as upstream HumanEval does (`prompt + completion`). Chat style (the code defines the
 * entry point, or the problem has no prompt, as MBPP): the code itself, after the prompt's imports and helper
 * functions it lacks (HumanEval/10's `is_palindrome`, `from typing import List`).
 */
export function candidateProgram(problem: CodeProblem, extracted: ExtractedCode): CandidateProgram {
  const code = extracted.code;
  if (!problem.prompt.trim()) return { program: code, style: "chat" };
  if (!extracted.definesEntryPoint) {
    const body = problem.language === "python" ? indentBody(code) : code;
    const joiner = problem.prompt.endsWith("\n") || body.startsWith("\n") ? "" : "\n";
    return { program: problem.prompt + joiner + body, style: "completion" };
  }
  if (problem.language === "python") {
    const preamble = pythonPreamble(problem.prompt, problem.entryPoint);
    // Whatever the answer defines comes later and wins: adding the prompt's helpers when present changes nothing.
    return { program: preamble.trim() ? `${preamble.trimEnd()}\n\n\n${code}` : code, style: "chat" };
  }
  const module = stripExports(code);
  const helpers = javascriptHelpers(problem.prompt, problem.entryPoint).filter(
    (helper) => !definesFunction(module, helper.name, "javascript"),
  );
  const prefix = helpers.map((helper) => helper.source.trimEnd()).join("\n\n");
  return { program: prefix ? `${prefix}\n\n${module}` : module, style: "chat" };
}

/** Everything in a Python prompt before the entry point's `def`: imports, constants, helper functions. */
export function pythonPreamble(prompt: string, entryPoint: string): string {
  const match = new RegExp(`^(?:async[ \\t]+)?def[ \\t]+${entryPoint}[ \\t]*\\(`, "m").exec(prompt);
  return match ? prompt.slice(0, match.index) : "";
}

/**
 * The completion of a prompt that ends inside a function: a body a chat model gave without indentation (`return x`)
 * would be a syntax error after the docstring, so it is indented one level.
 */
function indentBody(code: string): string {
  const first = code.split("\n").find((line) => line.trim());
  if (first === undefined || /^[ \t]/.test(first)) return code;
  return code
    .split("\n")
    .map((line) => (line.trim() ? `    ${line}` : line))
    .join("\n");
}

const JS_TOP_LEVEL = new RegExp(
  [
    String.raw`^(?:(?:const|let|var)\s+([A-Za-z_$][\w$]*)\s*=`,
    String.raw`(?:async\s+)?function\s*\*?\s*([A-Za-z_$][\w$]*)\s*\(`,
    String.raw`class\s+([A-Za-z_$][\w$]*))`,
  ].join("|"),
  "gm",
);

/** The top-level declarations of a JavaScript prompt before the entry point, one source chunk each. */
export function javascriptHelpers(prompt: string, entryPoint: string): { name: string; source: string }[] {
  const declarations = [...prompt.matchAll(JS_TOP_LEVEL)].map((match) => ({
    name: (match[1] ?? match[2] ?? match[3])!,
    index: match.index,
  }));
  const entry = declarations.findLastIndex((declaration) => declaration.name === entryPoint);
  const end = entry < 0 ? declarations.length : entry;
  const helpers: { name: string; source: string }[] = [];
  for (let i = 0; i < end; i += 1) {
    const { name, index } = declarations[i]!;
    const next = declarations[i + 1]?.index ?? prompt.length;
    if (!helpers.some((helper) => helper.name === name)) helpers.push({ name, source: prompt.slice(index, next) });
  }
  return helpers;
}

/** ES module syntax in a script is a syntax error: `export function f` → `function f`; `export { f }` is dropped. */
export function stripExports(code: string): string {
  return code
    .replace(/^export\s+default\s+(?=(?:async\s+)?function\b|class\b)/gm, "")
    .replace(/^export\s+(?=(?:const|let|var|class|(?:async\s+)?function)\b)/gm, "")
    .replace(/^export\s*\{[^}]*\};?[ \t]*$/gm, "")
    .replace(/^export\s+default\s+[A-Za-z_$][\w$]*;?[ \t]*$/gm, "");
}
