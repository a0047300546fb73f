import { z } from "zod";

/**
 * A portable run (`kurabe export`, `kurabe import`): one JSON document holding everything a run's report, comparisons
 * and dashboard read from the store, so a run made on one machine opens on another with the same numbers. This schema
 * is the format's single definition; README.md § "Portable runs" describes it. Values the store keeps as JSON text
 * (configs, requests, evidence, retrieval) are JSON values here. Absent values are left out rather than null.
 */
export const RUN_FILE_FORMAT = "kurabe.run";

/**
 * Bumped when a field is added, changes meaning or becomes required: a reader refuses versions it does not know, so
 * an older kurabe says the file is newer than it (its schema would refuse a new field as an unknown key, as if the
 * file were not a run file). 2 added models[].variant, images, scoringRevisions[].replaced,
 * revisionPairwiseJudgments, revisionUnscored and revisionSuites, all optional: a version-1 file is read by the same
 * schema.
 */
export const RUN_FILE_VERSION = 2;

/** The versions this kurabe reads. */
export const READABLE_RUN_FILE_VERSIONS = [1, RUN_FILE_VERSION] as const;

const json = z.json();
const count = z.number().int().nonnegative();
const timestamp = z.string().min(1);

const item = z.strictObject({
  id: z.string().min(1),
  /** 1-based line in the suite's data file on the machine that ran it. */
  line: z.number().int().positive().optional(),
  input: z.string(),
  expected: json.optional(),
  /** The item's other fields (choices, turns, system, images, fields, …), as the run read them. */
  extra: z.record(z.string(), json).optional(),
});

const suite = z.strictObject({
  name: z.string().min(1),
  category: z.string().min(1),
  /** The suite's config as run (and as last rescored). */
  config: json,
  samples: count,
  items: z.array(item),
});

const model = z.strictObject({
  id: z.string().min(1),
  provider: z.string().min(1),
  model: z.string(),
  /** The model's config with its API key and header values replaced by "[redacted]". */
  config: json,
  note: z.string().optional(),
  /** A prompt variant (`id` is `model@prompt`): the model it asks and the prompt's id, from the suites' `prompts`. */
  variant: z.strictObject({ baseModelId: z.string().min(1), promptId: z.string().min(1) }).optional(),
});

const scoreSchema = z.strictObject({
  scorer: z.string().min(1),
  /** The suite's first scorer: the score leaderboards show. */
  primary: z.boolean(),
  value: z.number(),
  passed: z.boolean(),
  extracted: z.string().optional(),
  /** Free text (custom scorers, judges), or a built-in scorer's coded detail (src/scoring/score-detail.ts). */
  detail: z.union([z.string(), z.object({ code: z.string().min(1) }).catchall(json)]).optional(),
  /** What the score rests on: a judge's prompt and verdict, a program's output. */
  evidence: json.optional(),
});

const responseKey = {
  suite: z.string().min(1),
  itemId: z.string().min(1),
  modelId: z.string().min(1),
  sample: count,
};

const response = z.strictObject({
  ...responseKey,
  /** ok: answered; error: an infrastructure error (no answer); skipped: not asked (e.g. the sandbox lacked a package). */
  status: z.enum(["ok", "error", "skipped"]),
  /** The request as sent (messages and parameters; image bytes as their SHA-256). */
  request: json,
  text: z.string().optional(),
  reasoning: z.string().optional(),
  finishReason: z.string().optional(),
  /** Why there is no answer, or (status ok) why it has no score. */
  errorKind: z.string().optional(),
  errorMessage: z.string().optional(),
  attempts: count,
  fromCache: z.boolean(),
  usage: z.strictObject({
    inputTokens: count.optional(),
    cachedInputTokens: count.optional(),
    outputTokens: count.optional(),
    reasoningTokens: count.optional(),
  }),
  timings: z.strictObject({ ttftMs: z.number().nonnegative().optional(), totalMs: z.number().nonnegative().optional() }),
  costUsd: z.number().nonnegative().optional(),
  /** A RAG model's retrieval for this answer: query, passages, scores. */
  retrieval: json.optional(),
  createdAt: timestamp,
  /** The scores of the scoring revision the run shows. */
  scores: z.array(scoreSchema),
});

