import { Ajv, type ErrorObject } from "ajv";
import { z } from "zod";
import { extractJson } from "./json-extraction.js";
import { isPlainObject, leafPaths, readPath, valuesMatch } from "./json-fields.js";
import { requireExpected } from "./item-problems.js";
import type { ScoreDetail } from "./score-detail.js";
import type { Score, ScorerDefinition } from "./types.js";
import { clip, verdict } from "./verdict.js";

const options = z
  .object({
    /** A JSON Schema (draft-07, as Ajv's default class reads it) the answer must satisfy; `format` is not checked. */
    schema: z.record(z.string(), z.unknown()).optional(),
    /** Dot paths compared with the expected object; default: every leaf of the expected object. */
    fields: z.array(z.string().min(1)).min(1).optional(),
  })
  .strict();

export const jsonScorer: ScorerDefinition<typeof options> = {
  name: "json",
  description:
    "The answer holds JSON (whole, in a ``` fence, or embedded) that satisfies `schema` and matches the expected " +
    "object's fields; the value is the share of fields that match.",
  options,
  checkItem: (item, { fields }) =>
    fields ? requireExpected("json", "an object holding `fields`", (e) => (isPlainObject(e) ? e : undefined))(item) : undefined,
  create: ({ schema, fields }) => {
    // strictSchema rejects misspelt keywords when the config is loaded; the type and tuple checks only log warnings.
    const ajv = new Ajv({
      allErrors: true,
      strictSchema: true,
      strictTypes: false,
      strictTuples: false,
      validateFormats: false,
    });
    const validate = schema ? ajv.compile(schema) : undefined;
    return (item, response) => {
      const found = extractJson(response.text);
      if (!found) return verdict(false, { code: "not-found", what: "json" });
      const extracted = clip(JSON.stringify(found.value));
      if (validate && !validate(found.value)) {
        return verdict(false, { code: "json-schema", errors: describeErrors(validate.errors ?? []) }, extracted);
      }
      if (item.expected === undefined && !fields) return verdict(true, { code: "json-valid", from: found.from }, extracted);
      if (!isPlainObject(item.expected)) {
        if (fields) return verdict(false, { code: "unusable-expected", scorer: "json" }, extracted);
        const passed = valuesMatch(item.expected, found.value);
        return verdict(passed, { code: "json-equal", equal: passed }, extracted);
      }
      return fieldScore(item.expected, found.value, fields ?? leafPaths(item.expected), extracted);
    };
  },
};

function fieldScore(expected: Record<string, unknown>, actual: unknown, paths: string[], extracted: string): Score {
  const wrong = paths.filter((path) => {
    const want = readPath(expected, path);
    const got = readPath(actual, path);
    return !want.found || !got.found || !valuesMatch(want.value, got.value);
  });
  const matched = paths.length - wrong.length;
  const detail: ScoreDetail = { code: "json-fields", matched, total: paths.length, wrong: wrong.slice(0, 10).map((path) => clip(path, 40)) };
  return { value: paths.length === 0 ? 1 : matched / paths.length, passed: wrong.length === 0, extracted, detail };
}

function describeErrors(errors: ErrorObject[]): string {
  return clip(errors.map((error) => `${error.instancePath || "/"} ${error.message ?? "is invalid"}`).join("; "), 120);
}
