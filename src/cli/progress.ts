import cliProgress from "cli-progress";
import type { EngineEvent } from "../engine/events.js";
import { formatUsd } from "../report/terminal-table.js";

/**
 * A progress bar on stderr: done/total, rate, ETA, infrastructure errors, retries and spend so far. Without a terminal
 * (CI, pipes) it prints a plain line every few seconds instead.
 */
export class RunProgress {
  private readonly bar: cliProgress.SingleBar;
  private started = false;
  private errors = 0;
  private retries = 0;
  private spend = 0;
  private completedHere = 0;
  private startedAt = 0;
  private payloadAt = 0;

  constructor(private readonly stream: NodeJS.WriteStream = process.stderr) {
    this.bar = new cliProgress.SingleBar(
      {
        stream,
        format:
          "{bar} {value}/{total} | {rate}/s | ETA {eta_formatted} | errors {errors} | retries {retries} | spent {spend}",
        hideCursor: true,
        noTTYOutput: !stream.isTTY,
        notTTYSchedule: 5000,
        etaBuffer: 200,
        fps: 5,
      },
      cliProgress.Presets.shades_classic,
    );
  }

  readonly onEvent = (event: EngineEvent): void => {
    switch (event.type) {
      case "planned":
        this.started = true;
        this.startedAt = Date.now();
        this.bar.start(event.total, event.alreadyDone, this.payload());
        break;
      case "result":
        if (event.status === "error") this.errors++;
        this.spend += event.costUsd ?? 0;
        this.completedHere++;
        // The bar redraws five times a second: a fresh payload per result would be formatted and thrown away.
        if (event.status === "error" || Date.now() - this.payloadAt >= 100) this.bar.increment(1, this.payload());
        else this.bar.increment(1);
        break;
      case "spend":
        this.spend += event.costUsd;
        this.bar.update(this.payload());
        break;
      case "retry":
        this.retries++;
        this.bar.update(this.payload());
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
    this.started = false;
  }

  private payload(): Record<string, string | number> {
    this.payloadAt = Date.now();
    const elapsedS = (this.payloadAt - this.startedAt) / 1000;
    const rate = elapsedS > 0 ? (this.completedHere / elapsedS).toFixed(1) : "0";
    return { errors: this.errors, retries: this.retries, spend: formatUsd(this.spend), rate };
  }
}
