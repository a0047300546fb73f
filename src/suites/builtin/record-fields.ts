import { basename } from "node:path";
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

/** Whether each named field holds a string (upstream layouts are told apart by their fields). */
export function hasStrings(record: Record<string, unknown>, ...fields: string[]): boolean {
  return fields.every((field) => typeof record[field] === "string");
}

/** A data file's name without folder, `.gz` and extension: `test` for grade_school_math/data/test.jsonl. */
export function fileStem(path: string): string {
  return basename(path).replace(/\.gz$/i, "").replace(/\.[^.]*$/, "");
}

function describe(value: unknown): string {
  if (value === undefined) return "nothing (missing)";
  if (value === null) return "null";
  return Array.isArray(value) ? "a list" : `a ${typeof value}`;
}
