import { z } from "zod";

/** A verifiable instruction: `build` validates the item's kwargs for it and returns the check of a response. */
export interface Instruction {
  build(kwargs: Readonly<Record<string, unknown>>): (response: string) => boolean;
}

/** An instruction whose kwargs `schema` describes; `check` gets them parsed. */
export function instruction<Schema extends z.ZodType>(
  schema: Schema,
  check: (response: string, kwargs: z.output<Schema>) => boolean,
): Instruction {
  return {
    build: (kwargs) => {
      const parsed = schema.parse(kwargs);
      return (response) => check(response, parsed);
    },
  };
}

/** An instruction without kwargs. */
export function plainInstruction(check: (response: string) => boolean): Instruction {
  return instruction(z.object({}), (response) => check(response));
}

export const count = z.number().int().nonnegative();

/** IFEval's comparison ("less than" / "at least"), or M-IFEval ja's (未満 / 以上). */
export function compare(actual: number, relation: string, threshold: number): boolean {
  return relation === "less than" || relation === "未満" ? actual < threshold : actual >= threshold;
}
