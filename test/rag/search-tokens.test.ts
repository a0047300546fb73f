import { describe, expect, it } from "vitest";
import { searchTokens } from "../../src/rag/search-tokens.js";

describe("searchTokens", () => {
  it("cuts Japanese into morphemes and leaves out particles, auxiliaries and symbols", () => {
    expect(searchTokens("有給休暇の申請方法を教えてください。")).toEqual(["有給", "休暇", "申請", "方法", "教え", "ください"]);
  });

  it("reduces English words to their Porter stems, lower-cased", () => {
    expect(searchTokens("Refunds are Processed")).toEqual(["refund", "ar", "process"]);
  });

  it("reads a particle after an English name as a particle, and folds full-width letters (NFKC)", () => {
    expect(searchTokens("返品は30日以内にＳＡＰで申請")).toEqual(["返品", "30", "日", "以内", "sap", "申請"]);
  });

  it("gives the same terms to a conjugated verb's stem in question and passage", () => {
    const passage = searchTokens("申請を受け付けます");
    const question = searchTokens("受け付けてもらえますか");
    expect(passage).toContain("受け付け");
    expect(question).toContain("受け付け");
  });
});
