import fs from "node:fs";
import path from "node:path";
import type Database from "better-sqlite3";
import type { ScoreDetail } from "../../scoring/score-detail.js";
import { insertSql, ITEM_COLUMNS, MODEL_COLUMNS, PAIRWISE_COLUMNS, RESPONSE_COLUMNS, REVISION_UNSCORED_COLUMNS, SCORE_COLUMNS, SCORING_REVISION_COLUMNS, SUITE_COLUMNS } from "../run-table-columns.js";
import { scoreColumns } from "../run-writer.js";
import type { JsonPath } from "./json-record-reader.js";
import { imageMatchesHash, storeItemImage } from "./item-images.js";
import type { RunFile, RunFileImage, RunFileScore } from "./run-file-schema.js";

type Suite = RunFile["suites"][number];
type Item = Suite["items"][number];
type Response = RunFile["responses"][number];
type Header = Pick<RunFile, "run">;
type Revisioned<T> = T & { revision: number };

/** A row the file cannot hold: `field` (relative to the record) and why. */
export class RowProblem extends Error {
  constructor(
    readonly field: JsonPath,
    message: string,
  ) {
    super(message);
  }
}

/**
 * Where one record of a run file goes in the store. `row` has passed the record's schema; `path` is where it sat in
 * the file (its last index is its position); `parent` is the head of the object around it (a suite for its items, an
 * answer for its scores). `end` is told a table's length when it ends.
 */
interface RecordWriter {
  write(row: unknown, path: JsonPath, parent: unknown): void;
  end?(path: JsonPath, count: number): void;
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
const position = (path: JsonPath): number => path.at(-1) as number;

/** A whole run's row (the run writer starts one with fewer: it has not finished or been rescored). */
const RUN_COLUMNS = ["id", "created_at", "finished_at", "status", "config_path", "config_json", "plan_fingerprint", "kurabe_version", "sandbox_json", "scoring_revision", "pairwise_failed"];
const INSERT_MODEL = insertSql("models", MODEL_COLUMNS);
const INSERT_SUITE = insertSql("suites", SUITE_COLUMNS);
const INSERT_ITEM = insertSql("items", ITEM_COLUMNS);
const INSERT_RESPONSE = insertSql("responses", RESPONSE_COLUMNS);
const INSERT_SCORE = insertSql("scores", ["run_id", ...SCORE_COLUMNS]);
const INSERT_JUDGMENT = insertSql("pairwise_judgments", ["run_id", ...PAIRWISE_COLUMNS]);
const INSERT_SCORING_REVISION = insertSql("scoring_revisions", SCORING_REVISION_COLUMNS);
const INSERT_REVISION_SCORE = insertSql("revision_scores", ["run_id", "revision", ...SCORE_COLUMNS]);
const INSERT_REVISION_JUDGMENT = insertSql("revision_pairwise_judgments", ["run_id", "revision", ...PAIRWISE_COLUMNS]);
const INSERT_REVISION_UNSCORED = insertSql("revision_unscored", REVISION_UNSCORED_COLUMNS);
const INSERT_REVISION_SUITE = insertSql("revision_suites", ["run_id", "revision", "name", "config_json"]);

/**
 * The store's tables, fed a record at a time inside the importing transaction, by the record's place in the file
 * (`responses.*` is every answer). Keys the store holds once (an answer, a score by a scorer) are the tables' primary
 * keys: a second one is refused by SQLite and reported here with its place.
 */
export class RunFileTables {
  readonly models = new Set<string>();
  readonly suites = new Set<string>();
  /** Images put in the images folder by this import (removed again if it fails), and every image's new path. */
  readonly #createdImages: string[] = [];
  readonly movedImages = new Map<string, string>();
  /** The first folder this import made for its images (mkdirSync's answer), if it made any. */
  #createdFolder: string | undefined;
  #folderReady = false;
  runId = "";
  #scoringRevision = 1;
  readonly #statements = new Map<string, Database.Statement>();

  constructor(
    private readonly db: Database.Database,
    private readonly imagesDir: string,
  ) {}

