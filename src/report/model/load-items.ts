import type Database from "better-sqlite3";
import { EXCERPT_LIMITS, excerptOf, optionalExcerpt, type ExcerptLimits } from "./excerpt.js";
import type { Excerpt, ReportItem, ReportItemAnswer, ReportItemScore, ReportPassage } from "./report-types.js";
import type { RetrievalRecord } from "../../rag/augment-messages.js";
import { parseExtractedWords, parseScoreDetail } from "../../scoring/score-detail.js";

interface ItemRow {
  itemId: string;
  position: number;
  input: string;
  expectedJson: string | null;
  choicesJson: string | null;
}

/** A stored response as the item views read it (column aliases in the queries that select it). */
export interface ResponseRow {
  modelId: string;
  sample: number;
  status: "ok" | "error" | "skipped";
  text: string | null;
  reasoning: string | null;
  finishReason: string | null;
  errorKind: string | null;
  errorMessage: string | null;
  totalMs: number | null;
  /** A RAG model's retrieval (src/rag/augment-messages.ts RetrievalRecord), as stored. */
  retrievalJson?: string | null;
}

export interface ScoreRow {
  modelId: string;
  sample: number;
  scorer: string;
  isPrimary: number;
  value: number;
  passed: number;
  extracted: string | null;
  detail: string | null;
  detailJson: string | null;
  evidenceJson: string | null;
}

interface ItemQuery {
  /** Suites in report order. */
  suites: readonly string[];
  /** Models in report order: answers are shown in this order. */
  models: readonly string[];
  /** Items per suite, in item order; all when null or undefined. */
  itemsPerSuite?: number | null;
  /** What of each string to keep: the report's excerpts unless told (WHOLE_TEXT keeps them whole). */
  limits?: ExcerptLimits;
}

/**
 * Streams a run's items, suite by suite in item order, each with every model's answers and scores, every string
 * cut to an excerpt (by default). One item is held at a time, so a 100,000-result run renders in bounded memory.
 */
export function* iterateReportItems(db: Database.Database, runId: string, query: ItemQuery): Generator<ReportItem> {
  const limits = query.limits ?? EXCERPT_LIMITS;
  const items = db.prepare(
    `SELECT item_id AS itemId, position, input, expected_json AS expectedJson,
            json_extract(extra_json, '$.choices') AS choicesJson
     FROM items WHERE run_id = ? AND suite = ? ORDER BY position LIMIT ?`,
  );
  const responses = db.prepare(
    `SELECT model_id AS modelId, sample, status, text, reasoning, finish_reason AS finishReason, error_kind AS errorKind,
            error_message AS errorMessage, total_ms AS totalMs, retrieval_json AS retrievalJson
     FROM responses WHERE run_id = ? AND suite = ? AND item_id = ?`,
  );
  const scores = db.prepare(
    `SELECT model_id AS modelId, sample, scorer, is_primary AS isPrimary, value, passed, extracted, detail,
            detail_json AS detailJson, evidence_json AS evidenceJson
     FROM scores WHERE run_id = ? AND suite = ? AND item_id = ? ORDER BY is_primary DESC, scorer`,
  );
  const order = new Map(query.models.map((model, i) => [model, i]));
  const rank = (modelId: string) => order.get(modelId) ?? order.size;
  for (const suite of query.suites) {
    const rows = items.iterate(runId, suite, query.itemsPerSuite ?? -1) as IterableIterator<ItemRow>;
    for (const row of rows) {
      const scoreRows = scores.all(runId, suite, row.itemId) as ScoreRow[];
      const answers = (responses.all(runId, suite, row.itemId) as ResponseRow[])
        .sort((a, b) => rank(a.modelId) - rank(b.modelId) || compare(a.modelId, b.modelId) || a.sample - b.sample)
        .map((response) => toAnswer(response, scoreRows, limits));
      yield {
        suite,
        itemId: row.itemId,
        position: row.position,
        input: excerptOf(row.input, limits.input),
        choices: parseChoices(row.choicesJson, limits),
        expected: expectedExcerpt(row.expectedJson, limits),
        answers,
      };
    }
  }
}

/** One model's answer to an item with its scores, every string cut to the excerpt limits. */
export function toAnswer(row: ResponseRow, scoreRows: readonly ScoreRow[], limits: ExcerptLimits = EXCERPT_LIMITS): ReportItemAnswer {
  const error = row.errorKind || row.errorMessage ? [row.errorKind, row.errorMessage].filter(Boolean).join(": ") : null;
  return {
    modelId: row.modelId,
    sample: row.sample,
    status: row.status,
    text: optionalExcerpt(row.text, limits.answer),
    reasoning: optionalExcerpt(row.reasoning, limits.reasoning),
    finishReason: row.finishReason,
    error: optionalExcerpt(error, limits.error),
    totalMs: row.totalMs,
    passages: passagesOf(row.retrievalJson ?? null, limits),
    scores: scoreRows
      .filter((score) => score.modelId === row.modelId && score.sample === row.sample)
      .map(
        (score): ReportItemScore => {
          const coded = parseScoreDetail(score.detailJson);
          return {
            scorer: score.scorer,
            primary: score.isPrimary === 1,
            value: score.value,
            passed: score.passed === 1,
            extracted: optionalExcerpt(score.extracted, limits.extracted),
            detail: optionalExcerpt(score.detail, limits.detail),
            coded,
            codedExtracted: parseExtractedWords(score.extracted, coded),
            evidence: optionalExcerpt(score.evidenceJson, limits.evidence),
          };
        },
      ),
  };
}

/** The passages retrieval put before the question, best first, each cut to the limit; null without rag:. */
function passagesOf(json: string | null, limits: ExcerptLimits): ReportPassage[] | null {
  if (json === null) return null;
  const { passages } = JSON.parse(json) as RetrievalRecord;
  return passages.map((passage) => ({ id: passage.id, score: passage.score, text: excerptOf(passage.text, limits.passage) }));
}

/** The gold answer as a reader wants it: a string as is, anything else as JSON. */
export function expectedExcerpt(json: string | null, limits: ExcerptLimits = EXCERPT_LIMITS): Excerpt | null {
  if (json === null) return null;
  const value = JSON.parse(json) as unknown;
  return excerptOf(typeof value === "string" ? value : JSON.stringify(value), limits.expected);
}

export function parseChoices(json: string | null, limits: ExcerptLimits = EXCERPT_LIMITS): Excerpt[] | null {
  if (json === null) return null;
  const value = JSON.parse(json) as unknown;
  if (!Array.isArray(value)) return null;
  return value.map((choice) => excerptOf(typeof choice === "string" ? choice : JSON.stringify(choice), limits.choice));
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
