#!/usr/bin/env node
import { Command, CommanderError, Option, type HelpContext } from "commander";
import { KURABE_VERSION } from "../version.js";
import { datasetCommand } from "./dataset.js";
import { finetuneCommand } from "./finetune.js";
import { finetuneJobsCommand } from "./finetune-jobs.js";
import { describeError, exitStatusFor } from "./exit-codes.js";

// The AI SDK prints its own warnings on every call (e.g. an unknown model's token limit); kurabe reports what matters.
(globalThis as { AI_SDK_LOG_WARNINGS?: boolean }).AI_SDK_LOG_WARNINGS = false;

// A reader that stops early (`kurabe doctor | head -3`) closes the pipe: kurabe ends there, quietly, as SIGPIPE ends
// other command-line tools (Node ignores SIGPIPE, and the write's EPIPE would otherwise crash with a stack trace).
for (const stream of [process.stdout, process.stderr]) {
  stream.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code !== "EPIPE") throw error;
    process.exit();
  });
}

/** Command modules are imported when used, so `kurabe results` never loads the model engines. */
const program = new Command()
  .name("kurabe")
  .description("Compare language models on your own tasks: quality, latency and cost, side by side.")
  .version(KURABE_VERSION);

const dbOption = () => new Option("--db <path>", "results store (SQLite); default .kurabe/kurabe.db");
/** For the commands that read a store: the config whose `db:` names it, as `kurabe run` used it. */
const configOption = () => new Option("--config <file>", "read the store named by db: in this config (default ./kurabe.yaml)");

program
  .command("run")
  .description("run every suite in the config against every model, store the results and print the leaderboard")
  .argument("[config]", "configuration file", "kurabe.yaml")
  .addOption(dbOption())
  .option("--resume [run]", "finish an interrupted run (the latest unfinished one if no id is given)")
  .option("--no-cache", "send every request even if an identical one was answered before")
  .option("--json", "print the leaderboard as JSON")
  .option("--unsafe-no-sandbox", "run model-written code WITHOUT bubblewrap isolation (only on a disposable machine)")
  .action(async (config: string, options) => exit(await (await import("./run.js")).runCommand(config, options)));

program
  .command("rescore")
  .description("score a stored run's answers again with the scorers in the config now, as a new scoring revision (no model is asked)")
  .argument("[run]", "run id or a unique prefix of it (default: the latest)")
  .option("--config <file>", "the config whose scorers and judges to use", "kurabe.yaml")
  .addOption(dbOption())
  .option("--suite <name...>", "only these suites")
  .option("--no-cache", "ask judges again even where the judge and its prompt are unchanged")
  .option("--unsafe-no-sandbox", "run model-written code WITHOUT bubblewrap isolation (only on a disposable machine)")
  .action(async (run: string | undefined, options) => exit(await (await import("./rescore.js")).rescoreCommand(run, options)));

program
  .command("results")
  .description("print a stored run's leaderboard (the latest run by default)")
  .argument("[run]", "run id or a unique prefix of it")
  .addOption(dbOption())
  .addOption(configOption())
  .option("--json", "machine-readable output")
  .option("--revision <n>", "read the run at this scoring revision (1 is the run's own scoring; default: the latest)")
  .action(async (run: string | undefined, options) => exit((await import("./results.js")).resultsCommand(run, options)));

program
  .command("report")
  .description("a stored run's report: html, md, json, csv or junit")
  .argument("[run]", "run id or a unique prefix of it")
  .addOption(dbOption())
  .addOption(configOption())
  .option("--format <format>", "html, md, json, csv or junit", "html")
  .option("--lang <lang>", "ja or en (default: from LANG)")
  .option("--out <path>", "output file, - for stdout (default: kurabe-report-RUN.html for html, stdout for the others)")
  .option("--min-score <score>", "junit: fail a model × suite below this (0.7 or 70%)")
  .option("--items <n|all>", "items per suite in the answers section (default 1000 for html/md, all for json)")
  .option("--seed <n>", "base seed of the bootstrap intervals")
  .option("--revision <n>", "read the run at this scoring revision (1 is the run's own scoring; default: the latest)")
  .action(async (run: string | undefined, options) => exit(await (await import("./report.js")).reportCommand(run, options)));

