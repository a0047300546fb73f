import { describe, expect, it } from "vitest";
import { LISTED_NAME_PAIRS as pairs } from "../../../src/finetune/pii/lexicon/lexicon-latin-names.js";

/**
 * A listed first and last name is no one's where the text also writes one of them in small letters on its own (ransom …
 * Ransom Trojan): on its own means no letter, digit, dot, @, _, / or - right before it, and no letter, digit, @, _, /, -
 * or dot before a letter right after it. The text's words are listed once for every candidate (a long text's): the
 * listing must answer as that pattern does, character by character around the word.
 */
describe("a listed name written in small letters elsewhere in the text", () => {
  const onItsOwn = /(?<![\p{L}\p{N}.@_/-])carvalho(?![\p{L}\p{N}@_/-]|\.\p{L})/u;
  const before = ["", "'", "’", "(", "「", "は", "x", "2", ".", "@", "_", "/", "-", "𠮷", "\n"];
  const after = ["", "'", "’s", ")", ".", ".com", ". Then", "@", "_", "/", "-san", "s", "2", "は", "𠮷", "\n"];
  const cases = before.flatMap((left) => after.map((right) => `Mateus Carvalho called. Ask ${left}carvalho${right} later.`));

  it("is found by both ways in some texts and not in others", () => {
    const written = cases.filter((text) => onItsOwn.test(text)).length;
    expect(written).toBeGreaterThan(10);
    expect(written).toBeLessThan(cases.length - 10);
  });

  it.each(cases)("%j: the pair is a name unless the word stands on its own", (text) => {
    const named = pairs.find(text).some((span) => text.slice(span.start, span.end) === "Mateus Carvalho");
    expect(named).toBe(!onItsOwn.test(text));
  });

  it("reads each text anew (a word listed for one text is not another's)", () => {
    expect(pairs.find("Mateus Carvalho called about carvalho.")).toEqual([]);
    expect(pairs.find("Mateus Carvalho called.")).toEqual([{ start: 0, end: 15 }]);
  });
});
