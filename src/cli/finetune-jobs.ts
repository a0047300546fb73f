import { resolve } from "node:path";
import { Command } from "commander";
import { KurabeError } from "../errors.js";
import { numberOption, positiveInteger } from "./number-option.js";
import type { FineTuneClientOptions } from "../finetune/openai-jobs/client.js";
import type { FineTuningJob, FineTuningJobEvent, PollOutcome } from "../finetune/openai-jobs/jobs.js";

/**
 * `kurabe finetune jobs create|status|cancel|list`: OpenAI fine-tuning jobs through the official SDK. The lead
 * registers it under `kurabe finetune`. The API key comes from an environment variable only, never from the command
 * line, and is never printed or written.
 */
export function finetuneJobsCommand(): Command {
  const jobs = new Command("jobs").description("upload a training file to OpenAI, start a fine-tuning job, follow it, cancel it, list jobs");

  withConnection(
    jobs
      .command("create")
      .description("check and upload the training file, start a fine-tuning job; with --wait, follow it and add the tuned model to kurabe.yaml")
      .requiredOption("--file <file>", "training file, JSONL in OpenAI chat format (checked line by line before uploading)")
      .option("--validation-file <file>", "validation file, same format")
      .requiredOption("--model <model>", "base model, e.g. gpt-4o-mini-2024-07-18")
      .option("--epochs <n>", "training epochs (default: chosen by OpenAI)")
      .option("--suffix <name>", "suffix of the tuned model's name; also its id in kurabe.yaml")
      .option("--wait", "follow the job until it ends (Ctrl-C stops following; the job keeps running)"),
  ).action(async (options: CreateCliOptions) => {
    process.exitCode = await runJobsCreate(options);
  });

  withConnection(
    jobs
      .command("status")
      .description("show a job; with --wait, follow it until it ends. A succeeded job's model is added to kurabe.yaml")
      .argument("<job>", "job id, ftjob-…")
      .option("--wait", "follow the job until it ends (Ctrl-C stops following; the job keeps running)")
      .option("--suffix <name>", "id for the tuned model in kurabe.yaml (default: the suffix in its name, else the job id)"),
  ).action(async (job: string, options: StatusCliOptions) => {
    process.exitCode = await runJobsStatus(job, options);
  });

  withConnection(jobs.command("cancel").description("cancel a job").argument("<job>", "job id, ftjob-…"), false).action(
    async (job: string, options: ConnectionCliOptions) => {
      process.exitCode = await runJobsCancel(job, options);
    },
  );

  withConnection(jobs.command("list").description("list recent fine-tuning jobs").option("--limit <n>", "how many", "20"), false).action(
    async (options: ListCliOptions) => {
      process.exitCode = await runJobsList(options);
    },
  );

  return jobs;
}

function withConnection(command: Command, following = true): Command {
  command
    .option("--base-url <url>", "OpenAI API base URL (default: OPENAI_BASE_URL, else https://api.openai.com/v1)")
    .option("--api-key-env <name>", "environment variable holding the API key", "OPENAI_API_KEY")
    .option("--max-retries <n>", "retries of a failed request", "2");
  if (following) {
    command
      .option("--config <file>", "kurabe.yaml to add the tuned model to", "kurabe.yaml")
      .option("--poll-interval <seconds>", "seconds between status checks", "15")
      .option("--timeout <minutes>", "stop following after this many minutes (the job keeps running)");
  }
  return command;
}

interface ConnectionCliOptions {
  baseUrl?: string;
  apiKeyEnv?: string;
  maxRetries?: string;
}

interface FollowCliOptions extends ConnectionCliOptions {
  config?: string;
  pollInterval?: string;
  timeout?: string;
  wait?: boolean;
}

interface CreateCliOptions extends FollowCliOptions {
  file: string;
  validationFile?: string;
  model: string;
  epochs?: string;
  suffix?: string;
}

interface StatusCliOptions extends FollowCliOptions {
  suffix?: string;
}

interface ListCliOptions extends ConnectionCliOptions {
  limit?: string;
}

/** What the runners need from the outside world; tests pass their own. */
interface JobsIo {
  out?: NodeJS.WritableStream;
  env?: NodeJS.ProcessEnv;
  /** Ctrl-C; by default SIGINT/SIGTERM stop following. */
  signal?: AbortSignal;
}

