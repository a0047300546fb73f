import type { Excerpt, ReportItem, ReportItemAnswer, ReportPassage } from "../model/report-types.js";
import type { RenderContext } from "../render-context.js";
import { html, type SafeHtml } from "./html-template.js";
import { wholeId } from "./html-id.js";
import { extractedText, scoreDetailParts } from "../i18n/score-detail-text.js";
import type { ScoreDetail } from "../../scoring/score-detail.js";
import { SEPARATOR } from "./html-separator.js";

type Outcome = "pass" | "fail" | "error" | "skipped";

const MARKS: Record<Outcome, string> = { pass: "✓", fail: "✗", error: "!", skipped: "–" };

const PREVIEW_CHARS = 140;

/** One item, collapsed: its id, a mark per model, and the start of the question; open for the answers side by side. */
export function itemDetails(context: RenderContext, item: ReportItem): SafeHtml {
  const { messages: m } = context;
  const byModel = groupByModel(item.answers);
  // A question longer than the preview says so, as one that overflows its line does (CSS text-overflow).
  const preview = item.input.head.length > PREVIEW_CHARS ? `${item.input.head.slice(0, PREVIEW_CHARS - 1)}…` : item.input.head;
  return html`<details class="item"><summary><span class="item-id">${item.itemId}</span><span class="marks">${[...byModel].map(
    ([modelId, answers]) => {
      const outcome = outcomeOf(answers[0]!);
      return html`<span class="mark ${outcome}" title="${modelId}${m.colon}${outcomeLabel(context, outcome)}">${MARKS[outcome]}</span>`;
    },
  )}</span><span class="preview">${preview}</span></summary>
<div class="item-body"><h4>${m.items.question}</h4><pre>${excerpt(context, item.input)}</pre>
${item.choices && html`<h4>${m.items.choices}</h4><ol type="A">${item.choices.map((choice) => html`<li>${excerpt(context, choice)}</li>`)}</ol>`}
${item.expected && html`<h4>${m.items.expected}</h4><pre>${excerpt(context, item.expected)}</pre>`}
<div class="answers">${[...byModel].map(([modelId, answers]) => modelColumn(context, modelId, answers))}</div></div></details>
`;
}

function modelColumn(context: RenderContext, modelId: string, answers: ReportItemAnswer[]): SafeHtml {
  const several = answers.length > 1;
  return html`<section class="answer ${outcomeOf(answers[0]!)}"><h5>${wholeId(modelId)}</h5>${answers.map((answer) => answerBlock(context, answer, several))}</section>`;
}

function answerBlock(context: RenderContext, answer: ReportItemAnswer, several: boolean): SafeHtml {
  const { messages: m, format: f } = context;
  const meta = [several ? m.items.sample(answer.sample) : "", f.ms(answer.totalMs), answer.finishReason ? `${m.items.finishReason}${m.colon}${answer.finishReason}` : ""];
  const errorLabel = answer.status === "skipped" ? m.items.skippedBecause : m.items.error;
  return html`<p class="muted">${meta.filter((part) => part && part !== "–").join(SEPARATOR)}</p>
${answer.text ? html`<pre>${excerpt(context, answer.text)}</pre>` : html`<p class="muted">${m.items.noAnswer}</p>`}
${answer.error && html`<p><strong>${errorLabel}${m.colon.trimEnd()}</strong> ${excerpt(context, answer.error)}</p>`}
${answer.reasoning && html`<details><summary>${m.items.reasoning}</summary><pre>${excerpt(context, answer.reasoning)}</pre></details>`}
${answer.passages && passagesBlock(context, answer.passages)}
${answer.scores.length > 0 && scoresTable(context, answer)}`;
}

/** What retrieval put before the question, ids as the model was asked to cite them; text escaped like any answer. */
function passagesBlock(context: RenderContext, passages: readonly ReportPassage[]): SafeHtml {
  const { messages: m, format: f } = context;
  return html`<details class="passages"><summary>${m.items.passages(f.count(passages.length))}</summary><ol>${passages.map(
    (passage) => html`<li><code>[${passage.id}]</code> <span class="muted">${f.decimal(passage.score, 3)}</span><pre>${excerpt(context, passage.text)}</pre></li>`,
  )}</ol></details>`;
}

