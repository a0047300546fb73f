import { describe, expect, it } from "vitest";
import { renderLlama3 } from "../../src/finetune/chat-template.js";
import { cachedTokenCounter } from "../../src/finetune/llama3-token-count.js";
import { generatePiiCorpus } from "./support/pii-corpus.js";

describe("cachedTokenCounter", () => {
  it("counts exactly what llama3-tokenizer-js encodes, text by text, on Japanese and English conversations", async () => {
    const { default: tokenizer } = await import("llama3-tokenizer-js");
    const encode = (text: string) => tokenizer.encode(text, { bos: false, eos: false });
    const count = cachedTokenCounter(encode);
    const texts = generatePiiCorpus(3).inquiries.map(([question, answer]) =>
      renderLlama3([
        { role: "user", content: question!.text },
        { role: "assistant", content: `${answer!.text}\n\n  indented  line\r\nI'm sure it's 12345 ¥1,200 😀` },
      ]),
    );
    expect(texts.length).toBeGreaterThan(400);
    for (const text of texts) expect(count(text), text).toBe(encode(text).length);
  });
});
