import { describe, expect, it } from "vitest";
import { CappedOutput } from "../../../src/scoring/sandbox/capped-output.js";

describe("CappedOutput", () => {
  it("keeps everything while under the kept size", () => {
    const output = new CappedOutput(100, 20);
    expect(output.push(Buffer.from("hello "))).toBe(false);
    output.push(Buffer.from("world"));
    expect(output.text()).toBe("hello world");
    expect(output.total).toBe(11);
  });

  it("keeps the head and the tail, and says how many bytes it dropped between them", () => {
    const output = new CappedOutput(1000, 8);
    for (const chunk of ["abcd", "efgh", "ijkl", "mnop", "qrst"]) output.push(Buffer.from(chunk));
    expect(output.text()).toBe("abcd\n[… 12 bytes omitted …]\nqrst");
    expect(output.total).toBe(20);
  });

  it("keeps the tail right when one chunk is larger than the tail", () => {
    const output = new CappedOutput(1000, 6);
    output.push(Buffer.from("123456789"));
    expect(output.text()).toBe("123\n[… 3 bytes omitted …]\n789");
  });

  it("reports once the limit is passed, and keeps counting", () => {
    const output = new CappedOutput(10, 4);
    expect(output.push(Buffer.alloc(10))).toBe(false);
    expect(output.push(Buffer.alloc(1))).toBe(true);
    expect(output.total).toBe(11);
  });
});
