import { categoryLabel } from "../i18n/messages.js";
import type { Excerpt, ReportItem, ReportItemAnswer } from "../model/report-types.js";
import { excerptString, modelLabel, scoringText, verdictText, type RenderContext } from "../render-context.js";
import { pricingNotes } from "../model/pricing-notes.js";
import { breakEvenTables } from "../text/break-even-table.js";
import { markdownCodeBlock, markdownText as t, markdownWithCode } from "./markdown-text.js";
import type { KnowledgeBaseSection } from "../model/knowledge-base.js";
import { knowledgeBaseTable } from "../text/knowledge-base-table.js";
import type { PromptVariantsSection } from "../model/prompt-variants.js";
import { promptVariantsTable, type PromptVariantText } from "../text/prompt-variants-table.js";
import { runStatusText } from "../run-status-text.js";
import { scoredWithText } from "../text/scored-with-text.js";
import { ratingCells, ratingsNotes } from "../i18n/rating-cells.js";
import { extractedText, scoreDetailText } from "../i18n/score-detail-text.js";

/** The report as Markdown (for pull requests and wikis): the tables, then the items, every string from the store inert. */
export function* renderMarkdown(context: RenderContext, items: Iterable<ReportItem>): Generator<string> {
  const { report, messages: m, format: f } = context;
  const { run } = report;
  yield `# ${t(m.title)} · ${t(run.id)}\n\n`;
  const scoredWith = scoredWithText(run.scoring.scoredWith);
  const c = m.colon;
  yield list([
    `${m.status}${c}${t(runStatusText(m, run))}`,
    `${m.created}${c}${f.date(run.createdAt)}`,
    `${m.finished}${c}${f.date(run.finishedAt)}`,
    `${m.version}${c}${t(run.kurabeVersion)}`,
    `${m.scoringRevision}${c}${t(scoringText(run, m, f))}`,
    ...(scoredWith === null ? [] : [`${m.scoredWith}${c}${markdownWithCode(scoredWith)}`]),
    ...(run.description ? [`${m.description}${c}${t(run.description)}`] : []),
    ...report.models.filter((model) => model.note).map((model) => `\\* ${t(model.modelId)}${c}${t(model.note!)}`),
  ]);
  yield* recommendation(context);
  if (report.prompts) yield* promptVariants(context, report.prompts);
  if (report.knowledgeBase) yield* knowledgeBase(context, report.knowledgeBase);
  yield* leaderboard(context);
  yield* comparisons(context);
  if (report.ratings.length > 0) yield* ratings(context);
  if (report.entries.some((e) => e.ifeval)) yield* ifeval(context);
  if (report.judging.length > 0) yield* judging(context);
  if (report.breakEven) yield* breakEven(context);
  yield `## ${m.sections.items}\n\n`;
  let suite: string | null = null;
  for (const item of items) {
    if (item.suite !== suite) {
      suite = item.suite;
      yield `### ${t(suite)}\n\n`;
      const total = report.suites.find((s) => s.name === suite)?.itemCount ?? 0;
      const limit = report.settings.itemsPerSuite;
      if (limit !== null && limit < total) yield `${m.items.shown(f.count(limit), f.count(total))}\n\n`;
    }
    yield itemMarkdown(context, item);
  }
}

function* knowledgeBase(context: RenderContext, section: KnowledgeBaseSection): Generator<string> {
  const kb = knowledgeBaseTable(context, section);
  yield `## ${context.messages.sections.knowledgeBase}\n\n${t(kb.intro)}\n\n`;
  yield table(kb.head.map(t), kb.rows.map((row) => row.map(t)));
  yield `**${t(kb.choice)}**\n\n`;
  yield list([t(kb.note)]);
}

function* promptVariants(context: RenderContext, section: PromptVariantsSection): Generator<string> {
  const variants = promptVariantsTable(context, section);
  const p = context.messages.promptVariants;
  const cellText = (cell: PromptVariantText | null): string => {
    if (cell === null) return "–";
    const versus = cell.versus ? `; ${t(p.versus(cell.versus.difference, cell.versus.interval, cell.versus.verdict))}` : "";
    return `**${cell.score}** (${cell.interval})${versus}`;
  };
  yield `## ${context.messages.sections.prompts}\n\n${t(variants.intro)}\n\n`;
  yield table(variants.head.map(t), variants.rows.map((row) => [t(row.model), ...row.cells.map(cellText)]));
  yield list([markdownWithCode(variants.note)]);
}

