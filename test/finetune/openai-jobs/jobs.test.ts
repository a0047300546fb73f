import fs from "node:fs";
import path from "node:path";
import { PassThrough } from "node:stream";
import { afterEach, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { runJobsCancel, runJobsCreate, runJobsList, runJobsStatus } from "../../../src/cli/finetune-jobs.js";
import { ConfigError, KurabeError, ProviderError } from "../../../src/errors.js";
import { addTunedModelToConfig } from "../../../src/finetune/openai-jobs/add-model.js";
import { useTempDirs, writeJsonl } from "../../support/temp-dir.js";
import { startFakeOpenAi, type FakeOpenAi } from "./fake-openai.js";

const tempDir = useTempDirs();
const KEY = "sk-test-0123456789abcdefSECRET";
const env = { OPENAI_API_KEY: KEY };

let fake: FakeOpenAi | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

function capture() {
  const out = new PassThrough();
  let text = "";
  out.on("data", (chunk: Buffer) => (text += chunk.toString("utf8")));
  return { out, text: () => text };
}

const example = (question: string, answer: string) => ({
  messages: [
    { role: "system", content: "丁寧に答えてください。" },
    { role: "user", content: question },
    { role: "assistant", content: answer },
  ],
});

const CONFIG = `# kurabe config for the support desk
models:
  # the current production model
  - id: mini
    provider: openai
    model: gpt-4o-mini # cheap

suites:
  - builtin: jp-nlu-mini # keep this one
`;

function setup() {
  const dir = tempDir();
  const train = path.join(dir, "train.jsonl");
  const validation = path.join(dir, "val.jsonl");
  writeJsonl(train, [example("返品できますか？", "はい、30日以内なら可能です。"), example("送料は？", "全国一律500円です。")]);
  writeJsonl(validation, [example("営業時間は？", "平日9時から18時です。")]);
  const config = path.join(dir, "kurabe.yaml");
  fs.writeFileSync(config, CONFIG);
  return { dir, train, validation, config };
}

const follow = { pollInterval: "0.01" };

describe("kurabe finetune jobs against a local OpenAI fake", () => {
  it("uploads, creates the job, follows it to success and adds the tuned model to kurabe.yaml once", async () => {
    fake = await startFakeOpenAi({ expectedKey: KEY });
    const { train, validation, config } = setup();
    const { out, text } = capture();
    const status = await runJobsCreate(
      { file: train, validationFile: validation, model: "gpt-4o-mini-2024-07-18", epochs: "3", suffix: "support", config, wait: true, baseUrl: fake.url, ...follow },
      { out, env },
    );
    expect(status).toBe(0);

    // What the SDK sent.
    expect(fake.files.map((file) => file.purpose)).toEqual(["fine-tune", "fine-tune"]);
    expect(fake.files[0]!.content).toBe(fs.readFileSync(train, "utf8"));
    expect(fake.files[0]!.filename).toBe("train.jsonl");
    expect(fake.files[1]!.content).toBe(fs.readFileSync(validation, "utf8"));
    const created = fake.requests.find((request) => request.method === "POST" && request.path === "/v1/fine_tuning/jobs")!;
    expect(JSON.parse(created.body.toString("utf8"))).toEqual({
      model: "gpt-4o-mini-2024-07-18",
      training_file: "file-1",
      validation_file: "file-2",
      hyperparameters: { n_epochs: 3 },
      suffix: "support",
    });
    for (const request of fake.requests) expect(request.headers.authorization).toBe(`Bearer ${KEY}`);

    // What the user saw: every status and event, in order, and never the key.
    const printed = text();
    expect(printed).toMatch(/created job ftjob-1 \(validating_files\)[\s\S]*Validating training file[\s\S]*status: running[\s\S]*status: succeeded/);
    expect(printed).toContain("Fine-tuning job started");
    expect(printed).toContain("The job has successfully completed");
    expect(printed).toContain('added model "support" (ft:gpt-4o-mini-2024-07-18:org-fake:support:AbC123)');
    expect(printed).not.toContain(KEY);
    expect(printed.split("Fine-tuning job started").length).toBe(2);

    // kurabe.yaml: exactly one new entry, comments and the rest kept.
    const after = fs.readFileSync(config, "utf8");
    expect(after).not.toContain(KEY);
    for (const line of CONFIG.split("\n")) expect(after).toContain(line.trim());
    const models = (parse(after) as { models: unknown[] }).models;
    expect(models).toEqual([
      { id: "mini", provider: "openai", model: "gpt-4o-mini" },
      { id: "support", provider: "openai", model: "ft:gpt-4o-mini-2024-07-18:org-fake:support:AbC123" },
    ]);

    // Asking again changes nothing.
    const again = capture();
    expect(await runJobsStatus("ftjob-1", { config, baseUrl: fake.url }, { out: again.out, env })).toBe(0);
    expect(again.text()).toContain("already lists ft:gpt-4o-mini-2024-07-18:org-fake:support:AbC123");
    expect(fs.readFileSync(config, "utf8")).toBe(after);
    expect(fs.readdirSync(path.dirname(config)).filter((name) => name.endsWith(".tmp"))).toEqual([]);
  });

  it("refuses an invalid training file with line-precise errors before any upload", async () => {
    fake = await startFakeOpenAi();
    const { dir, config } = setup();
    const bad = path.join(dir, "bad.jsonl");
    fs.writeFileSync(
      bad,
      [JSON.stringify(example("a", "b")), "{not json", JSON.stringify({ messages: [{ role: "user", content: "only a question" }] })].join("\n") + "\n",
    );
    const error = await runJobsCreate({ file: bad, model: "gpt-4o-mini-2024-07-18", config, baseUrl: fake.url }, { out: capture().out, env }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConfigError);
    const described = (error as ConfigError).describe();
    expect(described).toMatch(/bad\.jsonl:2: invalid JSON/);
    expect(described).toMatch(/bad\.jsonl:3/);
    expect(fake.requests).toEqual([]);
  });

  it("also checks the validation file before uploading anything", async () => {
    fake = await startFakeOpenAi();
    const { dir, train, config } = setup();
    const bad = path.join(dir, "val.jsonl");
    fs.writeFileSync(bad, JSON.stringify({ instruction: "alpaca is not accepted by OpenAI", output: "x" }) + "\n");
    await expect(runJobsCreate({ file: train, validationFile: bad, model: "m", config, baseUrl: fake.url }, { out: capture().out, env })).rejects.toThrow(ConfigError);
    expect(fake.requests).toEqual([]);
  });

  it("stops following a failed job with exit 1 and adds nothing", async () => {
    fake = await startFakeOpenAi({ finalStatus: "failed" });
    const { train, config } = setup();
    const { out, text } = capture();
    const status = await runJobsCreate({ file: train, model: "gpt-4o-mini-2024-07-18", config, wait: true, baseUrl: fake.url, ...follow }, { out, env });
    expect(status).toBe(1);
    expect(text()).toMatch(/status: failed/);
    expect(text()).toContain("error: Training failed");
    expect(fs.readFileSync(config, "utf8")).toBe(CONFIG);
  });

  it("cancels a job, and following a cancelled job ends at once", async () => {
    fake = await startFakeOpenAi();
    const { train, config } = setup();
    await runJobsCreate({ file: train, model: "gpt-4o-mini-2024-07-18", config, baseUrl: fake.url }, { out: capture().out, env });
    const cancelled = capture();
    expect(await runJobsCancel("ftjob-1", { baseUrl: fake.url }, { out: cancelled.out, env })).toBe(0);
    expect(cancelled.text()).toContain("ftjob-1  cancelled");
    expect(fake.requests.some((request) => request.method === "POST" && request.path === "/v1/fine_tuning/jobs/ftjob-1/cancel")).toBe(true);
    const followed = capture();
    expect(await runJobsStatus("ftjob-1", { config, wait: true, baseUrl: fake.url, ...follow }, { out: followed.out, env })).toBe(1);
    expect(followed.text()).toContain("status: cancelled");
    expect(fs.readFileSync(config, "utf8")).toBe(CONFIG);
  });

  it("Ctrl-C stops following without cancelling the job", async () => {
    fake = await startFakeOpenAi();
    const { train, config } = setup();
    await runJobsCreate({ file: train, model: "gpt-4o-mini-2024-07-18", config, baseUrl: fake.url }, { out: capture().out, env });
    const controller = new AbortController();
    const { out, text } = capture();
    out.on("data", (chunk: Buffer) => {
      if (chunk.toString("utf8").includes("status: running")) controller.abort();
    });
    const status = await runJobsStatus("ftjob-1", { config, wait: true, baseUrl: fake.url, pollInterval: "5" }, { out, env, signal: controller.signal });
    expect(status).toBe(130);
    expect(text()).toContain("the job was not cancelled");
    expect(fake.requests.some((request) => request.path.endsWith("/cancel"))).toBe(false);
    expect(fake.jobs.get("ftjob-1")!.status).toBe("running");
  });

  it("gives up following after the timeout, leaving the job running", async () => {
    // The job never finishes, so only the timeout can end the following, however fast the machine.
    fake = await startFakeOpenAi({ finalStatus: "running" });
    const { train, config } = setup();
    await runJobsCreate({ file: train, model: "gpt-4o-mini-2024-07-18", config, baseUrl: fake.url }, { out: capture().out, env });
    const { out, text } = capture();
    const status = await runJobsStatus("ftjob-1", { config, wait: true, baseUrl: fake.url, pollInterval: "60", timeout: "0.0001" }, { out, env });
    expect(status).toBe(1);
    expect(text()).toContain("ftjob-1 is still running");
  });

  it("lists jobs, newest first", async () => {
    fake = await startFakeOpenAi();
    const { train, config } = setup();
    for (const suffix of ["a", "b"]) {
      await runJobsCreate({ file: train, model: "gpt-4o-mini-2024-07-18", suffix, config, baseUrl: fake.url }, { out: capture().out, env });
    }
    const { out, text } = capture();
    expect(await runJobsList({ baseUrl: fake.url }, { out, env })).toBe(0);
    const lines = text().trim().split("\n");
    expect(lines).toHaveLength(2);
    expect(lines[0]).toContain("ftjob-2  validating_files  gpt-4o-mini-2024-07-18");
    expect(lines[1]).toContain("ftjob-1");
  });

  it("a rejected key gives an auth error that does not contain the key", async () => {
    fake = await startFakeOpenAi({ expectedKey: "sk-the-right-one" });
    const error = await runJobsList({ baseUrl: fake.url, maxRetries: "0" }, { out: capture().out, env }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ProviderError);
    expect((error as ProviderError).kind).toBe("auth");
    expect((error as ProviderError).message).toContain("401");
    expect((error as ProviderError).message).not.toContain(KEY.slice(0, 12));
  });

  it("refuses a retry count that is not a whole number, naming the option", async () => {
    for (const maxRetries of ["two", "-1", "1.5"]) {
      const error = await runJobsList({ baseUrl: "http://127.0.0.1:9/v1", maxRetries }, { out: capture().out, env }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(KurabeError);
      expect((error as KurabeError).describe()).toBe(`--max-retries: expected a whole number, 0 or more, got "${maxRetries}"`);
    }
  });

  it("without a key, says which variable to set", async () => {
    const error = await runJobsList({ baseUrl: "http://127.0.0.1:9/v1" }, { out: capture().out, env: {} }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(KurabeError);
    expect((error as KurabeError).describe()).toContain("OPENAI_API_KEY");
  });

  it("offline: a clear error naming the URL", async () => {
    const closed = await startFakeOpenAi();
    const url = closed.url;
    await closed.close();
    const { train, config } = setup();
    const error = await runJobsCreate({ file: train, model: "m", config, baseUrl: url, maxRetries: "0" }, { out: capture().out, env }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ProviderError);
    expect((error as ProviderError).kind).toBe("network");
    expect((error as ProviderError).message).toContain(`cannot reach the OpenAI API at ${url}`);
  });
});

describe("addTunedModelToConfig", () => {
  it("keeps comments, picks a free id, and does nothing when the model is listed", async () => {
    const dir = tempDir();
    const config = path.join(dir, "kurabe.yaml");
    fs.writeFileSync(config, CONFIG);
    expect(await addTunedModelToConfig(config, { id: "mini", model: "ft:x:o:mini:1" })).toEqual({ kind: "added", id: "mini-2" });
    const once = fs.readFileSync(config, "utf8");
    expect(once).toContain("# the current production model");
    expect(once).toContain("model: gpt-4o-mini # cheap");
    expect(await addTunedModelToConfig(config, { id: "other", model: "ft:x:o:mini:1" })).toEqual({ kind: "present", id: "mini-2" });
    expect(fs.readFileSync(config, "utf8")).toBe(once);
  });

  it("reports a missing config instead of creating one", async () => {
    const dir = tempDir();
    expect(await addTunedModelToConfig(path.join(dir, "kurabe.yaml"), { id: "a", model: "ft:b" })).toEqual({ kind: "no-config" });
    expect(fs.readdirSync(dir)).toEqual([]);
  });
});
