import { describe, expect, it } from "vitest";
import { withRoomForOne } from "../../src/finetune/grow-typed-array.js";

describe("withRoomForOne (the typed array behind IntList and the text spill's offsets)", () => {
  it("keeps the array while it has room, and doubles it, entries kept and of its own kind, when full", () => {
    const ints = Int32Array.of(1, -2, 3, 4);
    expect(withRoomForOne(ints, 3)).toBe(ints);
    const grown = withRoomForOne(ints, 4);
    expect(grown).toBeInstanceOf(Int32Array);
    expect([...grown]).toEqual([1, -2, 3, 4, 0, 0, 0, 0]);
    // Offsets past 2^31 (a spill file over 2 GB) stay exact.
    const offsets = withRoomForOne(Float64Array.of(2 ** 40 + 1), 1);
    expect(offsets).toBeInstanceOf(Float64Array);
    expect([...offsets]).toEqual([2 ** 40 + 1, 0]);
  });
});