function* recommendation(context: RenderContext): Generator<string> {
  const { report, messages: m, language } = context;
  const { overall, suites } = report.recommendation;
  yield `## ${m.sections.recommendation}\n\n`;
  yield list(
    (suites.length > 1 ? [overall, ...suites] : suites).map((useCase) => {
      const pareto = useCase.pareto.length > 0 ? m.recommendation.pareto(useCase.pareto.join(m.comma)) : "";
      return `**${t(useCase.suite ?? m.recommendation.overallLabel)}**${m.colon}${t(useCase.verdict[language] + pareto)}`;
    }),
  );
  yield `**${m.howDecides.title}**\n\n`;
  yield m.howDecides.rules.map((rule, i) => `${i + 1}. ${markdownWithCode(rule)}\n`).join("") + "\n";
  if (!report.breakEven) yield list([markdownWithCode(m.notes.breakEvenHint)]);
}

function* leaderboard(context: RenderContext): Generator<string> {
  const { report, messages: m, format: f } = context;
  const c = m.columns;
  yield `## ${m.sections.leaderboard}\n\n`;
  yield table(
    [c.model, c.suite, c.category, c.score, c.interval, c.n, c.errors, c.skipped, c.latencyP50, c.latencyP95, c.ttft, c.tokensPerSecond, c.tokens, c.cost, c.costPerCorrect, c.otherScores],
    report.entries.map((e) => [
      t(modelLabel(context, e.modelId)),
      t(e.suite),
      t(categoryLabel(m, e.category)),
      `**${f.percent(e.score)}**`,
      f.percentInterval(e.interval),
      e.n === e.planned ? f.count(e.n) : `${f.count(e.n)} / ${f.count(e.planned)}`,
      f.count(e.errors),
      f.count(e.skipped),
      f.ms(e.latencyP50Ms),
      f.ms(e.latencyP95Ms),
      f.ms(e.ttftP50Ms),
      f.decimal(e.outputTokensPerSecond, 1),
      `${f.count(e.inputTokens)} / ${f.count(e.outputTokens)}`,
      f.usd(e.costUsd),
      f.usd(e.costPerCorrectUsd),
      t(Object.entries({ ...e.passAtK, ...e.secondary }).map(([k, v]) => `${k} ${f.percent(v)}`).join(m.comma)),
    ]),
  );
  yield list([
    m.notes.interval,
    m.notes.errors,
    ...(report.entries.some((e) => e.skipped > 0) ? [m.notes.skipped] : []),
    ...(report.entries.some((e) => e.cached > 0) ? [m.notes.cached] : []),
    ...pricingNotes(report, m, f).map(markdownWithCode),
    m.notes.costPerCorrect,
  ]);
}

function* comparisons(context: RenderContext): Generator<string> {
  const { report, messages: m, format: f } = context;
  const c = m.columns;
  yield `## ${m.sections.comparisons}\n\n`;
  if (report.comparisons.length === 0) return void (yield `${m.notes.noComparisons}\n\n`);
  for (const suite of report.suites) {
    const rows = report.comparisons.filter((row) => row.suite === suite.name);
    if (rows.length === 0) continue;
    yield `### ${t(suite.name)}\n\n`;
    yield table(
      ["A", "B", c.n, c.difference, c.interval, c.pValue, c.verdict, c.itemsNeeded],
      rows.map((row) => [
        t(modelLabel(context, row.modelA)),
        t(modelLabel(context, row.modelB)),
        f.count(row.n),
        f.points(row.difference.estimate),
        f.pointsInterval(row.difference),
        f.pValue(row.pValue),
        row.withinNoise ? `*${t(verdictText(context, row))}*` : `**${t(verdictText(context, row))}**`,
        f.count(row.moreItemsForMargin),
      ]),
    );
  }
  yield list([markdownWithCode(m.notes.pairedMethod), markdownWithCode(m.notes.comparisons)]);
}

function* ratings(context: RenderContext): Generator<string> {
  const { report, messages: m, format: f } = context;
  yield `## ${m.sections.ratings}\n\n`;
  for (const suite of report.ratings) {
    yield `### ${t(suite.suite)}\n\n${m.columns.judgments}${m.colon}${f.count(suite.judgments)} · ${m.columns.consistent}${m.colon}${f.percent(suite.consistentShare)}\n\n`;
    yield table(
      [m.columns.model, m.columns.verdicts, m.columns.rating, m.columns.interval],
      suite.ratings.map((r) => [t(modelLabel(context, r.model)), ...ratingCells(r, m, f)]),
    );
  }
  yield list(ratingsNotes(m, f, report.ratings));
}

function* ifeval(context: RenderContext): Generator<string> {
  const { report, messages: m, format: f } = context;
  const c = m.columns;
  yield `## ${m.sections.ifeval}\n\n`;
  yield table(
    [c.model, c.suite, c.promptStrict, c.promptLoose, c.instructionStrict, c.instructionLoose],
    report.entries
      .filter((e) => e.ifeval)
      .map((e) => [t(modelLabel(context, e.modelId)), t(e.suite), ...[e.ifeval!.promptStrict, e.ifeval!.promptLoose, e.ifeval!.instructionStrict, e.ifeval!.instructionLoose].map((v) => f.percent(v))]),
  );
}

