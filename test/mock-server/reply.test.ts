import { describe, expect, it } from "vitest";
import { chunkText, estimateTokens, renderReply } from "../../src/mock-server/reply.js";

describe("estimateTokens", () => {
  it.each([
    ["", 1],
    ["a", 1],
    ["abcd", 1],
    ["abcde", 2],
    ["x".repeat(400), 100],
  ])("estimates %j as %i tokens (~4 characters each, at least 1)", (text, tokens) => {
    expect(estimateTokens(text)).toBe(tokens);
  });
});

describe("chunkText", () => {
  it.each(["Hello there, world.", "  leading and trailing  ", "line one\nline two\n\n", "一つの文", ""])(
    "splits %j into pieces that join back to it",
    (text) => {
      expect(chunkText(text).join("")).toBe(text);
    },
  );

  it("sends one piece per word", () => {
    expect(chunkText("one two  three")).toEqual(["one", " two", "  three"]);
  });
});

describe("renderReply", () => {
  const messages = [
    { role: "system" as const, content: [{ type: "text" as const, text: "Be brief." }] },
    { role: "user" as const, content: [{ type: "text" as const, text: "Name three primes." }] },
  ];

  it("counts the prompt over every text part, and reasoning inside the output tokens", () => {
    const reply = renderReply({ text: "2, 3 and 5.", reasoning: "Small primes are easy.", cachedInputTokens: 2 }, messages);
    // "Be brief.\nName three primes." is 28 characters: 7 tokens; the text 3 and the reasoning 6.
    expect(reply.usage).toEqual({ inputTokens: 7, cachedInputTokens: 2, outputTokens: 9, reasoningTokens: 6 });
  });

  it("never reports more cached tokens than the prompt has", () => {
    expect(renderReply({ text: "ok", cachedInputTokens: 1000 }, messages).usage.cachedInputTokens).toBe(7);
  });

  it("takes a plain string as the answer text, without reasoning", () => {
    const reply = renderReply("ok", messages);
    expect(reply).toMatchObject({ text: "ok", reasoningChunks: [], usage: { reasoningTokens: 0, cachedInputTokens: 0 } });
    expect(reply.reasoning).toBeUndefined();
  });
});
