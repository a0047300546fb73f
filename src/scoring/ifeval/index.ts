import { z } from "zod";
import type { ScorerDefinition } from "../types.js";
import { formatExtracted } from "./aggregate.js";
import { evaluateInstructions } from "./evaluate.js";

export { aggregateIfeval, formatExtracted, parseExtracted } from "./aggregate.js";
export type { Accuracy, IfevalAccuracy, StoredInstructions } from "./aggregate.js";
export { evaluateInstructions, INSTRUCTION_IDS, looseVariants } from "./evaluate.js";
export type { IfevalEvaluation, InstructionResults } from "./evaluate.js";

const options = z.object({}).strict();

export const ifevalScorer: ScorerDefinition<typeof options> = {
  name: "ifeval",
  description:
    "IFEval and M-IFEval (ja) verifiable instructions (item fields `instruction_id_list`, `kwargs`): the value is " +
    "the share of instructions followed strictly, `passed` that all were (prompt-level strict); `extracted` keeps " +
    "each instruction's strict and loose result for the four IFEval accuracies.",
  options,
  create: () => (item, response) => {
    const evaluation = evaluateInstructions(item, response.text);
    const { ids, strict, loose } = evaluation;
    const followed = strict.instructions.filter(Boolean).length;
    const failed = ids.filter((_, i) => !strict.instructions[i]);
    const looseOnly = ids.filter((_, i) => !strict.instructions[i] && loose.instructions[i]);
    return {
      value: followed / ids.length,
      passed: strict.promptPass,
      extracted: formatExtracted(evaluation),
      detail: { code: "ifeval", followed, total: ids.length, failed, looseOnly },
    };
  },
};
