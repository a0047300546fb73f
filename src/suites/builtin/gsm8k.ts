import type { BuiltinSuite } from "./types.js";
import { fileStem, hasStrings, idField, stringField } from "./record-fields.js";

/**
 * GSM8K with chain of thought: the model reasons, then ends with "#### N" as the dataset's own solutions do. The
 * whole answer (the trace) is stored; scores: final number (primary), and lm-evaluation-harness's strict and flexible
 * extractions, reported side by side (instruct models often fail the strict format).
 */
export const gsm8k: BuiltinSuite = {
  name: "gsm8k",
  title: "GSM8K (grade-school math, chain of thought)",
  category: "reasoning",
  source: {
    benchmark: "GSM8K",
    url: "https://github.com/openai/grade-school-math",
    license: "MIT",
    citation: "Cobbe et al., Training Verifiers to Solve Math Word Problems, arXiv:2110.14168, 2021",
  },
  toItem(record, line, fail) {
    const solution = stringField(record, "answer", fail);
    const final = /####\s*(.+)\s*$/.exec(solution)?.[1];
    if (final === undefined) fail("answer", 'expected a solution ending in "#### <number>"');
    return {
      id: idField(record, "id", fail),
      input: stringField(record, "question", fail),
      expected: final!.replaceAll(",", "").trim(),
      // The worked solution without the dataset's calculator annotations (<<4*2=8>>), for few-shot examples.
      fields: { solution: solution.replace(/<<[^>]*>>/g, "") },
      line,
    };
  },
  layout: {
    accepted: ['GSM8K JSON lines as downloaded (grade_school_math/data/test.jsonl: "question", "answer" ending in "#### N")'],
    fits: (record) => hasStrings(record, "question", "answer"),
    // Upstream records have no id: the position names them, as the bundled subset's ids do (gsm8k/train/331).
    reshape: (record, index, path) => [record.id === undefined ? { ...record, id: `gsm8k/${fileStem(path)}/${index}` } : record],
  },
  template:
    "Solve the following math problem. Think step by step, then write the final answer on the last line as " +
    '"#### <number>".\n\nQuestion: {{input}}',
  scorer: ["numeric", "gsm8k-strict", "gsm8k-flexible"],
  params: { temperature: 0, maxTokens: 768 },
  shots: 0,
  exemplarAnswer: (item) => String(item.fields.solution),
};
