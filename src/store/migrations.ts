import type Database from "better-sqlite3";
import { KurabeError } from "../errors.js";

/**
 * Ordered schema migrations. Each entry runs once, in a transaction, and bumps `PRAGMA user_version`; never edit a
 * released entry, append a new one.
 */
export const MIGRATIONS: readonly string[] = [
  `
  CREATE TABLE runs (
    id TEXT PRIMARY KEY,
    created_at TEXT NOT NULL,
    finished_at TEXT,
    status TEXT NOT NULL CHECK (status IN ('running', 'completed', 'interrupted', 'failed')),
    config_path TEXT,
    config_json TEXT NOT NULL,
    plan_fingerprint TEXT NOT NULL,
    kurabe_version TEXT NOT NULL
  );
  CREATE TABLE models (
    run_id TEXT NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
    model_id TEXT NOT NULL,
    provider TEXT NOT NULL,
    model TEXT NOT NULL,
    config_json TEXT NOT NULL,
    -- shown beside the model wherever its results appear (e.g. a smoke-test model whose scores mean nothing)
    note TEXT,
    position INTEGER NOT NULL,
    PRIMARY KEY (run_id, model_id)
  );
  CREATE TABLE suites (
    run_id TEXT NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    category TEXT NOT NULL,
    config_json TEXT NOT NULL,
    item_count INTEGER NOT NULL,
    samples INTEGER NOT NULL,
    position INTEGER NOT NULL,
    PRIMARY KEY (run_id, name)
  );
  CREATE TABLE items (
    run_id TEXT NOT NULL,
    suite TEXT NOT NULL,
    item_id TEXT NOT NULL,
    position INTEGER NOT NULL,
    input TEXT NOT NULL,
    expected_json TEXT,
    extra_json TEXT,
    PRIMARY KEY (run_id, suite, item_id),
    FOREIGN KEY (run_id, suite) REFERENCES suites(run_id, name) ON DELETE CASCADE
  ) WITHOUT ROWID;
  CREATE TABLE responses (
    run_id TEXT NOT NULL,
    suite TEXT NOT NULL,
    item_id TEXT NOT NULL,
    model_id TEXT NOT NULL,
    sample INTEGER NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('ok', 'error', 'skipped')),
    request_json TEXT NOT NULL,
    text TEXT,
    reasoning TEXT,
    finish_reason TEXT,
    error_kind TEXT,
    error_message TEXT,
    attempts INTEGER NOT NULL,
    from_cache INTEGER NOT NULL DEFAULT 0,
    input_tokens INTEGER,
    cached_input_tokens INTEGER,
    output_tokens INTEGER,
    reasoning_tokens INTEGER,
    ttft_ms REAL,
    total_ms REAL,
    cost_usd REAL,
    created_at TEXT NOT NULL,
    PRIMARY KEY (run_id, suite, item_id, model_id, sample),
    FOREIGN KEY (run_id, model_id) REFERENCES models(run_id, model_id) ON DELETE CASCADE
  ) WITHOUT ROWID;
  CREATE TABLE scores (
    run_id TEXT NOT NULL,
    suite TEXT NOT NULL,
    item_id TEXT NOT NULL,
    model_id TEXT NOT NULL,
    sample INTEGER NOT NULL,
    scorer TEXT NOT NULL,
    -- the first scorer of a suite is its primary score, shown in leaderboards
    is_primary INTEGER NOT NULL,
    value REAL NOT NULL,
    passed INTEGER NOT NULL,
    extracted TEXT,
    detail TEXT,
    PRIMARY KEY (run_id, suite, item_id, model_id, sample, scorer)
  ) WITHOUT ROWID;
  CREATE TABLE cache (
    key TEXT PRIMARY KEY,
    model_key TEXT NOT NULL,
    completion_json TEXT NOT NULL,
    created_at TEXT NOT NULL
  ) WITHOUT ROWID;
  `,
  // What a score rests on (a judge's prompt and raw verdict, a program's output).
  `ALTER TABLE scores ADD COLUMN evidence_json TEXT;`,
  // Pairwise judge verdicts, each pair judged twice with the positions swapped (Arena-Hard-Auto); verdicts name
  // models (a, b) or a tie, whatever position each answer was shown in.
  `
  CREATE TABLE pairwise_judgments (
    run_id TEXT NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
    suite TEXT NOT NULL,
    item_id TEXT NOT NULL,
    model_a TEXT NOT NULL,
    model_b TEXT NOT NULL,
    shown_first TEXT NOT NULL CHECK (shown_first IN ('a', 'b')),
    judge TEXT NOT NULL,
    verdict TEXT NOT NULL CHECK (verdict IN ('a', 'b', 'tie')),
    strong INTEGER NOT NULL,
    reason TEXT,
    prompt_json TEXT NOT NULL,
    raw TEXT NOT NULL,
    created_at TEXT NOT NULL,
    PRIMARY KEY (run_id, suite, item_id, model_a, model_b, shown_first)
  ) WITHOUT ROWID;
  `,
  // Each item's line in its data file (scorers name it in errors), and the file order by position: a run reads its
  // items back from the store a page at a time rather than holding them all in memory.
  `
  ALTER TABLE items ADD COLUMN line INTEGER;
  CREATE INDEX items_in_order ON items (run_id, suite, position);
  `,
  // What each pairwise verdict cost (calls, cached calls, tokens, USD), as rubric verdicts keep it in their evidence.
  `ALTER TABLE pairwise_judgments ADD COLUMN spend_json TEXT;`,
  // Retrieval indexes (src/rag): a collection's BM25 index by what it depends on (documents' hashes, chunking,
  // retriever), and each passage's vector by embedding model and text digest, as float32 bytes, so that a later run,
  // or an edit to one document, embeds only what it has not embedded before.
  `
  CREATE TABLE rag_indexes (
    key TEXT PRIMARY KEY,
    bm25_json TEXT NOT NULL,
    created_at TEXT NOT NULL
  ) WITHOUT ROWID;
  CREATE TABLE rag_vectors (
    embedder TEXT NOT NULL,
    text_sha256 TEXT NOT NULL,
    vector BLOB NOT NULL,
    PRIMARY KEY (embedder, text_sha256)
  ) WITHOUT ROWID;
  `,
  // What retrieval put before the question of a RAG model's answer (query, passages with ids and scores, embedding
  // tokens, milliseconds): the RAG scorers and the report's drill-down read it.
  `ALTER TABLE responses ADD COLUMN retrieval_json TEXT;`,
  // The code sandbox a run's code suites ran in: isolation and the memory cap in force (cgroup or rlimit budget).
  `ALTER TABLE runs ADD COLUMN sandbox_json TEXT;`,
  // Scoring revisions (kurabe rescore): `scores` holds the revision a run shows (runs.scoring_revision, 1 as run);
  // the scores a rescore replaced, and those of a rescore still under way, wait in revision_scores under their own
  // revision; scoring_revisions says when each rescore was made and with which scorers.
  `
  ALTER TABLE runs ADD COLUMN scoring_revision INTEGER NOT NULL DEFAULT 1;
  CREATE TABLE scoring_revisions (
    run_id TEXT NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
    revision INTEGER NOT NULL,
    created_at TEXT NOT NULL,
    suites_json TEXT NOT NULL,
    scored INTEGER NOT NULL,
    unscored INTEGER NOT NULL,
    PRIMARY KEY (run_id, revision)
  ) WITHOUT ROWID;
  CREATE TABLE revision_scores (
    run_id TEXT NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
    revision INTEGER NOT NULL,
    suite TEXT NOT NULL,
    item_id TEXT NOT NULL,
    model_id TEXT NOT NULL,
    sample INTEGER NOT NULL,
    scorer TEXT NOT NULL,
    is_primary INTEGER NOT NULL,
    value REAL NOT NULL,
    passed INTEGER NOT NULL,
    extracted TEXT,
    detail TEXT,
    evidence_json TEXT,
    PRIMARY KEY (run_id, revision, suite, item_id, model_id, sample, scorer)
  ) WITHOUT ROWID;
  `,
  // A run that ended with results lacking an answer or a score is stored as 'incomplete' (exit 3), never as
  // 'completed' (runs stored before are reclassified); with the pairwise judgments whose judge failed, which the
  // responses cannot tell. SQLite cannot change a CHECK constraint in place: the table is rebuilt as
  // https://www.sqlite.org/lang_altertable.html#otheralter says (foreign keys are off while migrating, see migrate).
  `
  CREATE TABLE runs_new (
    id TEXT PRIMARY KEY,
    created_at TEXT NOT NULL,
    finished_at TEXT,
    status TEXT NOT NULL CHECK (status IN ('running', 'completed', 'incomplete', 'interrupted', 'failed')),
    config_path TEXT,
    config_json TEXT NOT NULL,
    plan_fingerprint TEXT NOT NULL,
    kurabe_version TEXT NOT NULL,
    sandbox_json TEXT,
    scoring_revision INTEGER NOT NULL DEFAULT 1,
    pairwise_failed INTEGER NOT NULL DEFAULT 0
  );
  INSERT INTO runs_new (id, created_at, finished_at, status, config_path, config_json, plan_fingerprint, kurabe_version, sandbox_json,
      scoring_revision)
    SELECT id, created_at, finished_at, status, config_path, config_json, plan_fingerprint, kurabe_version, sandbox_json,
      scoring_revision FROM runs;
  DROP TABLE runs;
  ALTER TABLE runs_new RENAME TO runs;
  UPDATE runs SET status = 'incomplete' WHERE status = 'completed' AND EXISTS (SELECT 1 FROM responses r WHERE r.run_id = runs.id
    AND (r.status = 'error' OR (r.status = 'ok' AND NOT EXISTS (SELECT 1 FROM scores s WHERE s.run_id = r.run_id
      AND s.suite = r.suite AND s.item_id = r.item_id AND s.model_id = r.model_id AND s.sample = r.sample))));
  `,
  // A built-in scorer's detail as a message code with its values (src/scoring/score-detail.ts), worded by the report
  // in its language; free-text details stay in detail.
  `
  ALTER TABLE scores ADD COLUMN detail_json TEXT;
  ALTER TABLE revision_scores ADD COLUMN detail_json TEXT;
  `,
  // A model asked with a prompt variant (a suite's `prompts:`) is a model of the run of its own (`model@prompt`);
  // which model and which prompt it is are kept apart, so reports group variants by model and by prompt.
  `
  ALTER TABLE models ADD COLUMN base_model_id TEXT;
  ALTER TABLE models ADD COLUMN prompt_id TEXT;
  `,
  // Decision statistics (score intervals, paired differences) keyed by a hash of their full inputs
  // (src/analysis/decision/statistics-memo.ts): computed once, read by every report, page and comparison.
  `
  CREATE TABLE statistics (
    key TEXT PRIMARY KEY,
    value BLOB NOT NULL
  ) WITHOUT ROWID;
  `,
  // The embedding tokens each stored passage vector took (its request's tokens shared by characters; null: stored
  // before kurabe kept them), so a run that reuses an index still knows what building it cost.
  `ALTER TABLE rag_vectors ADD COLUMN tokens INTEGER;`,
  // A scoring revision keeps all a report reads of it, as revision_scores keeps its scores: the pairwise verdicts a
  // rescore replaced (and those it is still judging), which answers a failed judge left unscored, each suite's config
  // (its scorers and pairwise judge) and the run's status with its failed pairwise judgments. Each rescore keeps those
  // it replaces under the revision before it; replaced_status is null for rescores made before kurabe kept them.
  `
  CREATE TABLE revision_pairwise_judgments (
    run_id TEXT NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
    revision INTEGER NOT NULL,
    suite TEXT NOT NULL,
    item_id TEXT NOT NULL,
    model_a TEXT NOT NULL,
    model_b TEXT NOT NULL,
    shown_first TEXT NOT NULL CHECK (shown_first IN ('a', 'b')),
    judge TEXT NOT NULL,
    verdict TEXT NOT NULL CHECK (verdict IN ('a', 'b', 'tie')),
    strong INTEGER NOT NULL,
    reason TEXT,
    prompt_json TEXT NOT NULL,
    raw TEXT NOT NULL,
    created_at TEXT NOT NULL,
    spend_json TEXT,
    PRIMARY KEY (run_id, revision, suite, item_id, model_a, model_b, shown_first)
  ) WITHOUT ROWID;
  CREATE TABLE revision_unscored (
    run_id TEXT NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
    revision INTEGER NOT NULL,
    suite TEXT NOT NULL,
    item_id TEXT NOT NULL,
    model_id TEXT NOT NULL,
    sample INTEGER NOT NULL,
    error_kind TEXT NOT NULL,
    error_message TEXT,
    PRIMARY KEY (run_id, revision, suite, item_id, model_id, sample)
  ) WITHOUT ROWID;
  CREATE TABLE revision_suites (
    run_id TEXT NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
    revision INTEGER NOT NULL,
    name TEXT NOT NULL,
    config_json TEXT NOT NULL,
    PRIMARY KEY (run_id, revision, name)
  ) WITHOUT ROWID;
  ALTER TABLE scoring_revisions ADD COLUMN replaced_status TEXT;
  ALTER TABLE scoring_revisions ADD COLUMN replaced_pairwise_failed INTEGER;
  `,
  // Which runs each kept statistic was read or computed for, so a rescore drops the statistics only its old scores
  // used (src/store/statistics-store.ts). Statistics kept before this are not attributed to a run: dropped, they are
  // computed again (and attributed) when next read.
  `
  CREATE TABLE statistics_runs (
    run_id TEXT NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
    key TEXT NOT NULL,
    PRIMARY KEY (run_id, key)
  ) WITHOUT ROWID;
  CREATE INDEX statistics_runs_key ON statistics_runs (key);
  DELETE FROM statistics;
  `,
];

