import { describe, expect, it } from "vitest";
import { doctorChecks } from "../../src/cli/doctor.js";
import { memoryCapSettings, memoryCapSupport } from "../../src/scoring/sandbox/memory-cap.js";
import { sandboxSettings } from "../../src/scoring/sandbox/sandbox-settings.js";
import { DEFAULT_LIMITS } from "../../src/scoring/sandbox/types.js";
import { sandboxAvailable } from "../scoring/sandbox/sandbox-available.js";

describe("kurabe doctor", () => {
  it("checks the sandbox, the memory cap, both interpreters, Chromium, the model cache and the proxy", async () => {
    const checks = await doctorChecks({ KURABE_CACHE_DIR: "/nonexistent/kurabe-models" });
    expect(checks.map((check) => check.name)).toEqual(["sandbox", ...(sandboxAvailable ? ["sandbox reuse"] : []), "memory cap", "checker", "python3", "node", "chromium", "model cache", "proxy"]);
    for (const check of checks) if (!check.ok) expect(check.fix, `${check.name} says how to fix it`).toBeTruthy();
    expect(checks.find((check) => check.name === "model cache")?.detail).toContain("/nonexistent/kurabe-models");
  });

  it.skipIf(!sandboxAvailable)("says runs reuse a sandbox, found by running a program the way a run does", async () => {
    const reuse = (await doctorChecks({})).find((check) => check.name === "sandbox reuse");
    expect(reuse).toMatchObject({ ok: true, detail: expect.stringContaining("reuse a sandbox per worker") });
  });

  it("shows the memory cap in force, as a run's stored sandbox settings state it", async () => {
    const checks = await doctorChecks({});
    expect(checks.find((check) => check.name === "memory cap")?.detail).toBe(sandboxSettings(false).memory.summary);
    expect(sandboxSettings(false).memory).toEqual(memoryCapSettings(memoryCapSupport(), DEFAULT_LIMITS));
    expect(sandboxSettings(true)).toMatchObject({ isolation: "none", memory: { mechanism: "rlimit-budget" } });
  });

  it("says what keeps the checker out of the answer's reach, with and without the sandbox", async () => {
    const checker = (await doctorChecks({})).find((check) => check.name === "checker")!;
    expect(checker.detail).toBe(`${sandboxSettings(false).checker.summary}; with --unsafe-no-sandbox ${sandboxSettings(true).checker.summary}`);
  });

  it("names a proxy by its origin, never with the password, and says which variable is malformed", async () => {
    const checks = await doctorChecks({ HTTPS_PROXY: "http://user:s3cret@proxy.example.com:8080", NO_PROXY: "localhost" });
    const proxy = checks.find((check) => check.name === "proxy")!;
    expect(proxy.detail).toBe("https via http://proxy.example.com:8080 (HTTPS_PROXY); NO_PROXY localhost");
    expect(JSON.stringify(checks)).not.toContain("s3cret");
    const bad = (await doctorChecks({ HTTP_PROXY: "proxy:8080" })).find((check) => check.name === "proxy")!;
    expect(bad).toMatchObject({ ok: false });
    expect(bad.detail).toContain("HTTP_PROXY");
  });
});
