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
    const header: Omit<RunFile, "models" | "suites" | "images" | "responses" | "pairwiseJudgments" | "scoringRevisions" | "revisionScores" | "revisionPairwiseJudgments" | "revisionUnscored" | "revisionSuites"> = {
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
    yield JSON.stringify(header).slice(0, -1);

    const models = (db.prepare("SELECT * FROM models WHERE run_id = ? ORDER BY position").all(runId) as Row[]).map((m) => ({
      id: m.model_id,
      provider: m.provider,
      model: m.model,
      config: redactStoredConfig(JSON.parse(m.config_json as string)),
      ...present("note", m.note as string | null),
      ...(m.prompt_id === null ? {} : { variant: { baseModelId: m.base_model_id as string, promptId: m.prompt_id as string } }),
    }));
    yield `,\n"models":${JSON.stringify(shape.models.parse(models))}`;

    yield ',\n"suites":[';
    const items = db.prepare("SELECT * FROM items WHERE run_id = ? AND suite = ? ORDER BY position");
    const suites = db.prepare("SELECT * FROM suites WHERE run_id = ? ORDER BY position").all(runId) as Row[];
    for (const [n, s] of suites.entries()) {
      // A suite's items one by one, after its other fields (a suite may hold a million items).
      const head = suiteHead.parse({ name: s.name, category: s.category, config: JSON.parse(s.config_json as string), samples: s.samples });
      yield `${n ? "," : ""}\n${JSON.stringify(head).slice(0, -1)},"items":[`;
      yield* rows(items.iterate(runId, s.name) as Iterable<Row>, (i) => ({
        id: i.item_id,
        ...present("line", i.line as number | null),
        input: i.input,
        ...parsed("expected", i.expected_json as string | null),
        ...parsed("extra", i.extra_json as string | null),
      }), shape.suites.element.shape.items.element);
      yield "]}";
    }
    yield "]";

    yield* array("images", itemImages(db, runId), (image) => image, shape.images.unwrap().element);

    const scores = db.prepare(
      `SELECT * FROM scores WHERE run_id = ? AND suite = ? AND item_id = ? AND model_id = ? AND sample = ? ORDER BY is_primary DESC, scorer`,
    );
    const responses = db.prepare(
      `SELECT r.* FROM responses r JOIN suites s ON s.run_id = r.run_id AND s.name = r.suite
         JOIN items i ON i.run_id = r.run_id AND i.suite = r.suite AND i.item_id = r.item_id
         JOIN models m ON m.run_id = r.run_id AND m.model_id = r.model_id
       WHERE r.run_id = ? ORDER BY s.position, i.position, m.position, r.sample`,
    );
    yield* array("responses", responses.iterate(runId) as Iterable<Row>, (r) => ({
      suite: r.suite,
      itemId: r.item_id,
      modelId: r.model_id,
      sample: r.sample,
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
      scores: (scores.all(runId, r.suite, r.item_id, r.model_id, r.sample) as Row[]).map(score),
    }), shape.responses.element);

    yield* array("pairwiseJudgments", db.prepare("SELECT * FROM pairwise_judgments WHERE run_id = ? ORDER BY suite, item_id, model_a, model_b, shown_first").iterate(runId) as Iterable<Row>, judgment, shape.pairwiseJudgments.element);

    // Rows a rescore staged and never committed (it was stopped) lie above the run's revision: they belong to no revision.
    const kept = "run_id = ? AND revision < ?";
    yield* array("scoringRevisions", db.prepare("SELECT * FROM scoring_revisions WHERE run_id = ? ORDER BY revision").iterate(runId) as Iterable<Row>, (v) => ({
      revision: v.revision,
      createdAt: v.created_at,
      suites: JSON.parse(v.suites_json as string),
      scored: v.scored,
      unscored: v.unscored,
      ...(v.replaced_status === null ? {} : { replaced: { status: v.replaced_status, pairwiseFailed: v.replaced_pairwise_failed } }),
    }), shape.scoringRevisions.element);

    yield* array("revisionScores", db.prepare(`SELECT * FROM revision_scores WHERE ${kept} ORDER BY revision, suite, item_id, model_id, sample, scorer`).iterate(runId, run.scoring_revision) as Iterable<Row>, (s) => ({
      revision: s.revision,
      suite: s.suite,
      itemId: s.item_id,
      modelId: s.model_id,
      sample: s.sample,
      ...score(s),
    }), shape.revisionScores.element);

    yield* array("revisionPairwiseJudgments", db.prepare(`SELECT * FROM revision_pairwise_judgments WHERE ${kept} ORDER BY revision, suite, item_id, model_a, model_b, shown_first`).iterate(runId, run.scoring_revision) as Iterable<Row>, (p) => ({
      revision: p.revision,
      ...judgment(p),
    }), shape.revisionPairwiseJudgments.unwrap().element);

    yield* array("revisionUnscored", db.prepare("SELECT * FROM revision_unscored WHERE run_id = ? ORDER BY revision, suite, item_id, model_id, sample").iterate(runId) as Iterable<Row>, (u) => ({
      revision: u.revision,
      suite: u.suite,
      itemId: u.item_id,
      modelId: u.model_id,
      sample: u.sample,
      errorKind: u.error_kind,
      ...present("errorMessage", u.error_message as string | null),
    }), shape.revisionUnscored.unwrap().element);

    yield* array("revisionSuites", db.prepare("SELECT * FROM revision_suites WHERE run_id = ? ORDER BY revision, name").iterate(runId) as Iterable<Row>, (v) => ({
      revision: v.revision,
      name: v.name,
      config: JSON.parse(v.config_json as string),
    }), shape.revisionSuites.unwrap().element);
    yield "}\n";
  } finally {
    if (db.inTransaction) db.exec("COMMIT");
  }
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