export const SCHEMA_VERSION = MIGRATIONS.length;

export function migrate(db: Database.Database, file: string): void {
  const current = db.pragma("user_version", { simple: true }) as number;
  if (current > SCHEMA_VERSION) {
    throw new KurabeError(
      "store",
      `the store was written by a newer kurabe (schema ${current}, this one knows ${SCHEMA_VERSION}); upgrade kurabe or use another --db`,
      { file },
    );
  }
  if (current === SCHEMA_VERSION) return;
  // A migration that rebuilds a table drops it first: with foreign keys on, that would cascade to every row that
  // refers to it. They are checked before each commit instead (the pragma cannot change inside a transaction).
  const foreignKeys = db.pragma("foreign_keys", { simple: true }) as number;
  db.pragma("foreign_keys = OFF");
  try {
    for (let version = current; version < SCHEMA_VERSION; version++) {
      db.transaction(() => {
        db.exec(MIGRATIONS[version]!);
        const broken = db.pragma("foreign_key_check") as unknown[];
        if (broken.length > 0) throw new KurabeError("store", `migration ${version + 1} left ${broken.length} rows without their parent`, { file });
        db.pragma(`user_version = ${version + 1}`);
      })();
    }
  } finally {
    db.pragma(`foreign_keys = ${foreignKeys ? "ON" : "OFF"}`);
  }
}
