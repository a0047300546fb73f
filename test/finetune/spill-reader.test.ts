import { describe, expect, it } from "vitest";
import { SpillReader } from "../../src/finetune/spill-reader.js";
import { TextSpill } from "../../src/finetune/text-spill.js";

describe("spill reader (a text spill's records read through its shared descriptor)", () => {
  it("gives back every record as the spill does, in order, out of order, and one larger than its block", () => {
    const spill = TextSpill.open();
    try {
      const records = Array.from({ length: 20_000 }, (_, index) => [`質問 ${index} 😀`, "回答".repeat(index % 90), ""]);
      records.push(["x".repeat(3 << 20), "larger than a block"], ["after the large one"]);
      for (const texts of records) spill.append(texts);
      const reader = new SpillReader(spill.share());
      records.forEach((texts, index) => expect(reader.read(index)).toEqual(texts));
      for (const index of [20_001, 0, 19_999, 7, 20_000, 12_345]) expect(reader.read(index)).toEqual(spill.read(index));
      expect(() => reader.read(records.length)).toThrow(RangeError);
    } finally {
      spill.close();
    }
  });

  it("reads records still in the spill's write buffer when it was shared (share writes them first)", () => {
    const spill = TextSpill.open();
    try {
      spill.append(["one", "二"]);
      spill.append(["three"]);
      const reader = new SpillReader(spill.share());
      expect([reader.read(1), reader.read(0)]).toEqual([["three"], ["one", "二"]]);
    } finally {
      spill.close();
    }
  });
});
