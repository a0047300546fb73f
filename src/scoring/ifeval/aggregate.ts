// IFEval's four accuracies (Zhou et al. 2023, §3; evaluation_lib.print_report): prompt-level = share of prompts
// whose instructions are all followed, instruction-level = share of all instructions followed; each strict and loose.
import { z } from "zod";
import type { IfevalEvaluation } from "./evaluate.js";

/** What the `ifeval` scorer keeps of one response, in its Score.extracted (see formatExtracted). */
export interface StoredInstructions {
  ids: string[];
  strict: boolean[];
  loose: boolean[];
}

export interface Accuracy {
  strict: number;
  loose: number;
}

export interface IfevalAccuracy {
  prompts: number;
  instructions: number;
  promptLevel: Accuracy;
  instructionLevel: Accuracy;
  /** Instruction-level accuracy per instruction id (print_report's second table). */
  byInstruction: Record<string, Accuracy & { count: number }>;
}

const storedSchema = z
  .object({ ids: z.array(z.string()), strict: z.string().regex(/^[01]*$/), loose: z.string().regex(/^[01]*$/) })
  .refine((s) => s.strict.length === s.ids.length && s.loose.length === s.ids.length);

const bits = (flags: readonly boolean[]) => flags.map((flag) => (flag ? "1" : "0")).join("");

/** Score.extracted of an evaluation: `{"ids":[…],"strict":"101","loose":"111"}`, one digit per instruction. */
export function formatExtracted(evaluation: IfevalEvaluation): string {
  const { ids, strict, loose } = evaluation;
  return JSON.stringify({ ids, strict: bits(strict.instructions), loose: bits(loose.instructions) });
}

/** Reads back formatExtracted's string; undefined when it is not one (another scorer's, or a failed score's). */
export function parseExtracted(extracted: string | undefined): StoredInstructions | undefined {
  if (extracted === undefined) return undefined;
  let json: unknown;
  try {
    json = JSON.parse(extracted);
  } catch {
    return undefined;
  }
  const parsed = storedSchema.safeParse(json);
  if (!parsed.success) return undefined;
  const { ids, strict, loose } = parsed.data;
  return { ids, strict: [...strict].map((d) => d === "1"), loose: [...loose].map((d) => d === "1") };
}

const share = (hits: number, total: number) => (total === 0 ? 0 : hits / total);

/** The four IFEval accuracies over responses (0 when there are none; `prompts` says so). */
export function aggregateIfeval(responses: readonly StoredInstructions[]): IfevalAccuracy {
  let promptStrict = 0;
  let promptLoose = 0;
  let instructions = 0;
  let followedStrict = 0;
  let followedLoose = 0;
  const perId = new Map<string, { count: number; strict: number; loose: number }>();
  for (const { ids, strict, loose } of responses) {
    if (strict.every(Boolean)) promptStrict++;
    if (loose.every(Boolean)) promptLoose++;
    instructions += ids.length;
    ids.forEach((id, i) => {
      const tally = perId.get(id) ?? { count: 0, strict: 0, loose: 0 };
      tally.count++;
      if (strict[i]) {
        tally.strict++;
        followedStrict++;
      }
      if (loose[i]) {
        tally.loose++;
        followedLoose++;
      }
      perId.set(id, tally);
    });
  }
  const byInstruction: IfevalAccuracy["byInstruction"] = {};
  for (const [id, tally] of [...perId].sort(([a], [b]) => (a < b ? -1 : 1))) {
    byInstruction[id] = { count: tally.count, strict: tally.strict / tally.count, loose: tally.loose / tally.count };
  }
  return {
    prompts: responses.length,
    instructions,
    promptLevel: { strict: share(promptStrict, responses.length), loose: share(promptLoose, responses.length) },
    instructionLevel: { strict: share(followedStrict, instructions), loose: share(followedLoose, instructions) },
    byInstruction,
  };
}
