import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import { fileURLToPath } from "node:url";

/** The built CLI, as users run it (`npm test` builds it first). */
export const CLI = fileURLToPath(new URL("../../dist/cli/main.js", import.meta.url));

export interface CliResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

export interface CliProcess {
  child: ChildProcess;
  done: Promise<CliResult>;
}

export function spawnCli(args: readonly string[], options: { cwd: string; env?: Record<string, string> }): CliProcess {
  if (!fs.existsSync(CLI)) throw new Error(`${CLI} is missing: run \`npm run build\` (npm test does it first)`);
  return spawnNode([CLI, ...args], options);
}

function spawnNode(args: readonly string[], options: { cwd: string; env?: Record<string, string> }): CliProcess {
  const { NODE_EXTRA_CA_CERTS: _slowStart, ...parentEnv } = process.env;
  const child = spawn(process.execPath, args, {
    cwd: options.cwd,
    env: { ...parentEnv, ...options.env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stdout = "";
  let stderr = "";
  child.stdout!.setEncoding("utf8").on("data", (chunk: string) => (stdout += chunk));
  child.stderr!.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
  const done = new Promise<CliResult>((resolve, reject) => {
    child.on("error", reject);
    child.on("close", (code, signal) => resolve({ code, signal, stdout, stderr }));
  });
  return { child, done };
}

export function runCli(args: readonly string[], options: { cwd: string; env?: Record<string, string> }): Promise<CliResult> {
  return spawnCli(args, options).done;
}

/** Runs a script with this Node, as a user would (`node example.mjs`). */
export function runNode(args: readonly string[], options: { cwd: string; env?: Record<string, string> }): Promise<CliResult> {
  return spawnNode(args, options).done;
}
