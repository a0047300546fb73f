import type Database from "better-sqlite3";
import { KURABE_VERSION } from "../../version.js";
import { itemImages } from "./item-images.js";
import { redactStoredConfig } from "./redact-stored-config.js";
import { RUN_FILE_FORMAT, RUN_FILE_VERSION, runFileSchema, type RunFile, type RunFileScore } from "./run-file-schema.js";

type Row = Record<string, unknown>;

/** Optional fields are left out when the store holds NULL. */
function present<T>(name: string, value: T | null): Record<string, T> {
  return value === null ? {} : { [name]: value };
}

function parsed(name: string, text: string | null): Record<string, unknown> {
  return text === null ? {} : { [name]: JSON.parse(text) as unknown };
}

function score(row: Row): RunFileScore {
  return {
    scorer: row.scorer as string,
    primary: row.is_primary === 1,
    value: row.value as number,
    passed: row.passed === 1,
    ...present("extracted", row.extracted as string | null),
    ...present("detail", row.detail as string | null),
    ...parsed("detail", row.detail_json as string | null),
    ...parsed("evidence", row.evidence_json as string | null),
  };
}

function judgment(p: Row): Row {
  return {
    suite: p.suite,
    itemId: p.item_id,
    modelA: p.model_a,
    modelB: p.model_b,
    shownFirst: p.shown_first,
    judge: p.judge,
    verdict: p.verdict,
    strong: p.strong === 1,
    ...present("reason", p.reason as string | null),
    prompt: JSON.parse(p.prompt_json as string),
    raw: p.raw,
    ...parsed("spend", p.spend_json as string | null),
    createdAt: p.created_at,
  };
}

const shape = runFileSchema.shape;

/**
 * One run of the store as a portable run file (src/store/portable/run-file-schema.ts), a piece at a time — the header
 * first, then table by table, row by row — so a large run is never held in memory, and the reader can take it in one
 * pass (src/store/portable/import-run.ts). Each row is checked against the schema as it is written: a file kurabe
 * writes is one kurabe reads back. The rows are read in one read transaction, held until the last piece is taken: a
 * run still being written is exported as it stood at one moment.
 */
export function* exportRun(db: Database.Database, runId: string): Generator<string> {
  db.exec("BEGIN");
  try {
    const run = db.prepare("SELECT * FROM runs WHERE id = ?").get(runId) as Row;
    yield JSON.stringify(header(run)).slice(0, -1);
    const models = (db.prepare("SELECT * FROM models WHERE run_id = ? ORDER BY position").all(runId) as Row[]).map(model);
    yield `,\n"models":${JSON.stringify(shape.models.parse(models))}`;
    yield* suites(db, runId);
    yield* array("images", itemImages(db, runId), (image) => image, shape.images.unwrap().element);
    yield* responses(db, runId);
    yield* array("pairwiseJudgments", db.prepare("SELECT * FROM pairwise_judgments WHERE run_id = ? ORDER BY suite, item_id, model_a, model_b, shown_first").iterate(runId) as Iterable<Row>, judgment, shape.pairwiseJudgments.element);
    yield* revisions(db, runId, run.scoring_revision as number);
    yield "}\n";
  } finally {
    if (db.inTransaction) db.exec("COMMIT");
  }
}

type Header = Omit<RunFile, "models" | "suites" | "images" | "responses" | "pairwiseJudgments" | "scoringRevisions" | "revisionScores" | "revisionPairwiseJudgments" | "revisionUnscored" | "revisionSuites">;

function header(run: Row): Header {
  return {
    format: RUN_FILE_FORMAT,
    version: RUN_FILE_VERSION,
    exportedAt: new Date().toISOString(),
    exportedBy: KURABE_VERSION,
    run: shape.run.parse({
      id: run.id,
      createdAt: run.created_at,
      ...present("finishedAt", run.finished_at as string | null),
      status: run.status,
      ...present("configPath", run.config_path as string | null),
      config: redactStoredConfig(JSON.parse(run.config_json as string)),
      planFingerprint: run.plan_fingerprint,
      kurabeVersion: run.kurabe_version,
      ...parsed("sandbox", run.sandbox_json as string | null),
      scoringRevision: run.scoring_revision,
      pairwiseFailed: run.pairwise_failed,
    }),
  };
}

function model(m: Row): Row {
  return {
    id: m.model_id,
    provider: m.provider,
    model: m.model,
    config: redactStoredConfig(JSON.parse(m.config_json as string)),
    ...present("note", m.note as string | null),
    ...(m.prompt_id === null ? {} : { variant: { baseModelId: m.base_model_id as string, promptId: m.prompt_id as string } }),
  };
}

/** Each suite's fields, then its items one by one (a suite may hold a million items). */
function* suites(db: Database.Database, runId: string): Generator<string> {
  yield ',\n"suites":[';
  const items = db.prepare("SELECT * FROM items WHERE run_id = ? AND suite = ? ORDER BY position");
  const list = db.prepare("SELECT * FROM suites WHERE run_id = ? ORDER BY position").all(runId) as Row[];
  for (const [n, s] of list.entries()) {
    const head = suiteHead.parse({ name: s.name, category: s.category, config: JSON.parse(s.config_json as string), samples: s.samples });
    yield `${n ? "," : ""}\n${JSON.stringify(head).slice(0, -1)},"items":[`;
    yield* rows(items.iterate(runId, s.name) as Iterable<Row>, item, shape.suites.element.shape.items.element);
    yield "]}";
  }
  yield "]";
}

