import { describe, expect, it } from "vitest";
import { fingerprinter } from "../../../src/finetune/dedupe/fingerprint.js";

describe("fingerprints for deduplication", () => {
  const options = { threshold: 0.8, seed: 42 };
  const { fingerprint } = fingerprinter(options);

  it("are the same for texts that differ only in whitespace around and between words", () => {
    expect(fingerprint(" 返品は\u300030日以内\n").hash).toBe(fingerprint("返品は 30日以内").hash);
    expect(fingerprint("返品は30日以内").hash).not.toBe(fingerprint("返品は 30日以内").hash);
  });

});
