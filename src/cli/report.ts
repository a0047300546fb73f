import fs from "node:fs";
import path from "node:path";
import { KurabeError } from "../errors.js";
import type { BreakEvenSeries } from "../report/model/report-types.js";
import { renderReport } from "../report/render-report.js";
import { isReportFormat, REPORT_FORMATS, type ReportFormat } from "../report/report-formats.js";
import { openDatabase } from "../store/open-store.js";
import { findRun } from "../store/queries.js";
import { storePath } from "../store/store-location.js";
import { showScoringRevision } from "../store/show-revision.js";
import { revisionOption, scoreOption } from "./number-option.js";
import { languageOption } from "./language-option.js";

interface ReportCommandOptions {
  db?: string;
  /** The kurabe.yaml whose `db:` names the store (default ./kurabe.yaml). */
  config?: string;
  /** html (default), md, json, csv or junit. */
  format?: string;
  /** ja or en; default from LC_ALL / LC_MESSAGES / LANG (ja* → ja), else en. */
  lang?: string;
  /** Output file; "-" for stdout. Default: kurabe-report-RUN.html for HTML, stdout for the others. */
  out?: string;
  /** JUnit: a score below this fails its testcase. 0..1 or a percentage ("70%"). */
  minScore?: string;
  /** Items per suite in the per-item section: a number or "all" (default 1000 for html/md, all for json). */
  items?: string;
  /** Base seed of the bootstrap intervals. */
  seed?: string;
  /** The scoring revision to report (default: the latest). */
  revision?: string;
  /** Monthly cost per option by volume (from the cost model); not a command-line flag. */
  breakEven?: BreakEvenSeries;
}

/** `kurabe report [RUN]`: a stored run's report in one format, rebuilt from the store. */
export async function reportCommand(runId: string | undefined, options: ReportCommandOptions, env = process.env): Promise<number> {
  const format = parseFormat(options.format ?? "html");
  const language = languageOption(options.lang, env);
  const minScore = options.minScore === undefined ? undefined : scoreOption(options.minScore, "--min-score");
  const itemsPerSuite = parseItems(options.items);
  const seed = options.seed === undefined ? undefined : parseSeed(options.seed);
  const revision = options.revision === undefined ? undefined : revisionOption(options.revision);
  const db = openDatabase(storePath(options), { mustExist: true });
  try {
    const run = findRun(db, runId);
    if (revision !== undefined) showScoringRevision(db, [{ runId: run.id, revision }]);
    const { chunks } = renderReport(db, run.id, {
      format,
      language,
      ...(minScore === undefined ? {} : { minScore }),
      ...(itemsPerSuite === undefined ? {} : { itemsPerSuite }),
      ...(seed === undefined ? {} : { seed }),
      ...(options.breakEven ? { breakEven: options.breakEven } : {}),
    });
    const out = options.out ?? (format === "html" ? `kurabe-report-${run.id}.${REPORT_FORMATS.html.extension}` : "-");
    if (out === "-") {
      await writeToStdout(chunks);
    } else {
      writeToFile(out, chunks);
      process.stderr.write(`kurabe: report written to ${out}\n`);
    }
    return 0;
  } finally {
    db.close();
  }
}

/** Writes through a temporary file renamed into place, so a failure never leaves half a report behind. */
function writeToFile(file: string, chunks: Iterable<string>): void {
  fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  const fd = fs.openSync(temporary, "w");
  try {
    let buffer = "";
    for (const chunk of chunks) {
      buffer += chunk;
      if (buffer.length >= 1 << 20) {
        fs.writeSync(fd, buffer);
        buffer = "";
      }
    }
    fs.writeSync(fd, buffer);
    fs.closeSync(fd);
    fs.renameSync(temporary, file);
  } catch (error) {
    fs.closeSync(fd);
    fs.rmSync(temporary, { force: true });
    throw error;
  }
}

async function writeToStdout(chunks: Iterable<string>): Promise<void> {
  let buffer = "";
  const flush = async () => {
    if (!process.stdout.write(buffer)) await new Promise((resolve) => process.stdout.once("drain", resolve));
    buffer = "";
  };
  for (const chunk of chunks) {
    buffer += chunk;
    if (buffer.length >= 1 << 16) await flush();
  }
  await flush();
}

function parseFormat(value: string): ReportFormat {
  if (isReportFormat(value)) return value;
  throw new KurabeError("input", `unknown report format "${value}" (use ${Object.keys(REPORT_FORMATS).join(", ")})`, { field: "--format" });
}

/** A count, null for "all", undefined for the format's default. */
function parseItems(value: string | undefined): number | null | undefined {
  if (value === undefined) return undefined;
  if (value === "all") return null;
  const count = Number(value);
  if (!Number.isInteger(count) || count < 0) {
    throw new KurabeError("input", `--items must be a whole number or "all" (got "${value}")`, { field: "--items" });
  }
  return count;
}

function parseSeed(value: string): number {
  const seed = Number(value);
  if (!Number.isSafeInteger(seed) || seed < 0) throw new KurabeError("input", `--seed must be a whole number (got "${value}")`, { field: "--seed" });
  return seed;
}
