import type { KnowledgeBaseSection } from "../model/knowledge-base.js";
import type { RenderContext } from "../render-context.js";
import { knowledgeBaseTable } from "../text/knowledge-base-table.js";
import { html, type SafeHtml } from "./html-template.js";

/** The knowledge-base chatbot section: the systems side by side and the report's recommendation (every cell escaped). */
export function knowledgeBaseHtml(context: RenderContext, section: KnowledgeBaseSection): SafeHtml {
  const table = knowledgeBaseTable(context, section);
  // Ten columns: headings wrap on a wide screen (knowledge-base th), and a phone shows each system as a card of
  // labelled cells (table.stack), as the other wide tables do.
  return html`<p>${table.intro}</p><div class="table-wrap"><table class="knowledge-base stack"><thead><tr>${table.head.map(
    (cell, index) => html`<th${index === 0 ? html`` : html` class="num"`}>${cell}</th>`,
  )}</tr></thead><tbody>
${table.rows.map(
  ([model, ...cells]) =>
    html`<tr><th scope="row">${model}</th>${cells.map((cell, index) => html`<td class="num" data-label="${table.head[index + 1]!}">${cell}</td>`)}</tr>`,
)}</tbody></table></div>
<p><strong>${table.choice}</strong></p><ul class="notes"><li>${table.note}</li></ul>`;
}
