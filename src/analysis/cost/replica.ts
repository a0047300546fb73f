import { KurabeError } from "../../errors.js";

/**
 * One self-hosted serving replica (a model on its GPUs): what it costs per hour and how many tokens it moves.
 * Shared by the per-token price, the break-even and the load test's cost columns.
 */

/** Tokens per second of one replica. */
export interface Throughput {
  outputTokensPerSecond: number;
  /** Absent: prompt processing is not counted apart (it is inside the output rate, or taken as free). */
  inputTokensPerSecond?: number;
  /**
   * `measured`: both rates were observed together on one workload (a load test), so they hold for that workload's
   * input:output mix. `separate`: each rate is the replica's capacity for that kind of token alone (prefill-only,
   * decode-only), so the time of a mixed workload is the sum of the two.
   */
  basis: "measured" | "separate";
}

export interface Replica {
  /** USD per hour for the whole replica, every GPU of it included. */
  hourlyUsd: number;
  /**
   * Share of paid hours the replica serves at `throughput` (0–1]: below 1 leaves headroom for peaks and idle nights.
   * Tokens per paid hour are throughput × 3600 × utilisation.
   */
  utilisation: number;
  throughput: Throughput;
}

/** Input and output token counts; as a mix only their ratio matters. */
export interface TokenCounts {
  input: number;
  output: number;
}

export const SECONDS_PER_HOUR = 3600;
/** 8,760 hours a year / 12, the convention of cloud monthly estimates. */
export const HOURS_PER_MONTH = 730;

/**
 * Seconds of replica time (at full speed) that serving these tokens takes.
 * `separate`: input/inputRate + output/outputRate. `measured`: max(input/inputRate, output/outputRate), exact at the
 * measured mix and, for another mix, never less than the additive model would give (the max bounds any weighted
 * average of the two ratios), so it never flatters self-hosting.
 */
export function replicaSecondsFor(tokens: TokenCounts, throughput: Throughput): number {
  const output = tokens.output / throughput.outputTokensPerSecond;
  const inputRate = throughput.inputTokensPerSecond;
  const input = inputRate === undefined || tokens.input === 0 ? 0 : tokens.input / inputRate;
  return throughput.basis === "separate" ? input + output : Math.max(input, output);
}

/** Checks a replica's numbers once, so every formula after it can divide freely. */
export function checkReplica(replica: Replica): void {
  const { hourlyUsd, utilisation, throughput } = replica;
  if (!(hourlyUsd >= 0) || !Number.isFinite(hourlyUsd)) throw invalid(`hourly price must be ≥ 0 (got ${hourlyUsd})`);
  if (!(utilisation > 0 && utilisation <= 1)) throw invalid(`utilisation must be in (0, 1] (got ${utilisation})`);
  if (!(throughput.outputTokensPerSecond > 0)) {
    throw invalid(`output throughput must be > 0 tokens/s (got ${throughput.outputTokensPerSecond})`);
  }
  const input = throughput.inputTokensPerSecond;
  if (input !== undefined && !(input > 0)) throw invalid(`input throughput must be > 0 tokens/s (got ${input})`);
}

function invalid(message: string): KurabeError {
  return new KurabeError("input", message);
}
