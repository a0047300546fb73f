/**
 * Keeps `chains` pieces of work going until `next()` has none left: each chain starts its next piece when the last
 * one calls `follow` (from a client's onAnswered: the next request then leaves on the connection just freed, in the
 * same callback, as a bare client's would) or when its promise settles, whichever comes first. A chain holds at most
 * two unsettled pieces: a piece answered while the one before it is still settling (its answer being scored and
 * stored) hands on when that one has. Nothing new starts once `signal` is aborted or a piece failed; the first
 * failure rejects, else it resolves when every piece started has settled.
 */
export function closedLoop<T>(
  chains: number,
  next: () => T | undefined,
  run: (work: T, follow: () => void) => Promise<void>,
  signal: AbortSignal,
): Promise<void> {
  return new Promise((resolve, reject) => {
    let unsettled = 0;
    let exhausted = false;
    let failed = false;
    const fail = (error: unknown) => {
      failed = true;
      reject(error);
    };
    const settleIfDone = () => {
      if (unsettled === 0 && exhausted) resolve();
    };
    const chain = () => {
      let mine = 0;
      // The newest piece was answered while the one before it was still settling.
      let handOnWhenSettled = false;
      // May run inside a client's callback: a throw from `next` or `run` must reject here, not unwind the client.
      const start = () => {
        let work: T | undefined;
        try {
          work = failed || signal.aborted ? undefined : next();
        } catch (error) {
          return fail(error);
        }
        if (work === undefined) {
          exhausted = true;
          return settleIfDone();
        }
        mine += 1;
        unsettled += 1;
        let handedOn = false;
        const follow = () => {
          if (handedOn) return;
          handedOn = true;
          if (mine > 1) handOnWhenSettled = true;
          else start();
        };
        let running: Promise<void>;
        try {
          running = run(work, follow);
        } catch (error) {
          running = Promise.reject(error);
        }
        running.then(
          () => {
            mine -= 1;
            unsettled -= 1;
            if (handOnWhenSettled) {
              handOnWhenSettled = false;
              start();
            }
            follow();
            settleIfDone();
          },
          fail,
        );
      };
      start();
    };
    for (let i = 0; i < chains; i++) chain();
    if (chains <= 0) resolve();
  });
}
