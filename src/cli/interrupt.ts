import { KurabeError } from "../errors.js";

/**
 * The first Ctrl-C (or SIGTERM) stops the command cleanly — for a run: no new requests, in-flight ones aborted, the
 * run marked interrupted and resumable. A second one exits at once; nothing finished is lost since every result is
 * committed. `stopping` is what the first one prints (nothing when empty).
 */
export function stopOnSignals(
  stopping = "stopping after saving what is finished (again to quit now)",
): { signal: AbortSignal; dispose(): void } {
  const controller = new AbortController();
  const onSignal = (name: NodeJS.Signals) => {
    if (controller.signal.aborted) process.exit(130);
    if (stopping) process.stderr.write(`\nkurabe: ${name}: ${stopping}\n`);
    controller.abort(new KurabeError("interrupted", "stopped by the user"));
  };
  process.on("SIGINT", onSignal);
  process.on("SIGTERM", onSignal);
  return {
    signal: controller.signal,
    dispose() {
      process.off("SIGINT", onSignal);
      process.off("SIGTERM", onSignal);
    },
  };
}