const positiveNumber = (value: string, field: string) => numberOption(value, field, (n) => n > 0, "a positive number");

async function connect(options: ConnectionCliOptions, io: JobsIo) {
  const { createFineTuneClient } = await import("../finetune/openai-jobs/client.js");
  const clientOptions: FineTuneClientOptions = {
    env: io.env ?? process.env,
    maxRetries:
      options.maxRetries === undefined
        ? 2
        : numberOption(options.maxRetries, "--max-retries", (n) => Number.isInteger(n) && n >= 0, "a whole number, 0 or more"),
    ...(options.baseUrl === undefined ? {} : { baseURL: options.baseUrl }),
    ...(options.apiKeyEnv === undefined ? {} : { apiKeyEnv: options.apiKeyEnv }),
  };
  return createFineTuneClient(clientOptions);
}

const when = (seconds: number) => new Date(seconds * 1000).toISOString().replace("T", " ").replace(/\.\d+Z$/, "Z");

function describeJob(job: FineTuningJob): string {
  const parts = [`${job.id}  ${job.status}  ${job.model}`];
  if (job.fine_tuned_model) parts.push(`→ ${job.fine_tuned_model}`);
  if (job.status === "failed" && job.error?.message) parts.push(`(${job.error.message})`);
  return parts.join("  ");
}

export async function runJobsCreate(options: CreateCliOptions, io: JobsIo = {}): Promise<number> {
  const out = io.out ?? process.stdout;
  const { checkTrainingFile, uploadTrainingFile } = await import("../finetune/openai-jobs/upload.js");
  const { createJob } = await import("../finetune/openai-jobs/jobs.js");
  const epochs = options.epochs === undefined ? undefined : positiveInteger(options.epochs, "--epochs");
  if (options.suffix !== undefined && !/^[A-Za-z0-9_-]{1,64}$/.test(options.suffix)) {
    throw new KurabeError("input", "expected up to 64 letters, digits, - or _", { field: "--suffix" });
  }
  // Every file is checked before anything is sent.
  const training = await checkTrainingFile(options.file);
  const validation = options.validationFile === undefined ? undefined : await checkTrainingFile(options.validationFile);
  const client = await connect(options, io);

  const trainingId = await uploadTrainingFile(client, training);
  out.write(`uploaded ${training.shown} (${training.examples} examples) as ${trainingId}\n`);
  let validationId: string | undefined;
  if (validation) {
    validationId = await uploadTrainingFile(client, validation);
    out.write(`uploaded ${validation.shown} (${validation.examples} examples) as ${validationId}\n`);
  }
  const job = await createJob(client, {
    model: options.model,
    trainingFile: trainingId,
    ...(validationId === undefined ? {} : { validationFile: validationId }),
    ...(epochs === undefined ? {} : { epochs }),
    ...(options.suffix === undefined ? {} : { suffix: options.suffix }),
  });
  out.write(`created job ${job.id} (${job.status}); follow it with \`kurabe finetune jobs status ${job.id} --wait\`\n`);
  if (!options.wait) return 0;
  return follow(client, job.id, options, io, options.suffix);
}

export async function runJobsStatus(jobId: string, options: StatusCliOptions, io: JobsIo = {}): Promise<number> {
  const out = io.out ?? process.stdout;
  const client = await connect(options, io);
  if (options.wait) return follow(client, jobId, options, io, options.suffix);
  const { retrieveJob, recentEvents } = await import("../finetune/openai-jobs/jobs.js");
  const job = await retrieveJob(client, jobId);
  for (const event of (await recentEvents(client, jobId)).slice(-10)) out.write(formatEvent(event));
  out.write(`${describeJob(job)}\n`);
  if (job.status === "succeeded") await addToConfig(job, options, out, options.suffix);
  return job.status === "failed" ? 1 : 0;
}

export async function runJobsCancel(jobId: string, options: ConnectionCliOptions, io: JobsIo = {}): Promise<number> {
  const out = io.out ?? process.stdout;
  const client = await connect(options, io);
  const { cancelJob } = await import("../finetune/openai-jobs/jobs.js");
  const job = await cancelJob(client, jobId);
  out.write(`${describeJob(job)}\n`);
  return 0;
}