function item(i: Row): Row {
  return {
    id: i.item_id,
    ...present("line", i.line as number | null),
    input: i.input,
    ...parsed("expected", i.expected_json as string | null),
    ...parsed("extra", i.extra_json as string | null),
  };
}

/** The answers in the run's order (suite, item, model, sample), each with the scores of the revision shown. */
function* responses(db: Database.Database, runId: string): Generator<string> {
  const scores = db.prepare(
    `SELECT * FROM scores WHERE run_id = ? AND suite = ? AND item_id = ? AND model_id = ? AND sample = ? ORDER BY is_primary DESC, scorer`,
  );
  const answers = db.prepare(
    `SELECT r.* FROM responses r JOIN suites s ON s.run_id = r.run_id AND s.name = r.suite
       JOIN items i ON i.run_id = r.run_id AND i.suite = r.suite AND i.item_id = r.item_id
       JOIN models m ON m.run_id = r.run_id AND m.model_id = r.model_id
     WHERE r.run_id = ? ORDER BY s.position, i.position, m.position, r.sample`,
  );
  yield* array("responses", answers.iterate(runId) as Iterable<Row>, (r) => ({
    ...response(r),
    scores: (scores.all(runId, r.suite, r.item_id, r.model_id, r.sample) as Row[]).map(score),
  }), shape.responses.element);
}

function response(r: Row): Row {
  return {
    ...answerKey(r),
    status: r.status,
    request: JSON.parse(r.request_json as string),
    ...present("text", r.text as string | null),
    ...present("reasoning", r.reasoning as string | null),
    ...present("finishReason", r.finish_reason as string | null),
    ...present("errorKind", r.error_kind as string | null),
    ...present("errorMessage", r.error_message as string | null),
    attempts: r.attempts,
    fromCache: r.from_cache === 1,
    usage: {
      ...present("inputTokens", r.input_tokens as number | null),
      ...present("cachedInputTokens", r.cached_input_tokens as number | null),
      ...present("outputTokens", r.output_tokens as number | null),
      ...present("reasoningTokens", r.reasoning_tokens as number | null),
    },
    timings: { ...present("ttftMs", r.ttft_ms as number | null), ...present("totalMs", r.total_ms as number | null) },
    ...present("costUsd", r.cost_usd as number | null),
    ...parsed("retrieval", r.retrieval_json as string | null),
    createdAt: r.created_at,
  };
}

/** The rescores of the run, and what each replaced, kept under the revision it belonged to. */
function* revisions(db: Database.Database, runId: string, shown: number): Generator<string> {
  // Rows a rescore staged and never committed (it was stopped) lie above the run's revision: they belong to no revision.
  const kept = (table: string, order: string) => db.prepare(`SELECT * FROM ${table} WHERE run_id = ? AND revision < ? ORDER BY ${order}`).iterate(runId, shown) as Iterable<Row>;
  const all = (table: string, order: string) => db.prepare(`SELECT * FROM ${table} WHERE run_id = ? ORDER BY ${order}`).iterate(runId) as Iterable<Row>;
  yield* array("scoringRevisions", all("scoring_revisions", "revision"), scoringRevision, shape.scoringRevisions.element);
  yield* array("revisionScores", kept("revision_scores", "revision, suite, item_id, model_id, sample, scorer"), (s) => ({ revision: s.revision, ...answerKey(s), ...score(s) }), shape.revisionScores.element);
  yield* array("revisionPairwiseJudgments", kept("revision_pairwise_judgments", "revision, suite, item_id, model_a, model_b, shown_first"), (p) => ({ revision: p.revision, ...judgment(p) }), shape.revisionPairwiseJudgments.unwrap().element);
  yield* array("revisionUnscored", all("revision_unscored", "revision, suite, item_id, model_id, sample"), (u) => ({
    revision: u.revision,
    ...answerKey(u),
    errorKind: u.error_kind,
    ...present("errorMessage", u.error_message as string | null),
  }), shape.revisionUnscored.unwrap().element);
  yield* array("revisionSuites", all("revision_suites", "revision, name"), (v) => ({ revision: v.revision, name: v.name, config: JSON.parse(v.config_json as string) }), shape.revisionSuites.unwrap().element);
}

function scoringRevision(v: Row): Row {
  return {
    revision: v.revision,
    createdAt: v.created_at,
    suites: JSON.parse(v.suites_json as string),
    scored: v.scored,
    unscored: v.unscored,
    ...(v.replaced_status === null ? {} : { replaced: { status: v.replaced_status, pairwiseFailed: v.replaced_pairwise_failed } }),
  };
}

function answerKey(row: Row): Row {
  return { suite: row.suite, itemId: row.item_id, modelId: row.model_id, sample: row.sample };
}

const suiteHead = shape.suites.element.omit({ items: true });

type Schema = { parse: (value: unknown) => unknown };

function* array<R>(name: string, source: Iterable<R>, toEntry: (row: R) => unknown, schema: Schema): Generator<string> {
  yield `,\n"${name}":[`;
  yield* rows(source, toEntry, schema);
  yield "]";
}

/** One JSON value per line, comma first: the file reads line by line too. */
function* rows<R>(source: Iterable<R>, toEntry: (row: R) => unknown, schema: Schema): Generator<string> {
  let first = true;
  for (const row of source) {
    yield `${first ? "\n" : ",\n"}${JSON.stringify(schema.parse(toEntry(row)))}`;
    first = false;
  }
}
