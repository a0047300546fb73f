import { Writable } from "node:stream";
import { Command } from "commander";
import { datasetCommand } from "../../../src/cli/dataset.js";
import { describeError, exitStatusFor } from "../../../src/cli/exit-codes.js";

export interface DatasetCliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * Runs `kurabe dataset …` in process, as main.ts would: the same command definition, the same error-to-exit-status
 * mapping. (main.ts registers the command; these tests do not depend on the build in dist/.)
 */
export async function runDatasetCli(args: readonly string[], cwd: string): Promise<DatasetCliResult> {
  const previousCwd = process.cwd();
  const previousExit = process.exitCode;
  let stdout = "";
  let stderr = "";
  const capture = (sink: (text: string) => void) =>
    new Writable({
      write(chunk, _encoding, done) {
        sink(String(chunk));
        done();
      },
    });
  const originalWrite = process.stdout.write.bind(process.stdout);
  const out = capture((text) => (stdout += text));
  process.stdout.write = ((chunk: string | Uint8Array) => out.write(chunk)) as typeof process.stdout.write;
  process.chdir(cwd);
  process.exitCode = 0;
  try {
    const program = new Command().name("kurabe").exitOverride().configureOutput({
      writeOut: (text) => (stdout += text),
      writeErr: (text) => (stderr += text),
    });
    program.addCommand(datasetCommand());
    for (const command of program.commands) for (const sub of command.commands) sub.exitOverride().configureOutput({ writeErr: (text) => (stderr += text) });
    await program.parseAsync(["node", "kurabe", ...args]);
    return { code: Number(process.exitCode ?? 0), stdout, stderr };
  } catch (error) {
    const commander = (error as { code?: string; exitCode?: number }).code?.startsWith("commander.");
    if (!commander) stderr += `${describeError(error)}\n`;
    return { code: commander ? ((error as { exitCode: number }).exitCode ?? 1) : exitStatusFor(error), stdout, stderr };
  } finally {
    process.stdout.write = originalWrite;
    process.chdir(previousCwd);
    process.exitCode = previousExit;
  }
}

// `npx tsx test/finetune/support/dataset-cli.ts dataset build …` for trying the command by hand.
if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split("/").pop()!)) {
  const result = await runDatasetCli(process.argv.slice(2), process.cwd());
  process.stdout.write(result.stdout);
  process.stderr.write(result.stderr);
  process.exitCode = result.code;
}
