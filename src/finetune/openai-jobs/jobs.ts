import type { FineTuningJob, FineTuningJobEvent } from "openai/resources/fine-tuning/jobs/jobs";
import { KurabeError } from "../../errors.js";
import type { FineTuneClient } from "./client.js";

export type { FineTuningJob, FineTuningJobEvent };

const TERMINAL_STATUSES: ReadonlySet<FineTuningJob["status"]> = new Set(["succeeded", "failed", "cancelled"]);

interface CreateJobOptions {
  model: string;
  trainingFile: string;
  validationFile?: string;
  epochs?: number;
  suffix?: string;
}

export async function createJob(client: FineTuneClient, options: CreateJobOptions): Promise<FineTuningJob> {
  try {
    return await client.openai.fineTuning.jobs.create({
      model: options.model,
      training_file: options.trainingFile,
      ...(options.validationFile === undefined ? {} : { validation_file: options.validationFile }),
      ...(options.epochs === undefined ? {} : { hyperparameters: { n_epochs: options.epochs } }),
      ...(options.suffix === undefined ? {} : { suffix: options.suffix }),
    });
  } catch (error) {
    throw client.fail(error, "creating the fine-tuning job");
  }
}

export async function retrieveJob(client: FineTuneClient, id: string, signal?: AbortSignal): Promise<FineTuningJob> {
  try {
    return await client.openai.fineTuning.jobs.retrieve(id, signal ? { signal } : undefined);
  } catch (error) {
    throw client.fail(error, `reading job ${id}`);
  }
}

export async function cancelJob(client: FineTuneClient, id: string): Promise<FineTuningJob> {
  try {
    return await client.openai.fineTuning.jobs.cancel(id);
  } catch (error) {
    throw client.fail(error, `cancelling job ${id}`);
  }
}

export async function listJobs(client: FineTuneClient, limit: number): Promise<FineTuningJob[]> {
  try {
    const page = await client.openai.fineTuning.jobs.list({ limit });
    return page.data.slice(0, limit);
  } catch (error) {
    throw client.fail(error, "listing fine-tuning jobs");
  }
}

/** The newest events (up to 100), oldest first. */
export async function recentEvents(client: FineTuneClient, id: string, signal?: AbortSignal): Promise<FineTuningJobEvent[]> {
  try {
    const page = await client.openai.fineTuning.jobs.listEvents(id, { limit: 100 }, signal ? { signal } : undefined);
    return [...page.data].sort((a, b) => a.created_at - b.created_at);
  } catch (error) {
    throw client.fail(error, `reading the events of job ${id}`);
  }
}

interface PollOptions {
  intervalMs?: number;
  /** Stop watching (the job keeps running) after this long. */
  timeoutMs?: number;
  /** Ctrl-C: stops watching; the job is not cancelled. */
  signal?: AbortSignal;
  /** Called with each status change and each new event, in order. */
  onStatus?: (job: FineTuningJob) => void;
  onEvent?: (event: FineTuningJobEvent) => void;
  /** For tests. */
  now?: () => number;
}

export type PollOutcome =
  | { kind: "ended"; job: FineTuningJob }
  | { kind: "timeout"; job: FineTuningJob }
  | { kind: "interrupted"; job: FineTuningJob | undefined };

/** Reads the job and its events until it succeeds, fails or is cancelled, the timeout passes, or the signal fires. */
export async function pollJob(client: FineTuneClient, id: string, options: PollOptions = {}): Promise<PollOutcome> {
  const now = options.now ?? Date.now;
  const interval = options.intervalMs ?? 10_000;
  const deadline = options.timeoutMs === undefined ? Infinity : now() + options.timeoutMs;
  const seen = new Set<string>();
  let lastStatus: string | undefined;
  let job: FineTuningJob | undefined;
  const { signal } = options;
  try {
    for (;;) {
      if (signal?.aborted) return { kind: "interrupted", job };
      job = await retrieveJob(client, id, signal);
      for (const event of await recentEvents(client, id, signal)) {
        if (seen.has(event.id)) continue;
        seen.add(event.id);
        options.onEvent?.(event);
      }
      if (job.status !== lastStatus) {
        lastStatus = job.status;
        options.onStatus?.(job);
      }
      if (TERMINAL_STATUSES.has(job.status)) return { kind: "ended", job };
      if (now() >= deadline) return { kind: "timeout", job };
      await sleep(Math.min(interval, Math.max(0, deadline - now())), signal);
    }
  } catch (error) {
    if (signal?.aborted || (error instanceof KurabeError && error.code === "interrupted")) return { kind: "interrupted", job };
    throw error;
  }
}

function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal?.aborted) return resolve();
    const done = () => {
      clearTimeout(timer);
      signal?.removeEventListener("abort", done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal?.addEventListener("abort", done, { once: true });
  });
}

/** `ft:gpt-4o-mini-2024-07-18:org:support:AbC123` → `support`; undefined when the name has no suffix. */
export function suffixOf(fineTunedModel: string): string | undefined {
  const parts = fineTunedModel.split(":");
  return parts[0] === "ft" && parts.length >= 5 && parts[3] ? parts[3] : undefined;
}