function* judging(context: RenderContext): Generator<string> {
  const { report, messages: m, format: f } = context;
  const c = m.columns;
  yield `## ${m.sections.judging}\n\n`;
  yield table(
    [c.judge, c.verdicts, c.requests, c.tokens, c.cost],
    report.judging.map((row) => [
      t(modelLabel(context, row.judge)),
      f.count(row.verdicts),
      m.aside(f.count(row.calls), f.count(row.cachedCalls)),
      `${f.count(row.inputTokens)} / ${f.count(row.outputTokens)}`,
      f.usd(row.costUsd),
    ]),
  );
  yield list([m.notes.judging]);
}

function* breakEven(context: RenderContext): Generator<string> {
  const { report, messages: m } = context;
  const series = report.breakEven!;
  yield `## ${m.sections.breakEven}\n\n`;
  const tables = breakEvenTables(context, series);
  yield table(tables.cheapest.head.map(t), tables.cheapest.rows.map((row) => row.map(t)));
  if (tables.pairs.rows.length > 0) yield `### ${t(m.charts.pairs)}\n\n${table(tables.pairs.head.map(t), tables.pairs.rows.map((row) => row.map(t)))}`;
}

function itemMarkdown(context: RenderContext, item: ReportItem): string {
  const { messages: m } = context;
  let out = `#### ${t(item.itemId)}\n\n**${m.items.question}**\n\n${block(context, item.input)}\n`;
  if (item.choices) out += `**${m.items.choices}**\n\n${markdownCodeBlock(item.choices.map((c, i) => `${String.fromCharCode(65 + (i % 26))}. ${excerptString(context, c)}`).join("\n"))}\n`;
  if (item.expected) out += `**${m.items.expected}**\n\n${block(context, item.expected)}\n`;
  for (const answer of item.answers) out += answerMarkdown(context, item.suite, answer);
  return out;
}

function answerMarkdown(context: RenderContext, suite: string, answer: ReportItemAnswer): string {
  const { messages: m, format: f } = context;
  const primary = answer.scores.find((s) => s.primary);
  const mark = answer.status === "skipped" ? "–" : !primary ? "!" : primary.passed ? "✓" : "✗";
  const sampled = (context.report.suites.find((s) => s.name === suite)?.samples ?? 1) > 1;
  let out = `- ${mark} ${sampled ? m.aside(`**${t(answer.modelId)}**`, m.items.sample(answer.sample)) : `**${t(answer.modelId)}**`}\n\n`;
  if (answer.text) out += indent(block(context, answer.text));
  else out += `  ${m.items.noAnswer}\n\n`;
  if (answer.error) out += `  ${answer.status === "skipped" ? m.items.skippedBecause : m.items.error}${m.colon}${t(excerptString(context, answer.error))}\n\n`;
  if (answer.reasoning) out += `  ${m.items.reasoning}${m.colon.trimEnd()}\n\n${indent(block(context, answer.reasoning))}`;
  if (answer.passages) {
    out += `  ${m.items.passages(f.count(answer.passages.length))}${m.colon.trimEnd()}\n\n`;
    for (const passage of answer.passages) out += `  - ${t(`[${passage.id}]`)}\n\n${indent(block(context, passage.text), "    ")}`;
  }
  for (const score of answer.scores) {
    const parts = [`${t(score.scorer)} ${f.decimal(score.value, 2)} ${score.passed ? "✓" : "✗"}`];
    if (score.codedExtracted) parts.push(`${m.items.extracted}${m.colon}${t(extractedText(score.codedExtracted, context.language))}`);
    else if (score.extracted) parts.push(`${m.items.extracted}${m.colon}${t(excerptString(context, score.extracted))}`);
    if (score.coded) parts.push(`${m.items.detail}${m.colon}${t(scoreDetailText(score.coded, context.language))}`);
    else if (score.detail) parts.push(`${m.items.detail}${m.colon}${t(excerptString(context, score.detail))}`);
    out += `  - ${parts.join(" · ")}\n`;
    if (score.evidence) out += `\n    ${m.items.evidence}${m.colon.trimEnd()}\n\n${indent(block(context, score.evidence), "    ")}`;
  }
  return `${out}\n`;
}

function block(context: RenderContext, value: Excerpt): string {
  return markdownCodeBlock(excerptString(context, value));
}

function indent(text: string, by = "  "): string {
  return `${text.replace(/^(?=.)/gm, by)}\n`;
}

function table(head: string[], rows: string[][]): string {
  const line = (cells: string[]) => `| ${cells.join(" | ")} |\n`;
  return `${line(head)}${line(head.map(() => "---"))}${rows.map(line).join("")}\n`;
}

function list(lines: string[]): string {
  return lines.length === 0 ? "" : `${lines.map((line) => `- ${line}`).join("\n")}\n\n`;
}
