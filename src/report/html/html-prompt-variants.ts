import type { PromptVariantsSection } from "../model/prompt-variants.js";
import type { RenderContext } from "../render-context.js";
import { promptVariantsTable, type PromptVariantText } from "../text/prompt-variants-table.js";
import { wholeId } from "./html-id.js";
import { html, withCode, type SafeHtml } from "./html-template.js";

/** Prompt variants by model (rows) and prompt (columns): each score, and its paired verdict against the first prompt. */
export function promptVariantsHtml(context: RenderContext, section: PromptVariantsSection): SafeHtml {
  const table = promptVariantsTable(context, section);
  const [modelHead, ...promptHeads] = table.head;
  return html`<p>${table.intro}</p><div class="table-wrap"><table class="prompt-variants stack"><thead><tr><th>${modelHead!}</th>${promptHeads.map(
    (head) => html`<th class="num">${wholeId(head)}</th>`,
  )}</tr></thead><tbody>
${table.rows.map(
  (row) => html`<tr><th scope="row">${wholeId(row.model)}</th>${row.cells.map(
    (cell, index) => html`<td class="num" data-label="${promptHeads[index]!}">${variantCell(cell)}</td>`,
  )}</tr>`,
)}</tbody></table></div><ul class="notes"><li>${withCode(table.note)}</li></ul>`;
}

const BADGE = { better: "real", worse: "worse", noise: "noise" } as const;

/** One block (the stacked phone layout sets a cell's label beside one child): score, interval, then the verdict. */
function variantCell(cell: PromptVariantText | null): SafeHtml {
  if (cell === null) return html`–`;
  const versus = cell.versus;
  return html`<span class="variant"><strong>${cell.score}</strong> <span class="muted">${cell.interval}</span>${
    versus === null
      ? html``
      : html`<br>${versus.difference} <span class="muted">(${versus.interval})</span><br><span class="badge ${BADGE[versus.kind]}">${versus.verdict}</span>`
  }</span>`;
}
