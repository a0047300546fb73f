import fs from "node:fs";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { startMockServer } from "../../../src/mock-server/server.js";
import type { Fault, MockRequest, MockServer } from "../../../src/mock-server/types.js";
import { runDatasetCli } from "../support/dataset-cli.js";
import { readJsonl, useTempDirs } from "../../support/temp-dir.js";

const tempDir = useTempDirs();
const servers: MockServer[] = [];
afterEach(async () => {
  for (const server of servers.splice(0)) await server.close();
});


const DOCS: Record<string, string> = {
  "guide.md": [
    "# Store guide",
    "",
    "## Returns",
    "",
    "You can return an item within 30 days of delivery. Contact support to start a return.",
    "",
    "## Shipping",
    "",
    "Orders ship within two business days from our Osaka warehouse.",
    "",
  ].join("\n"),
  "返品.md": "# 返品について\n\n商品到着後30日以内であれば返品できます。返品の際はサポートまでご連絡ください。\n",
};

/** The chunk's text, as the teacher prompt puts it between <document> tags. */
const documentOf = (request: MockRequest) => /<document>\n([^]*?)\n<\/document>/.exec(request.prompt)?.[1] ?? "";
const firstSentence = (text: string) => text.split(/(?<=[.。])/)[0]!.trim();

/** A teacher that writes two pairs from the chunk's first sentence; chunks with `malformedOn` get prose instead of JSON. */
function teacher(options: { malformedOn?: string } = {}) {
  return (request: MockRequest) => {
    const text = documentOf(request);
    if (options.malformedOn && text.includes(options.malformedOn)) return "Sorry, here are some thoughts without any JSON.";
    const fact = firstSentence(text);
    const reversed = [...fact].reverse().join(""); // unlike the first pair, so cleaning keeps both
    return JSON.stringify({
      pairs: [
        { question: `Q1 ${fact}?`, answer: `A1 ${fact}` },
        { question: `Q2 ${reversed}?`, answer: `A2 ${reversed}` },
      ],
    });
  };
}

async function setUp(respond: (request: MockRequest) => string, options: { price?: string; fault?: (r: MockRequest, seen: number) => Fault | undefined } = {}) {
  const server = await startMockServer({ respond, ...(options.fault ? { fault: options.fault } : {}) });
  servers.push(server);
  const dir = tempDir();
  for (const [name, content] of Object.entries(DOCS)) {
    fs.mkdirSync(path.join(dir, "docs"), { recursive: true });
    fs.writeFileSync(path.join(dir, "docs", name), content);
  }
  fs.writeFileSync(
    path.join(dir, "kurabe.yaml"),
    [
      "models:",
      "  - id: teacher",
      "    provider: openai-compatible",
      `    baseURL: ${server.url}/v1`,
      "    model: teacher-model",
      ...(options.price ? [`    price: ${options.price}`] : []),
      "  - id: other",
      "    provider: openai-compatible",
      `    baseURL: ${server.url}/v1`,
      "    model: other-model",
      "suites:",
      "  - builtin: jcommonsenseqa",
      "retry: { maxAttempts: 2, baseDelayMs: 1, maxDelayMs: 5 }",
      "",
    ].join("\n"),
  );
  return { server, dir };
}

const build = (dir: string, out: string, extra: string[] = []) =>
  runDatasetCli(
    ["dataset", "build", "--docs", "docs", "--out", out, "--formats", "openai", "--val-ratio", "0", "--teacher", "teacher", "--config", "kurabe.yaml", "--questions-per-chunk", "2", ...extra],
    dir,
  );

const chunksOf = (stdout: string) => Number(/from 0 inquiry rows and (\d+) document chunks/.exec(stdout)?.[1]);

