import { describe, expect, it } from "vitest";
import { renderLlama3 } from "../../src/finetune/chat-template.js";
import { fitTokens } from "../../src/finetune/fit-tokens.js";
import { TARGETS } from "../../src/finetune/targets.js";
import type { TrainingMessage } from "../../src/finetune/types.js";

const conversation: TrainingMessage[] = [
  { role: "system", content: "あなたはサポート担当です。" },
  { role: "user", content: "  返品できますか？ " },
  { role: "assistant", content: "はい、30日以内なら可能です。" },
];

describe("Llama 3 chat template", () => {
  it("renders header tokens and trims each message, as Meta's template does", () => {
    expect(renderLlama3(conversation)).toBe(
      "<|begin_of_text|><|start_header_id|>system<|end_header_id|>\n\nあなたはサポート担当です。<|eot_id|>" +
        "<|start_header_id|>user<|end_header_id|>\n\n返品できますか？<|eot_id|>" +
        "<|start_header_id|>assistant<|end_header_id|>\n\nはい、30日以内なら可能です。<|eot_id|>",
    );
  });

  it("is tokenized with the special tokens as single ids (128000 begin, 128006/128007 header, 128009 end of turn)", async () => {
    const tokenizer = await TARGETS.llama3.loadTokenizer();
    const ids = tokenizer.encode(renderLlama3([{ role: "user", content: "hi" }]));
    expect(ids.slice(0, 3)).toEqual([128000, 128006, 882]); // 882 = "user"
    expect(ids.at(-1)).toBe(128009);
    expect(tokenizer.countConversation([{ role: "user", content: "hi" }])).toBe(ids.length);
  });
});

describe("o200k counting for OpenAI targets", () => {
  it("adds 3 tokens per message plus its role, and 3 to prime the reply (OpenAI cookbook)", async () => {
    const tokenizer = await TARGETS["gpt-4o"].loadTokenizer();
    const messages: TrainingMessage[] = [{ role: "user", content: "hello" }];
    expect(tokenizer.countConversation(messages)).toBe(3 + 1 + tokenizer.encode("hello").length + 3);
  });

  it("counts a special-token string in content as plain text instead of throwing", async () => {
    const tokenizer = await TARGETS["gpt-4o"].loadTokenizer();
    expect(tokenizer.encode("<|endoftext|>").length).toBeGreaterThan(1);
  });
});

describe("fitTokens", () => {
  it("leaves a conversation that fits alone", async () => {
    const tokenizer = await TARGETS.llama3.loadTokenizer();
    const count = tokenizer.countConversation(conversation);
    expect(fitTokens(conversation, tokenizer, count, "drop")).toEqual({ kind: "fits", tokens: count });
  });

  it("drops a conversation one token over under the drop policy", async () => {
    const tokenizer = await TARGETS.llama3.loadTokenizer();
    const count = tokenizer.countConversation(conversation);
    expect(fitTokens(conversation, tokenizer, count - 1, "drop")).toEqual({ kind: "too-long", tokens: count });
  });

  it.each(["llama3", "gpt-4o"] as const)("cuts the last answer to fit under the truncate policy (%s), on a character boundary", async (name) => {
    const tokenizer = await TARGETS[name].loadTokenizer();
    const long: TrainingMessage[] = [
      { role: "user", content: "説明してください。" },
      { role: "assistant", content: "返品と交換の手続きについて詳しくご説明します。".repeat(20) },
    ];
    const result = fitTokens(long, tokenizer, 60, "truncate");
    expect(result.kind).toBe("truncated");
    if (result.kind !== "truncated") return;
    expect(result.tokens).toBeLessThanOrEqual(60);
    expect(result.before).toBe(tokenizer.countConversation(long));
    const answer = result.messages[1]!.content;
    expect(long[1]!.content.startsWith(answer)).toBe(true);
    expect(answer).not.toContain("\uFFFD");
    expect(result.messages[0]).toEqual(long[0]);
  });

  it("drops under truncate when the question alone is over the limit", async () => {
    const tokenizer = await TARGETS.llama3.loadTokenizer();
    const messages: TrainingMessage[] = [
      { role: "user", content: "word ".repeat(100) },
      { role: "assistant", content: "ok" },
    ];
    expect(fitTokens(messages, tokenizer, 20, "truncate").kind).toBe("too-long");
  });
});
