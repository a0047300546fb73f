import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { parse } from "node-html-parser";
import { startMockServer } from "../../src/mock-server/server.js";
import { openDatabase } from "../../src/store/open-store.js";
import { startViewServer } from "../../src/view/view-server.js";
import { request } from "../view/http-get.js";
import type { MockServer } from "../../src/mock-server/types.js";
import { IMPORT_CHUNK_BYTES } from "../../src/cli/import.js";
import { CLI, runCli } from "../support/cli.js";
import { useTempDirs, writeJsonl } from "../support/temp-dir.js";

const tempDir = useTempDirs();
const ENV_KEY = "sk-kurabe-export-env-7c6b5a49382716";
const YAML_KEY = "sk-kurabe-export-yaml-0a1b2c3d4e5f";
let server: MockServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

/** Every table that holds a run's rows, with the order that makes two stores' rows comparable. */
const RUN_TABLES: Record<string, string> = {
  runs: "id",
  models: "run_id, model_id",
  suites: "run_id, name",
  items: "run_id, suite, item_id",
  responses: "run_id, suite, item_id, model_id, sample",
  scores: "run_id, suite, item_id, model_id, sample, scorer",
  pairwise_judgments: "run_id, suite, item_id, model_a, model_b, shown_first",
  scoring_revisions: "run_id, revision",
  revision_scores: "run_id, revision, suite, item_id, model_id, sample, scorer",
  revision_pairwise_judgments: "run_id, revision, suite, item_id, model_a, model_b, shown_first",
  revision_unscored: "run_id, revision, suite, item_id, model_id, sample",
  revision_suites: "run_id, revision, name",
};

function dump(file: string): Record<string, unknown[]> {
  const db = new Database(file, { readonly: true });
  try {
    return Object.fromEntries(Object.entries(RUN_TABLES).map(([table, order]) => [table, db.prepare(`SELECT * FROM ${table} ORDER BY ${order}`).all()]));
  } finally {
    db.close();
  }
}

/** The recorded run, made once for the file; each test gets its own copy of its folder (kurabe.yaml, store, files). */
let recording: Promise<{ dir: string; credentials: string[] }> | undefined;
afterAll(async () => {
  const made = await recording?.catch(() => undefined);
  if (made) fs.rmSync(made.dir, { recursive: true, force: true });
});

/** Copies the recorded run (see record) into `dir`; returns the credentials its model server was sent. */
async function recordedRun(dir: string): Promise<{ credentials: string[] }> {
  recording ??= record(fs.mkdtempSync(path.join(os.tmpdir(), "kurabe-recorded-")));
  const { dir: source, credentials } = await recording;
  fs.cpSync(source, dir, { recursive: true });
  return { credentials };
}

/**
 * Two answering models (one keyed from the environment with a keyed header, one with a key written in the YAML), a
 * judge; suite "echo" with two scorers, two samples and pairwise judging; suite "tone" scored by a module asking the
 * judge. Model beta's answers to q3 fail with 500s (infrastructure errors: the run is incomplete).
 */
