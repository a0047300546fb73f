import { describe, expect, it } from "vitest";
import { portOption, scoreOption } from "../../src/cli/number-option.js";

describe("a score option (--min-score of compare and report alike)", () => {
  it.each([
    ["0.7", 0.7],
    ["70%", 0.7],
    [" 70 % ", 0.7],
    ["0", 0],
    ["100%", 1],
    ["1", 1],
  ])("reads %j as %d", (text, score) => {
    expect(scoreOption(text, "--min-score")).toBeCloseTo(score, 12);
  });

  it.each(["", "%", "70", "-1%", "101%", "abc", "0.7x"])("refuses %j, naming the option", (text) => {
    expect(() => scoreOption(text, "--min-score")).toThrow(/expected a score from 0 to 1 or a percentage such as 70%/);
  });
});

describe("a port option", () => {
  it("takes 0 to 65535 and refuses anything else", () => {
    expect(portOption("0")).toBe(0);
    expect(portOption("8787")).toBe(8787);
    for (const bad of ["abc", "-1", "65536", "1.5", ""]) expect(() => portOption(bad)).toThrow(/expected a port/);
  });
});
