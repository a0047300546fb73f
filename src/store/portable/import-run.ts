import type Database from "better-sqlite3";
import { describeIssues } from "../../config/describe-issues.js";
import { formatPath } from "../../config/format-path.js";
import { ConfigError, KurabeError } from "../../errors.js";
import type { ScoreDetail } from "../../scoring/score-detail.js";
import { responseKeyString, scoreColumns } from "../run-writer.js";
import { imageMatchesHash, storeItemImages } from "./item-images.js";
import { RUN_FILE_FORMAT, RUN_FILE_VERSION, runFileSchema, type RunFile, type RunFileScore } from "./run-file-schema.js";

/** Reads a portable run file's text: the run, or a ConfigError naming the field (and the file) that is wrong. */
export function parseRunFile(text: string, file: string): RunFile {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new ConfigError(`not a kurabe run file: ${(error as Error).message}`, { file });
  }
  const fail = (path: readonly PropertyKey[], message: string): never => {
    throw new ConfigError(message, { file, field: formatPath(path) });
  };
  if (typeof data !== "object" || data === null || Array.isArray(data)) fail([], "not a kurabe run file: expected a JSON object");
  const header = data as Record<string, unknown>;
  // Which file and which version come first: a newer file's fields are not this kurabe's to judge.
  if (header.format !== RUN_FILE_FORMAT) fail(["format"], `expected "${RUN_FILE_FORMAT}", found ${JSON.stringify(header.format) ?? "nothing"}`);
  if (header.version !== RUN_FILE_VERSION) {
    fail(["version"], `this kurabe reads version ${RUN_FILE_VERSION}, the file is version ${JSON.stringify(header.version) ?? "missing"}; use the kurabe that wrote it (${String(header.exportedBy ?? "unknown")}) or a newer one`);
  }
  const result = runFileSchema.safeParse(data, { reportInput: true });
  if (!result.success) {
    const [problem] = describeIssues(result.error.issues, runFileSchema, data);
    fail(problem!.path, problem!.message);
  }
  const run = result.data!;
  checkReferences(run, fail);
  return run;
}

/** Rows must name the models, suites, items and answers the file holds, once each, as the store's keys require. */
function checkReferences(run: RunFile, fail: (path: readonly PropertyKey[], message: string) => never): void {
  const unique = (seen: Set<string>, key: string, path: PropertyKey[], what: string) => {
    if (seen.has(key)) fail(path, `a second ${what} with the same key`);
    seen.add(key);
  };
  const models = new Set<string>();
  run.models.forEach((m, i) => unique(models, m.id, ["models", i, "id"], "model"));
  const items = new Map<string, Set<string>>();
  run.suites.forEach((s, i) => {
    if (items.has(s.name)) fail(["suites", i, "name"], "a second suite with the same name");
    const ids = new Set<string>();
    s.items.forEach((item, j) => unique(ids, item.id, ["suites", i, "items", j, "id"], "item"));
    items.set(s.name, ids);
  });
  const known = (path: PropertyKey[], row: { suite: string; itemId: string }, modelIds: readonly [string, string][]) => {
    if (!items.has(row.suite)) fail([...path, "suite"], `no suite "${row.suite}" in suites`);
    if (!items.get(row.suite)!.has(row.itemId)) fail([...path, "itemId"], `no item "${row.itemId}" in suite "${row.suite}"`);
    for (const [field, id] of modelIds) if (!models.has(id)) fail([...path, field], `no model "${id}" in models`);
  };
  const responses = new Set<string>();
  run.responses.forEach((r, i) => {
    known(["responses", i], r, [["modelId", r.modelId]]);
    unique(responses, responseKeyString(r), ["responses", i], "response (suite, itemId, modelId, sample)");
    const scorers = new Set<string>();
    r.scores.forEach((s, j) => unique(scorers, s.scorer, ["responses", i, "scores", j, "scorer"], "score by this scorer"));
  });
  const judgments = new Set<string>();
  run.pairwiseJudgments.forEach((p, i) => {
    known(["pairwiseJudgments", i], p, [["modelA", p.modelA], ["modelB", p.modelB]]);
    unique(judgments, [p.suite, p.itemId, p.modelA, p.modelB, p.shownFirst].join("\u0000"), ["pairwiseJudgments", i], "judgment");
  });
  const revisions = new Set<string>();
  run.scoringRevisions.forEach((v, i) => unique(revisions, String(v.revision), ["scoringRevisions", i, "revision"], "revision"));
  const revisionScores = new Set<string>();
  run.revisionScores.forEach((s, i) => {
    known(["revisionScores", i], s, [["modelId", s.modelId]]);
    unique(revisionScores, `${s.revision}\u0000${responseKeyString(s)}\u0000${s.scorer}`, ["revisionScores", i], "revision score");
  });
  const keptRows = <T extends { revision: number }>(field: string, rows: readonly T[] | undefined, keyOf: (row: T) => string[], what: string, check: (row: T, i: number) => void) => {
    const seen = new Set<string>();
    (rows ?? []).forEach((row, i) => {
      check(row, i);
      unique(seen, [String(row.revision), ...keyOf(row)].join("\u0000"), [field, i], what);
    });
  };
  keptRows("revisionPairwiseJudgments", run.revisionPairwiseJudgments, (p) => [p.suite, p.itemId, p.modelA, p.modelB, p.shownFirst], "revision judgment",
    (p, i) => known(["revisionPairwiseJudgments", i], p, [["modelA", p.modelA], ["modelB", p.modelB]]));
  keptRows("revisionUnscored", run.revisionUnscored, (u) => [responseKeyString(u)], "revision unscored answer",
    (u, i) => known(["revisionUnscored", i], u, [["modelId", u.modelId]]));
  keptRows("revisionSuites", run.revisionSuites, (v) => [v.name], "revision suite", (v, i) => {
    if (!items.has(v.name)) fail(["revisionSuites", i, "name"], `no suite "${v.name}" in suites`);
  });
  (run.images ?? []).forEach((image, i) => {
    if (!imageMatchesHash(image)) fail(["images", i, "data"], `the bytes do not have the SHA-256 ${image.sha256} (a damaged or edited file)`);
  });
  if (run.run.scoringRevision > 1 && !run.scoringRevisions.some((v) => v.revision === run.run.scoringRevision)) {
    fail(["run", "scoringRevision"], `revision ${run.run.scoringRevision} is not in scoringRevisions`);
  }
}

