import { describe, expect, it } from "vitest";
import { regexScorer } from "../../src/scoring/regex.js";
import { makeItem } from "./make-item.js";

const make = (options: Record<string, unknown>) => regexScorer.create(regexScorer.options.parse(options));

describe("regex", () => {
  it("extracts group 1 by default when the pattern has a group, and compares it normalized", () => {
    const score = make({ pattern: "Final: (\\w+)" })(makeItem({ expected: "paris" }), { text: "Final: **Paris**" });
    // `\w+` stops at the `*`, so nothing is extracted here; the bold answer needs a wider pattern.
    expect(score.passed).toBe(false);
    const wide = make({ pattern: "Final: (.+)" })(makeItem({ expected: "paris" }), { text: "Final: **Paris**" });
    expect(wide).toMatchObject({ passed: true, extracted: "**Paris**" });
  });

  it("extracts the whole match when the pattern has no group", () => {
    const score = make({ pattern: "\\d{4}年" })(makeItem({ expected: "1714年" }), { text: "アンは1714年に亡くなった" });
    expect(score).toMatchObject({ passed: true, extracted: "1714年" });
  });

  it("takes the first or the last match", () => {
    const text = "Answer: A ... Answer: C";
    expect(make({ pattern: "Answer: (\\w)" })(makeItem({ expected: "A" }), { text }).passed).toBe(true);
    expect(make({ pattern: "Answer: (\\w)", match: "last" })(makeItem({ expected: "C" }), { text }).passed).toBe(true);
  });

  it("uses flags and named groups", () => {
    const score = make({ pattern: "answer:\\s*(?<pick>[a-d])", flags: "i", group: "pick" })(makeItem({ expected: "b" }), {
      text: "ANSWER: B",
    });
    expect(score).toMatchObject({ passed: true, extracted: "B" });
  });

  it("passes on a match alone when the item has no expected answer", () => {
    const scorer = make({ pattern: "^\\{.*\\}$", flags: "s" });
    expect(scorer(makeItem(), { text: "{}" })).toMatchObject({ passed: true, detail: { code: "match", how: "pattern" } });
    expect(scorer(makeItem(), { text: "no braces" })).toMatchObject({ passed: false, detail: { code: "not-found", what: "match" } });
  });

  it("fails when the extracted text differs from the expected answer", () => {
    const score = make({ pattern: "(\\d+)" })(makeItem({ expected: ["7", "seven"] }), { text: "8" });
    expect(score).toMatchObject({ passed: false, extracted: "8" });
  });

  it.each([
    [{ pattern: "(" }, "pattern"],
    [{ pattern: "(a)", group: 2 }, "group"],
    [{ pattern: "(a)", group: "name" }, "group"],
    [{ pattern: "a", flags: "g" }, "flags"],
  ])("rejects options %j at %s", (options, path) => {
    const result = regexScorer.options.safeParse(options);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual([path]);
  });
});
