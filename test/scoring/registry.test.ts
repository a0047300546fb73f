import { describe, expect, it } from "vitest";
import { ConfigError } from "../../src/errors.js";
import { createScorer, getScorerDefinition, listScorers, scorerNames } from "../../src/scoring/registry.js";
import { makeItem } from "./make-item.js";

async function configError(run: () => Promise<unknown>): Promise<ConfigError> {
  try {
    await run();
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
  throw new Error("expected a ConfigError");
}

const noContext = { signal: new AbortController().signal, unsafeNoSandbox: false, callModel: () => Promise.reject(new Error("no models")) };

describe("scorer registry", () => {
  it("lists every scorer once by name, each with a description", async () => {
    const definitions = await listScorers();
    const names = definitions.map((d) => d.name);
    expect(names).toEqual(scorerNames);
    expect(new Set(names).size).toBe(names.length);
    expect(names).toEqual(expect.arrayContaining([
      "exact",
      "normalized",
      "contains",
      "regex",
      "choice",
      "numeric",
      "gsm8k-strict",
      "gsm8k-flexible",
      "json",
    ]));
    for (const definition of definitions) expect(definition.description.length).toBeGreaterThan(20);
  });

  it("finds a definition by name, and nothing for an unknown name", async () => {
    expect((await getScorerDefinition("numeric"))?.name).toBe("numeric");
    expect(await getScorerDefinition("nope")).toBeUndefined();
    expect(await getScorerDefinition("toString")).toBeUndefined();
  });

  it("builds a scorer from a bare name, with default options", async () => {
    const scorer = await createScorer("normalized");
    expect((await scorer(makeItem({ expected: "Paris" }), { text: "**paris**" }, noContext)).passed).toBe(true);
  });

  it("builds a scorer from {type, ...options}", async () => {
    const scorer = await createScorer({ type: "numeric", tolerance: 0.5 });
    expect((await scorer(makeItem({ expected: 10 }), { text: "10.4" }, noContext)).passed).toBe(true);
  });

  it("rejects an unknown scorer, listing the known names", async () => {
    const error = await configError(() => createScorer("exakt", { file: "kurabe.yaml", field: "suites.0.scorer" }));
    expect(error.message).toBe(
      `unknown scorer "exakt"; known scorers: ${scorerNames.join(", ")}`,
    );
    expect(error.describe()).toMatch(/^kurabe\.yaml: suites\.0\.scorer: unknown scorer/);
  });

  it("rejects a misspelt option, naming it and the options the scorer takes", async () => {
    const error = await configError(() => createScorer({ type: "regex", patern: "(\\d+)" }, { field: "scorer" }));
    expect(error.message).toBe('scorer "regex": unknown option "patern" (options: pattern, flags, group, match)');
    expect(error.location.field).toBe("scorer.patern");
  });

  it("rejects options on a scorer that takes none", async () => {
    expect((await configError(() => createScorer({ type: "exact", trim: false }))).message).toBe(
      'scorer "exact": unknown option "trim" (it takes no options)',
    );
  });

  it("rejects a bad option value, naming the field", async () => {
    const error = await configError(() => createScorer({ type: "numeric", tolerance: -1 }, { field: "scorer" }));
    expect(error.message).toMatch(/^scorer "numeric": option "tolerance": /);
    expect(error.location.field).toBe("scorer.tolerance");
  });

  it("rejects a missing required option", async () => {
    expect((await configError(() => createScorer("regex"))).message).toMatch(/^scorer "regex": option "pattern": /);
  });

  it("rejects an invalid regular expression when the config is read", async () => {
    expect((await configError(() => createScorer({ type: "regex", pattern: "([a-" }))).message).toMatch(
      /option "pattern": invalid regular expression/,
    );
  });

  it("turns a JSON schema that cannot compile into a ConfigError", async () => {
    const error = await configError(() => createScorer({ type: "json", schema: { type: "object", requred: ["a"] } }));
    expect(error.message).toMatch(/^scorer "json": .*requred/);
  });
});
