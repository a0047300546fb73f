import type { BuiltinSuite } from "./types.js";
import { hasStrings, idField, stringField } from "./record-fields.js";

const LABELS = ["entailment", "contradiction", "neutral"];

/** JNLI (JGLUE v1.3): premise and hypothesis; the three labels are the options, so a letter or a label both count. */
export const jnli: BuiltinSuite = {
  name: "jnli",
  title: "JNLI (JGLUE, Japanese natural language inference)",
  category: "nlu",
  source: {
    benchmark: "JNLI (JGLUE v1.3)",
    url: "https://github.com/yahoojapan/JGLUE",
    license: "CC BY-SA 4.0",
    citation: "Kurihara, Kawahara, Shibata. JGLUE: Japanese General Language Understanding Evaluation. LREC 2022",
  },
  toItem(record, line, fail) {
    const label = stringField(record, "label", fail);
    if (!LABELS.includes(label)) fail("label", `expected one of ${LABELS.join(", ")}, got "${label}"`);
    return {
      id: idField(record, "sentence_pair_id", fail),
      input: stringField(record, "sentence1", fail),
      choices: LABELS,
      expected: label,
      fields: { hypothesis: stringField(record, "sentence2", fail) },
      line,
    };
  },
  layout: {
    accepted: ['JGLUE JSON lines as downloaded (datasets/jnli-v1.3/valid-v1.3.json: "sentence_pair_id", "sentence1", "sentence2", "label")'],
    fits: (record) => hasStrings(record, "sentence1", "sentence2"),
  },
  template:
    "前提と仮説の関係を、entailment（含意）、contradiction（矛盾）、neutral（中立）のいずれかで答えてください。\n\n" +
    "前提: {{input}}\n仮説: {{hypothesis}}\n{{choices}}\n答え:",
  scorer: "choice",
  params: { temperature: 0, maxTokens: 64 },
  shots: 0,
};
