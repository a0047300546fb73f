/** The report's whole style sheet, inline: the file opens anywhere with no network. */
export const REPORT_CSS = `
:root { color-scheme: light; --fg: #1d1d1f; --muted: #5f6368; --line: #d9dce1; --bg: #fff; --soft: #f5f6f8;
  --pass: #0b7a3e; --fail: #b3261e; --warn: #8a5a00; --accent: #0072b2;
  --sans: system-ui, -apple-system, "Segoe UI", "Hiragino Sans", "Noto Sans JP", "Yu Gothic", sans-serif; }
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 1280px; padding: 24px 32px 64px; font: 14px/1.5 var(--sans); color: var(--fg); background: var(--bg); }
h1 { font-size: 24px; margin: 0 0 8px; } h2 { font-size: 19px; margin: 40px 0 12px; border-bottom: 1px solid var(--line); padding-bottom: 4px; }
h3 { font-size: 16px; margin: 24px 0 8px; } h4, h5 { margin: 12px 0 4px; font-size: 14px; }
.run { display: flex; flex-wrap: wrap; gap: 0 6px; margin: 0; color: var(--muted); font-size: 13px; }
.run > div { display: flex; gap: 0 6px; } .run dt { font-weight: 600; flex: none; } .run dt::after { content: ":"; } :lang(ja) .run dt::after { content: "："; } .run dd { margin: 0 12px 0 0; overflow-wrap: anywhere; }
details.models, details.all-figures, details.how { margin: 8px 0; } details > summary { cursor: pointer; color: var(--accent); }
nav ol { display: flex; flex-wrap: wrap; gap: 4px 20px; padding: 0; list-style: none; margin: 16px 0 0; }
nav a { color: var(--accent); text-decoration: none; }
.table-wrap { overflow-x: auto; }
table { border-collapse: collapse; font-variant-numeric: tabular-nums; }
th, td { padding: 4px 10px; border-bottom: 1px solid var(--line); text-align: left; vertical-align: top; }
th { background: var(--soft); font-weight: 600; }
/* Cells wrap between words, Japanese ones between phrases (auto-phrase reads lang="ja"): never inside カテゴリ or
   グループ in a narrow column. Headers do; the figures under them do not: a long header never pushes a table past its box. */
th, td { word-break: auto-phrase; }
thead th { vertical-align: bottom; }
td.num, th.num { text-align: right; } td.num, td.category { white-space: nowrap; }
td.others { min-width: 7em; }
/* A model or suite id stays on one line (wholeId): "gpt-4o-mini-2024-|07-18" broken at a hyphen reads as two names. */
.id { white-space: nowrap; }
/* The all-figures table is the widest: tighter cells, the category under its suite, the interval's bar under its
   figures, tokens in over out. */
table.leaderboard th, table.leaderboard td { padding: 4px 5px; font-size: 13px; }
/* Whole model ids can leave the table wider than the page (ja, long ids): it scrolls, the model column held in view. */
@media (min-width: 641px) { table.leaderboard td:first-child { position: sticky; left: 0; z-index: 1; background: var(--bg); } }
table.leaderboard .ci { display: block; margin: 2px 0 0 auto; }
table.leaderboard small.category { display: block; color: var(--muted); font-size: 12px; font-weight: normal; white-space: nowrap; }
.ci { display: inline-block; position: relative; width: 80px; height: 10px; background: var(--soft); border-radius: 2px; margin-left: 6px; vertical-align: middle; }
.ci span { position: absolute; top: 2px; height: 6px; background: #9ecae1; border-radius: 2px; }
.ci i { position: absolute; top: 0; width: 2px; height: 10px; background: var(--accent); }
.badge { display: inline-block; padding: 0 6px; border-radius: 8px; font-size: 12px; white-space: nowrap; }
.badge.noise { background: #eceff1; color: var(--muted); } .badge.real { background: #e3f2e8; color: var(--pass); }
.badge.worse { background: #fbe4e2; color: var(--fail); }
.notes { color: var(--muted); font-size: 13px; padding-left: 18px; } .notes li { margin: 2px 0; }
.charts { display: flex; flex-wrap: wrap; gap: 24px; } figure { margin: 0; } figcaption { color: var(--muted); font-size: 13px; max-width: 600px; }
figure svg { max-width: 100%; height: auto; }
.chart.narrow { display: none; }
details.item { border: 1px solid var(--line); border-radius: 6px; margin: 6px 0; background: var(--bg); }
details.item > summary { cursor: pointer; padding: 6px 10px; display: flex; gap: 12px; align-items: baseline; }
.item-id { font-family: ui-monospace, Menlo, Consolas, monospace; font-size: 12px; white-space: nowrap; }
.marks { white-space: nowrap; } .preview { color: var(--muted); overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
.mark.pass { color: var(--pass); } .mark.fail { color: var(--fail); } .mark.error { color: var(--warn); } .mark.skipped { color: var(--muted); }
.item-body { padding: 0 12px 12px; }
.answers { display: grid; grid-template-columns: repeat(auto-fit, minmax(320px, 1fr)); gap: 12px; }
.answer { border-left: 3px solid var(--line); padding: 0 0 0 10px; min-width: 0; }
.answer.pass { border-color: var(--pass); } .answer.fail { border-color: var(--fail); } .answer.error { border-color: var(--warn); }
pre { white-space: pre-wrap; overflow-wrap: anywhere; background: var(--soft); padding: 8px; border-radius: 4px; margin: 4px 0;
  font: 12.5px/1.45 ui-monospace, Menlo, Consolas, "Noto Sans Mono CJK JP", monospace; max-height: 480px; overflow: auto; }
.cut { display: block; margin: 6px 0; color: var(--warn); font-style: italic; }
.scores td, .scores th { font-size: 12.5px; padding: 2px 6px; overflow-wrap: anywhere; }
/* On a wide page the two model ids stay on one line each; the long price headers wrap instead. */
@media (min-width: 641px) { table.break-even-pairs td:nth-child(-n+2) { white-space: nowrap; } }
table.matrix td small { display: block; color: var(--muted); font-size: 12px; white-space: nowrap; }
table.matrix td.chosen, table.use-cases td strong { color: var(--fg); } table.matrix td.chosen { background: #e8f3fb; }
.pick { color: var(--accent); font-weight: 700; }
table.use-cases td { vertical-align: top; } table.use-cases { width: 100%; }
table.knowledge-base tbody th { white-space: nowrap; }
.muted { color: var(--muted); }
code { font: 12.5px ui-monospace, Menlo, Consolas, "Noto Sans Mono CJK JP", monospace; background: var(--soft); padding: 0 3px; border-radius: 3px; word-break: keep-all; } /* Japanese in code (モデル@プロンプト) breaks only at its <wbr>s, as a Latin word would */
.recommendation { padding-left: 18px; } .recommendation li { margin: 4px 0; }
@media (max-width: 640px) {
  body { padding: 12px 12px 48px; }
  /* On a phone the decision comes first: the title, the recommendation, then the run's details (and the dashboard's
     filter) and the rest. A wide window has room for all of it on the first screen, in the order of the page. */
  .run-page { display: flex; flex-direction: column; }
  .run-page > header { display: contents; }
  .run-page > header > h1 { order: -2; }
  .run-page > #recommendation { order: -1; }
  h2 { margin-top: 28px; }
  table.stack, table.stack tbody, table.stack tr, table.stack th, table.stack td { display: block; width: 100%; }
  table.stack thead { display: none; }
  table.stack tr { border: 1px solid var(--line); border-radius: 6px; margin: 0 0 10px; padding: 4px 0; }
  table.stack td { display: flex; justify-content: space-between; gap: 12px; border: 0; text-align: right; white-space: normal; }
  /* The label keeps its width (諦めるもの on one line), up to 60 % of the card, wrapping between phrases beyond that. */
  table.stack td::before { content: attr(data-label); color: var(--muted); text-align: left; font-weight: 600; flex: 0 0 auto; max-width: 60%; word-break: auto-phrase; }
  /* A value holding a whole id cannot wrap below the id's width: the value gives way first, then the label wraps
     between its words, so "Model (self-hosted)" and "llama-3.1-70b-instruct-q4_k_m" share a card's line. */
  table.stack td:has(.id)::before { flex-shrink: 1; } table.stack td:has(.id) > * { flex-shrink: 1000; }
  /* A label is words, also over a cell of data in its own font (an item's id). */
  table.stack td.item-id::before { font: 600 14px/1.5 var(--sans); }
  table.stack tbody th { border: 0; background: none; font-size: 15px; }
  /* A card has room for "20,890 / 3,600" on one line; the wide table's in-over-out break would waste one. */
  table.stack td.tokens br { display: none; }
  /* One grid per cell, the same columns in every card: suite | score | interval, the cost under score and interval. */
  table.matrix td { display: grid; grid-template-columns: minmax(0, 10.5em) 5em minmax(0, 1fr); column-gap: 8px; row-gap: 0; align-items: baseline; }
  /* The label column is the label's own (a stack card's 60 % cap would be of the column, breaking "jcommonsenseqa"). */
  table.matrix td::before { grid-row: span 2; overflow-wrap: anywhere; max-width: none; }
  table.matrix td .score { grid-column: 2; text-align: left; white-space: nowrap; }
  table.matrix td small.interval { grid-column: 3; }
  table.matrix td small.cost { grid-column: 2 / -1; }
  .chart.wide { display: none; } .chart.narrow { display: block; }
  figure { width: 100%; } .chart.narrow svg { width: 100%; height: auto; }
}
@media print { details { break-inside: avoid; } pre { max-height: none; } }
`;