program
  .command("export")
  .description("write a stored run as one portable JSON file (config without secrets, items, answers, scores, usage, timings)")
  .argument("[run]", "run id or a unique prefix of it (default: the latest)")
  .addOption(dbOption())
  .addOption(configOption())
  .option("--out <file>", "write here instead of stdout (whole or not at all)")
  .action(async (run: string | undefined, options) => exit(await (await import("./export.js")).exportCommand(run, options)));

program
  .command("import")
  .description("add a run exported by `kurabe export` to the store; results, report, compare and view then show it")
  .argument("<file>", "a run file written by `kurabe export` (- reads it from stdin)")
  .addOption(dbOption())
  .addOption(configOption())
  .action(async (file: string, options) => exit(await (await import("./import.js")).importCommand(file, options)));

program
  .command("view")
  .description("serve a local dashboard over the store: runs, leaderboards with charts, every answer, run comparisons")
  .addOption(dbOption())
  .addOption(configOption())
  .option("--port <n>", "port (0 picks a free one)", "8788")
  .option("--host <address>", "address to bind; anything but loopback serves every answer to the network", "127.0.0.1")
  .option("--lang <language>", "ja or en (default from LANG)")
  .action(async (options) => exit(await (await import("./view.js")).viewCommand(options)));

program
  .command("compare")
  .description("regressions per suite with significance: two runs, or two models of one run (--before/--after)")
  .argument("[baseline]", "baseline run id (or prefix)")
  .argument("[candidate]", "candidate run id (or prefix)")
  .addOption(dbOption())
  .addOption(configOption())
  .option("--before <model>", "within one run: the model before (e.g. the base model)")
  .option("--after <model>", "within one run: the model after (e.g. its fine-tuned adapter)")
  .option("--run <run>", "with --before/--after: the run (default: the latest)")
  .option("--model <id>", "across runs: compare only this model")
  .option("--alpha <p>", "significance level", "0.05")
  .option("--fail-on-regression", "exit 4 when any suite regressed significantly (for CI)")
  .option("--min-score <x>", "exit 4 when any candidate score is under x (0..1)")
  .option("--json", "machine-readable output")
  .option("--junit", "JUnit XML for CI systems")
  .option("--revision <n>", "read every compared run at this scoring revision (default: each run's latest)")
  .option("--lang <language>", "the table's verdicts and numbers in ja or en, as the report words them (default from LANG)")
  .action(async (baseline: string | undefined, candidate: string | undefined, options) =>
    exit((await import("./compare.js")).compareCommand(baseline, candidate, options)),
  );

program
  .command("load")
  .description("load-test an OpenAI-compatible endpoint or a local GGUF: throughput, TTFT and ITL by concurrency or request rate, and cost")
  .option("--base-url <url>", "OpenAI-compatible endpoint, e.g. http://localhost:8000/v1")
  .option("--model <name>", "model name the endpoint serves (with --base-url)")
  .option("--api-key-env <var>", "env variable holding the endpoint's key (no key is sent otherwise)")
  .option("--gguf <path>", "load-test a GGUF model in process instead")
  .option("--threads <n>", "llama.cpp threads (with --gguf)")
  .option("--context-size <n>", "tokens per sequence (with --gguf; default 2048)")
  .option("--concurrency <list>", "closed-loop levels: requests in flight (default 1,2,4,8,16)")
  .option("--rate <list>", "open-loop levels instead: requests per second, e.g. 0.5,2,8")
  .option("--arrivals <kind>", "with --rate: poisson (default) or constant")
  .option("--requests <n>", "requests per level (default max(16, 4 × concurrency) or max(16, 20 s at the rate))")
  .option("--input-tokens <n>", "synthetic prompt length (default 256)")
  .option("--prompts <file>", "JSONL prompts instead of synthetic ones")
  .option("--output-tokens <n>", "max output tokens (default 128)")
  .option("--warmup <n>", "unmeasured requests first (default 1)")
  .option("--timeout <ms>", "per-request timeout (default 120000)")
  .option("--workers <n|auto>", "worker threads sending each level, concurrency or rate (with --base-url; default auto: from 30 % of one thread busy)")
  .option("--ttft-slo <ms>", "choose the best level within this TTFT")
  .option("--slo-percentile <p>", "50, 95 or 99 (default 95)")
  .option("--gpu <type>", "GPU type for cost (h100, a100-80gb, l4, …)")
  .option("--gpus <n>", "GPUs per replica (default 1)")
  .option("--spot", "spot prices")
  .option("--hourly <usd>", "replica price per hour instead of --gpu")
  .option("--utilisation <0-1>", "share of paid hours spent serving (default 1)")
  .option("--compare <models>", "API models, comma-separated provider:model")
  .option("--json", "machine-readable output")
  .action(async (options) => exit(await (await import("./load.js")).loadCommand(options)));

