import type { BuiltinSuite } from "./types.js";
import type { FailItem } from "../parse-item.js";
import { arrayField, hasStrings, idField, stringField } from "./record-fields.js";

/**
 * The questions of a SQuAD v1.1/v2 document (`data[].paragraphs[].qas[]`), one record each with its paragraph's
 * context and its article's title, as the bundled subset has them.
 */
function squadQuestions(articles: unknown[], fail: FailItem): Record<string, unknown>[] {
  const list = (value: unknown, at: string): Record<string, unknown>[] =>
    Array.isArray(value) && value.every((entry) => typeof entry === "object" && entry !== null)
      ? (value as Record<string, unknown>[])
      : fail(at, "expected a list of objects (SQuAD format)");
  return articles.flatMap((article, a) =>
    list((article as Record<string, unknown> | null)?.paragraphs, `data[${a}].paragraphs`).flatMap((paragraph, p) =>
      list(paragraph.qas, `data[${a}].paragraphs[${p}].qas`).map((qa) => ({
        ...qa,
        title: (article as Record<string, unknown>).title,
        context: paragraph.context,
      })),
    ),
  );
}

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
  layout: {
    accepted: [
      "JGLUE's SQuAD-format JSON document as downloaded (datasets/jsquad-v1.3/valid-v1.3.json: data[].paragraphs[].qas[])",
      'JSON lines, one question each ("id", "question", "context", "answers")',
    ],
    fits: (record) => hasStrings(record, "question", "context") && Array.isArray(record.answers),
    reshape: (record, _index, _path, fail) => (Array.isArray(record.data) ? squadQuestions(record.data, fail) : [record]),
  },
  template: "次の文章を読んで、質問に文章中の言葉をそのまま抜き出して答えてください。答えだけを書いてください。\n\n文章: {{context}}\n\n質問: {{input}}\n答え:",
  scorer: ["jsquad"],
  params: { temperature: 0, maxTokens: 64 },
  shots: 0,
};
