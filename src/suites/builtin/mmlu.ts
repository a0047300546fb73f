import type { BuiltinSuite } from "./types.js";
import { idField, stringField, stringListField } from "./record-fields.js";

const LETTERS = ["A", "B", "C", "D"];

/** MMLU as lm-evaluation-harness asks it (subject line, lettered options, "Answer:"), told to answer with a letter. */
export const mmlu: BuiltinSuite = {
  name: "mmlu",
  title: "MMLU (57 subjects, 4-way multiple choice)",
  category: "nlu",
  source: {
    benchmark: "MMLU",
    url: "https://github.com/hendrycks/test",
    license: "MIT",
    citation: "Hendrycks et al., Measuring Massive Multitask Language Understanding, ICLR 2021",
  },
  toItem(record, line, fail) {
    const choices = stringListField(record, "choices", fail);
    if (choices.length !== 4) fail("choices", `expected 4 options, got ${choices.length}`);
    const answer = stringField(record, "answer", fail);
    if (!LETTERS.includes(answer)) fail("answer", `expected a letter A–D, got "${answer}"`);
    const subject = stringField(record, "subject", fail);
    return {
      id: idField(record, "id", fail),
      input: stringField(record, "question", fail),
      choices,
      expected: answer,
      fields: { subject, subject_name: subject.replaceAll("_", " ") },
      line,
    };
  },
  template:
    "The following is a multiple choice question about {{subject_name}}. Answer with the letter of the correct option.\n\n" +
    "{{input}}\n{{choices}}\nAnswer:",
  scorer: "choice",
  params: { temperature: 0, maxTokens: 128 },
  shots: 0,
  exemplarGroup: "subject",
};
