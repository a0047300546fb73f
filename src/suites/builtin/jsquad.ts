import type { BuiltinSuite } from "./types.js";
import { arrayField, idField, stringField } from "./record-fields.js";

/** JSQuAD (JGLUE v1.3): extractive reading comprehension, scored by exact match and character-level F1. */
export const jsquad: BuiltinSuite = {
  name: "jsquad",
  title: "JSQuAD (JGLUE, Japanese extractive reading comprehension)",
  category: "nlu",
  source: {
    benchmark: "JSQuAD (JGLUE v1.3)",
    url: "https://github.com/yahoojapan/JGLUE",
    license: "CC BY-SA 4.0",
    citation: "Kurihara, Kawahara, Shibata. JGLUE: Japanese General Language Understanding Evaluation. LREC 2022",
  },
  toItem(record, line, fail) {
    const answers = arrayField(record, "answers", fail).map((answer, index) => {
      const text = (answer as { text?: unknown } | null)?.text;
      return typeof text === "string" ? text : fail(`answers[${index}].text`, "expected a string");
    });
    if (answers.length === 0) fail("answers", "expected at least one gold answer");
    return {
      id: idField(record, "id", fail),
      input: stringField(record, "question", fail),
      expected: answers,
      fields: { context: stringField(record, "context", fail) },
      line,
    };
  },
  template: "次の文章を読んで、質問に文章中の言葉をそのまま抜き出して答えてください。答えだけを書いてください。\n\n文章: {{context}}\n\n質問: {{input}}\n答え:",
  scorer: ["jsquad"],
  params: { temperature: 0, maxTokens: 64 },
  shots: 0,
};
