import { describe, expect, it } from "vitest";
import { mockJudgeReply } from "../../src/mock-server/mock-judge.js";
import { startMockServer } from "../../src/mock-server/server.js";
import type { MockRequest } from "../../src/mock-server/types.js";

const request = (prompt: string, model = "mock-judge"): MockRequest => ({
  protocol: "openai",
  model,
  prompt,
  messages: [{ role: "user", content: [{ type: "text", text: prompt }] }],
  stream: false,
  headers: {},
  body: {},
});

const PASSAGES = "[Passages]\n[returns.md#1] 返品について\n商品の返品は、商品到着日から30日以内に受け付けます。";

describe("mockJudgeReply", () => {
  it("checks each sentence of the answer against the passages' wording, citations left out", () => {
    const prompt = `${PASSAGES}\n\n[Answer to check]\n返品は商品到着日から30日以内に受け付けます[returns.md#1]。送料は無料です。`;
    expect(JSON.parse(mockJudgeReply(request(prompt)))).toEqual({
      claims: [
        { claim: "返品は商品到着日から30日以内に受け付けます", supported: true },
        { claim: "送料は無料です", supported: false },
      ],
    });
  });

  it("finds no claim in an answer without sentences", () => {
    expect(JSON.parse(mockJudgeReply(request(`${PASSAGES}\n\n[Answer to check]\n.`)))).toEqual({ claims: [] });
  });

  it("grades on the prompt's scale by the share of the reference's character pairs in the answer", () => {
    const grade = (answer: string) =>
      JSON.parse(
        mockJudgeReply(
          request(`[Question]\n期限は？\n\n[Reference answer]\n30日以内です\n\n[Answer to grade]\n${answer}\n\n[Rubric]\nCorrect.\n\nGive an integer score from 1 (fails the rubric) to 5 (fully meets it).`),
        ),
      ) as { score: number; reason: string };
    expect(grade("到着から30日以内です。").score).toBe(5);
    expect(grade("30日").score).toBe(2); // 2 of the reference's 6 pairs: 1 + round(4 × 1/3)
    expect(grade("わかりません").score).toBe(1);
    expect(grade("わかりません").reason).toContain("0 %");
  });

  it("echoes a prompt that is no judge prompt (a judge scorer then reports an unreadable verdict)", () => {
    expect(mockJudgeReply(request("hello"))).toBe("hello");
  });
});

describe("the mock server's mock-judge model", () => {
  it("answers over HTTP by default and is counted per model; other models still echo", async () => {
    const server = await startMockServer();
    try {
      const ask = async (model: string, content: string) => {
        const response = await fetch(`${server.url}/v1/chat/completions`, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ model, messages: [{ role: "user", content }] }),
        });
        return ((await response.json()) as { choices: Array<{ message: { content: string } }> }).choices[0]!.message.content;
      };
      const prompt = `${PASSAGES}\n\n[Answer to check]\n送料は無料です。`;
      expect(JSON.parse(await ask("mock-judge", prompt))).toEqual({ claims: [{ claim: "送料は無料です", supported: false }] });
      expect(await ask("mock-model", prompt)).toBe(prompt);
      expect(Object.fromEntries(server.stats.perModel)).toEqual({ "mock-judge": 1, "mock-model": 1 });
    } finally {
      await server.close();
    }
  });
});