const json = (value: unknown): string | null => (value === undefined ? null : JSON.stringify(value));
const scoreValues = (s: RunFileScore) =>
  scoreColumns({
    scorer: s.scorer,
    isPrimary: s.primary,
    value: s.value,
    passed: s.passed,
    ...(s.extracted !== undefined ? { extracted: s.extracted } : {}),
    ...(s.detail !== undefined ? { detail: s.detail as string | ScoreDetail } : {}),
    ...(s.evidence !== undefined ? { evidence: s.evidence as Record<string, unknown> } : {}),
  });

/**
 * Adds a run read from a file to the store, whole or not at all; a run id the store already holds is refused. The
 * file's images go to `imagesDir` (named by their hash) and the items name them there.
 */
export function importRun(db: Database.Database, run: RunFile, imagesDir: string): void {
  const { id } = run.run;
  if (db.prepare("SELECT 1 FROM runs WHERE id = ?").get(id)) {
    throw new KurabeError("input", `run "${id}" is already in this store`, { field: "run.id" });
  }
  const moved = storeItemImages(run.images ?? [], imagesDir);
  const extraHere = (extra: RunFile["suites"][number]["items"][number]["extra"]) =>
    extra && Array.isArray(extra.images) && moved.size > 0
      ? { ...extra, images: extra.images.map((image) => (typeof image === "string" ? (moved.get(image) ?? image) : image)) }
      : extra;
  db.transaction(() => {
    const r = run.run;
    db.prepare(
      `INSERT INTO runs (id, created_at, finished_at, status, config_path, config_json, plan_fingerprint, kurabe_version,
         sandbox_json, scoring_revision, pairwise_failed) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(id, r.createdAt, r.finishedAt ?? null, r.status, r.configPath ?? null, JSON.stringify(r.config), r.planFingerprint,
      r.kurabeVersion, json(r.sandbox), r.scoringRevision, r.pairwiseFailed);
    const insertModel = db.prepare(
      `INSERT INTO models (run_id, model_id, provider, model, config_json, note, position, base_model_id, prompt_id)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    run.models.forEach((m, i) =>
      insertModel.run(id, m.id, m.provider, m.model, JSON.stringify(m.config), m.note ?? null, i, m.variant?.baseModelId ?? null, m.variant?.promptId ?? null),
    );
    const insertSuite = db.prepare(
      "INSERT INTO suites (run_id, name, category, config_json, item_count, samples, position) VALUES (?, ?, ?, ?, ?, ?, ?)",
    );
    const insertItem = db.prepare(
      "INSERT INTO items (run_id, suite, item_id, position, input, expected_json, extra_json, line) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
    );
    run.suites.forEach((s, i) => {
      insertSuite.run(id, s.name, s.category, JSON.stringify(s.config), s.items.length, s.samples, i);
      s.items.forEach((item, position) =>
        insertItem.run(id, s.name, item.id, position, item.input, json(item.expected), json(extraHere(item.extra)), item.line ?? null),
      );
    });
    const insertResponse = db.prepare(
      `INSERT INTO responses (run_id, suite, item_id, model_id, sample, status, request_json, text, reasoning, finish_reason,
         error_kind, error_message, attempts, from_cache, input_tokens, cached_input_tokens, output_tokens, reasoning_tokens,
         ttft_ms, total_ms, cost_usd, created_at, retrieval_json) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    const insertScore = db.prepare(
      `INSERT INTO scores (run_id, suite, item_id, model_id, sample, scorer, is_primary, value, passed, extracted, detail,
         detail_json, evidence_json) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    for (const r of run.responses) {
      const key = [id, r.suite, r.itemId, r.modelId, r.sample] as const;
      insertResponse.run(...key, r.status, JSON.stringify(r.request), r.text ?? null, r.reasoning ?? null, r.finishReason ?? null,
        r.errorKind ?? null, r.errorMessage ?? null, r.attempts, r.fromCache ? 1 : 0, r.usage.inputTokens ?? null,
        r.usage.cachedInputTokens ?? null, r.usage.outputTokens ?? null, r.usage.reasoningTokens ?? null, r.timings.ttftMs ?? null,
        r.timings.totalMs ?? null, r.costUsd ?? null, r.createdAt, json(r.retrieval));
      for (const s of r.scores) insertScore.run(...key, ...scoreValues(s));
    }
    const insertJudgment = db.prepare(
      `INSERT INTO pairwise_judgments (run_id, suite, item_id, model_a, model_b, shown_first, judge, verdict, strong, reason,
         prompt_json, raw, spend_json, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    for (const p of run.pairwiseJudgments) {
      insertJudgment.run(id, p.suite, p.itemId, p.modelA, p.modelB, p.shownFirst, p.judge, p.verdict, p.strong ? 1 : 0,
        p.reason ?? null, JSON.stringify(p.prompt), p.raw, json(p.spend), p.createdAt);
    }
    const insertRevision = db.prepare(
      `INSERT INTO scoring_revisions (run_id, revision, created_at, suites_json, scored, unscored, replaced_status, replaced_pairwise_failed)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    for (const v of run.scoringRevisions) {
      insertRevision.run(id, v.revision, v.createdAt, JSON.stringify(v.suites), v.scored, v.unscored, v.replaced?.status ?? null, v.replaced?.pairwiseFailed ?? null);
    }
    const insertRevisionScore = db.prepare(
      `INSERT INTO revision_scores (run_id, revision, suite, item_id, model_id, sample, scorer, is_primary, value, passed,
         extracted, detail, detail_json, evidence_json) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    for (const s of run.revisionScores) insertRevisionScore.run(id, s.revision, s.suite, s.itemId, s.modelId, s.sample, ...scoreValues(s));
    const insertRevisionJudgment = db.prepare(
      `INSERT INTO revision_pairwise_judgments (run_id, revision, suite, item_id, model_a, model_b, shown_first, judge, verdict, strong,
         reason, prompt_json, raw, spend_json, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    for (const p of run.revisionPairwiseJudgments ?? []) {
      insertRevisionJudgment.run(id, p.revision, p.suite, p.itemId, p.modelA, p.modelB, p.shownFirst, p.judge, p.verdict, p.strong ? 1 : 0,
        p.reason ?? null, JSON.stringify(p.prompt), p.raw, json(p.spend), p.createdAt);
    }
    const insertUnscored = db.prepare(
      "INSERT INTO revision_unscored (run_id, revision, suite, item_id, model_id, sample, error_kind, error_message) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
    );
    for (const u of run.revisionUnscored ?? []) insertUnscored.run(id, u.revision, u.suite, u.itemId, u.modelId, u.sample, u.errorKind, u.errorMessage ?? null);
    const insertRevisionSuite = db.prepare("INSERT INTO revision_suites (run_id, revision, name, config_json) VALUES (?, ?, ?, ?)");
    for (const v of run.revisionSuites ?? []) insertRevisionSuite.run(id, v.revision, v.name, JSON.stringify(v.config));
  })();
}
