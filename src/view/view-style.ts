/** The dashboard's additions to the report's style sheet: the top bar, filter forms and pagers. */
export const VIEW_CSS = `
.topbar { display: flex; gap: 20px; align-items: baseline; padding: 0 0 12px; margin-bottom: 16px; border-bottom: 1px solid var(--line); }
.topbar .brand { font-weight: 700; color: var(--fg); }
.topbar a { color: var(--accent); text-decoration: none; }
a { color: var(--accent); }
.breadcrumbs { color: var(--muted); margin: 0 0 8px; }
form.filters fieldset { display: flex; flex-wrap: wrap; gap: 8px 16px; align-items: end; border: 1px solid var(--line); border-radius: 6px; padding: 8px 12px 12px; margin: 16px 0; }
form.filters label { display: flex; flex-direction: column; font-size: 13px; color: var(--muted); gap: 2px; }
form.filters select, form.filters button { font: inherit; padding: 3px 6px; }
form.filters label.check { flex-direction: row; align-items: center; gap: 6px; padding-bottom: 4px; }
/* On a phone the controls take two columns, the model list the whole width: no tall list beside a short select. */
@media (max-width: 640px) {
  form.filters fieldset { display: grid; grid-template-columns: 1fr 1fr; grid-auto-flow: row dense; align-items: start; }
  form.filters label:has(select[multiple]), form.filters label.wide { grid-column: 1 / -1; }
  form.filters select { width: 100%; min-width: 0; }
  /* The item list as cards (table.stack): the question's start closes the card, full width, two lines at most. */
  table.stack.item-list td.preview-cell { display: -webkit-box; -webkit-box-orient: vertical; -webkit-line-clamp: 2; max-width: none; white-space: normal; text-align: left; overflow-wrap: anywhere; }
  table.stack.item-list td.preview-cell::before { content: none; }
}
/* On a wide page a run's id keeps to one line: it is what a reader scans the list by. */
@media (min-width: 641px) { table.runs td:first-child { white-space: nowrap; } }
/* A link's words stay together: a download ("HTML|report") or a regressed item's id ("mmlu-|030") broke over two lines. */
.downloads a, ul.regressed a { white-space: nowrap; }
.pager { display: flex; gap: 16px; align-items: baseline; margin: 12px 0; }
.item-list td.preview-cell { max-width: 560px; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; color: var(--muted); }
.item-list td.marks-cell { white-space: nowrap; }
.item-nav { display: flex; justify-content: space-between; margin: 8px 0; }
.badge.regression { background: #fbe4e2; color: var(--fail); } .badge.improvement { background: #e3f2e8; color: var(--pass); }
.badge.within-noise, .badge.no-data { background: #eceff1; color: var(--muted); }
.error-page p { font-size: 16px; }
.pair-verdicts { padding-left: 18px; } .pair-verdicts blockquote { margin: 2px 0 8px; padding-left: 8px; border-left: 2px solid var(--line); white-space: pre-wrap; overflow-wrap: anywhere; }
.pair-item { margin-bottom: 16px; }
`;
