import type { BuiltinSuite } from "./types.js";
import { fileStem, hasStrings, idField, stringField, stringListField } from "./record-fields.js";

const LETTERS = ["A", "B", "C", "D"];

/**
 * A row of Hendrycks' CSV files (data.tar: data/<split>/<subject>_<split>.csv, no header): the subject and split come
 * from the file name, the id from the row, as in the bundled subset (mmlu/abstract_algebra/dev/0).
 */
function fromCsvRow(row: Record<string, unknown>, index: number, path: string): Record<string, unknown> {
  const [, subject, split] = /^(.+?)(?:_(dev|val|test))?$/.exec(fileStem(path)) ?? [];
  const { A, B, C, D, ...rest } = row;
  return { ...rest, id: `mmlu/${subject}/${split ?? "test"}/${index}`, subject, choices: [A, B, C, D] };
}

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
  layout: {
    accepted: [
      "the original header-less CSVs as downloaded (data/test/<subject>_test.csv, or the data/test folder: question, A, B, C, D, answer letter)",
      'JSON lines as kurabe bundles them ("id", "subject", "question", "choices", "answer" A–D)',
    ],
    fits: (record) => hasStrings(record, "question", "subject") && LETTERS.includes(record.answer as string),
    folder: { files: /^\w+_(?:dev|val|test)\.csv$/, description: "<subject>_test.csv files (MMLU's data/test/)" },
    csvColumns: ["question", ...LETTERS, "answer"],
    reshape: (record, index, path) => [record.choices === undefined ? fromCsvRow(record, index, path) : record],
  },
  template:
    "The following is a multiple choice question about {{subject_name}}. Answer with the letter of the correct option.\n\n" +
    "{{input}}\n{{choices}}\nAnswer:",
  scorer: "choice",
  params: { temperature: 0, maxTokens: 128 },
  shots: 0,
  exemplarGroup: "subject",
};
