import { parseLlama3 } from "../chat-template.js";
import type { TrainingMessage } from "../types.js";

/** A problem with one field of one record; the validator adds the file and line. */
interface FieldProblem {
  field?: string;
  message: string;
}

type RecordCheck = { ok: true; messages: TrainingMessage[] } | { ok: false; problems: FieldProblem[] };

/** Checks one parsed JSONL record against a training format and, when it is valid, returns its conversation. */
type RecordChecker = (record: Record<string, unknown>) => RecordCheck;

const describe = (value: unknown): string => (value === undefined ? "nothing (the key is missing)" : JSON.stringify(value)?.slice(0, 60) ?? String(value));
const isText = (value: unknown): value is string => typeof value === "string";

/**
 * OpenAI chat fine-tuning, following the checks of OpenAI's cookbook "Data preparation and analysis for chat model
 * fine-tuning": `messages` a non-empty list; each message a `role` among system/user/assistant/tool/function, text
 * `content` (null only beside tool or function calls), no other keys than name/weight/tool_calls/function_call/
 * tool_call_id; `weight` 0 or 1 on assistant messages only; at least one assistant message.
 */
export const checkOpenAi: RecordChecker = (record) => {
  const problems: FieldProblem[] = [];
  const list = record.messages;
  if (!Array.isArray(list) || list.length === 0) {
    return { ok: false, problems: [{ field: "messages", message: `expected a non-empty list of messages, got ${describe(list)}` }] };
  }
  const roles = ["system", "user", "assistant", "tool", "function"];
  const keys = new Set(["role", "content", "name", "weight", "tool_calls", "function_call", "tool_call_id"]);
  const messages: TrainingMessage[] = [];
  list.forEach((message: unknown, index) => {
    const at = `messages[${index}]`;
    if (typeof message !== "object" || message === null || Array.isArray(message)) {
      problems.push({ field: at, message: `expected an object with role and content, got ${describe(message)}` });
      return;
    }
    const fields = message as Record<string, unknown>;
    for (const key of Object.keys(fields)) if (!keys.has(key)) problems.push({ field: `${at}.${key}`, message: "unrecognized key" });
    if (!isText(fields.role) || !roles.includes(fields.role)) {
      problems.push({ field: `${at}.role`, message: `expected one of ${roles.join(", ")}; got ${describe(fields.role)}` });
    }
    const calls = fields.tool_calls !== undefined || fields.function_call !== undefined;
    if (!isText(fields.content) && !(fields.content === null && calls) && !Array.isArray(fields.content)) {
      problems.push({ field: `${at}.content`, message: `expected text, got ${describe(fields.content)}` });
    }
    if (fields.weight !== undefined && (fields.role !== "assistant" || (fields.weight !== 0 && fields.weight !== 1))) {
      problems.push({ field: `${at}.weight`, message: "expected 0 or 1, on an assistant message only" });
    }
    const content = isText(fields.content) ? fields.content : Array.isArray(fields.content) ? partsText(fields.content) : "";
    const role = fields.role === "system" || fields.role === "assistant" ? fields.role : "user";
    messages.push({ role, content });
  });
  if (!list.some((message) => (message as { role?: unknown } | null)?.role === "assistant")) {
    problems.push({ field: "messages", message: "no assistant message: nothing to learn from this example" });
  }
  return problems.length ? { ok: false, problems } : { ok: true, messages };
};

function partsText(parts: unknown[]): string {
  return parts.map((part) => (typeof part === "object" && part !== null && isText((part as { text?: unknown }).text) ? (part as { text: string }).text : "")).join("");
}

/** Alpaca: `instruction` and `output` non-empty text, `input` text if present; LLaMA-Factory's `system` and `history`. */
export const checkAlpaca: RecordChecker = (record) => {
  const problems: FieldProblem[] = [];
  for (const field of ["instruction", "output"]) {
    if (!isText(record[field]) || (record[field] as string).trim() === "") {
      problems.push({ field, message: `expected non-empty text, got ${describe(record[field])}` });
    }
  }
  for (const field of ["input", "system"]) {
    if (record[field] !== undefined && !isText(record[field])) problems.push({ field, message: `expected text, got ${describe(record[field])}` });
  }
  const history = record.history;
  if (history !== undefined) {
    if (!Array.isArray(history)) problems.push({ field: "history", message: "expected a list of [instruction, output] pairs" });
    else {
      history.forEach((pair: unknown, index) => {
        if (!Array.isArray(pair) || pair.length !== 2 || !pair.every(isText)) {
          problems.push({ field: `history[${index}]`, message: `expected [instruction, output] as two texts, got ${describe(pair)}` });
        }
      });
    }
  }
  if (problems.length) return { ok: false, problems };
  const messages: TrainingMessage[] = [];
  if (isText(record.system) && record.system) messages.push({ role: "system", content: record.system });
  for (const [user, assistant] of (history ?? []) as [string, string][]) messages.push({ role: "user", content: user }, { role: "assistant", content: assistant });
  const input = isText(record.input) && record.input ? `\n\n${record.input}` : "";
  messages.push({ role: "user", content: `${record.instruction as string}${input}` }, { role: "assistant", content: record.output as string });
  return { ok: true, messages };
};

