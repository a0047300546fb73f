import { describe, expect, it } from "vitest";
import { splitByLength } from "../../../src/finetune/documents/split-by-length.js";

describe("splitByLength", () => {
  it("keeps short text whole", () => {
    expect(splitByLength("one\n\ntwo", 100)).toEqual(["one\n\ntwo"]);
  });

  it("packs paragraphs while they fit", () => {
    expect(splitByLength("aaaa\n\nbbbb\n\ncccc", 10)).toEqual(["aaaa\n\nbbbb", "cccc"]);
  });

  it("cuts a long Japanese paragraph at sentence ends, counting characters not bytes", () => {
    const paragraph = "返品は三十日以内です。返金は五日以内です。送料は無料です。";
    expect(splitByLength(paragraph, 22)).toEqual(["返品は三十日以内です。返金は五日以内です。", "送料は無料です。"]);
  });

  it("cuts English at sentence ends too", () => {
    expect(splitByLength("First one. Second one. Third one.", 22)).toEqual(["First one. Second one.", "Third one."]);
  });

  it("cuts a sentence without a break anywhere, never inside a character", () => {
    const chunks = splitByLength("😀".repeat(25), 10);
    expect(chunks).toEqual(["😀".repeat(10), "😀".repeat(10), "😀".repeat(5)]);
  });

  it("never returns a chunk over the limit", () => {
    const text = Array.from({ length: 200 }, (_, index) => `文${index}です。`).join("") + "\n\n" + "x".repeat(999);
    for (const chunk of splitByLength(text, 50)) expect(Array.from(chunk).length).toBeLessThanOrEqual(50);
  });
});
