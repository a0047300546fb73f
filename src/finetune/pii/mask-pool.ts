import { existsSync } from "node:fs";
import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import { KurabeError } from "../../errors.js";
import type { PiiDetector } from "./detector.js";
import { piiDetectors } from "./detectors.js";
import { maskBatch } from "./mask-batch.js";
import type { MaskResult } from "./mask-pii.js";
import { unpackMasks, type PackedMasks } from "./packed-masks.js";
import type { PiiConfig } from "./pii-config.js";
import type { Language } from "../types.js";

/**
 * A batch of texts for a thread to mask. With `widths`, the texts are inquiry rows' (question, answer, then the category when there is one: `widths` says
 * how many each), masked together (maskInquiryRow), and each row's example text (masked question and answer, as
 * cleanExamples joins them) is also tagged with its language, and the batch's names and personal IDs to mask in the
 * log's other rows are sent back.
 */
export interface MaskBatch {
  id: number;
  texts: string[];
  widths?: number[];
}

/**
 * maskPii's result for each text (packed); with `widths`, each row's language and the names and IDs (maskInquiryRow's, once each) that the log's other rows get masked too (spread-names.ts).
 */
export interface MaskedBatch {
  id: number;
  results: PackedMasks;
  languages?: Language[];
  names?: string[];
  ids?: string[];
}

const WORKER = new URL("./mask-worker.js", import.meta.url);

/**
 * A thread holds the detectors (~50 MB) and a batch: a small young generation, and an old one V8 collects before it
 * passes 80 MB. Unbounded, the person tagger's garbage grew it until the 158k-row log's build peaked at 563–572 MB with
 * two threads; at 96 MB it peaked at 468–495 MiB, at 80 at 423–463 for the same CPU time (bench/README.md). A log's row
 * of a million characters of ordinary text masks within the bound, one dense with personal data or of two million does
 * not: such a batch is masked in the main thread instead (see outOfMemory).
 */
const THREAD_OLD_GENERATION_MB = 80;

interface PendingBatch {
  batch: MaskBatch;
  worker: Worker;
  resolve: (batch: MaskedBatch) => void;
  reject: (error: Error) => void;
}

/**
 * Masking threads for a large inquiry log: batches of texts go round-robin to the threads and come back as maskPii's
 * results. The threads start on the first batch and end when `close` is called (a thread holds the detectors, ~70 MB:
 * the build needs that memory while it dedupes), to start again on the next batch. The caller keeps the order (each
 * batch is a promise). A batch a thread runs out of memory on is masked in the caller's thread, by the same code.
 */
export class MaskPool {
  private next = 0;
  private nextId = 0;
  private workers: Worker[] = [];
  private readonly pending = new Map<number, PendingBatch>();
  private readonly answered = new WeakSet<Worker>();
  private failure: Error | undefined;
  private capacity: number;
  private detectorsHere: PiiDetector[] | undefined;
  /** Batches masked in the caller's thread because a masking thread ran out of memory on them. */
  batchesMaskedHere = 0;

  private constructor(
    private readonly config: PiiConfig,
    threads: number,
    private readonly oldGenerationMb: number,
  ) {
    this.capacity = threads;
  }

  /**
   * `threads` masking threads (default: one per core: the thread reading the log parses while they mask, and takes a
   * small share of a core), or undefined when the compiled worker module is not there (the TypeScript sources run
   * directly, as in tests): then the caller masks in its own thread, with the same detectors. `oldGenerationMb`
   * bounds each thread's heap (tests give a smaller bound).
   */
  static open(config: PiiConfig, threads = availableParallelism(), oldGenerationMb = THREAD_OLD_GENERATION_MB): MaskPool | undefined {
    if (!existsSync(fileURLToPath(WORKER))) return undefined;
    return new MaskPool(config, Math.max(1, threads), oldGenerationMb);
  }

  /** The batch's texts masked, in order. */
  async mask(texts: string[]): Promise<MaskResult[]> {
    return unpackMasks((await this.send({ texts })).results);
  }

  /** Inquiry rows' texts masked (see MaskBatch `widths`), each row's language, and the names and IDs to mask in the log's other rows. */
  async maskRows(texts: string[], widths: number[]): Promise<{ results: MaskResult[]; languages: Language[]; names: string[]; ids: string[] }> {
    const batch = await this.send({ texts, widths });
    return { results: unpackMasks(batch.results), languages: batch.languages!, names: batch.names!, ids: batch.ids! };
  }

  /** Sends a batch to the next thread, the threads started if they are not running (none left: masks it here). */
  private send(work: Omit<MaskBatch, "id">): Promise<MaskedBatch> {
    if (this.failure) return Promise.reject(this.failure);
    while (this.workers.length < this.capacity) this.workers.push(this.start());
    const batch: MaskBatch = { id: this.nextId++, ...work };
    if (this.workers.length === 0) return Promise.resolve(this.maskHere(batch));
    const worker = this.workers[this.next++ % this.workers.length]!;
    return new Promise((resolve, reject) => {
      this.pending.set(batch.id, { batch, worker, resolve, reject });
      worker.postMessage(batch);
    });
  }

  private start(): Worker {
    const worker = new Worker(WORKER, { workerData: this.config, resourceLimits: { maxYoungGenerationSizeMb: 8, maxOldGenerationSizeMb: this.oldGenerationMb } });
    worker.on("message", (batch: MaskedBatch) => {
      this.answered.add(worker);
      this.pending.get(batch.id)?.resolve(batch);
      this.pending.delete(batch.id);
    });
    worker.on("error", (error: Error & { code?: string }) => (error.code === "ERR_WORKER_OUT_OF_MEMORY" ? this.outOfMemory(worker) : this.fail(error)));
    worker.on("exit", (code) => {
      if (code !== 0 && this.workers.includes(worker)) this.fail(new KurabeError("internal", `a masking thread exited (${code})`));
    });
    return worker;
  }

  /**
   * A thread reached its heap's bound: the batches it held are masked here. A thread that had answered before ran out
   * on a batch too large for the bound, and the next batch starts another in its place; one that never answered could
   * not hold the detectors within the bound, and the pool goes on with one thread fewer (with none, this thread masks).
   */
  private outOfMemory(worker: Worker): void {
    this.workers = this.workers.filter((running) => running !== worker);
    if (!this.answered.has(worker)) this.capacity--;
    for (const [id, call] of this.pending) {
      if (call.worker !== worker) continue;
      this.pending.delete(id);
      try {
        call.resolve(this.maskHere(call.batch));
      } catch (error) {
        call.reject(error as Error);
      }
    }
  }

  private maskHere(batch: MaskBatch): MaskedBatch {
    this.batchesMaskedHere++;
    return maskBatch(batch, (this.detectorsHere ??= piiDetectors(this.config)));
  }

  /** Ends the threads; the next batch starts them again. */
  async close(): Promise<void> {
    const ending = this.workers;
    this.workers = [];
    await Promise.all(ending.map((worker) => worker.terminate()));
  }

  private fail(error: Error): void {
    this.failure ??= error;
    for (const call of this.pending.values()) call.reject(error);
    this.pending.clear();
  }
}