async function record(dir: string): Promise<{ dir: string; credentials: string[] }> {
  // The test that asks first closes it (afterEach), as it would a server of its own.
  server = await startMockServer({
    respond: (request) => {
      if (request.model !== "judge-model") return { text: request.prompt, reasoning: `thinking about ${request.prompt}` };
      if (request.prompt.includes("[Assistant A]")) return '{"winner": "A", "strong": true, "reason": "A is closer"}';
      return request.prompt.includes("please") ? "polite" : "rude";
    },
    fault: (request) => (request.model === "mock-model-b" && request.prompt === "q3 please" ? { type: "status", status: 500 } : undefined),
  });
  writeJsonl(
    path.join(dir, "items.jsonl"),
    ["q0 please", "q1", "q2 please", "q3 please"].map((input, i) => ({ id: `q${i}`, input, expected: i % 2 ? "other" : input, topic: `t${i}` })),
  );
  // Until it is fixed, the tone check fails on q1's answers: revision 1 keeps them as unscored answers.
  const tone = (fixed: boolean) => `export default async (answer, item, context) => {
  ${fixed ? "" : 'if (answer.text === "q1") throw new Error("cannot read the tone");\n  '}const call = await context.callModel("judge", { messages: [{ role: "user", content: "Is this polite? " + answer.text }] });
  return { score: call.completion.text.includes("polite") ? 1 : 0, evidence: { verdict: call.completion.text } };
};
`;
  fs.writeFileSync(path.join(dir, "tone.mjs"), tone(false));
  const config = (echoScorer: string) => `db: kurabe.db
description: export round trip
models:
  - id: alpha
    provider: openai-compatible
    baseURL: ${server!.url}/v1
    model: mock-model-a
    apiKey: \${MOCK_API_KEY}
    headers:
      X-Org-Token: \${MOCK_API_KEY}
    price: { input: 1.5, output: 6 }
  - id: beta
    provider: openai-compatible
    baseURL: ${server!.url}/v1
    model: mock-model-b
    apiKey: ${YAML_KEY}
  - id: judge
    provider: openai-compatible
    baseURL: ${server!.url}/v1
    model: judge-model
    judgeOnly: true
suites:
  - name: echo
    path: items.jsonl
    samples: 2
    scorer: ${echoScorer}
    pairwise: { judge: judge }
  - name: tone
    path: items.jsonl
    scorer: { type: module, path: tone.mjs }
retry:
  maxAttempts: 2
  baseDelayMs: 1
  maxDelayMs: 5
`;
  const env = { MOCK_API_KEY: ENV_KEY };
  fs.writeFileSync(path.join(dir, "kurabe.yaml"), config("[exact, contains]"));
  const run = await runCli(["run"], { cwd: dir, env });
  expect(run.code, run.stderr).toBe(3);
  // A rescore, so that the run has a second scoring revision and revision 1's scores and unscored answers kept apart.
  fs.writeFileSync(path.join(dir, "kurabe.yaml"), config("[contains, exact]"));
  fs.writeFileSync(path.join(dir, "tone.mjs"), tone(true));
  const rescore = await runCli(["rescore", "--suite", "echo", "--suite", "tone"], { cwd: dir, env });
  expect(rescore.code, rescore.stderr).toBe(0);
  return { dir, credentials: [...server!.stats.credentials] };
}

