import { describe, expect, it } from "vitest";
import {
  pyIsLower,
  pyIsUpper,
  pyLength,
  pyPattern,
  pySplitWhitespace,
  pyStrip,
} from "../../../src/scoring/ifeval/python-strings.js";

describe("Python str semantics", () => {
  it("strips Python's whitespace (ideographic space, \\x1c) but not a zero-width no-break space", () => {
    expect(pyStrip("\u3000\x1c text \n")).toBe("text");
    expect(pyStrip("\ufeffx")).toBe("\ufeffx");
    expect(pyStrip("**bold**", "*")).toBe("bold");
  });

  it("splits on whitespace runs and counts code points", () => {
    expect(pySplitWhitespace("  a\u3000b\tc ")).toEqual(["a", "b", "c"]);
    expect(pyLength("𠀋a")).toBe(2);
  });

  it("isupper/islower need a cased character and ignore uncased ones", () => {
    expect(pyIsUpper("HELLO, 世界 123!")).toBe(true);
    expect(pyIsUpper("123 !")).toBe(false);
    expect(pyIsLower("hello ß é")).toBe(true);
    expect(pyIsLower("hello Ǆ")).toBe(false);
    expect(pyIsUpper("ǅ")).toBe(false); // titlecase is neither
  });
});

describe("pyPattern", () => {
  it("gives \\b, \\d, \\s and \\w their Unicode meaning, inside classes too", () => {
    expect(pyPattern("\\bcafé\\b", "").test("two cafés")).toBe(false);
    expect(pyPattern("\\bcafé\\b", "").test("a café!")).toBe(true);
    expect(pyPattern("^\\d+$", "").test("１２３")).toBe(true);
    expect(pyPattern("[\\s,]x", "").test("\u3000x")).toBe(true);
    expect(pyPattern("\\w+", "").exec("naïve!")?.[0]).toBe("naïve");
  });

  it("accepts escapes Unicode-mode JavaScript rejects", () => {
    expect(pyPattern("a\\-b", "").test("a-b")).toBe(true);
  });
});
