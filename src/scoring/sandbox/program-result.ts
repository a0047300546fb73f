import type { CappedOutput } from "./capped-output.js";
import type { SandboxRequest, SandboxResult } from "./types.js";

/** A run's result from how it ended and what it wrote; `failure` (the harness's own message) ends its stderr. */
export function programResult(
  classified: Pick<SandboxResult, "status" | "exitCode" | "signal">,
  streams: { stdout: CappedOutput; stderr: CappedOutput; report: CappedOutput },
  run: { failure: string | undefined; startedAt: number; request: SandboxRequest; sandboxed: boolean },
): SandboxResult {
  const stderrText = streams.stderr.text();
  return {
    ...classified,
    stdout: streams.stdout.text(),
    stderr: run.failure ? `${stderrText}${run.failure}` : stderrText,
    outputBytes: { stdout: streams.stdout.total, stderr: streams.stderr.total },
    report: streams.report.text(),
    durationMs: Math.round(performance.now() - run.startedAt),
    timeLimitMs: run.request.timeLimitMs,
    sandboxed: run.sandboxed,
  };
}
