import { describe, expect, it } from "vitest";
import { SpillAppender } from "../../src/finetune/spill-appender.js";
import { UnlinkedFile } from "../../src/finetune/unlinked-file.js";

const record = (size: number, seed: number) => Buffer.from(Array.from({ length: size }, (_, at) => (seed * 31 + at) & 0xff));

describe("spill appender (one write buffer over an unlinked file)", () => {
  it("gives each record its offset and reads it back from the buffer or the file, a record larger than the buffer alone", () => {
    const file = UnlinkedFile.open();
    try {
      const out = new SpillAppender(file);
      const records = [record(10, 1), record(700_000, 2), record(600_000, 3), record(3 << 20, 4), record(5, 5)];
      const offsets = records.map((bytes) => out.append(bytes.length, (into, at) => bytes.copy(into, at)));
      expect(offsets).toEqual([0, 10, 700_010, 1_300_010, 1_300_010 + (3 << 20)]);
      expect(out.end).toBe(offsets[4]! + 5);
      // The second record filled the buffer past room for the third, so the first two went out; the fourth alone.
      expect(out.written).toBe(offsets[4]);
      records.forEach((bytes, index) => {
        const into = new Uint8Array(bytes.length);
        out.read(into, offsets[index]!);
        expect(Buffer.from(into).equals(bytes)).toBe(true);
      });
    } finally {
      file.close();
    }
  });

  it("forgets what came after a record, in the buffer or already in the file, and appends in its place", () => {
    const file = UnlinkedFile.open();
    try {
      const out = new SpillAppender(file);
      const first = out.append(4, (into, at) => into.write("abcd", at));
      const second = out.append(4, (into, at) => into.write("efgh", at));
      out.truncate(second);
      expect(out.end).toBe(4);
      expect(out.append(2, (into, at) => into.write("xy", at))).toBe(second);
      out.flush();
      expect(out.written).toBe(6);
      out.truncate(first);
      expect([out.written, out.end]).toEqual([0, 0]);
      out.append(3, (into, at) => into.write("pqr", at));
      out.flush();
      const into = new Uint8Array(3);
      out.read(into, 0);
      expect(Buffer.from(into).toString()).toBe("pqr");
    } finally {
      file.close();
    }
  });
});
