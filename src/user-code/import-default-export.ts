/**
 * Loads the user's modules (scorers, providers) once per generation (user-code-generation.ts) with the files they
 * import, TypeScript included (tsx compiles it on load, so the user's code needs no build step). The next generation
 * loads every file of the graph afresh, so a changed helper counts, not only the file named in kurabe.yaml:
 * - ES modules load under a tsx namespace of the generation's own, which tags every module the file imports (Node
 *   keeps an ES module by its URL for the life of the process).
 * - CommonJS files (a .ts outside an ESM package, a .cjs) are required under one tsx namespace, and the files a
 *   generation required are dropped from require's cache when the next one starts. (Imported as ES modules they would
 *   be kept by the ES loader under their plain file URLs, beyond reach.)
 */
import { randomUUID } from "node:crypto";
import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";
import { isCommonJs } from "./module-format.js";
import { userCodeGeneration } from "./user-code-generation.js";

/** The current generation's tsx import, and the modules it loaded by path. */
interface Loader {
  generation: number;
  importModule(url: string, parent: string): Promise<unknown>;
  modules: Map<string, Promise<unknown>>;
}

let loader: Loader | undefined;
let requireUserCode: ((id: string, fromFile: string) => unknown) | undefined;
const requireCache = createRequire(import.meta.url).cache;
/** Keys of require's cache the user's CommonJS files took since the generation started. */
const requiredKeys = new Set<string>();

/** The default export of the user's module at an absolute path. Throws what loading throws; the caller says which line named it. */
export async function importDefaultExport(path: string): Promise<unknown> {
  const { modules, importModule } = await currentLoader();
  let module = modules.get(path);
  if (!module) {
    module = load(path, importModule);
    modules.set(path, module);
  }
  return unwrapDefault((await module) as { default?: unknown });
}

async function currentLoader(): Promise<Loader> {
  const generation = userCodeGeneration();
  if (loader?.generation === generation) return loader;
  // tsx loads with the first user module only, so runs without one start no slower.
  const { register } = await import("tsx/esm/api");
  for (const key of requiredKeys) delete requireCache[key];
  requiredKeys.clear();
  loader = { generation, importModule: register({ namespace: randomUUID() }).import, modules: new Map() };
  return loader;
}

async function load(path: string, importModule: Loader["importModule"]): Promise<unknown> {
  if (!isCommonJs(path)) return importModule(pathToFileURL(path).href, import.meta.url);
  if (!requireUserCode) {
    const { register } = await import("tsx/cjs/api");
    requireUserCode = register({ namespace: "kurabe-user-code" }).require;
  }
  const before = new Set(Object.keys(requireCache));
  try {
    return { default: requireUserCode(path, import.meta.url) };
  } finally {
    for (const key of Object.keys(requireCache)) if (!before.has(key)) requiredKeys.add(key);
  }
}

/**
 * A CommonJS module compiled from ESM syntax (esbuild's interop marks its exports `__esModule`) keeps its own default
 * export at `module.exports.default`; a plain one's is `module.exports`.
 */
function unwrapDefault(namespace: { default?: unknown }): unknown {
  const exported = namespace.default;
  if (typeof exported === "object" && exported !== null && (exported as { __esModule?: unknown }).__esModule === true) {
    return (exported as { default?: unknown }).default;
  }
  return exported;
}
