import { describe, expect, it } from "vitest";
import { splitThinkTags } from "../../src/models/think-tags.js";

describe("splitThinkTags", () => {
  it("leaves text without tags exactly as it is, whitespace included", () => {
    expect(splitThinkTags("  The answer is 42.\n")).toEqual({ text: "  The answer is 42.\n" });
  });

  it("moves a leading think block to reasoning and trims the answer", () => {
    expect(splitThinkTags("<think>\n6 times 7 is 42.\n</think>\n\nThe answer is 42.")).toEqual({
      text: "The answer is 42.",
      reasoning: "6 times 7 is 42.",
    });
  });

  it("handles a block that is not at the start", () => {
    expect(splitThinkTags("Let me see. <think>carry the one</think> It is 42.")).toEqual({
      text: "Let me see. It is 42.",
      reasoning: "carry the one",
    });
  });

  it("treats everything before a lone closing tag as reasoning (DeepSeek-R1: the opening tag is in the prompt)", () => {
    expect(splitThinkTags("Okay, 6 × 7…\n</think>\n\n42")).toEqual({ text: "42", reasoning: "Okay, 6 × 7…" });
  });

  it("treats an unclosed block as reasoning cut off by the token limit: the answer is empty", () => {
    expect(splitThinkTags("<think>First, consider the")).toEqual({ text: "", reasoning: "First, consider the" });
  });

  it("drops an empty or whitespace-only block (Qwen3 with thinking off) without inventing reasoning", () => {
    expect(splitThinkTags("<think>\n\n</think>\n\nParis")).toEqual({ text: "Paris" });
  });

  it("keeps the inner formatting of the reasoning and of the answer", () => {
    expect(splitThinkTags("<think>\n  step 1\n\n  step 2\n</think>\n```js\nx = 1;\n```\n")).toEqual({
      text: "```js\nx = 1;\n```",
      reasoning: "step 1\n\n  step 2",
    });
  });

  it("joins several blocks in order", () => {
    expect(splitThinkTags("<think>a</think>one <think>b</think>two")).toEqual({ text: "one two", reasoning: "a\n\nb" });
  });
});
