import { headerWords } from "../report/i18n/header-words.js";
import type { ReportLanguage } from "../report/i18n/messages.js";

/** The dashboard's own labels (the report's tables and charts bring theirs from src/report/i18n/messages.ts). */
export interface ViewMessages {
  dashboard: string;
  runs: string;
  compare: string;
  items: string;
  noRuns: string;
  columns: {
    run: string;
    status: string;
    started: string;
    finished: string;
    description: string;
    headline: string;
    models: string;
    suites: string;
    answers: string;
    item: string;
    question: string;
  };
  filters: {
    legend: string;
    suite: string;
    model: string;
    category: string;
    outcome: string;
    all: string;
    noneIsAll: string;
    apply: string;
    reset: string;
    outcomes: { pass: string; fail: string; error: string; skipped: string };
    outcomeNote: string;
    /** The item list's "models disagree" check box, and what it keeps. */
    disagree: string;
    disagreeNote: string;
  };
  /** A run's headline in the runs list. */
  headline: (model: string, score: string) => string;
  browseItems: string;
  /** Heading of the compare page's links to the items the candidate newly fails. */
  regressedItems: string;
  download: string;
  downloads: { html: string; csv: string; json: string };
  page: (page: string, pages: string, total: string) => string;
  previous: string;
  next: string;
  noItems: string;
  allItems: string;
  previousItem: string;
  nextItem: string;
  showingModels: (models: string) => string;
  compareForm: { baseline: string; candidate: string; model: string; everyShared: string; submit: string };
  chooseRuns: string;
  comparePair: (model: string) => string;
  compareNote: string;
  noSharedModels: string;
  noSharedSuites: string;
  /** The page of items where two models of a run disagree, and the judge's pairwise verdicts on them. */
  pair: {
    title: (a: string, b: string) => string;
    heading: string;
    form: { run: string; a: string; b: string; submit: string };
    choose: string;
    note: string;
    none: string;
    verdicts: string;
    better: (model: string) => string;
    tie: string;
    strong: string;
    shownFirst: (model: string) => string;
  };
  /** The run page's links to each scoring revision of a rescored run (`?revision=N`), the latest marked. */
  revisions: string;
  latestRevision: (revision: string) => string;
  /** A `?revision=` that is not a whole number from 1. */
  badRevision: string;
  notFound: string;
  itemNotFound: (suite: string, item: string) => string;
  badRequest: string;
  serverError: string;
}

const en: ViewMessages = {
  dashboard: "kurabe dashboard",
  runs: "Runs",
  compare: "Compare runs",
  items: "Items",
  noRuns: "The store holds no runs yet; start one with `kurabe run`.",
  columns: {
    run: "Run",
    status: "Status",
    started: "Started",
    finished: "Finished",
    description: "Description",
    headline: "Leader",
    models: "Models",
    suites: "Suites",
    answers: "Answers",
    item: "Item",
    question: "Question",
  },
  filters: {
    legend: "Filter",
    suite: "Suite",
    model: "Model",
    category: "Category",
    outcome: "Outcome",
    all: "all",
    noneIsAll: "(none chosen: all)",
    apply: "Apply",
    reset: "Reset",
    outcomes: { pass: "passed", fail: "failed", error: "infrastructure error", skipped: "skipped" },
    outcomeNote: "An outcome keeps the items where the chosen model (any model when none is chosen) had it on some sample.",
    disagree: "Models disagree",
    disagreeNote:
      "Models disagree keeps the items where some of the chosen models (all when none is chosen) passed and others failed (first sample, primary score); an infrastructure error or a skipped answer is no verdict.",
  },
  headline: (model, score) => `${model} ${score} (all suites)`,
  browseItems: "Browse the items",
  regressedItems: "Items the candidate got worse on (first 50 per suite)",
  download: "Download this view",
  downloads: { html: "HTML report", csv: "CSV", json: "JSON" },
  page: (page, pages, total) => `Page ${page} of ${pages} (${total} items)`,
  previous: "← Previous",
  next: "Next →",
  noItems: "No item matches these filters.",
  allItems: "All items",
  previousItem: "← Previous item",
  nextItem: "Next item →",
  showingModels: (models) => `Showing answers of ${models}.`,
  compareForm: { baseline: "Baseline run", candidate: "Candidate run", model: "Model", everyShared: "every shared model", submit: "Compare" },
  chooseRuns: "Choose a baseline and a candidate run.",
  comparePair: (model) => `${model}: baseline → candidate`,
  compareNote:
    "Per suite, on the items both runs answered: candidate − baseline with its 95% interval, by the report's one method (below). A regression is a significant drop, an improvement a significant rise.",
  noSharedModels: "These runs share no model.",
  noSharedSuites: "These runs share no suite.",
  pair: {
    title: (a, b) => `${a} and ${b}: where they disagree`,
    heading: "Two models of one run, item by item",
    form: { run: "Run", a: "Model A", b: "Model B", submit: "Show where they disagree" },
    choose: "Choose a run and two of its models.",
    note: "Items where one model passed and the other did not (first sample, primary score), or a judge compared the two: each side's answer and scores (a rubric judge's reason is its detail), and the judge's pairwise verdicts with its reasons.",
    none: "The two models agree on every item of this run.",
    verdicts: "Pairwise verdicts",
    better: (model) => `${model} better`,
    tie: "tie",
    strong: "clearly",
    shownFirst: (model) => `${model} shown first`,
  },
  notFound: "Not found",
  itemNotFound: (suite, item) => `No item "${item}" in suite "${suite}".`,
  badRequest: "Bad request",
  revisions: "Show scoring revision",
  latestRevision: (revision) => `${revision} (latest)`,
  badRevision: "The scoring revision (?revision=N) is a whole number from 1.",
  serverError: "The dashboard failed to render this page",
};

