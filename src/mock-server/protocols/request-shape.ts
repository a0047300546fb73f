/** Reading an untrusted JSON body: each helper names the field that does not fit. */

/** The request body does not fit the protocol: answered with a 400 in the protocol's error shape. */
export class RequestShapeError extends Error {
  override readonly name = "RequestShapeError";
}

export function asArray(value: unknown, what: string): unknown[] {
  if (!Array.isArray(value)) throw new RequestShapeError(`${what} must be an array`);
  return value;
}

export function asRecord(value: unknown, what: string): Record<string, unknown> {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    throw new RequestShapeError(`${what} must be an object`);
  }
  return value as Record<string, unknown>;
}

export function asString(value: unknown, what: string): string {
  if (typeof value !== "string") throw new RequestShapeError(`${what} must be a string`);
  return value;
}
