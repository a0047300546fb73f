import type { ModelConfig } from "../config/schema.js";
import type { LevelRun } from "./run-level.js";
import type { LoadPrompt, LoadProfile } from "./types.js";

/** What a load worker builds its model from. */
export interface WorkerSetup {
  config: ModelConfig;
  env: Record<string, string | undefined>;
}

/** One worker's part of a level: its concurrency, its requests and their prompts. */
export interface LevelShare {
  profile: LoadProfile;
  requests: number;
  prompts: LoadPrompt[];
  maxTokens: number;
  timeoutMs: number;
}

export type WorkerRequest = { type: "level"; share: LevelShare } | { type: "stop" };

export type WorkerReply =
  | { type: "ready" }
  /** `startedAt` is epoch ms (performance.timeOrigin based), comparable across threads; `loop` the level's ELU. */
  | { type: "done"; run: LevelRun; startedAt: number; loop: number }
  | { type: "failed"; message: string };
