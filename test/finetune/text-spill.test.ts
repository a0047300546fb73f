import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { TextSpill } from "../../src/finetune/text-spill.js";

describe("text spill (a large log's masked rows, kept in a temporary file)", () => {
  it("gives back every record as appended, in order and out of order, across write and read blocks", () => {
    const spill = TextSpill.open();
    try {
      const records = Array.from({ length: 5_000 }, (_, index) => [`質問 ${index} 😀`, "回答".repeat(index % 50), ""]);
      records.push(["x".repeat(3 << 20), "larger than a block and the write buffer"]);
      records.forEach((texts, index) => expect(spill.append(texts)).toBe(index));
      expect(spill.length).toBe(records.length);
      for (const index of [0, 4_999, 17, 2_500, 5_000, 1]) expect(spill.read(index)).toEqual(records[index]);
      records.forEach((texts, index) => expect(spill.read(index)).toEqual(texts));
      // A pass in order that looks back now and then, as deduplication does with its candidates.
      records.forEach((texts, index) => {
        expect(spill.read(index)).toEqual(texts);
        const back = Math.max(0, index - 1 - ((index * 7919) % 400));
        if (index % 3 === 0) expect(spill.read(back)).toEqual(records[back]);
      });
    } finally {
      spill.close();
    }
  });

  it("reads a record appended after reading began (pending bytes are written first)", () => {
    const spill = TextSpill.open();
    try {
      spill.append(["first"]);
      expect(spill.read(0)).toEqual(["first"]);
      spill.append(["second", "row"]);
      expect(spill.read(1)).toEqual(["second", "row"]);
      expect(spill.read(0)).toEqual(["first"]);
    } finally {
      spill.close();
    }
  });

  it("removes its file when closed, and refuses records it does not hold", () => {
    const spill = TextSpill.open();
    spill.append(["a"]);
    expect(() => spill.read(1)).toThrow(RangeError);
    expect(fs.existsSync(spill.file)).toBe(true);
    spill.close();
    spill.close();
    expect(fs.existsSync(spill.file)).toBe(false);
    expect(fs.existsSync(path.dirname(spill.file))).toBe(false);
  });
});
