import type { KnowledgeBaseSection } from "../model/knowledge-base.js";
import type { RenderContext } from "../render-context.js";
import { knowledgeBaseTable } from "../text/knowledge-base-table.js";
import { html, type SafeHtml } from "./html-template.js";

/** The knowledge-base chatbot section: the systems side by side and the report's recommendation (every cell escaped). */
export function knowledgeBaseHtml(context: RenderContext, section: KnowledgeBaseSection): SafeHtml {
  const table = knowledgeBaseTable(context, section);
  return html`<p>${table.intro}</p><div class="table-wrap"><table class="knowledge-base"><thead><tr>${table.head.map(
    (cell, index) => html`<th${index === 0 ? html`` : html` class="num"`}>${cell}</th>`,
  )}</tr></thead><tbody>
${table.rows.map((row) => html`<tr>${row.map((cell, index) => html`<td${index === 0 ? html`` : html` class="num"`}>${cell}</td>`)}</tr>`)}</tbody></table></div>
<p><strong>${table.choice}</strong></p><ul class="notes"><li>${table.note}</li></ul>`;
}
