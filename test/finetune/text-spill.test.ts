import fs from "node:fs";
import os from "node:os";
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

  it("leaves no file on disk from the moment it is open (the system frees it whatever ends the process), and refuses records it does not hold", () => {
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "kurabe-spill-test-"));
    const before = process.env.TMPDIR;
    process.env.TMPDIR = tmp;
    try {
      const spill = TextSpill.open();
      spill.append(["a"]);
      spill.append(["b".repeat(2 << 20)]);
      expect(fs.readdirSync(tmp)).toEqual([]);
      expect(spill.read(0)).toEqual(["a"]);
      expect(() => spill.read(2)).toThrow(RangeError);
      spill.close();
    } finally {
      if (before === undefined) delete process.env.TMPDIR;
      else process.env.TMPDIR = before;
      fs.rmSync(tmp, { recursive: true, force: true });
    }
  });
});
