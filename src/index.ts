/**
 * kurabe as a package: the types a user's scorer module is written against (`import type { Scorer } from "kurabe"`).
 * The CLI is the `kurabe` bin (dist/cli/main.js).
 */
export type {
  ModelCall,
  Scorer,
  ScorerAnswer,
  ScorerContext,
  ScorerItem,
  ScorerModelRequest,
  ScorerResult,
} from "./scoring/module/scorer-contract.js";
