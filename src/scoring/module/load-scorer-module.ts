import { existsSync } from "node:fs";
import { ConfigError, type ErrorLocation } from "../../errors.js";
import { importDefaultExport } from "../../user-code/import-default-export.js";
import type { Scorer } from "./scorer-contract.js";

/**
 * Imports a scorer module by absolute path and returns its default export. A missing file, a module that does not
 * load, or a default export that is not a function stops the run before it starts (ConfigError at `location`).
 */
export async function loadScorerModule(path: string, location: ErrorLocation): Promise<Scorer> {
  if (!existsSync(path)) throw new ConfigError(`scorer module not found: ${path}`, location);
  let scorer: unknown;
  try {
    scorer = await importDefaultExport(path);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new ConfigError(`scorer module ${path} does not load: ${reason}`, location, { cause: error });
  }
  if (typeof scorer !== "function") {
    const found = scorer === undefined ? "no default export" : `a default export of type ${typeof scorer}`;
    throw new ConfigError(
      `scorer module ${path} has ${found}; expected \`export default function (answer, item, context)\` returning a score in [0, 1]`,
      location,
    );
  }
  return scorer as Scorer;
}