const pairwiseJudgment = z.strictObject({
  suite: z.string().min(1),
  itemId: z.string().min(1),
  modelA: z.string().min(1),
  modelB: z.string().min(1),
  shownFirst: z.enum(["a", "b"]),
  judge: z.string().min(1),
  verdict: z.enum(["a", "b", "tie"]),
  strong: z.boolean(),
  reason: z.string().optional(),
  prompt: json,
  raw: z.string(),
  /** What the verdict cost: calls, cached calls, tokens, USD. */
  spend: json.optional(),
  createdAt: timestamp,
});

const runStatus = z.enum(["running", "completed", "incomplete", "interrupted", "failed"]);

const scoringRevision = z.strictObject({
  revision: z.number().int().min(2),
  createdAt: timestamp,
  /** The suites the rescore scored, with the scorers (and pairwise judging) it used. */
  suites: json,
  scored: count,
  unscored: count,
  /** The run's status and failed pairwise judgments at the revision before (absent: rescored before kurabe kept them). */
  replaced: z.strictObject({ status: runStatus, pairwiseFailed: count }).optional(),
});

const revision = { revision: z.number().int().positive() };

/** Scores of revisions the run no longer shows (replaced by a rescore), kept so earlier revisions stay readable. */
const revisionScore = z.strictObject({ ...revision, ...responseKey, ...scoreSchema.shape });

/** Pairwise verdicts of revisions the run no longer shows. */
const revisionPairwiseJudgment = z.strictObject({ ...revision, ...pairwiseJudgment.shape });

/** Answers a failed judge left unscored at revisions the run no longer shows, and why. */
const revisionUnscored = z.strictObject({ ...revision, ...responseKey, errorKind: z.string().min(1), errorMessage: z.string().optional() });

/** Suites' configs (scorers, pairwise judge) at revisions the run no longer shows. */
const revisionSuite = z.strictObject({ ...revision, name: z.string().min(1), config: json });

/**
 * An image a multimodal item shows the model, carried in the file (items name images by their path on the machine that
 * ran them): its bytes in base64 and their SHA-256, the hash the responses' requests record for it.
 */
const image = z.strictObject({
  /** The path the items' `images` list names. */
  path: z.string().min(1),
  sha256: z.string().regex(/^[0-9a-f]{64}$/, "expected 64 lowercase hex digits"),
  mediaType: z.string().min(1),
  data: z.base64(),
});

export const runFileSchema = z.strictObject({
  format: z.literal(RUN_FILE_FORMAT),
  version: z.literal(READABLE_RUN_FILE_VERSIONS),
  exportedAt: timestamp,
  /** The kurabe that wrote the file. */
  exportedBy: z.string().min(1),
  run: z.strictObject({
    id: z.string().min(1),
    createdAt: timestamp,
    finishedAt: timestamp.optional(),
    status: runStatus,
    /** Where the config was on the machine that ran it. */
    configPath: z.string().optional(),
    /** The run's config, secrets replaced by "[redacted]". */
    config: json,
    planFingerprint: z.string().min(1),
    /** The kurabe that made the run. */
    kurabeVersion: z.string().min(1),
    /** Code suites: the sandbox's isolation and memory cap. */
    sandbox: json.optional(),
    scoringRevision: z.number().int().positive(),
    pairwiseFailed: count,
  }),
  models: z.array(model).min(1),
  suites: z.array(suite),
  /** The items' images that were on disk when the run was exported (absent in files from before images travelled). */
  images: z.array(image).optional(),
  responses: z.array(response),
  pairwiseJudgments: z.array(pairwiseJudgment),
  scoringRevisions: z.array(scoringRevision),
  revisionScores: z.array(revisionScore),
  /** Absent in files from before revisions kept them (those runs' earlier revisions read them as they are now). */
  revisionPairwiseJudgments: z.array(revisionPairwiseJudgment).optional(),
  revisionUnscored: z.array(revisionUnscored).optional(),
  revisionSuites: z.array(revisionSuite).optional(),
});

export type RunFile = z.infer<typeof runFileSchema>;
export type RunFileScore = z.infer<typeof scoreSchema>;
export type RunFileImage = z.infer<typeof image>;
