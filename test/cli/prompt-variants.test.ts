import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { MockRequest } from "../../src/mock-server/types.js";
import { runCli } from "../support/cli.js";
import { mockModelEntry, storeRows, useMockServers, writeProjectConfig } from "../support/judge-project.js";
import { useTempDirs, writeJsonl } from "../support/temp-dir.js";

const tempDir = useTempDirs();
const startServer = useMockServers();

const ITEMS = Array.from({ length: 12 }, (_, i) => ({ id: `q${i}`, input: `${i} + ${i + 1}`, expected: String(2 * i + 1) }));

/**
 * Model "sharp" answers the sum only when the system prompt asks for the number alone, and otherwise repeats the
 * question (wrong under exact match); model "steady" answers every item right whatever it is asked.
 */
function answer(request: MockRequest): string {
  const system = request.messages.find((message) => message.role === "system")?.content.map((part) => (part.type === "text" ? part.text : "")).join("");
  const [a, b] = (request.prompt.match(/(\d+) \+ (\d+)/) ?? []).slice(1).map(Number);
  const sum = String(a! + b!);
  if (request.model === "steady") return sum;
  return system?.includes("number only") ? sum : request.prompt;
}

const PROMPTS = `prompts:
  - id: plain
  - id: terse
    system: Reply with the number only.
    template: "Sum: {{input}}"
`;

function writeProject(dir: string, serverUrl: string, prompts = PROMPTS): void {
  writeJsonl(path.join(dir, "items.jsonl"), ITEMS);
  writeProjectConfig(dir, {
    models: [mockModelEntry("sharp", `${serverUrl}/v1`, "sharp"), mockModelEntry("steady", `${serverUrl}/v1`, "steady")],
    suite: { name: "sums", lines: prompts.replace(/^/gm, "    ").trimEnd() },
    retry: { maxAttempts: 2 },
  });
}

