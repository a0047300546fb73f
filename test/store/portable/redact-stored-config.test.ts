import { describe, expect, it } from "vitest";
import { redactStoredConfig } from "../../../src/store/portable/redact-stored-config.js";

describe("redactStoredConfig", () => {
  it("replaces API keys and header values at any depth and leaves every other field as it was", () => {
    const config = {
      description: "keys everywhere",
      models: [
        {
          id: "gw",
          provider: "openai-compatible",
          apiKey: "sk-one",
          headers: { "X-Org": "org-secret", Authorization: "Bearer two" },
          params: { maxTokens: 64 },
          rag: { embedding: { provider: "openai", api_key: "sk-three", model: "e" } },
        },
        { id: "local", provider: "llamacpp", model: "m.gguf" },
      ],
      suites: [{ name: "s", params: { maxTokens: 8 } }],
    };
    const [gateway, local] = config.models as [(typeof config.models)[0], (typeof config.models)[1]];
    expect(redactStoredConfig(config)).toEqual({
      ...config,
      models: [
        {
          ...gateway,
          apiKey: "[redacted]",
          headers: { "X-Org": "[redacted]", Authorization: "[redacted]" },
          rag: { embedding: { ...gateway.rag!.embedding, api_key: "[redacted]" } },
        },
        local,
      ],
    });
    expect(JSON.stringify(redactStoredConfig(config))).not.toMatch(/sk-|secret|Bearer/);
  });
});
