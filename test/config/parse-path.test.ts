import { describe, expect, it } from "vitest";
import { formatPath } from "../../src/config/format-path.js";
import { parsePath } from "../../src/config/parse-path.js";

describe("parsePath", () => {
  it.each([
    [["models", 0, "rag", "embedding", "model"]],
    [["suites", 2, "scorer", 1, "judge"]],
    [["models", 0, "headers", "X-Team"]],
    [["models", 1, "headers", "a.b"]],
  ])("reads back what formatPath writes: %j", (path) => {
    expect(parsePath(formatPath(path))).toEqual(path);
  });
});
