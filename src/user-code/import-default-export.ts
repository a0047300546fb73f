import { statSync } from "node:fs";
import { extname } from "node:path";
import { pathToFileURL } from "node:url";

/** Extensions Node cannot load by itself: tsx compiles them on import, so the user's code needs no build step. */
const TYPESCRIPT = new Set([".ts", ".mts", ".cts", ".tsx"]);

/**
 * The default export of the user's module at an absolute path (a scorer, a provider), TypeScript included. Throws what
 * the import throws; the caller says which config line named the file.
 */
export async function importDefaultExport(path: string): Promise<unknown> {
  return unwrapDefault(await importModule(path));
}

async function importModule(path: string): Promise<{ default?: unknown }> {
  const url = pathToFileURL(path).href;
  // Node keeps an ES module by its URL for the life of the process: a file changed since (a fixed scorer, run again
  // through the library API) gets a URL of its own. (tsImport below loads each call in a namespace of its own.)
  if (!TYPESCRIPT.has(extname(path))) return (await import(`${url}?mtime=${statSync(path).mtimeMs}`)) as { default?: unknown };
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
