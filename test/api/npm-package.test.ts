import { execFileSync } from "node:child_process";
import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { runNode } from "../support/cli.js";
import { useTempDirs } from "../support/temp-dir.js";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const tempDir = useTempDirs();

interface LockEntry {
  version?: string;
  integrity?: string;
  dev?: boolean;
  optional?: boolean;
  devOptional?: boolean;
}
const lock = JSON.parse(fs.readFileSync(path.join(ROOT, "package-lock.json"), "utf8")) as { packages: Record<string, LockEntry> };
const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8")) as {
  version: string;
  license: string;
  dependencies: Record<string, string>;
  bin: Record<string, string>;
  engines: Record<string, string>;
};

/** Every package of a production install of kurabe, as the repo's lock pins them (a lock must name the optional too). */
const runtimePackages = Object.entries(lock.packages).filter(([key, entry]) => key !== "" && !entry.dev);
/** Those an install without optional packages (platform binaries of esbuild, node-llama-cpp) fetches. */
const installedPackages = runtimePackages.filter(([, entry]) => !entry.optional && !entry.devOptional);

/**
 * Why the install cannot be tried offline here, if it cannot: npm missing, or a package's tarball not in npm's cache
 * (cacache keeps content by its sha512: content-v2/sha512/ab/cd/ef…). In CI `npm ci` has just filled the cache.
 */
function offlineInstallProblem(): string | undefined {
  let cache: string;
  try {
    cache = execFileSync("npm", ["config", "get", "cache"], { encoding: "utf8" }).trim();
  } catch {
    return "npm is not on PATH";
  }
  if (!fs.existsSync(path.join(ROOT, "dist", "index.d.ts"))) return "dist/ is not built (npm test builds it first)";
  const missing = installedPackages.filter(([, entry]) => {
    const sha512 = entry.integrity?.split(" ").find((hash) => hash.startsWith("sha512-"));
    if (!sha512) return true;
    const hex = Buffer.from(sha512.slice("sha512-".length), "base64").toString("hex");
    return !fs.existsSync(path.join(cache, "_cacache", "content-v2", "sha512", hex.slice(0, 2), hex.slice(2, 4), hex.slice(4)));
  });
  if (missing.length > 0) {
    return `${missing.length} of ${installedPackages.length} packages are not in npm's cache ${cache} (${missing[0]![0]}…): run npm ci first`;
  }
  return undefined;
}

const problem = offlineInstallProblem();

/** A README ```ts block: the first after `heading`. */
function readmeBlock(heading: string): string {
  const readme = fs.readFileSync(path.join(ROOT, "README.md"), "utf8");
  const block = /```ts\n([\s\S]*?)```/.exec(readme.slice(readme.indexOf(heading)))?.[1];
  if (readme.indexOf(heading) < 0 || !block) throw new Error(`README.md has no \`\`\`ts block under ${heading}`);
  return block;
}

/**
 * A project that depends on the packed tarball, locked to the same versions as the repo (its lock's runtime entries),
 * so that `npm ci --offline` installs it from npm's cache without asking the registry for anything.
 */
function writeConsumer(dir: string, tarball: string): void {
  const kurabe = `file:${tarball}`;
  const packages: Record<string, unknown> = {
    "": { name: "consumer", dependencies: { kurabe } },
    "node_modules/kurabe": { version: pkg.version, resolved: kurabe, license: pkg.license, dependencies: pkg.dependencies, bin: pkg.bin, engines: pkg.engines },
    ...Object.fromEntries(runtimePackages),
  };
  fs.writeFileSync(path.join(dir, "package.json"), JSON.stringify({ name: "consumer", private: true, type: "module", dependencies: { kurabe } }));
  fs.writeFileSync(path.join(dir, "package-lock.json"), JSON.stringify({ name: "consumer", lockfileVersion: 3, requires: true, packages }));
}

