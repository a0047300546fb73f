import { describe, expect, it } from "vitest";
import { closedLoop } from "../../src/engine/closed-loop.js";

/** A piece of work the test settles by hand, and whose `follow` it calls when it likes. */
interface Piece {
  id: number;
  follow: () => void;
  settle: () => void;
  fail: (error: Error) => void;
}

function harness(total: number) {
  const started: Piece[] = [];
  let next = 0;
  const nextWork = () => (next < total ? next++ : undefined);
  const run = (id: number, follow: () => void) =>
    new Promise<void>((resolve, reject) => started.push({ id, follow, settle: resolve, fail: reject }));
  const ids = () => started.map((piece) => piece.id);
  const tick = () => new Promise<void>((resolve) => setImmediate(resolve));
  return { started, nextWork, run, ids, tick };
}

describe("closedLoop", () => {
  it("keeps one piece per chain going and starts a chain's next piece in the very call of `follow`, before its promise settles", async () => {
    const { started, nextWork, run, ids, tick } = harness(5);
    const done = closedLoop(2, nextWork, run, new AbortController().signal);
    expect(ids()).toEqual([0, 1]);
    started[0]!.follow();
    expect(ids()).toEqual([0, 1, 2]); // synchronously, inside follow
    started[0]!.follow(); // a second call hands on nothing more
    expect(ids()).toEqual([0, 1, 2]);
    started[1]!.settle(); // settling without follow hands on too
    await tick();
    expect(ids()).toEqual([0, 1, 2, 3]);
    for (const piece of started) piece.settle();
    await tick();
    for (const piece of started) piece.settle();
    await done;
    expect(ids()).toEqual([0, 1, 2, 3, 4]);
  });

  it("holds at most two unsettled pieces per chain: a piece answered while the one before it still settles hands on when that one has", async () => {
    const { started, nextWork, run, ids, tick } = harness(4);
    const done = closedLoop(1, nextWork, run, new AbortController().signal);
    started[0]!.follow();
    expect(ids()).toEqual([0, 1]);
    started[1]!.follow(); // piece 0 is still settling (its answer being scored): no third piece yet
    expect(ids()).toEqual([0, 1]);
    started[0]!.settle();
    await tick();
    expect(ids()).toEqual([0, 1, 2]);
    started[1]!.settle();
    started[2]!.settle();
    await tick();
    started[3]!.settle();
    await done;
    expect(ids()).toEqual([0, 1, 2, 3]);
  });

  it("rejects with the first failure and starts nothing after it", async () => {
    const { started, nextWork, run, ids, tick } = harness(10);
    const done = closedLoop(2, nextWork, run, new AbortController().signal);
    started[0]!.fail(new Error("broken"));
    await expect(done).rejects.toThrow("broken");
    started[1]!.settle();
    await tick();
    expect(ids()).toEqual([0, 1]);
  });

  it("starts nothing once the signal is aborted and resolves when the pieces out have settled", async () => {
    const { started, nextWork, run, ids, tick } = harness(10);
    const controller = new AbortController();
    let resolved = false;
    const done = closedLoop(2, nextWork, run, controller.signal).then(() => (resolved = true));
    controller.abort(new Error("stop"));
    started[0]!.follow();
    started[0]!.settle();
    await tick();
    expect(ids()).toEqual([0, 1]);
    expect(resolved).toBe(false);
    started[1]!.settle();
    await done;
    expect(ids()).toEqual([0, 1]);
  });

  it("rejects when taking the next piece throws inside a follow, without throwing into the caller of follow", async () => {
    let calls = 0;
    const next = () => {
      if (calls++ === 1) throw new Error("no next");
      return calls;
    };
    let follow: (() => void) | undefined;
    const done = closedLoop(1, next, (_, f) => ((follow = f), new Promise<void>(() => undefined)), new AbortController().signal);
    expect(() => follow!()).not.toThrow();
    await expect(done).rejects.toThrow("no next");
  });

  it("resolves at once with nothing to do", async () => {
    await closedLoop(3, () => undefined, () => Promise.resolve(), new AbortController().signal);
    await closedLoop(0, () => 1, () => Promise.resolve(), new AbortController().signal);
  });
});
