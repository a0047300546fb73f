import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { runCli, type CliResult } from "./cli.js";

/** What each step of the knowledge-base example printed. */
export interface KbExampleRun {
  /** The example's folder: kurabe.yaml, docs/, data/ (from dataset build) and .kurabe/kurabe.db (from run). */
  dir: string;
  init: CliResult;
  build: CliResult;
  run: CliResult;
}

/** A step that failed stops the walk with what it printed. */
async function step(args: readonly string[], cwd: string): Promise<CliResult> {
  const result = await runCli(args, { cwd });
  if (result.code !== 0) throw new Error(`kurabe ${args.join(" ")} exited ${result.code}:\n${result.stderr}${result.stdout}`);
  return result;
}

/**
 * The knowledge-base example as README.md walks a user through it, with the built CLI: `init --example kb`, `dataset
 * build` with the example's own command, then `run` — the four systems (the mock server, the tiny GGUF with its LoRA,
 * retrieval, the mock judge) against `mockUrl`, the test's own mock server standing in for the example's fixed port.
 */
export async function runKbExample(root: string, mockUrl: string): Promise<KbExampleRun> {
  const dir = path.join(root, "kb");
  const init = await step(["init", "--example", "kb", dir], root);
  const build = await step(["dataset", "build", "--docs", "docs", "--inquiries", "inquiries.jsonl", "--out", "data"], dir);
  const configPath = path.join(dir, "kurabe.yaml");
  writeFileSync(configPath, readFileSync(configPath, "utf8").replaceAll("http://127.0.0.1:8787/v1", `${mockUrl}/v1`));
  const run = await step(["run", "kurabe.yaml"], dir);
  return { dir, init, build, run };
}
