import type { FailItem } from "../parse-item.js";

/** Field readers for upstream records: a wrong or missing field is reported at its line, like any data error. */
export function stringField(record: Record<string, unknown>, field: string, fail: FailItem): string {
  const value = record[field];
  return typeof value === "string" ? value : fail(field, `expected a string, got ${describe(value)}`);
}

export function idField(record: Record<string, unknown>, field: string, fail: FailItem): string {
  const value = record[field];
  if (typeof value === "number" && Number.isFinite(value)) return String(value);
  return typeof value === "string" && value !== "" ? value : fail(field, `expected an id, got ${describe(value)}`);
}

export function stringListField(record: Record<string, unknown>, field: string, fail: FailItem): string[] {
  const value = record[field];
  if (Array.isArray(value) && value.every((entry) => typeof entry === "string")) return value as string[];
  return fail(field, `expected a list of strings, got ${describe(value)}`);
}

export function arrayField(record: Record<string, unknown>, field: string, fail: FailItem): unknown[] {
  const value = record[field];
  return Array.isArray(value) ? value : fail(field, `expected a list, got ${describe(value)}`);
}

function describe(value: unknown): string {
  if (value === undefined) return "nothing (missing)";
  if (value === null) return "null";
  return Array.isArray(value) ? "a list" : `a ${typeof value}`;
}