const HUMAN_SIDE = new Set(["human", "observation"]);
const GPT_SIDE = new Set(["gpt", "function_call"]);

/**
 * ShareGPT: `conversations` of `{from, value}`; `from` is human or gpt (LLaMA-Factory adds system, function_call and
 * observation); after an optional system turn, human-side and gpt-side turns alternate, starting with human and
 * ending with gpt.
 */
export const checkShareGpt: RecordChecker = (record) => {
  const problems: FieldProblem[] = [];
  const list = record.conversations;
  if (!Array.isArray(list) || list.length === 0) {
    return { ok: false, problems: [{ field: "conversations", message: `expected a non-empty list of turns, got ${describe(list)}` }] };
  }
  if (record.system !== undefined && !isText(record.system)) problems.push({ field: "system", message: `expected text, got ${describe(record.system)}` });
  const messages: TrainingMessage[] = isText(record.system) && record.system ? [{ role: "system", content: record.system }] : [];
  let expectHuman = true;
  list.forEach((turn: unknown, index) => {
    const at = `conversations[${index}]`;
    if (typeof turn !== "object" || turn === null || Array.isArray(turn)) {
      problems.push({ field: at, message: `expected an object with from and value, got ${describe(turn)}` });
      return;
    }
    const { from, value } = turn as Record<string, unknown>;
    if (!isText(value)) problems.push({ field: `${at}.value`, message: `expected text, got ${describe(value)}` });
    if (from === "system" && index === 0) {
      messages.push({ role: "system", content: isText(value) ? value : "" });
      return;
    }
    if (!isText(from) || (!HUMAN_SIDE.has(from) && !GPT_SIDE.has(from))) {
      const hint = from === "user" || from === "assistant" ? ' (ShareGPT says "human" and "gpt")' : "";
      problems.push({ field: `${at}.from`, message: `expected human or gpt; got ${describe(from)}${hint}` });
      return;
    }
    const human = HUMAN_SIDE.has(from);
    if (human !== expectHuman) problems.push({ field: `${at}.from`, message: `expected a ${expectHuman ? "human" : "gpt"} turn here (turns alternate)` });
    expectHuman = !human;
    messages.push({ role: human ? "user" : "assistant", content: isText(value) ? value : "" });
  });
  if (problems.length === 0 && !expectHuman) problems.push({ field: "conversations", message: "the last turn is not from gpt: nothing to learn from it" });
  return problems.length ? { ok: false, problems } : { ok: true, messages };
};

/** Pre-rendered Llama 3 text (`{"text": "<|begin_of_text|>…"}`), as `dataset build` writes train.llama3-text.jsonl. */
const checkLlama3Text: RecordChecker = (record) => {
  if (!isText(record.text)) return { ok: false, problems: [{ field: "text", message: `expected text, got ${describe(record.text)}` }] };
  const parsed = parseLlama3(record.text);
  if (!parsed.ok) return { ok: false, problems: [{ field: "text", message: parsed.problem }] };
  if (!parsed.messages.some((message) => message.role === "assistant")) {
    return { ok: false, problems: [{ field: "text", message: "no assistant message: nothing to learn from this example" }] };
  }
  return { ok: true, messages: parsed.messages };
};

export const RECORD_CHECKERS = { openai: checkOpenAi, alpaca: checkAlpaca, sharegpt: checkShareGpt, "llama3-text": checkLlama3Text } as const satisfies Record<string, RecordChecker>;
export type TrainingFormatName = keyof typeof RECORD_CHECKERS;
export const TRAINING_FORMAT_NAMES = Object.keys(RECORD_CHECKERS) as TrainingFormatName[];

/** Guesses a record's format from its keys. */
export function detectFormat(record: Record<string, unknown>): TrainingFormatName | undefined {
  if ("messages" in record) return "openai";
  if ("conversations" in record) return "sharegpt";
  if ("instruction" in record || "output" in record) return "alpaca";
  if (typeof record.text === "string" && record.text.startsWith("<|begin_of_text|>")) return "llama3-text";
  return undefined;
}
