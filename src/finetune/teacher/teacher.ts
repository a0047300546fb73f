import { loadConfig } from "../../config/load-config.js";
import type { PriceConfig } from "../../config/schema.js";
import { ConfigError } from "../../errors.js";
import { Lane } from "../../engine/lane.js";
import { closeModels, modelIdOf } from "../../engine/prepare-plan.js";
import type { PlannedModel } from "../../engine/plan.js";
import { lookupCatalog } from "../../models/catalog.js";
import { createModel } from "../../models/create-model.js";
import { DEFAULT_DB_PATH, openDatabase } from "../../store/open-store.js";
import { ResponseCache } from "../../store/response-cache.js";
import { sectionAsAnswer, type DocumentExampleMaker } from "../document-examples.js";
import type { ReportEntry } from "../report.js";
import { parsePairs } from "./parse-pairs.js";
import { teacherRequest } from "./teacher-prompt.js";

interface TeacherOptions {
  /** kurabe.yaml holding the teacher among its models. */
  configPath: string;
  /** The teacher's model id in the config (`id:`, or `provider:model`). */
  teacherId: string;
  questionsPerChunk: number;
  /** The store whose response cache the teacher's calls use; default: the config's `db:`, else .kurabe/kurabe.db. */
  dbPath?: string;
  env?: Readonly<Record<string, string | undefined>>;
  signal?: AbortSignal;
}

interface TeacherStats {
  teacher: string;
  /** Chunks sent to the teacher (one call each, answered fresh or from the cache, or failed). */
  calls: number;
  cached: number;
  /** Calls that failed after every retry; their chunks fell back to the plain document example. */
  failed: number;
  /** Answers with no usable pair; their chunks fell back too. */
  unreadable: number;
  pairs: number;
  /** Tokens of the calls made now (cached answers cost nothing again). */
  inputTokens: number;
  outputTokens: number;
  /** USD for the calls made now; absent when the teacher has no known price. */
  costUsd?: number;
  /** Where the price came from. */
  price?: PriceConfig;
}

export interface TeacherSession {
  /** Pass as BuildOptions.makeDocumentExamples. */
  makeDocumentExamples: DocumentExampleMaker;
  stats(): TeacherStats;
  /** One report entry per chunk that fell back to the plain document example. */
  entries(): ReportEntry[];
  close(): Promise<void>;
}

/**
 * Opens a teacher model from the config for question–answer synthesis. Its calls go through a Lane, so the model's
 * concurrency, rate limits, retries and cost apply as in a run, and through the run store's response cache (unless
 * the config says `cache: false`), so a rebuild asks nothing twice.
 */
export async function openTeacher(options: TeacherOptions): Promise<TeacherSession> {
  const env = options.env ?? process.env;
  const { config } = loadConfig(options.configPath, env);
  const modelConfig = config.models.find((model) => modelIdOf(model) === options.teacherId);
  if (!modelConfig) {
    throw new ConfigError(`teacher "${options.teacherId}" is not a model in this config (models: ${config.models.map(modelIdOf).join(", ")})`, {
      file: options.configPath,
      field: "--teacher",
    });
  }
  const catalog = modelConfig.provider === "llamacpp" ? undefined : lookupCatalog(modelConfig.provider, modelConfig.model, env);
  const price = modelConfig.price ?? catalog?.price;
  const db = config.cache ? openDatabase(options.dbPath ?? config.db ?? DEFAULT_DB_PATH) : undefined;
  let planned: PlannedModel;
  try {
    const model = await createModel(modelConfig, env);
    planned = { id: options.teacherId, config: modelConfig, model, ...(price ? { price } : {}) };
  } catch (error) {
    db?.close();
    throw error;
  }
  const lane = new Lane(planned, {
    retry: config.retry,
    ...(db ? { cache: new ResponseCache(db) } : {}),
    signal: options.signal ?? new AbortController().signal,
    onEvent: () => undefined,
  });

  const stats: TeacherStats = {
    teacher: options.teacherId,
    calls: 0,
    cached: 0,
    failed: 0,
    unreadable: 0,
    pairs: 0,
    inputTokens: 0,
    outputTokens: 0,
    ...(price ? { costUsd: 0, price } : {}),
  };
  const entries: ReportEntry[] = [];
  const count = options.questionsPerChunk;

  const makeDocumentExamples: DocumentExampleMaker = async (chunk, context) => {
    const id = context?.id ?? chunk.file;
    stats.calls++;
    const outcome = await lane.call(teacherRequest(chunk, count), 0);
    if (!outcome.ok) {
      stats.failed++;
      const detail = `teacher call failed after ${outcome.attempts} attempts (${outcome.error.message}); used the section as the answer`;
      entries.push({ id, action: "note", reason: "teacher", detail });
      return sectionAsAnswer(chunk);
    }
    if (outcome.fromCache) stats.cached++;
    else {
      stats.inputTokens += outcome.completion.usage.inputTokens;
      stats.outputTokens += outcome.completion.usage.outputTokens;
      if (stats.costUsd !== undefined) stats.costUsd += outcome.costUsd ?? 0;
    }
    const parsed = parsePairs(outcome.completion.text, count);
    if (!parsed.ok) {
      stats.unreadable++;
      entries.push({ id, action: "note", reason: "teacher", detail: `teacher output unreadable (${parsed.reason}); used the section as the answer` });
      return sectionAsAnswer(chunk);
    }
    stats.pairs += parsed.pairs.length;
    if (parsed.skipped > 0) {
      entries.push({ id, action: "note", reason: "teacher", detail: `skipped ${parsed.skipped} incomplete or surplus teacher pairs` });
    }
    return parsed.pairs.map((pair) => [
      { role: "user", content: pair.question },
      { role: "assistant", content: pair.answer },
    ]);
  };

  return {
    makeDocumentExamples,
    stats: () => ({ ...stats }),
    entries: () => [...entries],
    close: async () => {
      await closeModels([planned]);
      db?.close();
    },
  };
}

/** The build summary's teacher line(s), also used for the report's settings. */
export function describeTeacherStats(stats: TeacherStats): string {
  const cost = stats.costUsd === undefined ? "cost: no known price" : `cost: $${stats.costUsd.toFixed(4)}`;
  const fellBack = stats.failed + stats.unreadable;
  const fallback = fellBack === 0 ? "" : `; ${fellBack} chunks fell back to the section as the answer (${stats.unreadable} unreadable, ${stats.failed} failed)`;
  return (
    `teacher ${stats.teacher}: ${stats.calls} calls (${stats.cached} from cache), ${stats.pairs} question–answer pairs${fallback}; ` +
    `tokens: ${stats.inputTokens} in, ${stats.outputTokens} out; ${cost}`
  );
}

export function teacherSettings(stats: TeacherStats): Record<string, string | number> {
  return {
    teacher: stats.teacher,
    teacherCalls: stats.calls,
    teacherCachedCalls: stats.cached,
    teacherFailedCalls: stats.failed,
    teacherUnreadable: stats.unreadable,
    teacherPairs: stats.pairs,
    teacherInputTokens: stats.inputTokens,
    teacherOutputTokens: stats.outputTokens,
    teacherCostUsd: stats.costUsd === undefined ? "no known price" : Number(stats.costUsd.toFixed(6)),
  };
}
