import { codeProblemFromRecord } from "../../scoring/code/problems.js";
import type { CodeBenchmark } from "../../scoring/code/types.js";
import type { Item } from "../types.js";
import type { FailItem } from "../parse-item.js";
import type { BuiltinSuite } from "./types.js";
import { hasStrings, idField, stringField, stringListField } from "./record-fields.js";

/**
 * Reads a code record, checking it the way the sandbox will use it (tests, entry point). A problem that needs a
 * package the sandbox cannot have (HumanEval-X 162: js-md5) is marked unavailable: skipped with the reason, never
 * asked, never failed.
 */
function codeItem(benchmark: CodeBenchmark, record: Record<string, unknown>, line: number, fail: FailItem, input: string): Item {
  let missing: readonly string[] = [];
  try {
    missing = codeProblemFromRecord(benchmark, record, { location: { line } }).missingDependencies;
  } catch (error) {
    const { field } = (error as { location?: { field?: string } }).location ?? {};
    fail(field, (error as Error).message);
  }
  const { task_id: _id, prompt: _prompt, ...fields } = record;
  return {
    id: idField(record, "task_id", fail),
    input,
    fields,
    line,
    ...(missing.length > 0 ? { unavailable: `needs ${missing.join(", ")}, which the sandbox does not have` } : {}),
  };
}

/** What the three code suites share: executed by the `code` scorer, in the sandbox, greedy. */
function codeSuite(
  benchmark: CodeBenchmark,
  definition: Pick<BuiltinSuite, "title" | "source" | "template" | "layout"> & {
    input(record: Record<string, unknown>, fail: FailItem): string;
  },
): BuiltinSuite {
  return {
    name: benchmark,
    title: definition.title,
    category: "code",
    source: definition.source,
    toItem: (record, line, fail) => codeItem(benchmark, record, line, fail, definition.input(record, fail)),
    layout: definition.layout,
    ...(definition.template === undefined ? {} : { template: definition.template }),
    scorer: { type: "code", benchmark },
    params: { temperature: 0, maxTokens: 768 },
    shots: 0,
    needs: "sandbox",
  };
}

const completionTemplate = (language: string) =>
  `Complete the following ${language} function. Reply with the complete function in a single \`\`\`${language.toLowerCase()} code block.\n\n` +
  `\`\`\`${language.toLowerCase()}\n{{input}}\`\`\``;

export const humaneval = codeSuite("humaneval", {
  title: "HumanEval (Python function completion, executed)",
  source: {
    benchmark: "HumanEval",
    url: "https://github.com/openai/human-eval",
    license: "MIT",
    citation: "Chen et al., Evaluating Large Language Models Trained on Code, arXiv:2107.03374, 2021",
  },
  layout: {
    accepted: ['HumanEval JSON lines, gzipped as downloaded or not (data/HumanEval.jsonl.gz: "task_id", "prompt", "test", "entry_point")'],
    fits: (record) => hasStrings(record, "task_id", "prompt", "test"),
  },
  input: (record, fail) => stringField(record, "prompt", fail),
  template: completionTemplate("Python"),
});

export const humanevalXJs = codeSuite("humaneval-x-js", {
  title: "HumanEval-X JavaScript (function completion, executed)",
  source: {
    benchmark: "HumanEval-X (JavaScript)",
    url: "https://github.com/THUDM/CodeGeeX",
    license: "Apache-2.0",
    citation: "Zheng et al., CodeGeeX: A Pre-Trained Model for Code Generation with Multilingual Evaluations on HumanEval-X, KDD 2023",
  },
  layout: {
    accepted: ['HumanEval-X JSON lines, gzipped as downloaded or not (humaneval-x/js/data/humaneval_js.jsonl.gz: "task_id", "prompt", "test")'],
    fits: (record) => hasStrings(record, "task_id", "prompt", "test"),
  },
  input: (record, fail) => stringField(record, "prompt", fail),
  template: completionTemplate("JavaScript"),
});

// The prompt of the MBPP paper: the task and its three tests, so the model knows the function's name and signature.
// mbpp.jsonl names the task "text"; the hand-verified sanitized-mbpp.json (one JSON array) names it "prompt".
export const mbpp = codeSuite("mbpp", {
  title: "MBPP (Python programming problems, executed)",
  source: {
    benchmark: "MBPP",
    url: "https://github.com/google-research/google-research/tree/master/mbpp",
    license: "CC BY 4.0",
    citation: "Austin et al., Program Synthesis with Large Language Models, arXiv:2108.07732, 2021",
  },
  layout: {
    accepted: [
      'MBPP JSON lines as downloaded (mbpp/mbpp.jsonl: "task_id", "text", "code", "test_list")',
      'the sanitized set as downloaded, one JSON array (mbpp/sanitized-mbpp.json: "task_id", "prompt", "code", "test_imports", "test_list")',
    ],
    fits: (record) => (hasStrings(record, "text") || hasStrings(record, "prompt")) && Array.isArray(record.test_list),
  },
  input: (record, fail) =>
    `${stringField(record, "text" in record ? "text" : "prompt", fail)} Your code should pass these tests:\n\n${stringListField(record, "test_list", fail).join("\n")}`,
  template: "You are an expert Python programmer, and here is your task: {{input}}\n\nReply with the code in a single ```python code block.",
});
