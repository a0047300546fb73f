import { describe, expect, it } from "vitest";
import { closestName } from "../../src/config/closest-name.js";

describe("closestName", () => {
  const keys = ["baseURL", "apiKey", "maxTokens", "model", "temperature"];
  it.each([
    ["base_url", "baseURL"],
    ["api-key", "apiKey"],
    ["max_tokens", "maxTokens"],
    ["modle", "model"],
    ["temp", "temperature"],
    ["weight", undefined],
    ["ma", undefined],
  ])("suggests %s → %s", (name, expected) => {
    expect(closestName(name, keys)).toBe(expected);
  });
});
