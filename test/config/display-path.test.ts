import { describe, expect, it } from "vitest";
import { displayPath } from "../../src/config/display-path.js";

describe("displayPath", () => {
  it("shows files under the working directory relative to it, and others in full", () => {
    expect(displayPath("/home/ana/project/kurabe.yaml", "/home/ana/project")).toBe("kurabe.yaml");
    expect(displayPath("/home/ana/project/data/items.jsonl", "/home/ana/project")).toBe("data/items.jsonl");
    expect(displayPath("/tmp/other/items.jsonl", "/home/ana/project")).toBe("/tmp/other/items.jsonl");
  });
});