describe("kurabe export and import", () => {
  it("carry a run to a fresh store row for row, and every report reads the same numbers there", async () => {
    const dir = tempDir();
    await recordedRun(dir);
    const exported = await runCli(["export", "--out", "run.kurabe.json"], { cwd: dir });
    expect(exported.code, exported.stderr).toBe(0);
    const text = fs.readFileSync(path.join(dir, "run.kurabe.json"), "utf8");
    const file = JSON.parse(text) as Record<string, any>;
    expect(file).toMatchObject({ format: "kurabe.run", version: 2, run: { status: "incomplete", scoringRevision: 2 } });
    expect(file.models.map((m: { id: string }) => m.id)).toEqual(["alpha", "beta", "judge"]);
    // 4 items × 2 samples × 2 models for echo, 4 × 2 for tone; beta's q3 answers are infrastructure errors.
    expect(file.responses).toHaveLength(24);
    expect(file.responses.filter((r: { status: string }) => r.status === "error")).toHaveLength(3);
    expect(file.pairwiseJudgments.length).toBeGreaterThan(0);
    expect(file.revisionScores.length).toBeGreaterThan(0);
    const answered = file.responses.find((r: { status: string; suite: string }) => r.status === "ok" && r.suite === "echo");
    expect(answered.usage.inputTokens).toBeGreaterThan(0);
    expect(answered.timings.totalMs).toBeGreaterThan(0);
    expect(answered.scores.map((s: { scorer: string }) => s.scorer).sort()).toEqual(["contains", "exact"]);
    // Built-in scorers' coded details and a module scorer's evidence travel as JSON values.
    const scores = file.responses.flatMap((r: { scores: unknown[] }) => r.scores);
    expect(scores.some((s: { detail?: unknown }) => typeof s.detail === "object")).toBe(true);
    expect(scores.some((s: { evidence?: { verdict?: string } }) => s.evidence?.verdict === "polite")).toBe(true);

    // stdout carries the same document.
    const stdout = await runCli(["export"], { cwd: dir });
    expect(stdout.code, stdout.stderr).toBe(0);
    expect({ ...JSON.parse(stdout.stdout), exportedAt: "" }).toEqual({ ...file, exportedAt: "" });

    const elsewhere = tempDir();
    fs.copyFileSync(path.join(dir, "run.kurabe.json"), path.join(elsewhere, "run.kurabe.json"));
    const imported = await runCli(["import", "run.kurabe.json", "--db", "other.db"], { cwd: elsewhere });
    expect(imported.code, imported.stderr).toBe(0);
    expect(imported.stdout).toBe(`imported run ${file.run.id} (3 models, 24 answers) into other.db\n`);

    // Field by field: every row of every table the run has.
    const original = dump(path.join(dir, "kurabe.db"));
    expect(original.revision_scores!.length).toBeGreaterThan(0);
    expect(original.revision_pairwise_judgments!.length).toBeGreaterThan(0);
    expect(original.revision_suites!.length).toBeGreaterThan(0);
    expect(original.revision_unscored!.map((row: any) => [row.revision, row.suite, row.item_id, row.model_id, row.error_kind])).toEqual([
      [1, "tone", "q1", "alpha", "scorer"],
      [1, "tone", "q1", "beta", "scorer"],
    ]);
    const copied = dump(path.join(elsewhere, "other.db"));
    for (const table of Object.keys(RUN_TABLES)) expect(copied[table], table).toEqual(original[table]);

    // The same numbers wherever they are read: leaderboard, reports in both languages, a comparison of two models.
    const commands = [
      ["results", "--json"],
      ["report", "--format", "json", "--out", "-"],
      ["report", "--format", "md", "--lang", "en", "--out", "-"],
      ["report", "--format", "md", "--lang", "ja", "--out", "-"],
      ["report", "--format", "csv", "--out", "-"],
      ["compare", "--before", "alpha", "--after", "beta", "--json"],
    ];
    for (const args of commands) {
      const before = await runCli([...args, "--db", "kurabe.db"], { cwd: dir });
      const after = await runCli([...args, "--db", "other.db"], { cwd: elsewhere });
      expect(before.stderr, args.join(" ")).toBe(after.stderr);
      expect(before.stdout.length, args.join(" ")).toBeGreaterThan(100);
      expect(after.stdout, args.join(" ")).toBe(before.stdout);
    }

    // The dashboard shows the imported run as it shows the original: its run page and its answers, byte for byte.
    const pages = [`/runs/${file.run.id}`, `/runs/${file.run.id}/items`];
    const shown = async (store: string) => {
      const db = openDatabase(store, { mustExist: true });
      const view = await startViewServer({ db, language: "en", port: 0, log: () => undefined });
      try {
        return await Promise.all(pages.map((page) => request(`http://127.0.0.1:${view.port}${page}`)));
      } finally {
        await view.close();
        db.close();
      }
    };
    const originalPages = await shown(path.join(dir, "kurabe.db"));
    const importedPages = await shown(path.join(elsewhere, "other.db"));
    // ECharts numbers its SVG ids and classes per chart made in the process (zr0-cls-1, zr8-c0): not the run's content.
    const content = (body: string) => body.replace(/zr\d+-(cls-)?[a-z]*\d+/g, "zr");
    importedPages.forEach((reply, i) => {
      expect(reply.status, pages[i]).toBe(200);
      expect(content(reply.body), pages[i]).toBe(content(originalPages[i]!.body));
    });
    const runPage = parse(importedPages[0]!.body).text;
    expect(runPage).toContain(file.run.id);
    expect(runPage).toContain("alpha");
    expect(parse(importedPages[1]!.body).text).toContain("q0 please");

    // An imported run exports to the same document.
    const again = await runCli(["export", "--db", "other.db"], { cwd: elsewhere });
    expect(again.code, again.stderr).toBe(0);
    expect({ ...JSON.parse(again.stdout), exportedAt: "" }).toEqual({ ...file, exportedAt: "" });
  });

  it("read a version-1 file, written before the fields version 2 added, into the same rows less those fields", async () => {
    const dir = tempDir();
    await recordedRun(dir);
    const exported = await runCli(["export"], { cwd: dir });
    expect(exported.code, exported.stderr).toBe(0);
    const {
      images: _images,
      revisionPairwiseJudgments: _judgments,
      revisionUnscored: _unscored,
      revisionSuites: _suites,
      ...rest
    } = JSON.parse(exported.stdout) as Record<string, any>;
    const v1 = {
      ...rest,
      version: 1,
      models: rest.models.map(({ variant: _variant, ...model }: Record<string, unknown>) => model),
      scoringRevisions: rest.scoringRevisions.map(({ replaced: _replaced, ...revision }: Record<string, unknown>) => revision),
    };
    fs.writeFileSync(path.join(dir, "v1.kurabe.json"), text(v1));
    const imported = await runCli(["import", "v1.kurabe.json", "--db", "v1.db"], { cwd: dir });
    expect(imported.code, imported.stderr).toBe(0);
    const original = dump(path.join(dir, "kurabe.db"));
    const added = ["revision_pairwise_judgments", "revision_unscored", "revision_suites"];
    expect(original.revision_pairwise_judgments!.length).toBeGreaterThan(0);
    const read = dump(path.join(dir, "v1.db"));
    for (const table of added) expect(read[table], table).toEqual([]);
    const replaced = (rows: unknown[]) => rows.map((row) => ({ ...(row as object), replaced_status: null, replaced_pairwise_failed: null }));
    expect(read).toEqual({
      ...original,
      ...Object.fromEntries(added.map((table) => [table, []])),
      scoring_revisions: replaced(original.scoring_revisions!),
    });
  });

  it("never write an API key or header value, even one a store holds unredacted", async () => {
    const dir = tempDir();
    const { credentials } = await recordedRun(dir);
    expect(credentials).toContain(`Bearer ${ENV_KEY}`);
    // A store written another way (by hand, by an older kurabe) with the keys in its configs.
    const db = new Database(path.join(dir, "kurabe.db"));
    db.prepare("UPDATE runs SET config_json = json_set(config_json, '$.models[0].apiKey', ?, '$.models[0].headers', json(?))").run(
      ENV_KEY,
      JSON.stringify({ "X-Org-Token": ENV_KEY }),
    );
    db.prepare("UPDATE models SET config_json = json_set(config_json, '$.apiKey', ?) WHERE model_id = 'beta'").run(YAML_KEY);
    db.close();
    const exported = await runCli(["export"], { cwd: dir });
    expect(exported.code, exported.stderr).toBe(0);
    expect(exported.stdout.length).toBeGreaterThan(1000);
    expect(exported.stdout).not.toContain(ENV_KEY);
    expect(exported.stdout).not.toContain(YAML_KEY);
    const file = JSON.parse(exported.stdout);
    expect(file.run.config.models[0]).toMatchObject({ apiKey: "[redacted]", headers: { "X-Org-Token": "[redacted]" } });
    expect(file.models[1].config.apiKey).toBe("[redacted]");
  });
});

