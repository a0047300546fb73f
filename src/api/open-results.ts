import type Database from "better-sqlite3";
import { openDatabase } from "../store/open-store.js";
import { findRun, runModels, runSuites, type RunSummary } from "../store/queries.js";
import { showScoringRevision } from "../store/show-revision.js";
import { storePath } from "../store/store-location.js";
import { loadReport } from "../report/model/load-report.js";
import { WHOLE_TEXT } from "../report/model/excerpt.js";
import { iterateReportItems } from "../report/model/load-items.js";
import type { Recommendation } from "../report/model/recommendation.js";
import type { Report, ReportEntry, ReportItem } from "../report/model/report-types.js";

export interface OpenResultsOptions {
  /** The results store; default: `db:` of `config` (./kurabe.yaml when there is one), else .kurabe/kurabe.db. */
  db?: string;
  config?: string;
  /** A run id or unique prefix; default: the latest run. */
  run?: string;
  /** Read the run at this scoring revision (1 is the run's own scoring); default: the latest. */
  revision?: number;
}

/** One stored run, read-only: the report model `kurabe report` renders, and every answer with its scores. */
export interface Results {
  run: RunSummary;
  /** The whole decision model (leaderboard entries, intervals, paired comparisons, cost, recommendation), built once. */
  readonly report: Report;
  /** Which model to use, per suite and overall, with what the others give up. */
  readonly decision: Recommendation;
  /** Per model × suite: score, interval, n, errors, latency, tokens, cost. */
  readonly entries: ReportEntry[];
  /**
   * Each item with every model's answers and scores, suite by suite, one at a time, every string whole (each Excerpt's
   * `cut` is 0, its text in `head`): a program reads the data, e.g. a judge's evidence as the JSON it was stored as,
   * where a report keeps a page short with the head and tail of long strings.
   */
  items(options?: { suites?: readonly string[] }): Generator<ReportItem>;
  close(): void;
}

/** Opens a run of a results store (the latest by default) for reading; close it when done. */
export function openResults(options: OpenResultsOptions = {}): Results {
  const db = openDatabase(storePath(options), { mustExist: true });
  try {
    const run = findRun(db, options.run);
    if (options.revision === undefined) return new StoredResults(db, run);
    showScoringRevision(db, [{ runId: run.id, revision: options.revision }]);
    // Read again: the run's status is the revision's.
    return new StoredResults(db, findRun(db, run.id));
  } catch (error) {
    db.close();
    throw error;
  }
}

class StoredResults implements Results {
  private cached: Report | undefined;

  constructor(
    private readonly db: Database.Database,
    readonly run: RunSummary,
  ) {}

  get report(): Report {
    this.cached ??= loadReport(this.db, this.run.id);
    return this.cached;
  }

  get decision(): Recommendation {
    return this.report.recommendation;
  }

  get entries(): ReportEntry[] {
    return this.report.entries;
  }

  items(options: { suites?: readonly string[] } = {}): Generator<ReportItem> {
    const suites = runSuites(this.db, this.run.id).map((suite) => suite.name);
    return iterateReportItems(this.db, this.run.id, {
      suites: options.suites ? suites.filter((name) => options.suites!.includes(name)) : suites,
      models: runModels(this.db, this.run.id).map((model) => model.modelId),
      limits: WHOLE_TEXT,
    });
  }

  close(): void {
    this.db.close();
  }
}
