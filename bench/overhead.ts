/**
 * Engine overhead: the same 1,000 echo items at concurrency 16 against a zero-latency mock model server, run by
 * kurabe and by promptfoo@0.121.20. Every millisecond and megabyte is the tool's own: the server answers at once.
 * Each tool runs 3 times, alternating (kurabe, promptfoo, kurabe, ...); the table shows medians and the ratios.
 *
 *   npx tsx bench/overhead.ts [--runs 3] [--items 1000] [--cli path/to/dist/cli/main.js]
 *
 * promptfoo is installed once into bench/.out/promptfoo-0.121.20 (git-ignored) with npm. The measurement phase
 * (mock server and both tools) then runs in a new network namespace with only loopback up (`unshare -n`): promptfoo
 * posts a telemetry event even with PROMPTFOO_DISABLE_TELEMETRY=1, and in there nothing can leave the machine.
 * This script re-executes itself inside that namespace with `--inside`.
 */
import { spawn, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { parseArgs } from "node:util";
import {
  checkKurabeOutput,
  childEnv,
  echoItems,
  kurabeConfig,
  machineLine,
  makeTempDir,
  measure,
  measuredCli,
  resultsName,
  median,
  outDir,
  printTable,
  runBenchmark,
  saveResults,
  startMockServerProcess,
  writeJsonl,
  type Measurement,
} from "./harness.js";

const PROMPTFOO_VERSION = "0.121.20";
const promptfooPrefix = join(outDir, `promptfoo-${PROMPTFOO_VERSION}`);
const promptfooEntry = join(promptfooPrefix, "node_modules", "promptfoo", "dist", "src", "entrypoint.js");
const CONCURRENCY = 16;
const RUN_TIMEOUT_MS = 180_000;

const { values } = parseArgs({
  options: {
    inside: { type: "boolean", default: false },
    runs: { type: "string", default: "3" },
    items: { type: "string", default: "1000" },
    cli: { type: "string" },
  },
});
const kurabeCli = measuredCli(values.cli);
const runs = Number(values.runs);
const itemCount = Number(values.items);

runBenchmark(values.inside ? measureInsideNamespace : prepareAndEnterNamespace);

/** Outside the namespace: build check, promptfoo install (cached), then this script again under `unshare -n`. */
async function prepareAndEnterNamespace(): Promise<void> {
  if (!existsSync(promptfooEntry)) {
    console.error(`installing promptfoo@${PROMPTFOO_VERSION} into ${promptfooPrefix} (once; about 2 minutes)`);
    // npm keeps the caller's environment: here the registry is reached through the CA in NODE_EXTRA_CA_CERTS.
    const install = spawnSync(
      "npm",
      ["install", "--prefix", promptfooPrefix, "--no-audit", "--no-fund", "--save-exact", `promptfoo@${PROMPTFOO_VERSION}`],
      { stdio: "inherit", timeout: 900_000 },
    );
    if (install.status !== 0 || !existsSync(promptfooEntry)) throw new Error("npm install of promptfoo failed");
  }
  const probe = spawnSync("unshare", ["-n", "sh", "-c", "ip link set lo up"], { encoding: "utf8" });
  if (probe.status !== 0) {
    throw new Error(`cannot create a network namespace (unshare -n; needs root or user namespaces): ${probe.stderr}`);
  }
  const inner = [...process.execArgv, process.argv[1]!, "--inside", "--runs", String(runs), "--items", String(itemCount), "--cli", kurabeCli];
  const code = await new Promise<number | null>((resolve, reject) => {
    const child = spawn("unshare", ["-n", "sh", "-c", 'ip link set lo up && exec "$@"', "sh", process.execPath, ...inner], {
      stdio: "inherit",
      env: childEnv(),
    });
    child.once("error", reject);
    child.once("exit", (c) => resolve(c));
  });
  if (code !== 0) throw new Error(`the measurement phase exited with ${code}`);
}

async function measureInsideNamespace(): Promise<void> {
  const dir = await makeTempDir("overhead");
  const server = await startMockServerProcess(0);
  const items = echoItems(itemCount);

  await writeJsonl(join(dir, "items.jsonl"), items);
  await writeFile(
    join(dir, "kurabe.yaml"),
    kurabeConfig({ baseURL: server.baseURL, concurrency: CONCURRENCY, itemsPath: "items.jsonl" }),
  );
  // JSON is YAML: 1,000 tests are written as one JSON document.
  const promptfooConfig = {
    description: "kurabe overhead benchmark",
    prompts: ["{{input}}"],
    providers: [{ id: "openai:chat:mock-model", config: { apiBaseUrl: server.baseURL, apiKey: "dummy" } }],
    tests: items.map((item) => ({ vars: { input: item.input }, assert: [{ type: "equals", value: item.expected }] })),
    evaluateOptions: { maxConcurrency: CONCURRENCY },
    sharing: false,
  };
  await writeFile(join(dir, "promptfooconfig.yaml"), JSON.stringify(promptfooConfig));

  const kurabeRuns: Measurement[] = [];
  const promptfooRuns: Measurement[] = [];
  const serverCpu = { kurabe: [] as number[], promptfoo: [] as number[] };
  for (let run = 1; run <= runs; run++) {
    const tools = run % 2 === 1 ? (["kurabe", "promptfoo"] as const) : (["promptfoo", "kurabe"] as const);
    for (const tool of tools) {
      const cpuBefore = server.cpuMs();
      const m = tool === "kurabe" ? await runKurabe(dir, run) : await runPromptfoo(dir, run);
      serverCpu[tool].push(server.cpuMs() - cpuBefore);
      (tool === "kurabe" ? kurabeRuns : promptfooRuns).push(m);
      console.error(
        `run ${run} ${tool.padEnd(9)} ${m.wallS.toFixed(2)} s, peak RSS ${m.peakRssMb.toFixed(0)} MB ` +
          `(tree ${m.treeRssMb.toFixed(0)} MB, ${m.processes} process${m.processes === 1 ? "" : "es"}), ` +
          `CPU ${(m.userS + m.sysS).toFixed(2)} s`,
      );
    }
  }

  const summary = (list: Measurement[]) => ({
    wallS: median(list.map((m) => m.wallS)),
    peakRssMb: median(list.map((m) => m.peakRssMb)),
    treeRssMb: median(list.map((m) => m.treeRssMb)),
    cpuS: median(list.map((m) => m.userS + m.sysS)),
  });
  const k = summary(kurabeRuns);
  const p = summary(promptfooRuns);
  console.log(`\nbench/overhead.ts — ${itemCount} items, concurrency ${CONCURRENCY}, zero-latency mock server, median of ${runs}`);
  console.log(machineLine());
  console.log(`kurabe: ${kurabeCli}`);
  printTable(
    ["tool", "wall s", "peak RSS MB", "tree RSS MB", "CPU s", "all wall s"],
    [
      ["kurabe", k.wallS.toFixed(2), k.peakRssMb.toFixed(0), k.treeRssMb.toFixed(0), k.cpuS.toFixed(2), kurabeRuns.map((m) => m.wallS.toFixed(2)).join(", ")],
      [`promptfoo ${PROMPTFOO_VERSION}`, p.wallS.toFixed(2), p.peakRssMb.toFixed(0), p.treeRssMb.toFixed(0), p.cpuS.toFixed(2), promptfooRuns.map((m) => m.wallS.toFixed(2)).join(", ")],
      ["kurabe / promptfoo", (k.wallS / p.wallS).toFixed(2), (k.peakRssMb / p.peakRssMb).toFixed(2), (k.treeRssMb / p.treeRssMb).toFixed(2), (k.cpuS / p.cpuS).toFixed(2), ""],
    ],
  );
  const wallOk = k.wallS / p.wallS <= 0.2;
  const rssOk = k.peakRssMb / p.peakRssMb <= 0.5;
  console.log(`target wall ≤ 0.2×: ${wallOk ? "met" : "MISSED"} · target peak RSS ≤ 0.5×: ${rssOk ? "met" : "MISSED"}`);
  console.log(`both tools answered ${itemCount}/${itemCount} right in every run`);

  await saveResults(resultsName("overhead", kurabeCli), {
    machine: machineLine(),
    cli: kurabeCli,
    items: itemCount,
    concurrency: CONCURRENCY,
    kurabe: kurabeRuns.map(strip),
    promptfoo: promptfooRuns.map(strip),
    serverCpuMs: serverCpu,
    medians: { kurabe: k, promptfoo: p },
  });
}

function strip({ stdout: _o, stderr: _e, ...figures }: Measurement) {
  return figures;
}

async function runKurabe(dir: string, run: number): Promise<Measurement> {
  const m = await measure(
    process.execPath,
    [kurabeCli, "run", "kurabe.yaml", "--db", `k${run}.db`, "--no-cache", "--json"],
    { cwd: dir, env: childEnv(), timeoutMs: RUN_TIMEOUT_MS, label: "kurabe" },
  );
  checkKurabeOutput(m.stdout, itemCount);
  return m;
}

async function runPromptfoo(dir: string, run: number): Promise<Measurement> {
  const output = `promptfoo-${run}.json`;
  const m = await measure(
    process.execPath,
    [
      promptfooEntry, "eval", "-c", "promptfooconfig.yaml", "-j", String(CONCURRENCY), "--no-cache",
      "--no-progress-bar", "--no-table", "--no-share", "-o", output,
    ],
    {
      cwd: dir,
      env: childEnv({
        PROMPTFOO_DISABLE_TELEMETRY: "1",
        PROMPTFOO_DISABLE_UPDATE: "1",
        PROMPTFOO_DISABLE_SHARING: "1",
        PROMPTFOO_CONFIG_DIR: join(dir, `promptfoo-home-${run}`),
      }),
      timeoutMs: RUN_TIMEOUT_MS,
      label: "promptfoo",
    },
  );
  const result = JSON.parse(await readFile(join(dir, output), "utf8")) as {
    results: { stats: { successes: number; failures: number; errors: number } };
  };
  const { successes, failures, errors } = result.results.stats;
  if (successes !== itemCount || failures !== 0 || errors !== 0) {
    throw new Error(`promptfoo did not answer every item right: ${JSON.stringify(result.results.stats)}`);
  }
  return m;
}
