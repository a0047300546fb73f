import { z } from "zod";
import type { JsonPath } from "./json-record-reader.js";

/**
 * A document schema read record by record: which parts of it are tables (arrays of objects, read an element at a
 * time), and the schema of each record the reader hands on. Everything is derived from the one zod schema, so a new
 * table or field there needs no change here or in the reader.
 */
export class RecordSchemas {
  readonly #cache = new Map<string, z.ZodType | undefined>();
  readonly #heads = new Map<string, z.ZodObject>();
  readonly #tables = new Map<string, readonly string[]>();
  /** A table's length rules alone (undefined: it has none). */
  readonly #lengths = new Map<string, z.ZodType | undefined>();

  constructor(readonly root: z.ZodObject) {}

  /** The schema of the value at `path` (indices stand for any element), or undefined where the schema has none. */
  at(path: JsonPath): z.ZodType | undefined {
    const key = pathPattern(path);
    if (this.#cache.has(key)) return this.#cache.get(key);
    let schema: z.ZodType | undefined = this.root;
    for (const segment of path) {
      schema = unwrap(schema);
      if (typeof segment === "number") schema = schema instanceof z.ZodArray ? (schema.element as z.ZodType) : undefined;
      else schema = schema instanceof z.ZodObject ? (schema.shape[segment] as z.ZodType | undefined) : undefined;
      if (!schema) break;
    }
    this.#cache.set(key, schema);
    return schema;
  }

  /** The fields of the object at `path`. */
  fields(path: JsonPath): string[] {
    const schema = unwrap(this.at(path));
    return schema instanceof z.ZodObject ? Object.keys(schema.shape) : [];
  }

  /** The fields of the object at `path` that are tables. */
  tables(path: JsonPath): readonly string[] {
    const key = pathPattern(path);
    let tables = this.#tables.get(key);
    if (!tables) {
      const schema = unwrap(this.at(path));
      tables = schema instanceof z.ZodObject ? Object.keys(schema.shape).filter((name) => isTable(schema.shape[name] as z.ZodType)) : [];
      this.#tables.set(key, tables);
    }
    return tables;
  }

  /**
   * Whether the reader opens the container at `path` rather than building it whole: the document, every table, and
   * an object with a table among its fields (a suite with its items, an answer with its scores).
   */
  readonly walks = (path: JsonPath, kind: "object" | "array"): boolean => {
    if (kind === "array") return isTable(this.at(path));
    return path.length === 0 || this.tables(path).length > 0;
  };

  /** The schema of a walked object's other fields (its head), strict as the whole object is. */
  head(path: JsonPath): z.ZodObject {
    const key = pathPattern(path);
    let schema = this.#heads.get(key);
    if (!schema) {
      const object = unwrap(this.at(path)) as z.ZodObject;
      schema = object.omit(Object.fromEntries(this.tables(path).map((name) => [name, true])) as Record<string, true> & Record<number, never>);
      this.#heads.set(key, schema);
    }
    return schema;
  }

  /**
   * A table's own rules on its length (`models` has at least one), checked on how many elements it had: undefined
   * when they hold, else the zod issues.
   */
  lengthIssues(path: JsonPath, count: number): z.core.$ZodIssue[] | undefined {
    const key = pathPattern(path);
    if (!this.#lengths.has(key)) {
      const table = unwrap(this.at(path));
      const checks = table instanceof z.ZodArray ? ((table._zod.def.checks ?? []) as z.core.$ZodCheck<unknown[]>[]) : [];
      this.#lengths.set(key, checks.length > 0 ? z.array(z.unknown()).check(...checks) : undefined);
    }
    const result = this.#lengths.get(key)?.safeParse(new Array<null>(count).fill(null));
    return result && !result.success ? result.error.issues : undefined;
  }

  /** Whether the field at `path` may be left out. */
  optional(path: JsonPath): boolean {
    return this.at(path)?.safeParse(undefined).success ?? true;
  }
}

function unwrap(schema: z.ZodType | undefined): z.ZodType | undefined {
  let inner = schema;
  while (inner instanceof z.ZodOptional || inner instanceof z.ZodNullable || inner instanceof z.ZodDefault) inner = inner.unwrap() as z.ZodType;
  return inner;
}

function isTable(schema: z.ZodType | undefined): boolean {
  const inner = unwrap(schema);
  return inner instanceof z.ZodArray && unwrap(inner.element as z.ZodType) instanceof z.ZodObject;
}

/** `["responses", 3, "scores"]` → `responses.*.scores`: one schema (and one table) for every element. */
export function pathPattern(path: JsonPath): string {
  return path.map((segment) => (typeof segment === "number" ? "*" : segment)).join(".");
}
