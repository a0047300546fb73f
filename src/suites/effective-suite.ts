import { fileURLToPath } from "node:url";
import type { SuiteConfig, SuiteInput } from "../config/schema.js";

/** Bundled benchmark data ships beside dist/ and src/ alike. */
export const BUILTIN_DATA_DIR = fileURLToPath(new URL("../../suites/builtin/", import.meta.url));

export function bundledDataPath(name: string): string {
  return `${BUILTIN_DATA_DIR}${name}/data.jsonl`;
}

/**
 * A suite with every default applied: what the config says, else what its built-in benchmark says, else kurabe's
 * defaults (a domain suite scored by exact match, zero-shot). The built-ins (record layouts, code problems) load only
 * for a suite that names one.
 */
export async function effectiveSuite(input: SuiteInput): Promise<SuiteConfig> {
  if (!input.builtin) {
    return { ...input, name: input.name!, path: input.path!, category: input.category ?? "domain", scorer: input.scorer ?? "exact", shots: input.shots ?? 0 };
  }
  const builtin = (await import("./builtin/registry.js")).builtinSuite(input.builtin);
  const template = input.template ?? builtin.template;
  const system = input.system ?? builtin.system;
  const samples = input.samples ?? builtin.samples;
  return {
    ...input,
    name: input.name ?? builtin.name,
    path: input.path ?? bundledDataPath(builtin.name),
    category: input.category ?? builtin.category,
    scorer: input.scorer ?? builtin.scorer,
    shots: input.shots ?? builtin.shots,
    params: { ...builtin.params, ...input.params },
    ...(template === undefined ? {} : { template }),
    ...(system === undefined ? {} : { system }),
    ...(samples === undefined ? {} : { samples }),
  };
}
