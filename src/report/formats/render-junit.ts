import type { ReportEntry } from "../model/report-types.js";
import type { RenderContext } from "../render-context.js";
import { printable } from "../text/printable.js";

/**
 * JUnit XML for CI systems: one testsuite per suite, one testcase per model on it. A score below the minimum (when
 * one is given) is a failure; a model with no scored answer is an error when its answers failed for infrastructure
 * reasons and skipped when every item was skipped (e.g. images for a text-only model). The figures go to
 * system-out. Every string is XML-escaped and reduced to characters XML 1.0 allows.
 */
export function* renderJunit(context: RenderContext): Generator<string> {
  const { report } = context;
  const minScore = report.settings.minScore;
  const failed = (entry: ReportEntry) => minScore !== null && entry.score !== null && entry.score < minScore;
  const errored = (entry: ReportEntry) => entry.score === null && entry.errors > 0;
  const skipped = (entry: ReportEntry) => entry.score === null && entry.errors === 0;
  const total = report.entries.length;
  const failures = report.entries.filter(failed).length;
  const errors = report.entries.filter(errored).length;
  yield `<?xml version="1.0" encoding="UTF-8"?>\n`;
  yield `<testsuites name="${escapeXml(`kurabe ${report.run.id}`)}" tests="${total}" failures="${failures}" errors="${errors}" skipped="${report.entries.filter(skipped).length}">\n`;
  for (const suite of report.suites) {
    const entries = report.entries.filter((entry) => entry.suite === suite.name);
    yield `  <testsuite name="${escapeXml(suite.name)}" tests="${entries.length}" failures="${entries.filter(failed).length}" errors="${entries.filter(errored).length}" skipped="${entries.filter(skipped).length}">\n`;
    yield `    <properties><property name="category" value="${escapeXml(suite.category)}"/><property name="run" value="${escapeXml(report.run.id)}"/>${
      minScore === null ? "" : `<property name="min-score" value="${minScore}"/>`
    }</properties>\n`;
    for (const entry of entries) yield testcase(context, entry, { failed: failed(entry), errored: errored(entry), skipped: skipped(entry) });
    yield "  </testsuite>\n";
  }
  yield "</testsuites>\n";
}

function testcase(
  context: RenderContext,
  entry: ReportEntry,
  outcome: { failed: boolean; errored: boolean; skipped: boolean },
): string {
  const { messages: m, format: f, report } = context;
  const open = `    <testcase classname="${escapeXml(`kurabe.${entry.suite}`)}" name="${escapeXml(entry.modelId)}">\n`;
  let body = "";
  if (outcome.failed) {
    const message = m.minScoreFailure(f.percent(entry.score), f.percent(report.settings.minScore));
    body += `      <failure type="min-score" message="${escapeXml(message)}"/>\n`;
  }
  if (outcome.errored) body += `      <error type="infrastructure" message="${escapeXml(m.allInfraErrors(f.count(entry.errors)))}"/>\n`;
  if (outcome.skipped) body += `      <skipped message="${escapeXml(m.noScore)}"/>\n`;
  const c = m.columns;
  const summary = [
    `${c.score} ${f.percent(entry.score)} (${c.interval} ${f.percentInterval(entry.interval)})`,
    `${c.n} ${f.count(entry.n)} / ${f.count(entry.planned)}`,
    `${c.errors} ${f.count(entry.errors)}`,
    `${c.skipped} ${f.count(entry.skipped)}`,
    `${c.latencyP50} ${f.ms(entry.latencyP50Ms)}`,
    `${c.cost} ${f.usd(entry.costUsd)}`,
  ].join("\n");
  body += `      <system-out>${escapeXml(summary)}</system-out>\n`;
  return `${open}${body}    </testcase>\n`;
}

/** XML text and attribute escaping (all five predefined entities), after removing characters XML cannot hold. */
export function escapeXml(text: string): string {
  return printable(text).replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" })[c]!);
}
