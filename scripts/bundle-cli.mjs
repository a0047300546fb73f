// The CLI's start path as one set of files (`npm run build`, after tsc): Node 20 spends ~1 ms of CPU loading each ES
// module, and `kurabe run` loads ~300 (zod alone ~70: 45 ms of CPU to import, 20 ms bundled). esbuild bundles
// dist/cli/main.js, tsc's output, with kurabe's own modules and the pure-JavaScript packages of the start path into
// dist/cli/bundle/ (lazy commands stay lazy: a dynamic import is a chunk); dist/cli/main.js becomes a two-line shim
// that imports it. Everything else in dist/ stays as tsc wrote it: the package's API (dist/index.js), the worker
// threads' entry files, the data files beside the modules. Measured in bench/README.md (issue 11, start-up).
import { existsSync } from "node:fs";
import { copyFile, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const dist = path.join(root, "dist");
const entry = path.join(dist, "cli", "main.js");
const outdir = path.join(dist, "cli", "bundle");
const shim = '#!/usr/bin/env node\nimport "./bundle/main.js";\n';
/** tsc's main.js, kept beside the shim: an incremental tsc writes main.js again only when main.ts changes. */
const tscEntry = path.join(dist, "cli", "main.tsc.js");

/**
 * Packages bundled: pure JavaScript, no files read beside their modules, loaded by every `kurabe run`. The others stay
 * imports of node_modules (native addons, packages that find files or workers next to their own modules, and undici,
 * which kurabe loads through `require` so that a proxy's agent and the plain one are the same package).
 */
const BUNDLED = new Set(["zod", "yaml", "commander", "cli-progress", "cli-table3", "eventsource-parser", "csv-parse"]);
const packageName = (specifier) => specifier.split("/").slice(0, specifier.startsWith("@") ? 2 : 1).join("/");

/** A module that reads `import.meta.url` (a worker's file, data beside it, createRequire) still gets its own URL in dist/. */
const ownUrls = {
  name: "own-import-meta-url",
  setup(build) {
    build.onLoad({ filter: /\.js$/ }, async (args) => {
      if (!args.path.startsWith(dist + path.sep)) return undefined;
      const source = await readFile(args.path, "utf8");
      if (!source.includes("import.meta.url")) return undefined;
      // Every bundle file is in outdir, so the module's own file is at the same relative path from each of them.
      const own = `new URL(${JSON.stringify(path.relative(outdir, args.path).split(path.sep).join("/"))}, import.meta.url).href`;
      return { contents: source.replaceAll("import.meta.url", own), loader: "js" };
    });
  },
};

const externals = {
  name: "externals",
  setup(build) {
    build.onResolve({ filter: /^[^./]/ }, (args) => {
      if (args.path.startsWith("node:") || !BUNDLED.has(packageName(args.path))) return { path: args.path, external: true };
      return undefined;
    });
  },
};

if ((await readFile(entry, "utf8")) !== shim) await copyFile(entry, tscEntry);
else if (!existsSync(tscEntry)) throw new Error(`${tscEntry} is missing and tsc kept main.js as the shim: remove dist/ and build again`);
await rm(outdir, { recursive: true, force: true });
await build({
  entryPoints: { main: tscEntry },
  outdir,
  bundle: true,
  splitting: true,
  format: "esm",
  platform: "node",
  target: "node20",
  chunkNames: "[name]-[hash]",
  plugins: [externals, ownUrls],
  // A bundled CommonJS package that requires a Node built-in (yaml: `require("process")`) needs a real `require`.
  banner: { js: 'import { createRequire as __kurabeRequire } from "node:module"; const require = __kurabeRequire(import.meta.url);' },
  logLevel: "warning",
});
await writeFile(entry, shim);