describe("a multimodal run's images", () => {
  it("travel in the file with the hash its requests record, and import puts them beside the store for its items, leaving none behind when it fails", async () => {
    const dir = tempDir();
    server = await startMockServer({ respond: (request) => `${request.messages.at(-1)!.content.filter((part) => part.type === "image").length} image` });
    const chart = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]);
    const photo = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 4, 5, 6]);
    fs.mkdirSync(path.join(dir, "img"));
    fs.writeFileSync(path.join(dir, "img", "chart.png"), chart);
    fs.writeFileSync(path.join(dir, "img", "photo.png"), photo);
    writeJsonl(path.join(dir, "items.jsonl"), [
      { id: "v0", input: "what is shown?", images: ["img/chart.png"], expected: "1 image" },
      { id: "v1", input: "and here?", images: ["img/photo.png", "img/chart.png"], expected: "2 image" },
    ]);
    fs.writeFileSync(
      path.join(dir, "kurabe.yaml"),
      `db: kurabe.db
models:
  - { id: eye, provider: openai-compatible, baseURL: "${server.url}/v1", model: mock-model, images: true }
suites:
  - { name: look, path: items.jsonl, category: multimodal, scorer: exact }
`,
    );
    const run = await runCli(["run"], { cwd: dir });
    expect(run.code, run.stderr).toBe(0);
    const exported = await runCli(["export"], { cwd: dir });
    expect(exported.code, exported.stderr).toBe(0);
    const file = JSON.parse(exported.stdout) as Record<string, any>;
    const sha = (bytes: Buffer) => createHash("sha256").update(bytes).digest("hex");
    expect(file.images).toEqual([
      { path: path.join(dir, "img", "chart.png"), sha256: sha(chart), mediaType: "image/png", data: chart.toString("base64") },
      { path: path.join(dir, "img", "photo.png"), sha256: sha(photo), mediaType: "image/png", data: photo.toString("base64") },
    ]);
    // Each request names its images by the same hashes.
    const requested = file.responses.map((r: { request: { messages: Array<{ content: unknown }> } }) =>
      r.request.messages.flatMap((m) => (Array.isArray(m.content) ? m.content.filter((part: { type: string }) => part.type === "image") : [])).map((part: { sha256: string }) => part.sha256),
    );
    expect(requested).toEqual([[sha(chart)], [sha(photo), sha(chart)]]);

    // On another machine the original files are not there: the store's own copies are.
    const elsewhere = tempDir();
    fs.writeFileSync(path.join(elsewhere, "run.kurabe.json"), exported.stdout);
    fs.rmSync(path.join(dir, "img"), { recursive: true });
    const imported = await runCli(["import", "run.kurabe.json", "--db", "store/other.db"], { cwd: elsewhere });
    expect(imported.code, imported.stderr).toBe(0);
    const db = new Database(path.join(elsewhere, "store", "other.db"), { readonly: true });
    const items = db.prepare("SELECT item_id, json_extract(extra_json, '$.images') AS images FROM items ORDER BY item_id").all() as Array<{ item_id: string; images: string }>;
    db.close();
    const stored = items.map((item) => (JSON.parse(item.images) as string[]).map((file) => [path.relative(elsewhere, file), fs.readFileSync(file).equals(file.includes(sha(chart)) ? chart : photo)]));
    expect(stored).toEqual([
      [[path.join("store", "images", `${sha(chart)}.png`), true]],
      [
        [path.join("store", "images", `${sha(photo)}.png`), true],
        [path.join("store", "images", `${sha(chart)}.png`), true],
      ],
    ]);

    // A file whose image bytes were altered is refused, and nothing it wrote is left: not the store, not the first
    // image (written before the second was found bad), not the images folder the import made for them.
    file.images[1].data = chart.toString("base64");
    fs.writeFileSync(path.join(elsewhere, "bad.kurabe.json"), JSON.stringify(file));
    const bad = await runCli(["import", "bad.kurabe.json", "--db", "fresh.db"], { cwd: elsewhere });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/^kurabe: bad\.kurabe\.json: images\[1\]\.data: the bytes do not have the SHA-256 [0-9a-f]{64} \(a damaged or edited file\)$/m);
    expect(fs.existsSync(path.join(elsewhere, "fresh.db"))).toBe(false);
    expect(fs.readdirSync(elsewhere).sort()).toEqual(["bad.kurabe.json", "run.kurabe.json", "store"]);
    // Into a store with images of its own: its folder and their copies stay as they were.
    const images = fs.readdirSync(path.join(elsewhere, "store", "images")).sort();
    file.run.id = "another-run";
    file.images[0] = { ...file.images[0], path: path.join(dir, "img", "other.png"), sha256: sha(photo.subarray(0, 9)), data: photo.subarray(0, 9).toString("base64") };
    fs.writeFileSync(path.join(elsewhere, "bad.kurabe.json"), JSON.stringify(file));
    const badInto = await runCli(["import", "bad.kurabe.json", "--db", "store/other.db"], { cwd: elsewhere });
    expect(badInto.code).toBe(2);
    expect(badInto.stderr).toMatch(/^kurabe: bad\.kurabe\.json: images\[1\]\.data: /);
    expect(fs.readdirSync(path.join(elsewhere, "store", "images")).sort()).toEqual(images);
  });
});

