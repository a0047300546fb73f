import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import { KurabeError } from "../errors.js";
import { examplesMatcher, heldOutQuestions, type HeldOutMatcher } from "./eval-split.js";
import { SpilledInquiry } from "./spilled-inquiry.js";
import type { TargetName } from "./targets.js";
import type { SharedSpill, TextSpill } from "./text-spill.js";
import type { Example, TrainingMessage } from "./types.js";

/** What the scanning thread is given: the examples as spill records (or their messages, when not spilled). */
export interface ScanWork {
  spill: SharedSpill;
  system: TrainingMessage[];
  /** Each example's spill record; -1: its messages are in `inline`. */
  records: Int32Array;
  inline: { position: number; messages: TrainingMessage[] }[];
  target: TargetName;
  /** The held-out questions (heldOutQuestions), when there is a held-out check. */
  heldOut?: string[];
}

/** What it sends back: each example's token count and, with `heldOut`, its held-out matches (see HeldOutMatcher). */
export interface ScanResult {
  tokens: Int32Array;
  heldOut?: {
    grams: number;
    checkedByNgrams: number;
    /** Example `i`'s n-grams are `ids[starts[i]]` up to `ids[starts[i + 1]]`. */
    starts: Int32Array;
    ids: Int32Array;
    short: Uint8Array;
  };
}

/** Below this many training examples, a thread's start (its modules, the tokenizer) costs more than it saves. */
const SCAN_IN_THREAD_FROM = 5000;

const WORKER = new URL("./training-scan-worker.js", import.meta.url);

/** What the scan found, by example: undefined for an example it was not given. */
export interface ScannedExamples {
  tokensOf(example: Example): number | undefined;
  /**
   * The held-out check's matcher: the thread's match of each example, except those `changed` since the scan (a
   * truncated example's messages), which are matched here against the held-out examples.
   */
  heldOutMatcher(heldOut: readonly Example[], changed: (example: Example) => boolean): HeldOutMatcher<Example>;
}

/**
 * The training examples read in a thread of their own while this one deduplicates them (the build's longest part
 * after masking, on one core): each one's token count, for fitting them to the limit, and its held-out n-grams, for
 * the held-out check. The same functions as in this thread (fitTokens' count, heldOutMatcher), over the same texts,
 * read from the build's spill; so the results are those this thread would compute.
 */
export class TrainingScan {
  private readonly positions = new Map<Example, number>();
  private readonly done: Promise<ScannedExamples>;

  private constructor(
    examples: readonly Example[],
    private readonly worker: Worker,
  ) {
    examples.forEach((example, position) => this.positions.set(example, position));
    this.done = new Promise<ScanResult>((resolve, reject) => {
      worker.once("message", resolve);
      worker.once("error", reject);
      worker.once("exit", (code) => reject(new KurabeError("internal", `the training scan's thread exited (${code}) before its result`)));
    }).then((result) => this.scanned(result));
    this.done.catch(() => undefined); // awaited by `result`; this keeps a failure from going unhandled meanwhile
  }

  /**
   * Starts the scan of `examples` (the build's training examples, in order; `heldOut`: the held-out and unanswerable
   * examples, for the held-out check), or undefined when they are few or the compiled worker module is not there (the
   * TypeScript sources run directly, as in tests): then this thread does the work, as before.
   */
  static start(
    examples: readonly Example[],
    spill: TextSpill,
    options: { system: TrainingMessage[]; target: TargetName; heldOut?: readonly Example[] },
  ): TrainingScan | undefined {
    if (examples.length < SCAN_IN_THREAD_FROM || !existsSync(fileURLToPath(WORKER))) return undefined;
    const records = new Int32Array(examples.length).fill(-1);
    const inline: ScanWork["inline"] = [];
    examples.forEach((example, position) => {
      const record = example instanceof SpilledInquiry ? example.record : undefined;
      if (record === undefined) inline.push({ position, messages: example.messages });
      else records[position] = record;
    });
    const work: ScanWork = {
      spill: spill.share(),
      system: options.system,
      records,
      inline,
      target: options.target,
      ...(options.heldOut ? { heldOut: heldOutQuestions(options.heldOut) } : {}),
    };
    // A small young generation, as the masking threads': the thread holds a tokenizer (~45 MB) and little else for long.
    return new TrainingScan(examples, new Worker(WORKER, { workerData: work, resourceLimits: { maxYoungGenerationSizeMb: 8 } }));
  }

  /** The scan's result, once the thread has sent it. */
  result(): Promise<ScannedExamples> {
    return this.done;
  }

  /** Ends the thread (it reads the spill: call this before the spill is closed). */
  async close(): Promise<void> {
    await this.worker.terminate();
  }

  private scanned({ tokens, heldOut }: ScanResult): ScannedExamples {
    const positions = this.positions;
    return {
      tokensOf: (example) => {
        const position = positions.get(example);
        return position === undefined ? undefined : tokens[position];
      },
      heldOutMatcher: (held, changed) => {
        if (!heldOut) throw new Error("the training scan was given no held-out questions");
        let here: HeldOutMatcher<Example> | undefined;
        return {
          grams: heldOut.grams,
          checkedByNgrams: heldOut.checkedByNgrams,
          match: (example) => {
            const position = positions.get(example);
            if (position === undefined || changed(example)) return (here ??= examplesMatcher(held)).match(example);
            return { grams: heldOut.ids.subarray(heldOut.starts[position], heldOut.starts[position + 1]), short: heldOut.short[position] === 1 };
          },
        };
      },
    };
  }
}
