import cliProgress from "cli-progress";
import type { EngineEvent } from "../engine/events.js";
import { formatUsd } from "../report/format-usd.js";

/** With no result for this long while requests are out, the bar shows how long the oldest one has waited. */
const STALLED_AFTER_MS = 3000;

interface TimingState {
  now: number;
  /** When the last result arrived (or the run started). */
  lastResultAt: number;
  /** The oldest attempt still out, if any. */
  oldest?: { sentAt: number; timeoutMs: number };
  /** Results per second so far, and results still to come. */
  rate: number;
  remaining: number;
}

/**
 * The bar's time field: an ETA while results arrive; once they stop arriving with requests out (a server that accepts
 * but never answers), how long the oldest request has waited against its timeout, since an ETA would read "0s".
 */
export function describeTiming(state: TimingState): string {
  const { now, oldest } = state;
  if (oldest && now - state.lastResultAt >= STALLED_AFTER_MS) {
    return `waiting ${seconds(now - oldest.sentAt)} for the oldest request (timeout ${seconds(oldest.timeoutMs)})`;
  }
  if (state.remaining <= 0) return "done";
  if (state.rate <= 0) return "ETA –";
  return `ETA ${seconds((state.remaining / state.rate) * 1000)}`;
}

function seconds(ms: number): string {
  const s = Math.max(0, Math.round(ms / 1000));
  return s < 60 ? `${s}s` : s < 3600 ? `${Math.floor(s / 60)}m${String(s % 60).padStart(2, "0")}s` : `${Math.floor(s / 3600)}h${String(Math.floor((s % 3600) / 60)).padStart(2, "0")}m`;
}

/**
 * A progress bar on stderr: done/total, rate, ETA (or the wait of the oldest request when answers stop coming),
 * infrastructure errors, retries and spend so far. Without a terminal (CI, pipes) it prints a plain line every few
 * seconds instead. A model whose endpoint cannot answer is named in one line of its own.
 */
export class RunProgress {
  private readonly bar: cliProgress.SingleBar;
  private started = false;
  private errors = 0;
  private retries = 0;
  private spend = 0;
  private completedHere = 0;
  private total = 0;
  private done = 0;
  private startedAt = 0;
  private lastResultAt = 0;
  private payloadAt = 0;
  /** Attempts out, in the order sent: the first entry is the oldest. */
  private readonly inFlight = new Map<number, { sentAt: number; timeoutMs: number }>();
  /** Data files whose encoding was already said (two suites may read one file). */
  private readonly decodedFiles = new Set<string>();
  private ticker: NodeJS.Timeout | undefined;

  constructor(private readonly stream: NodeJS.WriteStream = process.stderr) {
    this.bar = new cliProgress.SingleBar(
      {
        stream,
        format: "{bar} {value}/{total} | {rate}/s | {timing} | errors {errors} | retries {retries} | spent {spend}",
        hideCursor: true,
        noTTYOutput: !stream.isTTY,
        notTTYSchedule: 5000,
        fps: 5,
      },
      cliProgress.Presets.shades_classic,
    );
  }

  readonly onEvent = (event: EngineEvent): void => {
    switch (event.type) {
      case "decoded":
        if (this.decodedFiles.has(event.file)) break;
        this.decodedFiles.add(event.file);
        this.printLine(`kurabe: ${event.file}: decoded as ${event.encoding}`);
        break;
      case "planned":
        this.started = true;
        this.startedAt = this.lastResultAt = Date.now();
        this.total = event.total;
        this.done = event.alreadyDone;
        this.bar.start(event.total, event.alreadyDone, this.payload());
        // Redraws the time field while nothing else happens (a server that never answers sends no events).
        this.ticker = setInterval(() => this.bar.update(this.payload()), 1000).unref();
        break;
      case "result":
        if (event.status === "error") this.errors++;
        this.spend += event.costUsd ?? 0;
        this.completedHere++;
        this.done++;
        this.lastResultAt = Date.now();
        // The bar redraws five times a second: a fresh payload per result would be formatted and thrown away.
        if (event.status === "error" || Date.now() - this.payloadAt >= 100) this.bar.increment(1, this.payload());
        else this.bar.increment(1);
        break;
      case "request":
        if (event.phase === "sent") this.inFlight.set(event.request, { sentAt: Date.now(), timeoutMs: event.timeoutMs });
        else this.inFlight.delete(event.request);
        break;
      case "spend":
        this.spend += event.costUsd;
        this.bar.update(this.payload());
        break;
      case "retry":
        this.retries++;
        this.bar.update(this.payload());
        break;
      case "model-stopped":
        this.printLine(`kurabe: ${event.modelId}: ${event.reason}; its remaining items are not sent`);
        break;
      case "concurrency":
        break;
      case "pairwise":
        this.stop();
        this.stream.write(`pairwise judging: ${event.judged} verdicts stored, ${event.failed} failed (resume to retry)\n`);
        break;
    }
  };

  stop(): void {
    if (this.started) {
      this.bar.update(this.payload());
      this.bar.stop();
    }
    clearInterval(this.ticker);
    this.started = false;
  }

  /** The attempt out the longest, if any. */
  oldestInFlight(): { sentAt: number; timeoutMs: number } | undefined {
    return this.inFlight.values().next().value;
  }

  /** A line of its own: above the bar on a terminal, between the periodic lines otherwise. */
  private printLine(line: string): void {
    if (this.started && this.stream.isTTY) {
      this.stream.write("\r\x1b[2K");
      this.stream.write(`${line}\n`);
      this.bar.render();
    } else {
      this.stream.write(`${line}\n`);
    }
  }

  private payload(): Record<string, string | number> {
    this.payloadAt = Date.now();
    const elapsedS = (this.payloadAt - this.startedAt) / 1000;
    const rate = elapsedS > 0 ? this.completedHere / elapsedS : 0;
    const oldest = this.oldestInFlight();
    const timing = describeTiming({
      now: this.payloadAt,
      lastResultAt: this.lastResultAt,
      ...(oldest ? { oldest } : {}),
      rate,
      remaining: this.total - this.done,
    });
    return { errors: this.errors, retries: this.retries, spend: formatUsd(this.spend), rate: rate.toFixed(1), timing };
  }
}