  readonly writers: Record<string, RecordWriter> = {
    "": { write: (row) => this.#run(row as Header) },
    "models.*": {
      write: (row, path) => {
        const m = row as RunFile["models"][number];
        this.#once(["id"], "a second model with the same id", INSERT_MODEL,
          this.runId, m.id, m.provider, m.model, JSON.stringify(m.config), m.note ?? null, position(path), m.variant?.baseModelId ?? null, m.variant?.promptId ?? null);
        this.models.add(m.id);
      },
    },
    "suites.*": {
      write: (row, path) => {
        const s = row as Omit<Suite, "items">;
        this.#once(["name"], "a second suite with the same name", INSERT_SUITE,
          this.runId, s.name, s.category, JSON.stringify(s.config), 0, s.samples, position(path));
        this.suites.add(s.name);
      },
    },
    "suites.*.items": {
      write: () => undefined,
      end: (path, count) => this.#statement("UPDATE suites SET item_count = ? WHERE run_id = ? AND position = ?").run(count, this.runId, path[1]),
    },
    "suites.*.items.*": {
      write: (row, path, parent) => {
        const item = row as Item;
        this.#once(["id"], "a second item with the same id", INSERT_ITEM,
          this.runId, (parent as Suite).name, item.id, position(path), item.input, json(item.expected), json(item.extra), item.line ?? null);
      },
    },
    "images.*": { write: (row) => this.#image(row as RunFileImage) },
    "responses.*": {
      write: (row) => {
        const r = row as Omit<Response, "scores">;
        this.#known(r, [["modelId", r.modelId]]);
        this.#once([], "a second response with the same suite, itemId, modelId and sample", INSERT_RESPONSE,
          this.runId, r.suite, r.itemId, r.modelId, r.sample, r.status, JSON.stringify(r.request), r.text ?? null, r.reasoning ?? null, r.finishReason ?? null,
          r.errorKind ?? null, r.errorMessage ?? null, r.attempts, r.fromCache ? 1 : 0, r.usage.inputTokens ?? null,
          r.usage.cachedInputTokens ?? null, r.usage.outputTokens ?? null, r.usage.reasoningTokens ?? null, r.timings.ttftMs ?? null,
          r.timings.totalMs ?? null, r.costUsd ?? null, r.createdAt, json(r.retrieval));
      },
    },
    "responses.*.scores.*": {
      write: (row, _path, parent) => {
        const r = parent as Response;
        this.#once(["scorer"], "a second score by this scorer", INSERT_SCORE,
          this.runId, r.suite, r.itemId, r.modelId, r.sample, ...scoreValues(row as RunFileScore));
      },
    },
    "pairwiseJudgments.*": {
      write: (row) => {
        const p = row as RunFile["pairwiseJudgments"][number];
        this.#known(p, [["modelA", p.modelA], ["modelB", p.modelB]]);
        this.#once([], "a second judgment with the same suite, itemId, models and shownFirst", INSERT_JUDGMENT,
          this.runId, p.suite, p.itemId, p.modelA, p.modelB, p.shownFirst, p.judge, p.verdict, p.strong ? 1 : 0,
          p.reason ?? null, JSON.stringify(p.prompt), p.raw, json(p.spend), p.createdAt);
      },
    },
    "scoringRevisions.*": {
      write: (row) => {
        const v = row as RunFile["scoringRevisions"][number];
        this.#once(["revision"], "a second revision with the same number", INSERT_SCORING_REVISION,
          this.runId, v.revision, v.createdAt, JSON.stringify(v.suites), v.scored, v.unscored, v.replaced?.status ?? null, v.replaced?.pairwiseFailed ?? null);
      },
    },
    "revisionScores.*": {
      write: (row) => {
        const s = row as RunFile["revisionScores"][number];
        this.#known(s, [["modelId", s.modelId]]);
        this.#once([], "a second revision score with the same revision, answer and scorer", INSERT_REVISION_SCORE,
          this.runId, s.revision, s.suite, s.itemId, s.modelId, s.sample, ...scoreValues(s));
      },
    },
    "revisionPairwiseJudgments.*": {
      write: (row) => {
        const p = row as Revisioned<RunFile["pairwiseJudgments"][number]>;
        this.#known(p, [["modelA", p.modelA], ["modelB", p.modelB]]);
        this.#once([], "a second revision judgment with the same revision, suite, itemId, models and shownFirst", INSERT_REVISION_JUDGMENT,
          this.runId, p.revision, p.suite, p.itemId, p.modelA, p.modelB, p.shownFirst, p.judge, p.verdict, p.strong ? 1 : 0,
          p.reason ?? null, JSON.stringify(p.prompt), p.raw, json(p.spend), p.createdAt);
      },
    },
    "revisionUnscored.*": {
      write: (row) => {
        const u = row as NonNullable<RunFile["revisionUnscored"]>[number];
        this.#known(u, [["modelId", u.modelId]]);
        this.#once([], "a second revision unscored answer with the same revision and answer", INSERT_REVISION_UNSCORED,
          this.runId, u.revision, u.suite, u.itemId, u.modelId, u.sample, u.errorKind, u.errorMessage ?? null);
      },
    },
    "revisionSuites.*": {
      write: (row) => {
        const v = row as NonNullable<RunFile["revisionSuites"]>[number];
        if (!this.suites.has(v.name)) throw new RowProblem(["name"], `no suite "${v.name}" in suites`);
        this.#once([], "a second revision suite with the same revision and name", INSERT_REVISION_SUITE,
          this.runId, v.revision, v.name, JSON.stringify(v.config));
      },
    },
  };

  /** Checks that need the whole file, then the items' images moved to the copies beside the store. */
  finish(): void {
    if (this.#scoringRevision > 1 && !this.#statement("SELECT 1 FROM scoring_revisions WHERE run_id = ? AND revision = ?").get(this.runId, this.#scoringRevision)) {
      throw new RowProblem(["run", "scoringRevision"], `revision ${this.#scoringRevision} is not in scoringRevisions`);
    }
    if (this.movedImages.size === 0) return;
    const rows = this.db.prepare("SELECT suite, item_id, extra_json FROM items WHERE run_id = ? AND json_type(extra_json, '$.images') = 'array'").all(this.runId) as Array<{ suite: string; item_id: string; extra_json: string }>;
    const update = this.db.prepare("UPDATE items SET extra_json = ? WHERE run_id = ? AND suite = ? AND item_id = ?");
    for (const row of rows) {
      const extra = JSON.parse(row.extra_json) as { images: unknown[] };
      extra.images = extra.images.map((image) => (typeof image === "string" ? (this.movedImages.get(image) ?? image) : image));
      update.run(JSON.stringify(extra), this.runId, row.suite, row.item_id);
    }
  }

  #run({ run: r }: Header): void {
    // A RowProblem, so that the importer names the file as well as the field.
    if (this.db.prepare("SELECT 1 FROM runs WHERE id = ?").get(r.id)) throw new RowProblem(["run", "id"], `run "${r.id}" is already in this store`);
    this.runId = r.id;
    this.#scoringRevision = r.scoringRevision;
    this.db.prepare(insertSql("runs", RUN_COLUMNS)).run(r.id, r.createdAt, r.finishedAt ?? null, r.status, r.configPath ?? null, JSON.stringify(r.config), r.planFingerprint,
      r.kurabeVersion, json(r.sandbox), r.scoringRevision, r.pairwiseFailed);
  }

  /**
   * Removes what this import wrote beside the store, for a failed import: its images, then the folders it made for
   * them (left if something else has since been put there).
   */
  discardImages(): void {
    for (const image of this.#createdImages) fs.rmSync(image, { force: true });
    if (this.#createdFolder === undefined) return;
    for (let folder = this.imagesDir; ; folder = path.dirname(folder)) {
      try {
        fs.rmdirSync(folder);
      } catch {
        return;
      }
      if (folder === this.#createdFolder) return;
    }
  }

  #image(image: RunFileImage): void {
    if (!imageMatchesHash(image)) throw new RowProblem(["data"], `the bytes do not have the SHA-256 ${image.sha256} (a damaged or edited file)`);
    if (!this.#folderReady) {
      this.#createdFolder = fs.mkdirSync(this.imagesDir, { recursive: true });
      this.#folderReady = true;
    }
    const { target, created } = storeItemImage(image, this.imagesDir);
    if (created) this.#createdImages.push(target);
    this.movedImages.set(image.path, target);
  }

  /** A row must name a suite, an item and models the file holds (before it: the file is read in one pass). */
  #known(row: { suite: string; itemId: string }, models: readonly [string, string][]): void {
    if (!this.suites.has(row.suite)) throw new RowProblem(["suite"], `no suite "${row.suite}" in suites`);
    if (!this.#statement("SELECT 1 FROM items WHERE run_id = ? AND suite = ? AND item_id = ?").get(this.runId, row.suite, row.itemId)) {
      throw new RowProblem(["itemId"], `no item "${row.itemId}" in suite "${row.suite}"`);
    }
    for (const [field, id] of models) if (!this.models.has(id)) throw new RowProblem([field], `no model "${id}" in models`);
  }

  /** Inserts a row whose key the store holds once; a second one is the file's fault, at `field`. */
  #once(field: JsonPath, duplicate: string, sql: string, ...values: unknown[]): void {
    try {
      this.#statement(sql).run(...values);
    } catch (error) {
      const code = (error as { code?: unknown }).code;
      if (code === "SQLITE_CONSTRAINT_PRIMARYKEY" || code === "SQLITE_CONSTRAINT_UNIQUE") throw new RowProblem(field, duplicate);
      throw error;
    }
  }

  #statement(sql: string): Database.Statement {
    let statement = this.#statements.get(sql);
    if (!statement) {
      statement = this.db.prepare(sql);
      this.#statements.set(sql, statement);
    }
    return statement;
  }
}
