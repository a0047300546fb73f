import type { ErrorLocation } from "../errors.js";

/**
 * Where each scorer spec of kurabe.yaml was written (file, line, field), kept beside the spec rather than in it so the
 * spec stays what the user wrote: a scorer that fails to build later (a module without a default function) still names
 * its line. Keyed weakly by the spec object, which the config carries unchanged to the engine.
 */
const locations = new WeakMap<object, ErrorLocation>();

export function rememberScorerSpecLocation(spec: object, location: ErrorLocation): void {
  locations.set(spec, location);
}

export function scorerSpecLocation(spec: unknown): ErrorLocation | undefined {
  return typeof spec === "object" && spec !== null ? locations.get(spec) : undefined;
}