program.addCommand(datasetCommand());
program.addCommand(finetuneCommand().addCommand(finetuneJobsCommand()));

program
  .command("init")
  .description("write a commented example kurabe.yaml and a tiny suite")
  .argument("[dir]", "where to write them", ".")
  .option("--force", "overwrite existing files")
  .option("--example <name>", "write a worked example instead: kb (knowledge-base chatbot: plain, RAG, fine-tuned, both; offline)")
  .action(async (dir: string, options: { force?: boolean; example?: string }) => {
    await (await import("./init.js")).initCommand(dir, { force: options.force ?? false, ...(options.example ? { example: options.example } : {}) });
    exit(0);
  });

program
  .command("doctor")
  .description("what works on this machine and what is missing: sandbox, memory cap, interpreters, Chromium, model cache, proxy")
  .option("--json", "machine-readable output")
  .action(async (options) => exit(await (await import("./doctor.js")).doctorCommand(options)));

program
  .command("demo", { isDefault: false })
  .description("the built-in quick suite on a local GGUF model (and API models whose keys are set); what `npm start` runs")
  .addOption(dbOption())
  .option("--model <gguf>", "a local GGUF model to use")
  .option("--offline", "never download; use a cached model or the smoke-test model")
  .option("--json", "print the leaderboard as JSON")
  .action(async (options) => exit(await (await import("./demo.js")).demoCommand(options)));

program
  .command("mock-server")
  .description(
    "serve a local mock model (OpenAI, Anthropic and Gemini protocols) that echoes prompts, embeds by hashing and, as model mock-judge, grades judge prompts by comparing characters, for trying kurabe",
  )
  .option("--port <n>", "port on 127.0.0.1", "8787")
  .option("--latency <ms>", "delay before each answer", "0")
  .action(async (options: { port: string; latency: string }) => {
    const { portOption, numberOption } = await import("./number-option.js");
    await (await import("../mock-server/index.js")).runMockServerCommand({
      port: portOption(options.port),
      latencyMs: numberOption(options.latency, "--latency", (n) => n >= 0, "milliseconds, 0 or more"),
    });
  });

function exit(status: number): void {
  process.exitCode = status;
}

/**
 * A usage error (unknown option or command, invalid choice, missing option) is one line naming the help to read, and
 * exit 2 like every other bad input; commander would print the whole help and exit 1. Set on every command, the
 * modules' own included.
 */
function oneLineUsageErrors(command: Command): void {
  const name = [command, ...ancestors(command)].reverse().map((c) => c.name()).join(" ");
  command.exitOverride().configureOutput({
    outputError: (message, write) => write(`kurabe: ${message.trim().replace(/^error: /, "")} (see \`${name} --help\`)\n`),
  });
  // Given no command, a command group (kurabe, dataset, finetune) gets commander's whole help as an error; it is a
  // usage error like the others: one line naming the commands.
  if (command.commands.length > 0) {
    const commands = command.commands.map((sub) => sub.name()).join(", ");
    const help = command.help.bind(command) as (context?: HelpContext) => never;
    command.help = ((context?: HelpContext) => {
      if (context?.error) command.error(`missing command: one of ${commands}`, { code: "kurabe.missingCommand", exitCode: 2 });
      return help(context);
    }) as Command["help"];
  }
  for (const sub of command.commands) oneLineUsageErrors(sub);
}

function ancestors(command: Command): Command[] {
  return command.parent ? [command.parent, ...ancestors(command.parent)] : [];
}

oneLineUsageErrors(program);
program.parseAsync(process.argv).catch((error: unknown) => {
  if (error instanceof CommanderError) {
    // --help and --version end here too, with their own status 0.
    process.exitCode = error.exitCode === 0 ? 0 : 2;
    return;
  }
  process.stderr.write(`${describeError(error)}\n`);
  process.exitCode = exitStatusFor(error);
});
