import { describe, expect, it } from "vitest";
import { expandEnv } from "../../src/config/expand-env.js";

const env = { KEY: "sk-123", EMPTY: "", HOST: "10.0.0.2" };

describe("expandEnv", () => {
  it.each([
    ["no reference", "plain text", "plain text"],
    ["a set variable", "${KEY}", "sk-123"],
    ["a variable inside text", "http://${HOST}:8000/v1", "http://10.0.0.2:8000/v1"],
    ["several variables", "${HOST}/${KEY}", "10.0.0.2/sk-123"],
    ["a default for an unset variable", "${MISSING:-fallback}", "fallback"],
    ["a default for an empty variable, as in sh", "${EMPTY:-fallback}", "fallback"],
    ["a set variable over its default", "${KEY:-fallback}", "sk-123"],
    ["an empty default", "${MISSING:-}", ""],
    ["a set but empty variable without a default", "${EMPTY}", ""],
    ["the $${ escape", "literal $${KEY}", "literal ${KEY}"],
    ["a lone dollar sign", "costs $5", "costs $5"],
    ["an unclosed brace", "${KEY", "${KEY"],
  ])("expands %s", (_name, text, expected) => {
    expect(expandEnv(text, env)).toEqual({ ok: true, value: expected });
  });

  it.each([
    ["an unset variable", "${MISSING}", "environment variable MISSING is not set"],
    ["the first of several unset variables", "${A}${B}", "environment variable A is not set"],
    ["a name with a space", "${MY KEY}", 'invalid variable reference "${MY KEY}"; write ${NAME} or ${NAME:-default}'],
    ["an empty reference", "${}", 'invalid variable reference "${}"; write ${NAME} or ${NAME:-default}'],
    [
      "a name starting with a digit",
      "${1KEY}",
      'invalid variable reference "${1KEY}"; write ${NAME} or ${NAME:-default}',
    ],
  ])("rejects %s", (_name, text, reason) => {
    expect(expandEnv(text, env)).toEqual({ ok: false, reason });
  });
});
