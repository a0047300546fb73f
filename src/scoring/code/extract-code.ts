import type { SandboxLanguage } from "../sandbox/types.js";

interface CodeBlock {
  /** The fence's info string, lower-cased (`python`, `js`, or empty for a bare fence). */
  tag: string;
  code: string;
}

export interface ExtractedCode {
  code: string;
  /** Whether it came from a fenced block or is the answer's bare text. */
  from: "fence" | "text";
  /** Whether it defines the entry point itself (a whole function: chat style) or is a continuation. */
  definesEntryPoint: boolean;
}

const TAGS: Record<SandboxLanguage, ReadonlySet<string>> = {
  python: new Set(["python", "py", "python3", "py3", "ipython", "pycon"]),
  javascript: new Set(["javascript", "js", "node", "nodejs", "jsx", "mjs", "cjs"]),
};

const FENCE_OPEN = /^([ \t]*)(`{3,}|~{3,})[ \t]*([\w+#.-]*)[^\n]*$/;

/** Fenced blocks in order; an unclosed last fence (a cut-off answer) runs to the end of the text. */
export function fencedBlocks(text: string): CodeBlock[] {
  const blocks: CodeBlock[] = [];
  const lines = text.replace(/\r\n?/g, "\n").split("\n");
  let open: { indent: number; fence: string; tag: string; lines: string[] } | undefined;
  for (const line of lines) {
    if (!open) {
      const match = FENCE_OPEN.exec(line);
      if (match) open = { indent: match[1]!.length, fence: match[2]!, tag: match[3]!.toLowerCase(), lines: [] };
      continue;
    }
    const trimmed = line.trim();
    if (trimmed.startsWith(open.fence[0]!.repeat(open.fence.length)) && /^(`{3,}|~{3,})$/.test(trimmed)) {
      blocks.push({ tag: open.tag, code: dedentBy(open.lines, open.indent) });
      open = undefined;
    } else {
      open.lines.push(line);
    }
  }
  if (open && open.lines.some((line) => line.trim())) blocks.push({ tag: open.tag, code: dedentBy(open.lines, open.indent) });
  return blocks;
}

/** Removes up to `indent` leading spaces (a fence nested in a list indents its content with it). */
function dedentBy(lines: readonly string[], indent: number): string {
  const pattern = new RegExp(`^[ \\t]{0,${indent}}`);
  return `${lines.map((line) => (indent > 0 ? line.replace(pattern, "") : line)).join("\n")}\n`;
}

/** Whether `code` defines `name` at some level (`def name(`, `function name(`, `const name =`, …). */
export function definesFunction(code: string, name: string, language: SandboxLanguage): boolean {
  const id = name.replace(/\$/g, "\\$");
  const pattern =
    language === "python"
      ? new RegExp(`^[ \\t]*(?:async[ \\t]+)?def[ \\t]+${id}[ \\t]*\\(|^${id}[ \\t]*=(?!=)`, "m")
      : new RegExp(`(?:^|[^\\w$.])(?:(?:async\\s+)?function\\s*\\*?\\s*${id}\\s*\\(|(?:const|let|var)\\s+${id}\\s*=)`, "m");
  return pattern.test(code);
}

/** A line that can only be Python code: a statement keyword, a block opener, an assignment, a call to print. */
const PYTHON_CODE_LINE = new RegExp(
  String.raw`^[ \t]*(?:def |class |return\b|import |from \S+ import|(?:if|for|while|with|elif) .*:\s*$|try:|else:|` +
    String.raw`[A-Za-z_][\w.[\]]*\s*(?:=|\+=|-=|\*=)|print\(|@\w|pass$)`,
  "m",
);
const JS_CODE_LINE = /(?:=>|\bfunction\b|^\s*return\b|^\s*(?:const|let|var)\s|[;{}]\s*$)/m;

/**
 * The code in a model's answer: among fenced blocks, the first that defines the entry point, else the first in the
 * language (or bare), else the first; without fences, the bare text (from its first line of code on, when the answer
 * opens with prose before a whole function). MBPP's `[BEGIN]`/`[DONE]` markers are cut. Undefined when there is no
 * code at all.
 */
export function extractCode(text: string, language: SandboxLanguage, entryPoint: string): ExtractedCode | undefined {
  const answer = cutBeginDone(text.replace(/\r\n?/g, "\n"));
  const blocks = fencedBlocks(answer).filter((block) => block.code.trim());
  if (blocks.length > 0) {
    const defining = blocks.find((block) => definesFunction(block.code, entryPoint, language));
    const inLanguage = blocks.find((block) => block.tag === "" || TAGS[language].has(block.tag));
    const chosen = defining ?? inLanguage ?? blocks[0]!;
    return { code: chosen.code, from: "fence", definesEntryPoint: defining !== undefined };
  }
  if (!answer.trim()) return undefined;
  const codeLine = language === "python" ? PYTHON_CODE_LINE : JS_CODE_LINE;
  if (!codeLine.test(answer)) return undefined;
  if (definesFunction(answer, entryPoint, language)) {
    return { code: fromFirstCodeLine(answer, language), from: "text", definesEntryPoint: true };
  }
  return { code: answer, from: "text", definesEntryPoint: false };
}

function cutBeginDone(text: string): string {
  const begin = text.indexOf("[BEGIN]");
  const from = begin >= 0 ? text.slice(begin + "[BEGIN]".length) : text;
  const done = from.indexOf("[DONE]");
  return done >= 0 ? from.slice(0, done) : from;
}

const PYTHON_START = /^(?:from\s+\S+\s+import\b|import\s+\w|def\s|async\s+def\s|class\s|@\w|#|[A-Za-z_][\w.]*\s*=[^=])/;
const JS_START = /^(?:const\s|let\s|var\s|function\b|async\s+function\b|class\s|import\s|export\s|'use strict'|"use strict"|\/\/|\/\*)/;

/** Drops leading prose: the answer starts at its first top-level line that opens code. */
function fromFirstCodeLine(text: string, language: SandboxLanguage): string {
  const start = language === "python" ? PYTHON_START : JS_START;
  const lines = text.split("\n");
  const first = lines.findIndex((line) => start.test(line));
  return first > 0 ? lines.slice(first).join("\n") : text;
}
