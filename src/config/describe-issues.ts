import type { z } from "zod";
import { closestName } from "./closest-name.js";
import { objectKeysAt } from "./object-keys-at.js";

type Issue = z.core.$ZodIssue;

/** One thing wrong with the config, in the user's words, at a path (at the key itself when `key` is set). */
export interface Problem {
  path: PropertyKey[];
  key?: boolean;
  message: string;
}

/**
 * Turns zod issues into problems a user can act on: what was expected and what was written instead, the valid
 * choices for an unknown name, and a likely intended spelling. Issues must come from `safeParse(data,
 * {reportInput: true})` so that each one carries the value it rejected.
 */
export function describeIssues(issues: readonly Issue[], schema: z.ZodType, data: unknown): Problem[] {
  return issues.flatMap((issue) => describeIssue(issue, schema, data));
}

function describeIssue(issue: Issue, schema: z.ZodType, data: unknown): Problem[] {
  const path = issue.path;
  switch (issue.code) {
    case "invalid_type":
      return [{ path, message: describeTypeMismatch([noun(issue.expected)], issue.input) }];
    case "invalid_value":
      return [{ path, message: describeChoice(issue.values, issue.input) }];
    case "unrecognized_keys": {
      const valid = objectKeysAt(schema, data, path) ?? [];
      return issue.keys.map((key) => ({ path: [...path, key], key: true, message: describeUnknownKey(key, valid) }));
    }
    case "invalid_union":
      return describeUnion(issue, schema, data);
    case "too_small":
    case "too_big":
      return [{ path, message: describeBound(issue) }];
    case "invalid_format":
      return [{ path, message: describeFormat(issue) }];
    default:
      return [{ path, message: issue.message }];
  }
}

function describeUnion(issue: Extract<Issue, { code: "invalid_union" }>, schema: z.ZodType, data: unknown): Problem[] {
  const path = issue.path;
  if (issue.discriminator !== undefined && "options" in issue && issue.options) {
    // A discriminated union (models[].provider) reports an unknown or missing tag with the valid tags.
    // The issue's input is the whole object; its path already ends at the tag.
    const name = issue.discriminator;
    const tag = typeof issue.input === "object" && issue.input !== null ? Reflect.get(issue.input, name) : undefined;
    const valid = `valid ${name}s: ${issue.options.map(String).join(", ")}`;
    if (tag === undefined || tag === null) return [{ path, message: `missing ${name}; ${valid}` }];
    const hint = typeof tag === "string" ? closestName(tag, issue.options.map(String)) : undefined;
    const suggestion = hint ? ` (did you mean "${hint}"?)` : "";
    return [{ path, message: `unknown ${name} ${JSON.stringify(tag)}; ${valid}${suggestion}` }];
  }
  const expected = rootExpectations(issue.errors.flat());
  if (expected) return [{ path, message: describeTypeMismatch(expected, issue.input) }];
  // One branch got past the type check (an object with a bad field): its issues are the ones that explain.
  const branch = issue.errors.find((issues) => rootExpectations(issues) === undefined) ?? [];
  const problems = describeIssues(
    branch.map((inner) => ({ ...inner, path: [...path, ...inner.path] })),
    schema,
    data,
  );
  return problems.length > 0 ? problems : [{ path, message: issue.message }];
}

/** The kinds of value a union accepts, when every branch failed on the value's type; undefined otherwise. */
function rootExpectations(issues: readonly Issue[]): string[] | undefined {
  const nouns: string[] = [];
  for (const issue of issues) {
    if (issue.path.length > 0) return undefined;
    if (issue.code === "invalid_type") nouns.push(noun(issue.expected));
    else if (issue.code === "invalid_value") nouns.push(...issue.values.map((v) => JSON.stringify(v)));
    else if (issue.code === "invalid_union") {
      const inner = rootExpectations(issue.errors.flat());
      if (!inner) return undefined;
      nouns.push(...inner);
    } else return undefined;
  }
  return nouns.length > 0 ? nouns : undefined;
}

function describeTypeMismatch(expected: readonly string[], input: unknown): string {
  const wanted = listOr(expected);
  if (input === undefined) return `required field is missing (expected ${wanted})`;
  return `expected ${wanted}, got ${show(input)}`;
}

function describeChoice(values: readonly unknown[], input: unknown): string {
  const valid = values.map((v) => JSON.stringify(v));
  const hint = typeof input === "string" ? closestName(input, values.map(String)) : undefined;
  const suggestion = hint ? ` (did you mean "${hint}"?)` : "";
  const wanted = valid.length === 1 ? valid[0] : `one of ${valid.join(", ")}`;
  return input === undefined
    ? `required field is missing (expected ${wanted})`
    : `expected ${wanted}, got ${show(input)}${suggestion}`;
}

/** An unknown key, with the likely intended one or the valid ones. */
export function describeUnknownKey(key: string, valid: readonly string[]): string {
  const hint = closestName(key, valid);
  if (hint) return `unknown key "${key}" (did you mean "${hint}"?)`;
  return valid.length > 0 ? `unknown key "${key}"; valid keys: ${valid.join(", ")}` : `unknown key "${key}"`;
}

function describeBound(issue: Extract<Issue, { code: "too_small" | "too_big" }>): string {
  const small = issue.code === "too_small";
  const limit = small ? issue.minimum : issue.maximum;
  const got = show(issue.input);
  if (issue.origin === "array" || issue.origin === "set") {
    const count = Array.isArray(issue.input) ? `, got ${issue.input.length}` : "";
    return `expected ${small ? "at least" : "at most"} ${plural(limit, "item")}${count}`;
  }
  if (issue.origin === "string") {
    if (small && Number(limit) === 1) return "must not be empty";
    return `expected ${small ? "at least" : "at most"} ${plural(limit, "character")}, got ${got}`;
  }
  const operator = small ? (issue.inclusive ? ">=" : ">") : issue.inclusive ? "<=" : "<";
  return `expected a number ${operator} ${limit}, got ${got}`;
}

function describeFormat(issue: Extract<Issue, { code: "invalid_format" }>): string {
  const got = show(issue.input);
  if (issue.format === "url") return `expected a URL such as http://127.0.0.1:8080/v1, got ${got}`;
  // A regex check carries its own explanation as the message (see suiteSchema.name).
  if (issue.format === "regex") return `${issue.message} (got ${got})`;
  return `expected a valid ${issue.format}, got ${got}`;
}

/** Zod's type names in YAML words. */
function noun(expected: string): string {
  switch (expected) {
    case "string":
      return "a string";
    case "number":
      return "a number";
    case "int":
      return "a whole number";
    case "boolean":
      return "true or false";
    case "array":
      return "a list";
    case "object":
    case "record":
      return "a mapping (key: value)";
    default:
      return expected;
  }
}

/** A rejected value as the user wrote it: its YAML kind, and the value itself when it is short. */
function show(value: unknown): string {
  if (value === null) return "an empty value";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "a mapping";
  if (typeof value === "string") {
    const text = value.length > 60 ? `${value.slice(0, 57)}...` : value;
    return `string ${JSON.stringify(text)}`;
  }
  if (typeof value === "number" || typeof value === "boolean") return `${typeof value} ${String(value)}`;
  return typeof value;
}

function listOr(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? "a value";
  return `${items.slice(0, -1).join(", ")} or ${items[items.length - 1]}`;
}

function plural(count: number | bigint, word: string): string {
  return `${count} ${word}${Number(count) === 1 ? "" : "s"}`;
}
