import type { ModelConfig } from "../config/schema.js";
import type { LevelRun } from "./run-level.js";
import type { LoadPrompt, LoadProfile } from "./types.js";

/** What a load worker builds its model from. */
export interface WorkerSetup {
  config: ModelConfig;
  env: Record<string, string | undefined>;
}

/**
 * One worker's part of a level: its concurrency (or the level's rate, with the arrival times dealt to it), its
 * requests and their prompts, and the level's start on the shared clock (epoch ms).
 */
export interface LevelShare {
  profile: LoadProfile;
  requests: number;
  prompts: LoadPrompt[];
  arrivalsMs?: number[];
  maxTokens: number;
  timeoutMs: number;
  startAt: number;
}

export type WorkerRequest = { type: "level"; share: LevelShare } | { type: "stop" } | { type: "close" };

export type WorkerReply =
  | { type: "ready" }
  /** `loop` is the worker's event-loop utilisation over its part. */
  | { type: "done"; run: LevelRun; loop: number }
  | { type: "failed"; message: string }
  | { type: "closed" };
