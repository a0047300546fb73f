import { describe, expect, it } from "vitest";
import { ProviderError } from "../../../src/errors.js";
import { toChatTurns } from "../../../src/models/llamacpp/chat-history.js";

describe("toChatTurns", () => {
  it("turns earlier messages into node-llama-cpp history and the last user message into the prompt", () => {
    expect(
      toChatTurns([
        { role: "system", content: "Be brief." },
        { role: "user", content: "Hi" },
        { role: "assistant", content: "Hello." },
        { role: "user", content: [{ type: "text", text: "Line one" }, { type: "text", text: "line two" }] },
      ]),
    ).toEqual({
      history: [
        { type: "system", text: "Be brief." },
        { type: "user", text: "Hi" },
        { type: "model", response: ["Hello."] },
      ],
      prompt: "Line one\nline two",
    });
  });

  it.each([
    ["no messages", []],
    ["a conversation ending with the assistant", [{ role: "user", content: "a" }, { role: "assistant", content: "b" }]],
  ] as const)("refuses %s as a bad request", (_case, messages) => {
    const error = (() => {
      try {
        toChatTurns([...messages]);
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(ProviderError);
    expect((error as ProviderError).kind).toBe("bad_request");
  });

  it("refuses images as unsupported, wherever they are", () => {
    const image = { type: "image" as const, data: new Uint8Array([0]), mediaType: "image/png" };
    expect(() => toChatTurns([{ role: "user", content: [image] }, { role: "user", content: "x" }])).toThrow(ProviderError);
  });
});
