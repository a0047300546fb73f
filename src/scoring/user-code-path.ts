import { existsSync } from "node:fs";
import { resolve } from "node:path";
import type { ScorerSpec } from "../config/schema.js";

/** Scorers whose `path:` names the user's own code. */
const USER_CODE = new Set(["module", "python"]);

/**
 * A spec naming the user's code with its `path` made absolute against `dir` (kurabe.yaml's folder for a suite's scorer,
 * the data file's for an item's), and why it cannot be used when the file is missing; other specs as they are.
 */
export function withCodePathFrom<S extends ScorerSpec>(spec: S, dir: string): { spec: S; missing?: string } {
  if (typeof spec === "string" || !USER_CODE.has(spec.type) || typeof spec.path !== "string") return { spec };
  const path = resolve(dir, spec.path);
  const resolved = { ...(spec as Exclude<ScorerSpec, string>), path } as unknown as S;
  if (existsSync(path)) return { spec: resolved };
  return { spec: resolved, missing: `${spec.type === "python" ? "python scorer" : "scorer module"} not found: ${path}` };
}
