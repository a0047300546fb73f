/**
 * `kurabe init --example kb` end to end, as its summary tells a user to run it: init → dataset build → run (the four
 * systems against the mock server and the tiny GGUF models) → a second run (the index and answers reused) → the HTML
 * report. Each step is a fresh CLI process under GNU time; the table gives its CPU (user + system) and wall time.
 * With `--before path/to/dist/cli/main.js` (another build, e.g. main before a change) both builds run the whole flow,
 * alternately, each in its own folder, against the same mock server process, so they meet the same moments of a
 * shared machine; the ratio column is this build's CPU over the other's. The wish: the flow "takes seconds".
 *
 *   npx tsx bench/kb-example.ts [--runs 2] [--before path/to/other/dist/cli/main.js]
 */
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { childEnv, cliPath, ensureBuilt, machineLine, makeTempDir, measure, median, printTable, runBenchmark, saveResults, startMockServerProcess } from "./harness.js";

const { values } = parseArgs({ options: { runs: { type: "string", default: "2" }, before: { type: "string" } } });
const runs = Number(values.runs);
const STEPS = ["init", "dataset build", "run", "run again", "report"] as const;
type Step = (typeof STEPS)[number];

/** The flow once with `cli` in a new folder: CPU and wall seconds per step. */
async function flow(cli: string, baseURL: string): Promise<Record<Step, { cpuS: number; wallS: number }>> {
  const dir = await makeTempDir("kurabe-kb-bench-");
  const kb = join(dir, "kb");
  const figures = {} as Record<Step, { cpuS: number; wallS: number }>;
  const step = async (name: Step, args: string[], cwd: string) => {
    const m = await measure(process.execPath, [cli, ...args], { cwd, env: childEnv(), timeoutMs: 900_000, label: `${name} (${cli})` });
    figures[name] = { cpuS: m.userS + m.sysS, wallS: m.wallS };
  };
  await step("init", ["init", "--example", "kb", kb], dir);
  await step("dataset build", ["dataset", "build", "--docs", "docs", "--inquiries", "inquiries.jsonl", "--out", "data"], kb);
  // The example's fixed mock port may be taken on a shared machine: the benchmark's own mock server stands in.
  const config = join(kb, "kurabe.yaml");
  await writeFile(config, (await readFile(config, "utf8")).replaceAll("http://127.0.0.1:8787/v1", baseURL));
  await step("run", ["run"], kb);
  await step("run again", ["run"], kb);
  await step("report", ["report", "--format", "html", "--out", join(dir, "report.html")], kb);
  return figures;
}

runBenchmark(async () => {
  ensureBuilt();
  const server = await startMockServerProcess(0);
  const builds: Record<string, string> = { kurabe: cliPath, ...(values.before ? { before: values.before } : {}) };
  const results: Record<string, Array<Record<Step, { cpuS: number; wallS: number }>>> = {};
  for (let n = 0; n < runs; n++) {
    for (const [name, cli] of Object.entries(builds)) (results[name] ??= []).push(await flow(cli, server.baseURL));
  }
  const cpu = (name: string, step: Step) => median(results[name]!.map((r) => r[step].cpuS));
  const wall = (name: string, step: Step) => median(results[name]!.map((r) => r[step].wallS));
  const total = (name: string, of: (name: string, step: Step) => number) => STEPS.reduce((sum, step) => sum + of(name, step), 0);
  console.log(machineLine());
  console.log(`kurabe init --example kb, whole flow, ${runs} run(s) per build, medians; CPU = user + system of the CLI process\n`);
  const names = Object.keys(builds);
  printTable(
    ["step", ...names.flatMap((name) => [`${name} CPU s`, `${name} wall s`]), ...(values.before ? ["CPU kurabe / before"] : [])],
    [...STEPS, "total"].map((step) => {
      const of = (name: string, f: (name: string, step: Step) => number) => (step === "total" ? total(name, f) : f(name, step as Step));
      return [
        step,
        ...names.flatMap((name) => [of(name, cpu).toFixed(2), of(name, wall).toFixed(2)]),
        ...(values.before ? [(of("kurabe", cpu) / of("before", cpu)).toFixed(2)] : []),
      ];
    }),
  );
  await saveResults("kb-example", { machine: machineLine(), runs, builds, results });
});