describe("dataset build --teacher", () => {
  it("turns each chunk into the teacher's question–answer pairs, in the chunk's language, and a rebuild is answered from the cache", async () => {
    const { server, dir } = await setUp(teacher());
    const first = await build(dir, "out");
    expect(first.stderr).toBe("");
    expect(first.code).toBe(0);
    const chunks = chunksOf(first.stdout);
    expect(chunks).toBeGreaterThanOrEqual(2);
    expect(server.stats.requests).toBe(chunks);
    expect(first.stdout).toContain(`teacher teacher: ${chunks} calls (0 from cache), ${chunks * 2} question–answer pairs;`);
    expect(first.stdout).toContain("cost: no known price");
    expect(first.stdout).toMatch(/tokens: [1-9]\d* in, [1-9]\d* out/);

    const examples = readJsonl(path.join(dir, "out", "train.openai.jsonl")) as { messages: { role: string; content: string }[] }[];
    expect(examples).toHaveLength(chunks * 2);
    const conversations = examples.map((example) => example.messages.map((m) => `${m.role}: ${m.content}`).join(" | "));
    expect(conversations).toContain("user: Q1 You can return an item within 30 days of delivery.? | assistant: A1 You can return an item within 30 days of delivery.");
    expect(conversations).toContain("user: Q1 商品到着後30日以内であれば返品できます。? | assistant: A1 商品到着後30日以内であれば返品できます。");
    const metadata = readJsonl(path.join(dir, "out", "metadata.jsonl"));
    expect(metadata.map((row) => row.id)).toContain("返品.md#1.2");
    expect(metadata.find((row) => row.id === "返品.md#1.1")?.source).toMatchObject({ kind: "document", file: "返品.md" });

    // The teacher was asked in each chunk's language, for JSON in the pairs schema.
    const japanesePrompt = [...server.stats.perPrompt.keys()].find((prompt) => prompt.includes("商品到着後"));
    expect(japanesePrompt).toMatch(/^出典: /);

    const second = await build(dir, "out2");
    expect(second.code).toBe(0);
    expect(server.stats.requests).toBe(chunks);
    expect(second.stdout).toContain(`${chunks} calls (${chunks} from cache)`);
    expect(second.stdout).toContain("tokens: 0 in, 0 out");
    expect(fs.readFileSync(path.join(dir, "out2", "train.openai.jsonl"), "utf8")).toBe(fs.readFileSync(path.join(dir, "out", "train.openai.jsonl"), "utf8"));
    expect(fs.existsSync(path.join(dir, ".kurabe", "kurabe.db"))).toBe(true);
  });

  it("falls back to the plain document example when the teacher's output is unreadable, and says so", async () => {
    const { dir } = await setUp(teacher({ malformedOn: "Osaka" }));
    const result = await build(dir, "out", ["--db", "cache.db"]);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("1 chunks fell back to the section as the answer (1 unreadable, 0 failed)");
    expect(fs.existsSync(path.join(dir, "cache.db"))).toBe(true);
    const examples = readJsonl(path.join(dir, "out", "train.openai.jsonl")) as { messages: { role: string; content: string }[] }[];
    const fallback = examples.filter((example) => example.messages.some((m) => m.role === "assistant" && m.content.includes("Osaka warehouse")));
    expect(fallback).toHaveLength(1);
    expect(fallback[0]!.messages[1]!.content).toBe("Orders ship within two business days from our Osaka warehouse.");
    const report = fs.readFileSync(path.join(dir, "out", "report.md"), "utf8");
    expect(report).toMatch(/- `guide\.md#\d` — teacher: teacher output unreadable \(not JSON: Sorry/);
    const [summary] = readJsonl(path.join(dir, "out", "report.jsonl"));
    expect((summary as { summary: { settings: Record<string, unknown> } }).summary.settings).toMatchObject({ teacher: "teacher", teacherUnreadable: 1 });
  });

  it("falls back, counted, when the teacher keeps failing after its retries", async () => {
    const { server, dir } = await setUp(teacher(), { fault: (request) => (documentOf(request).includes("Osaka") ? { type: "status", status: 500 } : undefined) });
    const result = await build(dir, "out");
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("1 chunks fell back to the section as the answer (0 unreadable, 1 failed)");
    const chunks = chunksOf(result.stdout);
    expect(server.stats.requests).toBe(chunks + 1); // the failing chunk was tried twice (retry.maxAttempts: 2)
    expect(fs.readFileSync(path.join(dir, "out", "report.md"), "utf8")).toMatch(/teacher call failed after 2 attempts/);
  });

  it("shows the cost in USD from the config's price, and no cost again for cached calls", async () => {
    const { dir } = await setUp(teacher(), { price: "{ input: 1000, output: 2000 }" });
    const first = await build(dir, "out");
    expect(first.code).toBe(0);
    const [, input, output, cost] = /tokens: (\d+) in, (\d+) out; cost: \$(\d+\.\d{4})/.exec(first.stdout) ?? [];
    expect(Number(cost)).toBeGreaterThan(0);
    expect(Number(cost)).toBeCloseTo((Number(input) * 1000 + Number(output) * 2000) / 1e6, 4);
    const second = await build(dir, "out2");
    expect(second.stdout).toContain("tokens: 0 in, 0 out; cost: $0.0000");
  });

  it("refuses a teacher that is not a model of the config (exit 2)", async () => {
    const { server, dir } = await setUp(teacher());
    const result = await runDatasetCli(["dataset", "build", "--docs", "docs", "--out", "out", "--teacher", "nope", "--config", "kurabe.yaml"], dir);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('teacher "nope" is not a model in this config (models: teacher, other)');
    expect(server.stats.requests).toBe(0);
    expect(fs.existsSync(path.join(dir, "out"))).toBe(false);
  });
});
