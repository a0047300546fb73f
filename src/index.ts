/**
 * kurabe as a package: run a config and read its results from code (`import { run, openResults } from "kurabe"`), and
 * the types a user's scorer or provider module is written against (`import type { Scorer, ModelModule } from "kurabe"`). The CLI is the
 * `kurabe` bin (dist/cli/main.js), built on the same `run`.
 */
export { run, type KurabeConfigInput, type RunOptions, type RunResult } from "./api/run.js";
export { openResults, type OpenResultsOptions, type Results } from "./api/open-results.js";
export { ConfigError, KurabeError, type ErrorCode, type ErrorLocation } from "./errors.js";
export type { EngineEvent } from "./engine/events.js";
export type { Recommendation, UseCaseRecommendation } from "./report/model/recommendation.js";
export type { Report, ReportEntry, ReportItem } from "./report/model/report-types.js";
export type {
  ModelCall,
  Scorer,
  ScorerAnswer,
  ScorerContext,
  ScorerItem,
  ScorerModelRequest,
  ScorerResult,
} from "./scoring/module/scorer-contract.js";
export type {
  ModelModule,
  ModelModuleAnswer,
  ModelModuleChunk,
  ModelModuleContext,
  ModelModuleRequest,
  ModelModuleUsage,
} from "./models/module/model-module.js";
