import { existsSync } from "node:fs";
import { ConfigError } from "../../errors.js";
import { importDefaultExport } from "../../user-code/import-default-export.js";
import type { ModelModule } from "./model-module.js";

/**
 * Imports a provider module by absolute path (TypeScript without a build step) and checks its default export's shape:
 * an object with a `stream` or `generate` function. Otherwise the run stops before it starts, at the model's `path`
 * (the caller adds which model: `models[i].path`).
 */
export async function loadModelModule(path: string): Promise<ModelModule> {
  if (!existsSync(path)) throw new ConfigError(`provider module not found: ${path}`, { field: "path" });
  let exported: unknown;
  try {
    exported = await importDefaultExport(path);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new ConfigError(`provider module ${path} does not load: ${reason}`, { field: "path" }, { cause: error });
  }
  const problem = shapeProblem(exported);
  if (problem) {
    throw new ConfigError(
      `provider module ${path} ${problem}; expected \`export default { stream(request, context) {…} }\` or \`{ generate(request, context) {…} }\``,
      { field: "path" },
    );
  }
  return exported as ModelModule;
}

function shapeProblem(exported: unknown): string | undefined {
  if (exported === undefined) return "has no default export";
  if (typeof exported !== "object" || exported === null) return `has a default export of type ${exported === null ? "null" : typeof exported}`;
  const { stream, generate, close } = exported as Record<string, unknown>;
  if (typeof stream !== "function" && typeof generate !== "function") return "has neither a `stream` nor a `generate` function";
  for (const [name, value] of [["stream", stream], ["generate", generate], ["close", close]] as const) {
    if (value !== undefined && typeof value !== "function") return `has a \`${name}\` of type ${typeof value}, not a function`;
  }
  return undefined;
}