/** An answer's scores: scorer, value, and the extracted value and detail columns where a scorer wrote one (else left out). */
function scoresTable(context: RenderContext, answer: ReportItemAnswer): SafeHtml {
  const { messages: m, format: f } = context;
  const evidence = answer.scores.filter((score) => score.evidence);
  const extracted = answer.scores.map((score) =>
    html`${score.codedExtracted ? extractedText(score.codedExtracted, context.language) : score.extracted && (jsonBlock(score.extracted) ?? excerpt(context, score.extracted))}`,
  );
  const details = answer.scores.map((score) => html`${score.coded ? codedDetail(context, score.coded) : score.detail && excerpt(context, score.detail)}`);
  const shown = (cells: SafeHtml[]) => cells.some((cell) => cell.value !== "");
  const [withExtracted, withDetail] = [shown(extracted), shown(details)];
  return html`<table class="scores"><thead><tr><th>${m.items.scorer}</th><th class="num">${m.items.value}</th>${withExtracted && html`<th>${m.items.extracted}</th>`}${withDetail && html`<th>${m.items.detail}</th>`}</tr></thead><tbody>
${answer.scores.map(
  (score, i) => html`<tr class="${score.passed ? "pass" : "fail"}"><td>${score.primary ? html`<strong>${score.scorer}</strong>` : score.scorer}</td>
<td class="num">${f.decimal(score.value, 2)} ${score.passed ? "✓" : "✗"}</td>${withExtracted && html`<td>${extracted[i]!}</td>`}${withDetail && html`
<td>${details[i]!}</td>`}</tr>`,
)}</tbody></table>
${evidence.map((score) => html`<details><summary>${m.aside(m.items.evidence, score.scorer)}</summary>${jsonBlock(score.evidence!) ?? html`<pre>${excerpt(context, score.evidence!)}</pre>`}</details>`)}`;
}

/** An excerpt's head and tail as text, the cut shown between them. */
/** Stored JSON (IFEval's instruction results, a judge's evidence) pretty-printed in a wrapping block; null for other text. */
function jsonBlock(value: Excerpt): SafeHtml | null {
  if (value.cut !== 0 || !/^\s*[[{]/.test(value.head)) return null;
  try {
    return html`<pre class="json">${JSON.stringify(JSON.parse(value.head + value.tail), null, 2)}</pre>`;
  } catch {
    return null; // not JSON after all: shown as text
  }
}

function excerpt(context: RenderContext, value: Excerpt): SafeHtml {
  if (value.cut === 0) return html`${value.head}${value.tail}`;
  return html`${value.head}<span class="cut">${context.messages.cut(context.format.count(value.cut))}</span>${value.tail}`;
}

function groupByModel(answers: readonly ReportItemAnswer[]): Map<string, ReportItemAnswer[]> {
  const byModel = new Map<string, ReportItemAnswer[]>();
  for (const answer of answers) {
    const list = byModel.get(answer.modelId);
    if (list) list.push(answer);
    else byModel.set(answer.modelId, [answer]);
  }
  return byModel;
}

function outcomeOf(answer: ReportItemAnswer): Outcome {
  if (answer.status === "skipped") return "skipped";
  const primary = answer.scores.find((score) => score.primary);
  if (answer.status === "error" || !primary) return "error";
  return primary.passed ? "pass" : "fail";
}

function outcomeLabel(context: RenderContext, outcome: Outcome): string {
  const { items } = context.messages;
  return { pass: items.pass, fail: items.fail, error: items.error, skipped: items.skippedBecause }[outcome];
}

/** A built-in scorer's detail in the page's language, the answer's and the item's values marked as data. */
function codedDetail(context: RenderContext, detail: ScoreDetail): SafeHtml {
  return html`${scoreDetailParts(detail, context.language).map((part) => (part.data ? html`<span class="data">${part.text}</span>` : html`${part.text}`))}`;
}
