import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";

/**
 * V8's full collection, for a thread that cannot be started with --expose-gc (a Worker's execArgv refuses it). The flag
 * is process-wide and stays on: turning it off again raced with a sibling masking thread between its setting the flag
 * and its making the context ("gc is not defined" on a busy machine).
 */
function fullCollection(): () => void {
  setFlagsFromString("--expose-gc");
  return runInNewContext("gc") as () => void;
}

/**
 * A function to call after each piece of work: once none has come for `ms`, the heap is collected in full. V8 leaves
 * an idle thread's heap as it is, and a masking thread's garbage (the person tagger's objects, promoted early by its
 * small young generation; up to its 96 MB bound, mask-pool.ts) stayed while it waited: the residual pass's thread
 * waits while the files it does not read are written, near the build's peak.
 */
export function collectWhenIdle(ms: number): () => void {
  const collect = fullCollection();
  let timer: NodeJS.Timeout | undefined;
  return () => {
    clearTimeout(timer);
    timer = setTimeout(collect, ms).unref();
  };
}
