import { describe, expect, it } from "vitest";
import { headingWords } from "../../../src/report/i18n/header-words.js";

const NBSP = "\u00a0";

describe("headingWords: a table heading breaks between its words only", () => {
  it("keeps a hyphenated word whole with the non-breaking hyphen", () => {
    expect(headingWords("p-value")).toBe("p\u2011value");
    expect(headingWords("Items to add for a 5-pt gap")).toBe("Items to add for a 5\u2011pt gap");
  });

  it("holds an operator to both one- or two-letter operands, and never starts a line with one between words", () => {
    expect(headingWords("Difference (A − B)")).toBe(`Difference (A${NBSP}−${NBSP}B)`);
    expect(headingWords("差（A − B）")).toBe(`差（A${NBSP}−${NBSP}B）`);
    expect(headingWords("Candidate − baseline")).toBe(`Candidate${NBSP}− baseline`);
    expect(headingWords("Tokens in / out")).toBe(`Tokens in${NBSP}/ out`);
  });

  it("joins a slash to the word after it", () => {
    expect(headingWords("Output tok/s")).toBe("Output tok/\u2060s");
    expect(headingWords("出力トークン/秒")).toBe("出力トークン/\u2060秒");
  });
});
