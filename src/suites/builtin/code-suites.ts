import { codeProblemFromRecord } from "../../scoring/code/problems.js";
import type { CodeBenchmark } from "../../scoring/code/types.js";
import type { Item } from "../types.js";
import type { FailItem } from "../parse-item.js";
import type { BuiltinSuite } from "./types.js";
import { idField, stringField, stringListField } from "./record-fields.js";

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

const params = { temperature: 0, maxTokens: 768 };
const completionTemplate = (language: string) =>
  `Complete the following ${language} function. Reply with the complete function in a single \`\`\`${language.toLowerCase()} code block.\n\n` +
  `\`\`\`${language.toLowerCase()}\n{{input}}\`\`\``;

export const humaneval: BuiltinSuite = {
  name: "humaneval",
  title: "HumanEval (Python function completion, executed)",
  category: "code",
  source: {
    benchmark: "HumanEval",
    url: "https://github.com/openai/human-eval",
    license: "MIT",
    citation: "Chen et al., Evaluating Large Language Models Trained on Code, arXiv:2107.03374, 2021",
  },
  toItem: (record, line, fail) => codeItem("humaneval", record, line, fail, stringField(record, "prompt", fail)),
  template: completionTemplate("Python"),
  scorer: { type: "code", benchmark: "humaneval" },
  params,
  shots: 0,
  needs: "sandbox",
};

export const humanevalXJs: BuiltinSuite = {
  name: "humaneval-x-js",
  title: "HumanEval-X JavaScript (function completion, executed)",
  category: "code",
  source: {
    benchmark: "HumanEval-X (JavaScript)",
    url: "https://github.com/THUDM/CodeGeeX",
    license: "Apache-2.0",
    citation: "Zheng et al., CodeGeeX: A Pre-Trained Model for Code Generation with Multilingual Evaluations on HumanEval-X, KDD 2023",
  },
  toItem: (record, line, fail) => codeItem("humaneval-x-js", record, line, fail, stringField(record, "prompt", fail)),
  template: completionTemplate("JavaScript"),
  scorer: { type: "code", benchmark: "humaneval-x-js" },
  params,
  shots: 0,
  needs: "sandbox",
};

export const mbpp: BuiltinSuite = {
  name: "mbpp",
  title: "MBPP (Python programming problems, executed)",
  category: "code",
  source: {
    benchmark: "MBPP",
    url: "https://github.com/google-research/google-research/tree/master/mbpp",
    license: "CC BY 4.0",
    citation: "Austin et al., Program Synthesis with Large Language Models, arXiv:2108.07732, 2021",
  },
  // The prompt of the MBPP paper: the task and its three tests, so the model knows the function's name and signature.
  toItem: (record, line, fail) =>
    codeItem(
      "mbpp",
      record,
      line,
      fail,
      `${stringField(record, "text", fail)} Your code should pass these tests:\n\n${stringListField(record, "test_list", fail).join("\n")}`,
    ),
  template: "You are an expert Python programmer, and here is your task: {{input}}\n\nReply with the code in a single ```python code block.",
  scorer: { type: "code", benchmark: "mbpp" },
  params,
  shots: 0,
  needs: "sandbox",
};
