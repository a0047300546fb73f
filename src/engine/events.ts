/** What the engine reports while it runs; the CLI turns these into a progress bar, tests count them. */
export type EngineEvent =
  /** A suite's data file (or few-shot file) not in plain UTF-8 was read in `encoding`, e.g. "Shift_JIS (CP932)". */
  | { type: "decoded"; suite: string; file: string; encoding: string }
  | { type: "planned"; total: number; alreadyDone: number }
  | {
      type: "result";
      modelId: string;
      suite: string;
      status: "ok" | "error" | "skipped";
      costUsd?: number;
      fromCache: boolean;
      errorKind?: string;
    }
  /** Money spent outside an item's own answer, e.g. on a judge's verdict. */
  | { type: "spend"; modelId: string; costUsd: number }
  | { type: "retry"; modelId: string; kind: string; attempt: number; delayMs: number }
  | { type: "concurrency"; modelId: string; limit: number }
  /** An attempt went out (`sent`) or came back (`settled`); `request` pairs the two. */
  | { type: "request"; modelId: string; request: number; phase: "sent" | "settled"; timeoutMs: number }
  /** The model's endpoint cannot answer (refused, DNS, TLS, key refused, no such model): its lane sends nothing more. */
  | { type: "model-stopped"; modelId: string; reason: string }
  /** The pairwise judging stage finished: verdicts stored now, and judgments whose judge failed (left for a resume). */
  | { type: "pairwise"; judged: number; failed: number };