const ja: ViewMessages = {
  dashboard: "kurabe ダッシュボード",
  runs: "実行一覧",
  compare: "実行の比較",
  items: "問題",
  noRuns: "まだ実行結果がありません。`kurabe run` で開始してください。",
  columns: {
    run: "実行",
    status: "状態",
    started: "開始",
    finished: "終了",
    description: "説明",
    headline: "首位",
    models: "モデル",
    suites: "スイート",
    answers: "回答数",
    item: "問題",
    question: "問題文",
  },
  filters: {
    legend: "絞り込み",
    suite: "スイート",
    model: "モデル",
    category: "カテゴリ",
    outcome: "結果",
    all: "すべて",
    noneIsAll: "（未選択ならすべて）",
    apply: "適用",
    reset: "解除",
    outcomes: { pass: "合格", fail: "不合格", error: "基盤エラー", skipped: "スキップ" },
    outcomeNote: "結果で絞り込むと、選んだモデル（未選択ならいずれかのモデル）がいずれかのサンプルでその結果だった問題を表示します。",
    disagree: "モデル間で合否が分かれた問題",
    disagreeNote:
      "選んだモデル（未選択ならすべてのモデル）のうち、合格したモデルと不合格のモデルがある問題だけを表示します（最初のサンプルの主スコア）。基盤エラーやスキップは判定に数えません。",
  },
  headline: (model, score) => `${model} ${score}（全スイート平均）`,
  browseItems: "問題を見る",
  regressedItems: "比較対象で悪化した問題（スイートごとに最初の 50 件）",
  download: "この表示をダウンロード",
  downloads: { html: "HTML レポート", csv: "CSV", json: "JSON" },
  page: (page, pages, total) => `${pages} ページ中 ${page} ページ目（${total} 問）`,
  previous: "← 前へ",
  next: "次へ →",
  noItems: "条件に合う問題はありません。",
  allItems: "問題一覧",
  previousItem: "← 前の問題",
  nextItem: "次の問題 →",
  showingModels: (models) => `${models} の回答を表示しています。`,
  compareForm: { baseline: "基準の実行", candidate: "比較対象の実行", model: "モデル", everyShared: "共通のすべてのモデル", submit: "比較" },
  chooseRuns: "基準と比較対象の実行を選んでください。",
  comparePair: (model) => `${model}：基準 → 比較対象`,
  compareNote:
    "スイートごとに、両方の実行が回答した問題で比較：比較対象 − 基準 と 95% 信頼区間（レポートと同じ 1 つの方法、下記）。有意な低下を「劣化」、有意な向上を「改善」とします。",
  noSharedModels: "共通のモデルがありません。",
  noSharedSuites: "共通のスイートがありません。",
  pair: {
    title: (a, b) => `${a} と ${b}：結果が分かれた問題`,
    heading: "同じ実行の 2 モデルを問題ごとに比較",
    form: { run: "実行", a: "モデル A", b: "モデル B", submit: "結果が分かれた問題を表示" },
    choose: "実行と、その 2 つのモデルを選んでください。",
    note: "一方が正解し他方が正解しなかった問題（最初のサンプル、主スコア）と、ジャッジが 2 モデルを比べた問題：それぞれの回答とスコア（ルーブリック採点の理由は詳細欄）、ジャッジの一対比較の判定と理由。",
    none: "この実行では、2 つのモデルの結果はすべての問題で一致しています。",
    verdicts: "一対比較の判定",
    better: (model) => `${model} が優れる`,
    tie: "引き分け",
    strong: "明確に",
    shownFirst: (model) => `${model} を先に提示`,
  },
  notFound: "見つかりません",
  itemNotFound: (suite, item) => `スイート「${suite}」に問題「${item}」はありません。`,
  badRequest: "不正なリクエスト",
  revisions: "表示する採点リビジョン",
  latestRevision: (revision) => `${revision}（最新）`,
  badRevision: "採点リビジョン（?revision=N）には 1 以上の整数を指定してください。",
  serverError: "このページを表示できませんでした",
};

// Headings break between words only (header-words.ts), as the report's do.
const VIEW_MESSAGES: Record<ReportLanguage, ViewMessages> = {
  en: { ...en, columns: headerWords(en.columns) },
  ja: { ...ja, columns: headerWords(ja.columns) },
};

export function viewMessagesFor(language: ReportLanguage): ViewMessages {
  return VIEW_MESSAGES[language];
}
