// IFEval's strict and loose evaluation (google-research instruction_following_eval/evaluation_lib.py,
// test_instruction_following_strict / _loose; M-IFEval's evaluation_main.py does the same).
import { z } from "zod";
import { ConfigError } from "../../errors.js";
import type { Item } from "../../suites/types.js";
import { IFEVAL_INSTRUCTIONS } from "./ifeval-instructions.js";
import type { Instruction } from "./instruction.js";
import { JAPANESE_INSTRUCTIONS } from "./japanese-instructions.js";
import { pyStrip } from "./python-strings.js";

const INSTRUCTIONS: Readonly<Record<string, Instruction>> = { ...IFEVAL_INSTRUCTIONS, ...JAPANESE_INSTRUCTIONS };

/** The instruction ids this scorer can check: IFEval's, and M-IFEval Japanese's (`ja:` prefixed). */
export const INSTRUCTION_IDS: readonly string[] = Object.keys(INSTRUCTIONS);

export interface InstructionResults {
  /** Every instruction followed (IFEval's follow_all_instructions). */
  promptPass: boolean;
  /** Per instruction, in the item's order (follow_instruction_list). */
  instructions: boolean[];
}

export interface IfevalEvaluation {
  ids: string[];
  strict: InstructionResults;
  /** Followed by the response or one of its seven loose variants. */
  loose: InstructionResults;
}

const fieldsSchema = z.object({
  instruction_id_list: z.array(z.string()).min(1),
  kwargs: z.array(z.record(z.string(), z.unknown())),
});

/**
 * evaluation_lib's loose variants: without the first line, the last line or both (each stripped), and each of those
 * and the response itself with every `*` removed, in the reference's order.
 */
export function looseVariants(response: string): string[] {
  const lines = response.split("\n");
  const withoutFirst = pyStrip(lines.slice(1).join("\n"));
  const withoutLast = pyStrip(lines.slice(0, -1).join("\n"));
  const withoutBoth = pyStrip(lines.slice(1, -1).join("\n"));
  const unstarred = (text: string) => text.replaceAll("*", "");
  return [
    response,
    unstarred(response),
    withoutFirst,
    withoutLast,
    withoutBoth,
    unstarred(withoutFirst),
    unstarred(withoutLast),
    unstarred(withoutBoth),
  ];
}

function results(instructions: boolean[]): InstructionResults {
  return { promptPass: instructions.every(Boolean), instructions };
}

/** The reference passes None-valued kwargs as absent (IFEval's published data has fields for every kwarg). */
function presentKwargs(kwargs: Record<string, unknown> | undefined): Record<string, unknown> {
  return Object.fromEntries(Object.entries(kwargs ?? {}).filter(([, value]) => value !== null && value !== undefined));
}

function buildChecks(item: Item): { ids: string[]; checks: Array<(response: string) => boolean> } {
  const parsed = fieldsSchema.safeParse(item.fields);
  if (!parsed.success) {
    throw new ConfigError("ifeval needs `instruction_id_list` (strings) and `kwargs` (objects) on the item", {
      line: item.line,
      field: "instruction_id_list",
    });
  }
  const { instruction_id_list: ids, kwargs } = parsed.data;
  if (kwargs.length !== ids.length) {
    throw new ConfigError(`ifeval: ${ids.length} instructions but ${kwargs.length} kwargs`, {
      line: item.line,
      field: "kwargs",
    });
  }
  const checks = ids.map((id, i) => {
    const definition = INSTRUCTIONS[id];
    if (!definition) {
      const location = { line: item.line, field: `instruction_id_list.${i}` };
      throw new ConfigError(`ifeval: unknown instruction "${id}"`, location);
    }
    try {
      return definition.build(presentKwargs(kwargs[i]));
    } catch (error) {
      const reason = error instanceof z.ZodError ? z.prettifyError(error).replace(/\n\s*/g, " ") : String(error);
      const location = { line: item.line, field: `kwargs.${i}` };
      throw new ConfigError(`ifeval: kwargs of "${id}": ${reason}`, location, { cause: error });
    }
  });
  return { ids, checks };
}

/**
 * Checks a response against the item's instructions (`fields.instruction_id_list`, `fields.kwargs`), strictly and
 * loosely. An empty or blank response follows nothing. Throws ConfigError for an unknown id or unusable kwargs.
 */
export function evaluateInstructions(item: Item, responseText: string): IfevalEvaluation {
  const { ids, checks } = buildChecks(item);
  const variants = looseVariants(responseText).filter((variant) => pyStrip(variant) !== "");
  const strict = checks.map((check) => pyStrip(responseText) !== "" && check(responseText));
  const loose = checks.map((check, i) => strict[i] === true || variants.some((variant) => check(variant)));
  return { ids, strict: results(strict), loose: results(loose) };
}
