import { existsSync } from "node:fs";
import { extname } from "node:path";
import { pathToFileURL } from "node:url";
import { ConfigError, type ErrorLocation } from "../../errors.js";
import type { Scorer } from "./scorer-contract.js";

/** Extensions Node cannot load by itself: tsx compiles them on import, so a user's check needs no build step. */
const TYPESCRIPT = new Set([".ts", ".mts", ".cts", ".tsx"]);

/**
 * Imports a scorer module by absolute path and returns its default export. A missing file, a module that does not
 * load, or a default export that is not a function stops the run before it starts (ConfigError at `location`).
 */
export async function loadScorerModule(path: string, location: ErrorLocation): Promise<Scorer> {
  if (!existsSync(path)) throw new ConfigError(`scorer module not found: ${path}`, location);
  let namespace: { default?: unknown };
  try {
    namespace = await importModule(path);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new ConfigError(`scorer module ${path} does not load: ${reason}`, location, { cause: error });
  }
  const scorer = unwrapDefault(namespace);
  if (typeof scorer !== "function") {
    const found = scorer === undefined ? "no default export" : `a default export of type ${typeof scorer}`;
    throw new ConfigError(
      `scorer module ${path} has ${found}; expected \`export default function (answer, item, context)\` returning a score in [0, 1]`,
      location,
    );
  }
  return scorer as Scorer;
}

async function importModule(path: string): Promise<{ default?: unknown }> {
  const url = pathToFileURL(path).href;
  if (!TYPESCRIPT.has(extname(path))) return (await import(url)) as { default?: unknown };
  // tsx's scoped loader: registered for this import only, so kurabe's own modules load as they always do.
  const { tsImport } = await import("tsx/esm/api");
  return (await tsImport(url, import.meta.url)) as { default?: unknown };
}

/**
 * A .ts file outside an ESM package is compiled to CommonJS by tsx and arrives as `{default: module.exports}`, marked
 * `__esModule` (esbuild's interop): its own default export is `module.exports.default`.
 */
function unwrapDefault(namespace: { default?: unknown }): unknown {
  const exported = namespace.default;
  if (typeof exported === "object" && exported !== null && (exported as { __esModule?: unknown }).__esModule === true) {
    return (exported as { default?: unknown }).default;
  }
  return exported;
}
