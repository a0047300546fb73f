import { describe, expect, it } from "vitest";
import { consolidateOrders, type ItemPairwiseOutcome } from "../../../src/analysis/stats/consolidate-orders.js";
import { KurabeError } from "../../../src/errors.js";

function row(item: string, modelA: string, modelB: string, verdict: ItemPairwiseOutcome["verdict"], strong = false) {
  return { item, modelA, modelB, verdict, strong } satisfies ItemPairwiseOutcome;
}

describe("consolidateOrders (position-bias rule: a win must survive the swap)", () => {
  it("keeps a winner both orders agree on, in the first row's orientation", () => {
    const [merged] = consolidateOrders([row("q1", "x", "y", "a"), row("q1", "y", "x", "b")]);
    expect(merged).toEqual({ ...row("q1", "x", "y", "a"), consistent: true, orders: 2 });
  });

  it("turns opposite winners into a tie — the judge just preferred whichever came first", () => {
    const [merged] = consolidateOrders([row("q1", "x", "y", "a", true), row("q1", "y", "x", "a", true)]);
    expect(merged).toEqual({ ...row("q1", "x", "y", "tie"), consistent: false, orders: 2 });
  });

  it("turns a win against a tie into a tie", () => {
    const [merged] = consolidateOrders([row("q1", "x", "y", "tie"), row("q1", "y", "x", "b")]);
    expect(merged).toMatchObject({ verdict: "tie", consistent: false });
  });

  it("keeps two ties a consistent tie", () => {
    const [merged] = consolidateOrders([row("q1", "x", "y", "tie"), row("q1", "y", "x", "tie")]);
    expect(merged).toMatchObject({ verdict: "tie", strong: false, consistent: true });
  });

  it("calls a win strong only when every order said it strongly", () => {
    const weakAndStrong = consolidateOrders([row("q1", "x", "y", "b", true), row("q1", "y", "x", "a")]);
    const bothStrong = consolidateOrders([row("q1", "x", "y", "b", true), row("q1", "y", "x", "a", true)]);
    expect(weakAndStrong[0]).toMatchObject({ verdict: "b", strong: false });
    expect(bothStrong[0]).toMatchObject({ verdict: "b", strong: true });
  });

  it("keeps the verdict of a pair shown in one order only", () => {
    expect(consolidateOrders([row("q1", "x", "y", "b", true)])).toEqual([
      { ...row("q1", "x", "y", "b", true), consistent: true, orders: 1 },
    ]);
  });

  it("keeps items and pairs apart, in order of first appearance", () => {
    const merged = consolidateOrders([
      row("q2", "x", "y", "a"),
      row("q1", "x", "y", "b"),
      row("q1", "x", "z", "a"),
      row("q2", "y", "x", "b"),
      row("q1", "y", "x", "a"),
      row("q1", "z", "x", "b"),
    ]);
    expect(merged.map((m) => [m.item, m.modelA, m.modelB, m.verdict])).toEqual([
      ["q2", "x", "y", "a"],
      ["q1", "x", "y", "b"],
      ["q1", "x", "z", "a"],
    ]);
  });

  it("does not confuse item names that contain separators", () => {
    const merged = consolidateOrders([row("a|b", "x", "y", "a"), row("a", "b|x", "y", "a")]);
    expect(merged).toHaveLength(2);
  });

  it("rejects a model compared with itself", () => {
    expect(() => consolidateOrders([row("q1", "x", "x", "a")])).toThrow(KurabeError);
  });
});
