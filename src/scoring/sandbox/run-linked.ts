import type { Duplex } from "node:stream";
import { runSandboxed } from "./run-sandboxed.js";
import type { SandboxRequest, SandboxResult } from "./types.js";

export interface LinkedResult {
  checker: SandboxResult;
  candidate: SandboxResult;
  /** The candidate sent more than `linkBytes` over the link: it was stopped. */
  linkOverflow: boolean;
}

/**
 * Runs a checker and a candidate side by side, each in its own sandbox (own pid, user, mount and network
 * namespaces: neither can see, signal or read the memory of the other), their link channels joined through kurabe.
 * Only bytes cross. The checker's end decides: once it has ended, the candidate is stopped. Both get the same time
 * limit; the caller's signal stops both.
 */
export async function runLinked(
  checker: Omit<SandboxRequest, "onLink" | "signal">,
  candidate: Omit<SandboxRequest, "onLink" | "signal">,
  options: { linkBytes: number; signal?: AbortSignal },
): Promise<LinkedResult> {
  const stopCandidate = new AbortController();
  const stopChecker = new AbortController();
  const onAbort = (): void => {
    stopChecker.abort();
    stopCandidate.abort();
  };
  options.signal?.addEventListener("abort", onAbort, { once: true });
  if (options.signal?.aborted) onAbort();
  let linkOverflow = false;
  const ends: { checker?: Duplex; candidate?: Duplex } = {};
  const join = (): void => {
    const { checker: toChecker, candidate: toCandidate } = ends;
    if (!toChecker || !toCandidate) return;
    let received = 0;
    toCandidate.on("data", (chunk: Buffer) => {
      received += chunk.length;
      if (received > options.linkBytes) {
        linkOverflow = true;
        stopCandidate.abort();
        toChecker.end();
        return;
      }
      toChecker.write(chunk);
    });
    toChecker.on("data", (chunk: Buffer) => toCandidate.write(chunk));
    // Either side gone: the other reads end-of-file.
    toCandidate.on("end", () => toChecker.end());
    toChecker.on("end", () => toCandidate.end());
  };
  const attach = (side: "checker" | "candidate") => (link: Duplex) => {
    link.on("error", () => {});
    ends[side] = link;
    join();
  };
  try {
    const candidateRun = runSandboxed({ ...candidate, onLink: attach("candidate"), signal: stopCandidate.signal });
    const checkerRun = runSandboxed({ ...checker, onLink: attach("checker"), signal: stopChecker.signal }).finally(() =>
      stopCandidate.abort(),
    );
    const [checkerResult, candidateResult] = await Promise.all([checkerRun, candidateRun]);
    return { checker: checkerResult, candidate: candidateResult, linkOverflow };
  } finally {
    options.signal?.removeEventListener("abort", onAbort);
  }
}
