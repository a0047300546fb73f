import { describe, expect, it } from "vitest";
import { formatPath } from "../../src/config/format-path.js";

describe("formatPath", () => {
  it.each([
    [[], ""],
    [["models"], "models"],
    [["models", 0, "apiKey"], "models[0].apiKey"],
    [["models", 2, "lora", 0, "path"], "models[2].lora[0].path"],
    [["models", 0, "headers", "X-Team"], "models[0].headers.X-Team"],
    [["models", 0, "headers", "x team"], 'models[0].headers["x team"]'],
  ])("writes %j as %s", (path, expected) => {
    expect(formatPath(path)).toBe(expected);
  });
});
