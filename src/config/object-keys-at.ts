import { z } from "zod";

type Schema = z.core.$ZodType;

/**
 * The keys the schema allows for the object at `path` of `data`, for "unknown key" messages. Follows objects, lists,
 * defaults and optionals, and picks a discriminated union's branch by the tag written in the data (so a llamacpp
 * model lists llamacpp keys). Undefined when the path leads anywhere else.
 */
export function objectKeysAt(schema: Schema, data: unknown, path: readonly PropertyKey[]): string[] | undefined {
  let current: Schema | undefined = schema;
  let value: unknown = data;
  for (let index = 0; ; index++) {
    current = unwrap(current, value);
    const segment = path[index];
    if (segment === undefined) return current instanceof z.ZodObject ? Object.keys(current.shape) : undefined;
    if (current instanceof z.ZodObject) current = current.shape[String(segment)];
    else if (current instanceof z.ZodArray) current = current.element;
    else return undefined;
    value = typeof value === "object" && value !== null ? Reflect.get(value, segment) : undefined;
  }
}

function unwrap(schema: Schema | undefined, value: unknown): Schema | undefined {
  let current = schema;
  for (;;) {
    if (current instanceof z.ZodDefault || current instanceof z.ZodOptional) {
      current = current.unwrap();
    } else if (current instanceof z.ZodDiscriminatedUnion) {
      current = branchFor(current, value);
    } else {
      return current;
    }
  }
}

function branchFor(union: z.ZodDiscriminatedUnion, value: unknown): Schema | undefined {
  const discriminator = union.def.discriminator;
  const tag = typeof value === "object" && value !== null ? Reflect.get(value, discriminator) : undefined;
  return union.options.find((option) => {
    const literal = option instanceof z.ZodObject ? option.shape[discriminator] : undefined;
    return literal instanceof z.ZodLiteral && [...literal.values].some((allowed) => allowed === tag);
  });
}
