import { describe, expect, it } from "vitest";
import { ConfigError, KurabeError, ProviderError } from "../src/errors.js";

describe("KurabeError and its subclasses", () => {
  it("are told apart by instanceof within one copy of kurabe's modules", () => {
    const config = new ConfigError("bad", { field: "models" });
    expect([config instanceof KurabeError, config instanceof ConfigError, config instanceof ProviderError]).toEqual([true, true, false]);
    expect(new Error("x") instanceof KurabeError).toBe(false);
    expect({ code: "config" } instanceof KurabeError).toBe(false);
  });

  it("are instances of another copy's classes of the same names, and of no other (the CLI's bundle, a user module's import of \"kurabe\")", async () => {
    // A second instance of the same file: a class object of its own, as a bundle or a fresh import has.
    const specifier = "../src/errors.js?another-copy";
    const copy = (await import(/* @vite-ignore */ specifier)) as typeof import("../src/errors.js");
    expect(copy.KurabeError).not.toBe(KurabeError);
    const provider = new ProviderError("server", "503");
    expect([provider instanceof copy.KurabeError, provider instanceof copy.ProviderError, provider instanceof copy.ConfigError]).toEqual([true, true, false]);
    const theirs = new copy.ConfigError("bad");
    expect([theirs instanceof KurabeError, theirs instanceof ConfigError, theirs instanceof ProviderError]).toEqual([true, true, false]);
    expect(new copy.KurabeError("input", "x") instanceof ConfigError).toBe(false);
    // A subclass without a brand of its own is known by its own class object only.
    class Narrower extends copy.ConfigError {}
    expect(new ConfigError("x") instanceof Narrower).toBe(false);
    expect(new Narrower("x") instanceof ConfigError).toBe(true);
  });
});
