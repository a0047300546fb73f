import { readFileSync } from "node:fs";
import { KurabeError } from "../errors.js";
import type { ChatMessage } from "../models/types.js";
import { seededRandom } from "../seeded-random.js";
import type { LoadPrompt } from "./types.js";

/** The prompt of the n-th request of a load test (n counts across all levels and the warm-up). */
export type PromptSource = (index: number) => LoadPrompt;

/**
 * Short, common English words: each is about one token in the BPE vocabularies of current models (with its leading
 * space), so N words make a prompt of about N tokens. The measured input tokens are reported either way.
 */
const WORDS = (
  "the of and to in is was for on are with as by at be this from or have an they which one you had not but what all " +
  "were when we there can more if no out so said up its about into than them only other new some time could these two " +
  "may then do first any my now such like our over man me even most made after also did many before must through back " +
  "years where much your way well down should because each just those people how too little state good very make world " +
  "still own see men work long get here between both life being under never day same another know while last might us " +
  "great old year off come since against go came right used take three"
).split(" ");

/**
 * Synthetic prompts of about `inputTokens` tokens, as GuideLLM's synthetic data: random words, different for every
 * request, so a server's prefix cache cannot make later requests cheaper than real traffic would be.
 */
export function syntheticPrompts(inputTokens: number): PromptSource {
  if (!Number.isInteger(inputTokens) || inputTokens < 1) {
    throw new KurabeError("input", `prompt length must be a whole number of tokens ≥ 1 (got ${inputTokens})`, { field: "input-tokens" });
  }
  return (index) => {
    const random = seededRandom(index + 1);
    const lead = `Request ${index + 1}. Continue this text:`;
    const words = Array.from({ length: Math.max(1, inputTokens - 8) }, () => WORDS[Math.floor(random() * WORDS.length)]);
    return { messages: [{ role: "user", content: `${lead} ${words.join(" ")}` }] };
  };
}

/** A fixed prompt list, used in turn. */
export function cyclePrompts(prompts: readonly LoadPrompt[]): PromptSource {
  if (prompts.length === 0) throw new KurabeError("input", "the prompt file holds no prompts", { field: "prompts" });
  return (index) => prompts[index % prompts.length]!;
}

/**
 * A JSONL prompt file, one request per line: a JSON string, or an object with `prompt` (or `input`) text or
 * `messages` ([{role, content}] with text content), and an optional `maxTokens`. Blank lines are skipped.
 */
export function readPromptFile(path: string): LoadPrompt[] {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? String(error);
    throw new KurabeError("input", `cannot read the prompt file (${code})`, { file: path }, { cause: error });
  }
  const prompts: LoadPrompt[] = [];
  text.split("\n").forEach((line, at) => {
    if (line.trim() === "") return;
    const fail = (message: string) => new KurabeError("input", message, { file: path, line: at + 1 });
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      throw fail("not a JSON value");
    }
    prompts.push(promptOf(value, fail));
  });
  if (prompts.length === 0) throw new KurabeError("input", "the prompt file holds no prompts", { file: path });
  return prompts;
}

function promptOf(value: unknown, fail: (message: string) => KurabeError): LoadPrompt {
  if (typeof value === "string") return { messages: [{ role: "user", content: value }] };
  if (typeof value !== "object" || value === null || Array.isArray(value)) throw fail("expected a string or an object");
  const record = value as Record<string, unknown>;
  const maxTokens = record.maxTokens;
  if (maxTokens !== undefined && !(Number.isInteger(maxTokens) && (maxTokens as number) > 0)) {
    throw fail("maxTokens must be a whole number > 0");
  }
  const extra = maxTokens === undefined ? {} : { maxTokens: maxTokens as number };
  const text = record.prompt ?? record.input;
  if (typeof text === "string") return { messages: [{ role: "user", content: text }], ...extra };
  if (Array.isArray(record.messages)) return { messages: record.messages.map((m, i) => messageOf(m, i, fail)), ...extra };
  throw fail("expected `prompt` (or `input`) text or a `messages` list");
}

function messageOf(value: unknown, index: number, fail: (message: string) => KurabeError): ChatMessage {
  const message = value as Record<string, unknown> | null;
  const role = message?.role;
  if ((role !== "system" && role !== "user" && role !== "assistant") || typeof message?.content !== "string") {
    throw fail(`messages[${index}] needs a role (system, user or assistant) and text content`);
  }
  return { role, content: message.content };
}
