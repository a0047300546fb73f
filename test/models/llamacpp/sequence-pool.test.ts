import { describe, expect, it } from "vitest";
import { SequencePool } from "../../../src/models/llamacpp/sequence-pool.js";

const never = new AbortController().signal;

describe("SequencePool", () => {
  it("hands out each item to one holder at a time", async () => {
    const pool = new SequencePool(["a", "b"]);
    const held = [await pool.acquire(never), await pool.acquire(never)];
    expect(held.sort()).toEqual(["a", "b"]);
  });

  it("queues callers beyond its items and serves them in arrival order", async () => {
    const pool = new SequencePool(["only"]);
    const first = await pool.acquire(never);
    const order: string[] = [];
    const second = pool.acquire(never).then((item) => {
      order.push("second");
      return item;
    });
    const third = pool.acquire(never).then((item) => {
      order.push("third");
      return item;
    });
    pool.release(first);
    pool.release(await second);
    expect(await third).toBe("only");
    expect(order).toEqual(["second", "third"]);
  });

  it("drops a waiter whose signal aborts, rejecting with the reason, and gives the item to the next", async () => {
    const pool = new SequencePool(["only"]);
    const held = await pool.acquire(never);
    const controller = new AbortController();
    const leaving = pool.acquire(controller.signal);
    const staying = pool.acquire(never);
    const reason = new Error("gave up");
    controller.abort(reason);
    await expect(leaving).rejects.toBe(reason);
    pool.release(held);
    expect(await staying).toBe("only");
  });

  it("rejects at once when the signal is already aborted", async () => {
    const pool = new SequencePool(["free"]);
    const controller = new AbortController();
    controller.abort(new Error("already"));
    await expect(pool.acquire(controller.signal)).rejects.toThrow("already");
    expect(await pool.acquire(never)).toBe("free");
  });
});
