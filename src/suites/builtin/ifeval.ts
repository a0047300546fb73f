import type { Item } from "../types.js";
import type { FailItem } from "../parse-item.js";
import type { BuiltinSuite, SuiteSource } from "./types.js";
import { arrayField, hasStrings, idField, stringField, stringListField } from "./record-fields.js";

/** IFEval-format records: the prompt is sent as it is; the instructions and their arguments go to the checkers. */
function instructionItem(record: Record<string, unknown>, line: number, fail: FailItem): Item {
  const ids = stringListField(record, "instruction_id_list", fail);
  const kwargs = arrayField(record, "kwargs", fail);
  if (kwargs.length !== ids.length) fail("kwargs", `expected ${ids.length} entries, one per instruction`);
  return {
    id: idField(record, "key", fail),
    input: stringField(record, "prompt", fail),
    fields: { instruction_id_list: ids, kwargs },
    line,
  };
}

const common = {
  category: "instruction",
  toItem: instructionItem,
  layout: {
    accepted: ['IFEval JSON lines as downloaded (input_data.jsonl: "key", "prompt", "instruction_id_list", "kwargs")'],
    fits: (record) => hasStrings(record, "prompt") && Array.isArray(record.instruction_id_list),
  },
  scorer: "ifeval",
  params: { temperature: 0, maxTokens: 1280 },
  shots: 0,
} as const satisfies Partial<BuiltinSuite>;

const ifevalSource: SuiteSource = {
  benchmark: "IFEval",
  url: "https://github.com/google-research/google-research/tree/master/instruction_following_eval",
  license: "Apache-2.0",
  citation: "Zhou et al., Instruction-Following Evaluation for Large Language Models, arXiv:2311.07911, 2023",
};

export const ifeval: BuiltinSuite = { ...common, name: "ifeval", title: "IFEval (verifiable instructions)", source: ifevalSource };

export const mIfevalJa: BuiltinSuite = {
  ...common,
  name: "m-ifeval-ja",
  title: "M-IFEval Japanese (verifiable instructions in Japanese)",
  source: {
    benchmark: "M-IFEval (Japanese)",
    url: "https://github.com/lightblue-tech/M-IFEval",
    license: "Apache-2.0",
    citation: "Dussolle et al., M-IFEval: Multilingual Instruction-Following Evaluation, arXiv:2502.04688, 2025",
  },
};
