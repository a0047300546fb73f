import { scorerSpecSchema, type ScorerSpec } from "../config/schema.js";
import type { Item } from "./types.js";

/** Reports a problem with one field of the record (the whole record when `field` is undefined); never returns. */
export type FailItem = (field: string | undefined, message: string) => never;

const KNOWN_FIELDS = new Set(["id", "input", "expected", "choices", "images", "system", "scorer"]);
// Choice labels are the letters A–Z (see renderChoices in template.ts).
const MAX_CHOICES = 26;
// Most items carry no extra fields: they all share this one (frozen, so that no item can change another's).
const NO_FIELDS: Record<string, unknown> = Object.freeze({});

/**
 * Checks one parsed JSONL record and turns it into an Item. `id` (a string or number) and `input` are required;
 * every field kurabe does not know goes to `fields`, where templates and scorers can read it. Image paths are left
 * as written; the loader resolves them against the data file's folder.
 */
export function parseItem(record: unknown, line: number, fail: FailItem): Item {
  if (typeof record !== "object" || record === null || Array.isArray(record)) {
    return fail(undefined, `expected a JSON object, got ${kindOf(record)}`);
  }
  const source = record as Record<string, unknown>;
  const { input, turns } = parseInput(source.input, fail);
  const item: Item = { id: parseId(source.id, fail), input, fields: NO_FIELDS, line };
  if (turns.length > 0) item.turns = turns;
  if (source.expected !== undefined) item.expected = source.expected;
  if (source.choices !== undefined) item.choices = parseStrings(source.choices, "choices", fail);
  if (item.choices && item.choices.length > MAX_CHOICES) fail("choices", `at most ${MAX_CHOICES} choices (A–Z)`);
  if (source.images !== undefined) item.images = parseStrings(source.images, "images", fail);
  if (source.system !== undefined) item.system = expectString(source.system, "system", fail);
  if (source.scorer !== undefined) item.scorer = parseScorer(source.scorer, fail);

  // fromEntries defines own properties, so a "__proto__" field stays a field instead of replacing the prototype.
  const extra = Object.entries(source).filter(([key]) => !KNOWN_FIELDS.has(key));
  if (extra.length > 0) item.fields = Object.fromEntries(extra);
  return item;
}

function parseId(value: unknown, fail: FailItem): string {
  if (value === undefined) return fail("id", 'missing; every item needs an "id" (a string or number)');
  if (typeof value === "number" && Number.isFinite(value)) return String(value);
  if (typeof value !== "string") return fail("id", `expected a string or number, got ${kindOf(value)}`);
  if (value.trim() === "") return fail("id", "must not be empty");
  return value;
}

type Turn = NonNullable<Item["turns"]>[number];

/** A string, or a conversation: a list of {role: user|assistant, content} turns ending with the user's. */
function parseInput(value: unknown, fail: FailItem): { input: string; turns: Turn[] } {
  if (value === undefined) return fail("input", 'missing; every item needs an "input" string, or a list of turns for a conversation');
  if (!Array.isArray(value)) return { input: expectString(value, "input", fail), turns: [] };
  const turns = value.map((turn: unknown, index): Turn => {
    const at = `input[${index}]`;
    if (typeof turn !== "object" || turn === null || Array.isArray(turn)) return fail(at, `expected {"role", "content"}, got ${kindOf(turn)}`);
    const { role, content } = turn as Record<string, unknown>;
    if (role !== "user" && role !== "assistant") return fail(`${at}.role`, `expected "user" or "assistant", got ${JSON.stringify(role)}`);
    return { role, content: expectString(content, `${at}.content`, fail) };
  });
  const last = turns.pop();
  if (last?.role !== "user") return fail("input", "a conversation must end with a user turn: the one the model answers");
  return { input: last.content, turns };
}

function parseStrings(value: unknown, field: string, fail: FailItem): string[] {
  if (!Array.isArray(value)) return fail(field, `expected a list of strings, got ${kindOf(value)}`);
  value.forEach((entry: unknown, index) => expectString(entry, `${field}[${index}]`, fail));
  return value as string[];
}

function parseScorer(value: unknown, fail: FailItem): ScorerSpec | ScorerSpec[] {
  const specs: unknown[] = Array.isArray(value) ? value : [value];
  if (specs.length === 0) return fail("scorer", "expected at least one scorer");
  for (const spec of specs) {
    if (!scorerSpecSchema.safeParse(spec).success) {
      return fail("scorer", `expected a scorer name or {"type": name, ...options}, got ${kindOf(spec)}`);
    }
  }
  return value as ScorerSpec | ScorerSpec[];
}

function expectString(value: unknown, field: string, fail: FailItem): string {
  return typeof value === "string" ? value : fail(field, `expected a string, got ${kindOf(value)}`);
}

/** A JSON value's kind, in JSON's words. */
function kindOf(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  return typeof value;
}