describe("kurabe as an npm package", () => {
  it.skipIf(problem !== undefined)(
    `installs from npm pack into a fresh project offline; its exports load, what run() and openResults() reject with is its own KurabeError, and its types check the README's modules${problem ? ` (skipped: ${problem})` : ""}`,
    async () => {
      const dir = tempDir();
      const packed = execFileSync("npm", ["pack", "--ignore-scripts", "--json", "--pack-destination", dir], { cwd: ROOT, encoding: "utf8" });
      const [tarball] = JSON.parse(packed) as Array<{ filename: string }>;
      writeConsumer(dir, tarball!.filename);
      // No install scripts: better-sqlite3's would fetch or compile its binary, which an offline test cannot.
      execFileSync("npm", ["ci", "--offline", "--ignore-scripts", "--omit=optional", "--no-audit", "--no-fund"], { cwd: dir, stdio: "pipe" });

      fs.writeFileSync(
        path.join(dir, "exports.mjs"),
        `import * as kurabe from "kurabe";
const error = new kurabe.ConfigError("bad", { field: "models[0].path" });
console.log(JSON.stringify({ names: Object.keys(kurabe).sort(), run: typeof kurabe.run, openResults: typeof kurabe.openResults, coded: error instanceof kurabe.KurabeError && error.code }));
`,
      );
      const exported = await runNode(["exports.mjs"], { cwd: dir });
      expect(exported.code, exported.stderr).toBe(0);
      expect(JSON.parse(exported.stdout)).toEqual({
        names: ["ConfigError", "KurabeError", "openResults", "run"],
        run: "function",
        openResults: "function",
        coded: "config",
      });
      // What run() and openResults() reject with is the very KurabeError the package exports (the CLI's esbuild bundle
      // holds a copy of its own; the library must not hand that one out): a bad config object, a scorer module that
      // does not exist (found while preparing, with the store open: the binary better-sqlite3's install script would
      // have built is the repo's), a store that does not exist.
      const addon = path.join("node_modules", "better-sqlite3", "build", "Release", "better_sqlite3.node");
      fs.mkdirSync(path.dirname(path.join(dir, addon)), { recursive: true });
      fs.copyFileSync(path.join(ROOT, addon), path.join(dir, addon));
      fs.writeFileSync(path.join(dir, "items.jsonl"), '{"id":"a","input":"x"}\n');
      fs.writeFileSync(
        path.join(dir, "errors.mjs"),
        `import { ConfigError, KurabeError, openResults, run } from "kurabe";
const model = { id: "m", provider: "openai-compatible", baseURL: "http://127.0.0.1:9/v1", model: "m" };
const caught = async (attempt) => {
  try {
    await attempt();
    return "no error";
  } catch (error) {
    return { kurabe: error instanceof KurabeError, config: error instanceof ConfigError, code: error.code, field: error.location?.field ?? null };
  }
};
console.log(JSON.stringify([
  await caught(() => run({ config: { models: [], suites: [{ name: "s", path: "items.jsonl" }] }, db: "store.db" })),
  await caught(() => run({ config: { models: [model], suites: [{ name: "s", path: "items.jsonl", scorer: { type: "module", path: "missing.ts" } }] }, db: "store.db" })),
  await caught(() => openResults({ db: "none.db" })),
]));
`,
      );
      const errors = await runNode(["errors.mjs"], { cwd: dir });
      expect(errors.code, errors.stderr).toBe(0);
      expect(JSON.parse(errors.stdout)).toEqual([
        { kurabe: true, config: true, code: "config", field: "models" },
        { kurabe: true, config: true, code: "config", field: "suites[0].scorer.path" },
        { kurabe: true, config: false, code: "input", field: null },
      ]);
      // Refused before the run starts: no store written.
      expect(fs.existsSync(path.join(dir, "store.db"))).toBe(false);

      const version = await runNode([path.join(dir, "node_modules", "kurabe", "dist", "cli", "main.js"), "--version"], { cwd: dir });
      expect(version.stdout.trim()).toBe(pkg.version);

      // The README's scorer and provider modules, and the library API, type-checked against the installed package
      // with its declaration files checked too (no skipLibCheck): the types a user imports are all there.
      fs.mkdirSync(path.join(dir, "checks"));
      fs.mkdirSync(path.join(dir, "providers"));
      fs.writeFileSync(path.join(dir, "checks", "tone.ts"), readmeBlock("### Your own scorer"));
      fs.writeFileSync(path.join(dir, "providers", "gateway.ts"), readmeBlock("### Your own provider"));
      fs.writeFileSync(
        path.join(dir, "uses.ts"),
        `import { openResults, run, type ModelModule, type ModelModuleChunk, type Results, type RunOptions, type Scorer } from "kurabe";

export async function best(options: RunOptions): Promise<string | undefined> {
  const { db, runId } = await run(options);
  const results: Results = openResults({ db, run: runId, revision: 1 });
  return results.decision.overall.choice ?? undefined;
}
export const echo: ModelModule<{ prefix: string }> = {
  async *stream(request, context): AsyncGenerator<ModelModuleChunk> {
    yield context.options.prefix + String(request.messages.length);
    yield { usage: { inputTokens: 1, outputTokens: 1 } };
  },
};
export const nonEmpty: Scorer = (answer) => (answer.text.length > 0 ? 1 : 0);
`,
      );
      fs.writeFileSync(
        path.join(dir, "tsconfig.json"),
        JSON.stringify({
          compilerOptions: { module: "nodenext", moduleResolution: "nodenext", target: "es2022", lib: ["es2023", "dom"], strict: true, noEmit: true, types: [] },
          include: ["*.ts", "checks/*.ts", "providers/*.ts"],
        }),
      );
      const tsc = createRequire(import.meta.url).resolve("typescript/bin/tsc");
      const checked = await runNode([tsc, "-p", dir], { cwd: dir });
      expect(checked.stdout + checked.stderr).toBe("");
      expect(checked.code).toBe(0);
    },
    600_000,
  );
});

