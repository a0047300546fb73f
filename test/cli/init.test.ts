import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { effectiveSuite } from "../../src/suites/effective-suite.js";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { Writable } from "node:stream";
import { initCommand, initSummary, runInit } from "../../src/cli/init.js";
import { BUILTIN_SUITE_NAMES } from "../../src/suites/builtin/names.js";
import { loadConfig } from "../../src/config/load-config.js";
import { ConfigError } from "../../src/errors.js";
import { loadItems } from "../../src/suites/load-items.js";
import { renderPrompt } from "../../src/suites/template.js";

const freshDir = () => join(mkdtempSync(join(tmpdir(), "kurabe-init-")), "project");

describe("runInit", () => {
  it("writes kurabe.yaml and items.jsonl into the folder, creating it", async () => {
    const dir = freshDir();
    expect(await runInit(dir)).toEqual([join(dir, "kurabe.yaml"), join(dir, "items.jsonl")]);
    expect(existsSync(join(dir, "kurabe.yaml"))).toBe(true);
    expect(existsSync(join(dir, "items.jsonl"))).toBe(true);
  });

  it("writes the minimal config, which loads with MOCK_API_KEY set", async () => {
    const dir = freshDir();
    await runInit(dir);
    const { config } = loadConfig(join(dir, "kurabe.yaml"), { MOCK_API_KEY: "anything" });
    expect(config.models).toEqual([
      expect.objectContaining({
        id: "local-mock",
        provider: "openai-compatible",
        baseURL: "http://127.0.0.1:8787/v1",
        model: "mock-model",
        apiKey: "anything",
        concurrency: 16,
      }),
    ]);
    expect(config.suites).toEqual([
      expect.objectContaining({ name: "echo", path: join(dir, "items.jsonl"), scorer: "exact" }),
    ]);
  });

  it("writes items a server that echoes the prompt answers correctly", async () => {
    const dir = freshDir();
    await runInit(dir);
    const { config } = loadConfig(join(dir, "kurabe.yaml"), { MOCK_API_KEY: "anything" });
    const input = config.suites[0];
    if (!input) throw new Error("expected a suite");
    const suite = await effectiveSuite(input);
    const items = await loadItems(suite);
    expect(items.length).toBeGreaterThanOrEqual(3);
    for (const item of items) {
      const userMessage = renderPrompt(suite, item).find((message) => message.role === "user");
      expect(userMessage?.content).toBe(item.expected);
    }
  });

  it("documents every option with an example that is valid once uncommented", async () => {
    const dir = freshDir();
    await runInit(dir);
    const text = readFileSync(join(dir, "kurabe.yaml"), "utf8");
    // `# ` starts an example, `## ` an explanation: switch on every example.
    writeFileSync(join(dir, "everything.yaml"), text.replace(/^(\s*)# /gm, "$1"));
    const env = { MOCK_API_KEY: "m", OPENAI_API_KEY: "o", ANTHROPIC_API_KEY: "a", GOOGLE_GENERATIVE_AI_API_KEY: "g" };
    const { config } = loadConfig(join(dir, "everything.yaml"), env);

    expect(config.models.map((model) => model.provider)).toEqual(
      expect.arrayContaining(["openai-compatible", "openai", "anthropic", "google", "llamacpp"]),
    );
    const local = config.models[0];
    expect(local).toMatchObject({ rpm: 500, tpm: 200_000, timeoutMs: 60_000, images: false });
    expect(local?.price).toBeDefined();
    expect(local?.params).toMatchObject({ temperature: 0, maxTokens: 512, seed: 42 });
    expect(config.models.some((m) => m.provider === "llamacpp" && m.lora.length > 0)).toBe(true);
    expect(config.models.some((m) => m.provider === "openai" && m.apiKey === "o")).toBe(true);
    expect(config.suites[0]).toMatchObject({ system: expect.any(String), samples: 3, limit: 20 });
    expect(config.suites.some((suite) => suite.template?.includes("{{choices}}"))).toBe(true);
    expect(config.db).toBe(join(dir, "results/kurabe.db"));
    expect(config.suites.every((suite) => suite.prompts?.map((prompt) => prompt.id).join() === "plain,terse")).toBe(true);
  });

  it("refuses to overwrite an existing file without force, and writes nothing", async () => {
    const dir = freshDir();
    await runInit(dir);
    writeFileSync(join(dir, "items.jsonl"), '{"id": "mine", "input": "keep me"}\n');
    const error = await runInit(dir).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).describe()).toBe(
      `${join(dir, "kurabe.yaml")}: already exists; use --force to overwrite it`,
    );
    expect(readFileSync(join(dir, "items.jsonl"), "utf8")).toContain("keep me");
  });

  it("overwrites existing files with force", async () => {
    const dir = freshDir();
    await runInit(dir);
    writeFileSync(join(dir, "kurabe.yaml"), "models: []\n");
    await runInit(dir, { force: true });
    expect(readFileSync(join(dir, "kurabe.yaml"), "utf8")).toContain("local-mock");
  });
});

describe("what kurabe init says", () => {
  it("names the files it wrote and the commands that run the example next", async () => {
    const dir = freshDir();
    const chunks: string[] = [];
    const out = new Writable({ write: (chunk, _encoding, done) => (chunks.push(String(chunk)), done()) });
    await initCommand(dir, {}, out);
    expect(chunks.join("")).toBe(
      [
        `wrote ${join(dir, "kurabe.yaml")} (an example config: one local mock model and the "echo" suite)`,
        `wrote ${join(dir, "items.jsonl")} (the "echo" suite's 4 items)`,
        "next: start the mock model that echoes prompts, then run the suite against it:",
        "  npx kurabe mock-server &",
        `  MOCK_API_KEY=anything npx kurabe run ${join(dir, "kurabe.yaml")}`,
        "",
      ].join("\n"),
    );
  });

  it("runs `npx kurabe run` without a path when it wrote into the working folder, and quotes a path with spaces", () => {
    expect(initSummary(join(process.cwd(), "kurabe.yaml"), join(process.cwd(), "items.jsonl"), true)).toContain(
      "  MOCK_API_KEY=anything npx kurabe run\n",
    );
    expect(initSummary("/tmp/my project/kurabe.yaml", "/tmp/my project/items.jsonl", false)).toContain(
      "npx kurabe run '/tmp/my project/kurabe.yaml'\n",
    );
  });

  it("lists every built-in suite in the template", async () => {
    const dir = freshDir();
    await runInit(dir);
    const listed = /## Built-in benchmarks: ([^\n]*)\./.exec(readFileSync(join(dir, "kurabe.yaml"), "utf8"))?.[1];
    expect(listed?.split(", ")).toEqual([...BUILTIN_SUITE_NAMES]);
    expect(BUILTIN_SUITE_NAMES).toEqual(expect.arrayContaining(["humaneval", "humaneval-x-js", "mbpp"]));
  });
});