describe("kurabe import of a large file", () => {
  it("reads a file of many read chunks, Japanese text split across their boundaries, back field by field", async () => {
    const dir = tempDir();
    await recordedRun(dir);
    const exported = await runCli(["export"], { cwd: dir });
    const file = JSON.parse(exported.stdout) as Record<string, any>;
    // Long answers in Japanese (3-byte characters, a 4-byte one): the file spans many chunks of the reader.
    file.responses.forEach((r: { text?: string }, i: number) => {
      if (r.text !== undefined) r.text = `回答${i}：${"東京の天気は晴れ、気温は二十度です。𠮷野家で昼食を。".repeat(300 + 10 * i)}`;
    });
    const bytes = Buffer.from(JSON.stringify(file, null, 1));
    const boundaries = Array.from({ length: Math.floor(bytes.length / IMPORT_CHUNK_BYTES) }, (_, k) => (k + 1) * IMPORT_CHUNK_BYTES);
    expect(boundaries.length).toBeGreaterThan(3);
    // UTF-8 continuation bytes are 10xxxxxx: a boundary there splits a character between two chunks.
    expect(boundaries.filter((at) => (bytes[at]! & 0xc0) === 0x80).length).toBeGreaterThan(0);
    const elsewhere = tempDir();
    fs.writeFileSync(path.join(elsewhere, "run.kurabe.json"), bytes);
    const imported = await runCli(["import", "run.kurabe.json", "--db", "other.db"], { cwd: elsewhere });
    expect(imported.code, imported.stderr).toBe(0);
    const db = new Database(path.join(elsewhere, "other.db"), { readonly: true });
    const texts = db.prepare("SELECT text FROM responses").pluck().all();
    db.close();
    expect(texts.filter((t) => typeof t === "string" && t.startsWith("回答")).length).toBe(file.responses.filter((r: { text?: string }) => r.text).length);
    const again = await runCli(["export", "--db", "other.db"], { cwd: elsewhere });
    expect(again.code, again.stderr).toBe(0);
    expect({ ...JSON.parse(again.stdout), exportedAt: "" }).toEqual({ ...file, exportedAt: "" });
    // The same file on stdin (`kurabe export | ssh host kurabe import -`) makes the same store.
    const piped = spawnSync(process.execPath, [CLI, "import", "-", "--db", "piped.db"], { cwd: elsewhere, input: bytes, encoding: "utf8" });
    expect(piped.status, piped.stderr).toBe(0);
    expect(dump(path.join(elsewhere, "piped.db"))).toEqual(dump(path.join(elsewhere, "other.db")));
    const cut = spawnSync(process.execPath, [CLI, "import", "-", "--db", "cut.db"], { cwd: elsewhere, input: bytes.subarray(0, 100_000), encoding: "utf8" });
    expect(cut.status).toBe(2);
    expect(cut.stderr).toMatch(/^kurabe: stdin: responses\[\d+\][\w.[\]]*: the file ends here, after 100,000 bytes/);
  });
});