describe("prompt variants (`prompts:` on a suite)", () => {
  it("asks every model with every prompt, stores each model × prompt as a variant and compares variants with paired statistics", async () => {
    const server = await startServer({ respond: answer });
    const dir = tempDir();
    writeProject(dir, server.url);
    const run = await runCli(["run", "--db", "kurabe.db"], { cwd: dir });
    expect(run.code, run.stderr).toBe(0);
    // 2 models × 2 prompts × 12 items, each asked once.
    expect(server.stats.requests).toBe(48);
    expect(server.stats.perPrompt.get("Sum: 3 + 4")).toBe(2);
    expect(server.stats.perPrompt.get("3 + 4")).toBe(2);

    expect(storeRows(dir, "SELECT model_id, base_model_id, prompt_id FROM models ORDER BY position")).toEqual([
      { model_id: "sharp@plain", base_model_id: "sharp", prompt_id: "plain" },
      { model_id: "sharp@terse", base_model_id: "sharp", prompt_id: "terse" },
      { model_id: "steady@plain", base_model_id: "steady", prompt_id: "plain" },
      { model_id: "steady@terse", base_model_id: "steady", prompt_id: "terse" },
    ]);
    const means = storeRows<{ model_id: string; mean: number; n: number }>(
      dir,
      "SELECT model_id, avg(value) AS mean, count(*) AS n FROM scores GROUP BY model_id ORDER BY model_id",
    );
    expect(means).toEqual([
      { model_id: "sharp@plain", mean: 0, n: 12 },
      { model_id: "sharp@terse", mean: 1, n: 12 },
      { model_id: "steady@plain", mean: 1, n: 12 },
      { model_id: "steady@terse", mean: 1, n: 12 },
    ]);
    // The variant's prompt is what was sent: its system prompt and its template around the item.
    const [request] = storeRows<{ request_json: string }>(dir, "SELECT request_json FROM responses WHERE model_id = 'sharp@terse' AND item_id = 'q3'");
    expect(JSON.parse(request!.request_json).messages).toEqual([
      { role: "system", content: "Reply with the number only." },
      { role: "user", content: "Sum: 3 + 4" },
    ]);

    const report = await runCli(["report", "--format", "json", "--out", "-", "--db", "kurabe.db"], { cwd: dir });
    expect(report.code, report.stderr).toBe(0);
    const json = JSON.parse(report.stdout);
    const sharp = json.comparisons.find((c: { modelA: string; modelB: string }) => c.modelA === "sharp@plain" && c.modelB === "sharp@terse");
    expect(sharp).toMatchObject({ suite: "sums", n: 12, method: "paired-bootstrap", withinNoise: false });
    expect(sharp.difference.estimate).toBe(-1);
    const steady = json.comparisons.find((c: { modelA: string; modelB: string }) => c.modelA === "steady@plain" && c.modelB === "steady@terse");
    expect(steady).toMatchObject({ n: 12, withinNoise: true });
    expect(steady.difference.estimate).toBe(0);

    // The report groups the variants by model and by prompt, each figure read from where the report computed it.
    expect(json.models[1]).toMatchObject({ modelId: "sharp@terse", variant: { baseModelId: "sharp", promptId: "terse" } });
    expect(json.prompts.prompts).toEqual(["plain", "terse"]);
    expect(json.prompts.models.map((row: { modelId: string }) => row.modelId)).toEqual(["sharp", "steady"]);
    for (const row of json.prompts.models) {
      for (const cell of row.variants) {
        const overview = json.overview.find((o: { modelId: string }) => o.modelId === cell.variantId);
        expect([cell.quality, cell.interval]).toEqual([overview.quality, overview.interval]);
      }
      const [first, second] = row.variants;
      expect(first.versusFirst).toBeNull();
      expect(second.versusFirst.comparison).toEqual(
        json.overallComparisons.find((c: { modelA: string; modelB: string }) => c.modelA === first.variantId && c.modelB === second.variantId),
      );
    }
    // this prompt − the first: terse is 100 points better for sharp.
    expect(json.prompts.models[0].variants[1].versusFirst.difference.estimate).toBe(1);
    for (const [language, words] of [["en", "significantly better"], ["ja", "有意に高い"]]) {
      const md = await runCli(["report", "--format", "md", "--lang", language!, "--out", "-", "--db", "kurabe.db"], { cwd: dir });
      const start = md.stdout.indexOf(language === "en" ? "## Which prompt? Variants by model" : "## どのプロンプトか");
      expect(start).toBeGreaterThan(0);
      const section = md.stdout.slice(start, md.stdout.indexOf("\n## ", start));
      expect(section).toMatch(new RegExp(`\\| sharp \\| \\*\\*0\\.0%\\*\\* .*\\| \\*\\*100\\.0%\\*\\* .*\\+100\\.0 pt.*${words}`));
    }

    const csv = (await runCli(["report", "--format", "csv", "--out", "-", "--db", "kurabe.db"], { cwd: dir })).stdout.split("\r\n");
    expect(csv[0]).toMatch(/^run_id,model,provider,base_model,prompt,suite,/);
    expect(csv.find((line) => line.includes(",sharp@terse,"))).toMatch(/,sharp@terse,openai-compatible,sharp,terse,sums,domain,1,/);

    // Export and import carry which model and which prompt each variant is; the report there reads the same.
    const exported = await runCli(["export", "--out", "run.kurabe.json", "--db", "kurabe.db"], { cwd: dir });
    expect(exported.code, exported.stderr).toBe(0);
    const file = JSON.parse(fs.readFileSync(path.join(dir, "run.kurabe.json"), "utf8"));
    expect(file.models[1]).toMatchObject({ id: "sharp@terse", variant: { baseModelId: "sharp", promptId: "terse" } });
    const imported = await runCli(["import", "run.kurabe.json", "--db", "other.db"], { cwd: dir });
    expect(imported.code, imported.stderr).toBe(0);
    const models = "SELECT model_id, base_model_id, prompt_id, position FROM models ORDER BY position";
    expect(storeRows(dir, models, "other.db")).toEqual(storeRows(dir, models));
    const elsewhere = await runCli(["report", "--format", "json", "--out", "-", "--db", "other.db"], { cwd: dir });
    expect(elsewhere.stdout).toBe(report.stdout);

    // A second run is answered from the cache: each variant's own answers, never another prompt's.
    const again = await runCli(["run", "--db", "kurabe.db"], { cwd: dir });
    expect(again.code, again.stderr).toBe(0);
    expect(server.stats.requests).toBe(48);
    const latest = storeRows<{ model_id: string; mean: number; cached: number }>(
      dir,
      `SELECT s.model_id, avg(s.value) AS mean, sum(r.from_cache) AS cached FROM scores s JOIN responses r USING (run_id, suite, item_id, model_id, sample)
       WHERE s.run_id = (SELECT id FROM runs ORDER BY created_at DESC, rowid DESC LIMIT 1) GROUP BY s.model_id ORDER BY s.model_id`,
    );
    expect(latest).toEqual([
      { model_id: "sharp@plain", mean: 0, cached: 12 },
      { model_id: "sharp@terse", mean: 1, cached: 12 },
      { model_id: "steady@plain", mean: 1, cached: 12 },
      { model_id: "steady@terse", mean: 1, cached: 12 },
    ]);
  });

  it("resumes a run whose one variant hit a server outage, asking only that variant's items again", async () => {
    let down = true;
    const server = await startServer({
      respond: answer,
      fault: (request) => (down && request.model === "sharp" && request.prompt.startsWith("Sum:") ? { type: "status", status: 503 } : undefined),
    });
    const dir = tempDir();
    writeProject(dir, server.url);
    const first = await runCli(["run", "--db", "kurabe.db", "--no-cache"], { cwd: dir });
    expect(first.code, first.stderr).toBe(3);
    expect(first.stderr).toMatch(/sharp@terse: 12 /);
    const asked = server.stats.requests;
    down = false;
    const resumed = await runCli(["run", "--db", "kurabe.db", "--no-cache", "--resume"], { cwd: dir });
    expect(resumed.code, resumed.stderr).toBe(0);
    expect(server.stats.requests - asked).toBe(12);
    expect(storeRows(dir, "SELECT model_id, avg(value) AS mean FROM scores GROUP BY model_id ORDER BY model_id")).toEqual([
      { model_id: "sharp@plain", mean: 0 },
      { model_id: "sharp@terse", mean: 1 },
      { model_id: "steady@plain", mean: 1 },
      { model_id: "steady@terse", mean: 1 },
    ]);
  });

  it("has a pairwise judge compare the variants, each pair twice with positions swapped, and rates them", async () => {
    const server = await startServer({
      respond: (request) => {
        if (request.model !== "judge-model") return answer(request);
        // The answer that is a number wins.
        const a = /\[Assistant A\]\n([^]*?)\n\n\[Assistant B\]/.exec(request.prompt)?.[1] ?? "";
        return JSON.stringify({ winner: /^\d+$/.test(a.trim()) ? "A" : "B", strong: true, reason: "a number" });
      },
    });
    const dir = tempDir();
    writeProject(dir, server.url);
    const yaml = fs.readFileSync(path.join(dir, "kurabe.yaml"), "utf8")
      .replace("suites:", `  - id: judge\n    provider: openai-compatible\n    baseURL: ${server.url}/v1\n    model: judge-model\n    judgeOnly: true\nsuites:`)
      .replace("    path: items.jsonl\n", "    path: items.jsonl\n    limit: 2\n    pairwise: { judge: judge }\n");
    fs.writeFileSync(path.join(dir, "kurabe.yaml"), yaml);
    const run = await runCli(["run", "--db", "kurabe.db"], { cwd: dir });
    expect(run.code, run.stderr).toBe(0);
    // 4 variants: 6 pairs × 2 items × 2 orders.
    const pairs = storeRows<{ model_a: string; model_b: string; n: number }>(
      dir,
      "SELECT model_a, model_b, count(*) AS n FROM pairwise_judgments GROUP BY model_a, model_b ORDER BY model_a, model_b",
    );
    expect(pairs).toEqual([
      { model_a: "sharp@plain", model_b: "sharp@terse", n: 4 },
      { model_a: "sharp@plain", model_b: "steady@plain", n: 4 },
      { model_a: "sharp@plain", model_b: "steady@terse", n: 4 },
      { model_a: "sharp@terse", model_b: "steady@plain", n: 4 },
      { model_a: "sharp@terse", model_b: "steady@terse", n: 4 },
      { model_a: "steady@plain", model_b: "steady@terse", n: 4 },
    ]);
    const report = JSON.parse((await runCli(["report", "--format", "json", "--out", "-", "--db", "kurabe.db"], { cwd: dir })).stdout);
    expect(report.ratings[0].ratings.map((rating: { model: string }) => rating.model).sort()).toEqual(["sharp@plain", "sharp@terse", "steady@plain", "steady@terse"]);
    expect(report.models.map((m: { modelId: string }) => m.modelId)).not.toContain("judge");
  });

  it.each([
    ["a duplicate prompt id", `prompts:\n  - id: terse\n  - id: terse\n`, /^kurabe: kurabe\.yaml:15: suites\[0\]\.prompts\[1\]\.id: duplicate prompt id "terse"/m],
    ["a template that does not place the item", `prompts:\n  - id: terse\n    template: Answer briefly.\n`, /^kurabe: kurabe\.yaml:15: suites\[0\]\.prompts\[0\]\.template: the template must place the item, e\.g\. \{\{input\}\}/m],
    ["an unknown key", `prompts:\n  - id: terse\n    sytem: Be brief.\n`, /^kurabe: kurabe\.yaml:15: suites\[0\]\.prompts\[0\]\.sytem: unknown key "sytem".*system/m],
    ["a placeholder no item has", `prompts:\n  - id: terse\n    template: "{{question}}"\n`, /^kurabe: items\.jsonl:1: prompts\[0\]\.template: suite "sums" uses \{\{question\}\}/m],
  ])("exits 2 before any request for %s, naming the line", async (_name, prompts, message) => {
    const server = await startServer({ respond: answer });
    const dir = tempDir();
    writeProject(dir, server.url, prompts);
    const result = await runCli(["run", "--db", "kurabe.db"], { cwd: dir });
    expect(result.code, result.stderr).toBe(2);
    expect(result.stderr).toMatch(message);
    expect(server.stats.requests).toBe(0);
    expect(fs.existsSync(path.join(dir, "kurabe.db"))).toBe(false);
  });
});