export async function runJobsList(options: ListCliOptions, io: JobsIo = {}): Promise<number> {
  const out = io.out ?? process.stdout;
  const limit = positiveInteger(options.limit ?? "20", "--limit");
  const client = await connect(options, io);
  const { listJobs } = await import("../finetune/openai-jobs/jobs.js");
  const jobs = await listJobs(client, limit);
  if (jobs.length === 0) out.write("no fine-tuning jobs\n");
  for (const job of jobs) out.write(`${when(job.created_at)}  ${describeJob(job)}\n`);
  return 0;
}

function formatEvent(event: FineTuningJobEvent): string {
  const level = event.level === "info" ? "" : `${event.level}: `;
  return `${when(event.created_at)}  ${level}${event.message}\n`;
}

async function follow(
  client: Awaited<ReturnType<typeof connect>>,
  jobId: string,
  options: FollowCliOptions,
  io: JobsIo,
  suffix: string | undefined,
): Promise<number> {
  const out = io.out ?? process.stdout;
  const { pollJob } = await import("../finetune/openai-jobs/jobs.js");
  const intervalMs = positiveNumber(options.pollInterval ?? "15", "--poll-interval") * 1000;
  const timeoutMs = options.timeout === undefined ? undefined : positiveNumber(options.timeout, "--timeout") * 60_000;
  let stopper: { signal: AbortSignal; dispose(): void } | undefined;
  if (io.signal === undefined) {
    const controller = new AbortController();
    const onSignal = () => {
      if (controller.signal.aborted) process.exit(130);
      process.stderr.write(`\nkurabe: stopped following ${jobId}; the job keeps running (\`kurabe finetune jobs cancel ${jobId}\` cancels it)\n`);
      controller.abort();
    };
    process.on("SIGINT", onSignal);
    process.on("SIGTERM", onSignal);
    stopper = {
      signal: controller.signal,
      dispose() {
        process.off("SIGINT", onSignal);
        process.off("SIGTERM", onSignal);
      },
    };
  }
  let outcome: PollOutcome;
  try {
    outcome = await pollJob(client, jobId, {
      intervalMs,
      ...(timeoutMs === undefined ? {} : { timeoutMs }),
      ...((io.signal ?? stopper?.signal) ? { signal: (io.signal ?? stopper?.signal)! } : {}),
      onEvent: (event) => out.write(formatEvent(event)),
      onStatus: (job) => out.write(`status: ${job.status}\n`),
    });
  } finally {
    stopper?.dispose();
  }
  if (outcome.kind === "interrupted") {
    out.write(`stopped following ${jobId}; the job was not cancelled\n`);
    return 130;
  }
  if (outcome.kind === "timeout") {
    out.write(`${jobId} is still ${outcome.job.status} after ${options.timeout} min; check later with \`kurabe finetune jobs status ${jobId}\`\n`);
    return 1;
  }
  const { job } = outcome;
  out.write(`${describeJob(job)}\n`);
  if (job.status !== "succeeded") return 1;
  await addToConfig(job, options, out, suffix);
  return 0;
}

async function addToConfig(job: FineTuningJob, options: FollowCliOptions, out: NodeJS.WritableStream, suffix: string | undefined) {
  if (!job.fine_tuned_model) return;
  const [{ addTunedModelToConfig }, { suffixOf }, { displayPath }] = await Promise.all([
    import("../finetune/openai-jobs/add-model.js"),
    import("../finetune/openai-jobs/jobs.js"),
    import("../config/display-path.js"),
  ]);
  const path = resolve(options.config ?? "kurabe.yaml");
  const shown = displayPath(path);
  const id = suffix ?? suffixOf(job.fine_tuned_model) ?? job.id;
  const result = await addTunedModelToConfig(path, { id, model: job.fine_tuned_model });
  if (result.kind === "added") out.write(`added model "${result.id}" (${job.fine_tuned_model}) to ${shown}\n`);
  else if (result.kind === "present") out.write(`${shown} already lists ${job.fine_tuned_model}\n`);
  else out.write(`no ${shown}; add this to its models:\n  - id: ${id}\n    provider: openai\n    model: ${job.fine_tuned_model}\n`);
}
