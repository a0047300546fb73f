import type { LlamaCppModelConfig } from "../config/schema.js";
import type { ErrorCode, ErrorLocation, ProviderErrorKind } from "../errors.js";
import type { Completion, ModelCapabilities, ModelRequest } from "../models/types.js";

/** What the engine thread builds its model from. */
export interface EngineSetup {
  config: LlamaCppModelConfig;
}

/** An error as it crosses threads: a KurabeError's code and location, a ProviderError's kind and status. */
export interface ThreadError {
  message: string;
  code?: ErrorCode;
  location?: ErrorLocation;
  kind?: ProviderErrorKind;
  status?: number;
}

export type EngineRequest =
  /** `sentAt`: epoch ms (performance.timeOrigin + performance.now()) when the load generator sent the call. */
  | { type: "generate"; id: number; request: ModelRequest; sentAt: number }
  | { type: "abort"; id: number }
  | { type: "close" };

export type EngineReply =
  | { type: "ready"; id: string; capabilities: ModelCapabilities }
  | { type: "failed"; error: ThreadError }
  | { type: "answer"; id: number; completion: Completion }
  | { type: "error"; id: number; error: ThreadError }
  | { type: "closed" };
