import type { BuiltinSuite } from "./types.js";
import { hasStrings, idField, stringField, stringListField } from "./record-fields.js";

/** MATH-Vision: a competition problem with its figure; lettered options when it has them, else a free answer. */
export const mathvision: BuiltinSuite = {
  name: "mathvision",
  title: "MATH-Vision (math problems with figures)",
  category: "multimodal",
  source: {
    benchmark: "MATH-Vision (MATH-V)",
    url: "https://github.com/mathllm/MATH-V",
    license: "MIT",
    citation: "Wang et al., Measuring Multimodal Mathematical Reasoning with MATH-Vision Dataset, NeurIPS 2024 D&B",
  },
  toItem(record, line, fail) {
    const options = stringListField(record, "options", fail);
    return {
      id: idField(record, "id", fail),
      // The figure is sent as an image part; the placeholder that marks it in the text is dropped.
      input: stringField(record, "question", fail).replace(/<image\d+>/g, "").trim(),
      ...(options.length > 0 ? { choices: options } : {}),
      images: [stringField(record, "image", fail)],
      expected: stringField(record, "answer", fail),
      fields: { subject: record.subject ?? null, level: record.level ?? null },
      line,
    };
  },
  layout: {
    accepted: ['MATH-Vision JSON lines as cloned (data/test.jsonl: "id", "question", "options", "image", "answer"; images/<id>.jpg)'],
    fits: (record) => hasStrings(record, "question", "image", "answer"),
    // The repository keeps data/test.jsonl and images/ side by side at its root; "image" says images/<id>.jpg.
    imageFolders: [".."],
  },
  system:
    "Solve the problem shown in the image. If options are given, end with the letter of the correct option; " +
    "otherwise end with the final answer in \\boxed{}.",
  scorer: "math-answer",
  params: { temperature: 0, maxTokens: 1024 },
  shots: 0,
};
