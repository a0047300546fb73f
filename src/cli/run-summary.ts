import type { RunShortfall } from "../store/queries.js";

/**
 * What a run that ended with unfinished results prints last: how many, by model and error class (infrastructure
 * errors, never scored as wrong answers), and the command that finishes it.
 */
export function describeIncompleteRun({ unfinished: counts, pairwiseFailed }: RunShortfall, resume?: string): string[] {
  const total = counts.reduce((sum, row) => sum + row.count, 0);
  const byModel = new Map<string, string[]>();
  for (const row of counts) byModel.set(row.modelId, [...(byModel.get(row.modelId) ?? []), `${row.count} ${row.errorKind}`]);
  return [
    `kurabe: run incomplete: ${total} result${total === 1 ? "" : "s"} without an answer or a score (infrastructure errors, not counted as wrong answers)`,
    ...[...byModel].map(([modelId, parts]) => `  ${modelId}: ${parts.join(", ")}`),
    ...(pairwiseFailed > 0 ? [`  pairwise judging: ${pairwiseFailed} failed`] : []),
    ...(resume ? [`kurabe: once the cause is fixed, finish it with \`${resume}\``] : []),
  ];
}

/** The exact `kurabe run` command that resumes a run, with the options that locate its config and store. */
export function resumeCommand(
  runId: string,
  options: { config?: string; db?: string; noCache?: boolean; unsafeNoSandbox?: boolean },
): string {
  const words = [
    "kurabe",
    "run",
    ...(options.config ? [options.config] : []),
    ...(options.db ? ["--db", options.db] : []),
    ...(options.noCache ? ["--no-cache"] : []),
    ...(options.unsafeNoSandbox ? ["--unsafe-no-sandbox"] : []),
    "--resume",
    runId,
  ];
  return words.map(shellWord).join(" ");
}

/** Quoted for a POSIX shell when it holds anything but plain path characters. */
function shellWord(word: string): string {
  return /^[\w@%+=:,./-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`;
}