describe("kurabe import of a bad file", () => {
  async function exportedFile(): Promise<{ dir: string; file: Record<string, any> }> {
    const dir = tempDir();
    await recordedRun(dir);
    const exported = await runCli(["export"], { cwd: dir });
    return { dir, file: JSON.parse(exported.stdout) };
  }

  async function importing(dir: string, content: string): Promise<{ code: number | null; stderr: string }> {
    fs.writeFileSync(path.join(dir, "bad.kurabe.json"), content);
    return runCli(["import", "bad.kurabe.json", "--db", "fresh.db"], { cwd: dir });
  }

  it("exits 2 with one line naming the field, and writes no store", async () => {
    const { dir, file } = await exportedFile();
    const cases: Array<[string, (f: Record<string, any>) => unknown, RegExp]> = [
      ["a newer version", (f) => ({ ...f, version: 3 }), /^kurabe: bad\.kurabe\.json: version: this kurabe reads versions 1 and 2, the file is version 3; use the kurabe that wrote it \(\d+\.\d+\.\d+\) or a newer one$/m],
      ["another kind of file", (f) => ({ ...f, format: "promptfoo" }), /^kurabe: bad\.kurabe\.json: format: expected "kurabe\.run", found "promptfoo"/],
      ["a missing sample", (f) => { delete f.responses[5].sample; return f; }, /^kurabe: bad\.kurabe\.json: responses\[5\]\.sample: /],
      ["a mistyped token count", (f) => { f.responses[0].usage.inputTokens = "12"; return f; }, /^kurabe: bad\.kurabe\.json: responses\[0\]\.usage\.inputTokens: /],
      ["an unknown status", (f) => { f.responses[1].status = "done"; return f; }, /^kurabe: bad\.kurabe\.json: responses\[1\]\.status: /],
      ["an answer of a model the file lacks", (f) => { f.responses[2].modelId = "gamma"; return f; }, /^kurabe: bad\.kurabe\.json: responses\[2\]\.modelId: no model "gamma" in models/],
      ["an answer to an item the file lacks", (f) => { f.responses[2].itemId = "q9"; return f; }, /^kurabe: bad\.kurabe\.json: responses\[2\]\.itemId: no item "q9" in suite "echo"/],
      ["the same answer twice", (f) => { f.responses.push(f.responses[0]); return f; }, /^kurabe: bad\.kurabe\.json: responses\[24\]: a second response/],
    ];
    for (const [name, change, message] of cases) {
      const result = await importing(dir, JSON.stringify(change(structuredClone(file))));
      expect(result.code, name).toBe(2);
      expect(result.stderr, name).toMatch(message);
      expect(result.stderr.trim().split("\n"), name).toHaveLength(1);
      expect(fs.existsSync(path.join(dir, "fresh.db")), name).toBe(false);
    }
    const cut = await importing(dir, text(file).slice(0, 500));
    expect(cut.code).toBe(2);
    expect(cut.stderr).toMatch(/^kurabe: bad\.kurabe\.json: run\.config\.[\w.[\]]+: the file ends here, after 500 bytes: it is cut short/);
    const broken = await importing(dir, text(file).replace('"responses": [', '"responses": [}'));
    expect(broken.code).toBe(2);
    expect(broken.stderr).toMatch(/^kurabe: bad\.kurabe\.json: not valid JSON after [\w.[\]]+, in the 1,024 characters after byte [\d,]+: .+$/m);
    const notObject = await importing(dir, "[]");
    expect(notObject.stderr).toBe("kurabe: bad.kurabe.json: not a kurabe run file: expected a JSON object\n");
    const missing = await runCli(["import", "nowhere.json", "--db", "fresh.db"], { cwd: dir });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toBe("kurabe: nowhere.json: cannot read the run file: ENOENT\n");
    fs.mkdirSync(path.join(dir, "folder.json"));
    const folder = await runCli(["import", "folder.json", "--db", "fresh.db"], { cwd: dir });
    expect(folder.code).toBe(2);
    expect(folder.stderr).toBe("kurabe: folder.json: cannot read the run file: EISDIR\n");
    // Another tool's file is refused at its first unknown field, before its value is read.
    const other = await importing(dir, JSON.stringify({ evalId: "e1", results: { results: [{ success: true }] } }));
    expect(other.code).toBe(2);
    expect(other.stderr).toMatch(/^kurabe: bad\.kurabe\.json: evalId: not a kurabe run file: unknown key "evalId"; valid keys: format, version, /);
    const empty = await importing(dir, "");
    expect(empty.code).toBe(2);
    expect(empty.stderr).toBe("kurabe: bad.kurabe.json: not a kurabe run file: the file is empty\n");
    expect(fs.existsSync(path.join(dir, "fresh.db"))).toBe(false);
  });

  it("leaves a store that holds other runs as it was when a file fails part way, rows before the failure included", async () => {
    const { dir, file } = await exportedFile();
    const before = dump(path.join(dir, "kurabe.db"));
    const copy: Record<string, any> = { ...structuredClone(file), run: { ...file.run, id: "copy-of-run" } };
    const whole = text(copy);
    const into = async (content: string) => {
      fs.writeFileSync(path.join(dir, "bad.kurabe.json"), content);
      return runCli(["import", "bad.kurabe.json", "--db", "kurabe.db"], { cwd: dir });
    };
    // Cut short inside the answers: the run, its models, suites, items and earlier answers were already inserted.
    const cut = await into(whole.slice(0, whole.indexOf('"itemId": "q2"', whole.indexOf('"responses"'))));
    expect(cut.code).toBe(2);
    expect(cut.stderr).toMatch(/^kurabe: bad\.kurabe\.json: responses\[\d+\]: the file ends here, after [\d,]+ bytes: it is cut short \(an unfinished copy or download\?\); nothing was imported\n$/);
    expect(dump(path.join(dir, "kurabe.db"))).toEqual(before);
    // A bad row near the end.
    copy.revisionScores.at(-1).modelId = "gamma";
    const late = await into(text(copy));
    expect(late.code).toBe(2);
    expect(late.stderr).toBe(`kurabe: bad.kurabe.json: revisionScores[${copy.revisionScores.length - 1}].modelId: no model "gamma" in models\n`);
    expect(dump(path.join(dir, "kurabe.db"))).toEqual(before);
    // The same file whole imports beside the original run.
    copy.revisionScores.at(-1).modelId = file.revisionScores.at(-1).modelId;
    const good = await into(text(copy));
    expect(good.code, good.stderr).toBe(0);
    expect(dump(path.join(dir, "kurabe.db")).runs).toHaveLength(2);
  });

  it("refuses a field written after the lists it must come before, saying why", async () => {
    const { dir, file } = await exportedFile();
    const { format, version, ...rest } = file;
    const late = await importing(dir, JSON.stringify({ ...rest, format, version }));
    expect(late.code).toBe(2);
    expect(late.stderr).toMatch(/^kurabe: bad\.kurabe\.json: format: missing before models: kurabe reads a run file in one pass, its top-level fields in the order `kurabe export` writes them \(format, version, exportedAt, exportedBy, run, models, suites, images, responses, pairwiseJudgments, scoringRevisions, revisionScores, revisionPairwiseJudgments, revisionUnscored, revisionSuites\); a file whose keys were reordered \(e\.g\. by jq -S\) is refused: export the run again\n$/);
    // Keys sorted at every depth, as `jq -S` writes them: refused at its first key out of order, not as a file without a version.
    const sorted = await importing(dir, JSON.stringify(sortedKeys(file)));
    expect(sorted.code).toBe(2);
    expect(sorted.stderr).toMatch(/^kurabe: bad\.kurabe\.json: format: comes after exportedBy: kurabe reads a run file in one pass/);
    const { items, ...suite } = file.suites[0];
    const suiteLate = await importing(dir, JSON.stringify({ ...file, suites: [{ items, ...suite }, ...file.suites.slice(1)] }));
    expect(suiteLate.code).toBe(2);
    expect(suiteLate.stderr).toMatch(/^kurabe: bad\.kurabe\.json: suites\[0\]\.name: .*\(before items: the file is read in one pass\)\n$/);
    expect(fs.existsSync(path.join(dir, "fresh.db"))).toBe(false);
  });

  it("refuses a run the store already holds, naming the file and the run, leaving the store as it was", async () => {
    const { dir, file } = await exportedFile();
    const before = dump(path.join(dir, "kurabe.db"));
    const again = await importing(dir, text(file));
    expect(again.code).toBe(0);
    const twice = await runCli(["import", "bad.kurabe.json", "--db", "kurabe.db"], { cwd: dir });
    expect(twice.code).toBe(2);
    expect(twice.stderr).toBe(`kurabe: bad.kurabe.json: run.id: run "${file.run.id}" is already in this store\n`);
    expect(dump(path.join(dir, "kurabe.db"))).toEqual(before);
  });
});

/** A JSON value with every object's keys in code-point order, as `jq -S` writes them. */
function sortedKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortedKeys);
  if (typeof value !== "object" || value === null) return value;
  return Object.fromEntries(Object.keys(value).sort().map((key) => [key, sortedKeys((value as Record<string, unknown>)[key])]));
}

function text(file: unknown): string {
  return JSON.stringify(file, null, 1);
}
