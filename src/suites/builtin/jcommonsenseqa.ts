import type { BuiltinSuite } from "./types.js";
import { hasStrings, idField, stringField } from "./record-fields.js";

const LETTERS = ["A", "B", "C", "D", "E"];

/** JCommonsenseQA (JGLUE v1.3): five options `choice0`–`choice4`, gold `label` as a 0-based index. */
export const jcommonsenseqa: BuiltinSuite = {
  name: "jcommonsenseqa",
  title: "JCommonsenseQA (JGLUE, Japanese 5-way commonsense QA)",
  category: "nlu",
  source: {
    benchmark: "JCommonsenseQA (JGLUE v1.3)",
    url: "https://github.com/yahoojapan/JGLUE",
    license: "CC BY-SA 4.0",
    citation: "Kurihara, Kawahara, Shibata. JGLUE: Japanese General Language Understanding Evaluation. LREC 2022",
  },
  toItem(record, line, fail) {
    const choices = LETTERS.map((_, index) => stringField(record, `choice${index}`, fail));
    const label = record.label;
    if (typeof label !== "number" || !Number.isInteger(label) || label < 0 || label > 4) {
      fail("label", "expected an option index 0–4");
    }
    return {
      id: idField(record, "q_id", fail),
      input: stringField(record, "question", fail),
      choices,
      expected: LETTERS[label as number],
      fields: {},
      line,
    };
  },
  layout: {
    accepted: ['JGLUE JSON lines as downloaded (datasets/jcommonsenseqa-v1.3/valid-v1.3.json: "q_id", "question", "choice0"–"choice4", "label")'],
    fits: (record) => hasStrings(record, "question", "choice0"),
  },
  template: "次の質問に最も適切な答えを選択肢から選び、記号（A〜E）だけで答えてください。\n\n質問: {{input}}\n{{choices}}\n答え:",
  scorer: "choice",
  params: { temperature: 0, maxTokens: 64 },
  shots: 0,
};
