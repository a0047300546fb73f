/**
 * The example's inquiry log (what `kurabe dataset build` reads to make training data) and its held-out evaluation
 * suites: inquiries answered from the documents, none of them in the log, and an unanswerable slice whose topics no
 * document covers. `sources` names the documents that hold each answer.
 */
export interface KbInquiry {
  question: string;
  answer: string;
  category: string;
  sources: string[];
}

export const KB_INQUIRY_LOG: readonly KbInquiry[] = [
  { question: "返品はいつまでできますか？", answer: "商品到着日から30日以内であれば返品を受け付けます。", category: "返品", sources: ["returns.md"] },
  { question: "返品するときに必要なものは？", answer: "注文番号と購入時のレシート（納品書）をご用意ください。", category: "返品", sources: ["returns.md"] },
  { question: "サイズ交換は有料ですか？", answer: "サイズ違い・色違いの交換は1回まで無料です。", category: "返品", sources: ["returns.md"] },
  { question: "注文してから何日で届きますか？", answer: "通常配送はご注文から3〜5営業日でお届けします。", category: "配送", sources: ["shipping.md"] },
  { question: "送料はいくらですか？", answer: "税込5,000円以上のご注文は無料、それ未満は全国一律550円です。", category: "配送", sources: ["shipping.md"] },
  { question: "荷物がどこにあるか知りたい", answer: "発送メールの追跡番号から配送業者のサイトで確認できます。", category: "配送", sources: ["shipping.md"] },
  { question: "パスワードを忘れてしまいました", answer: "ログイン画面の「パスワードを忘れた方」から再設定用のリンクをお送りします。", category: "アカウント", sources: ["account.md"] },
  { question: "メールアドレスを変えたい", answer: "マイページの「会員情報の変更」から変更できます。", category: "アカウント", sources: ["account.md"] },
  { question: "ポイントはいくら買うともらえますか？", answer: "お買い物100円（税抜）ごとに1ポイントを付与します。", category: "ポイント", sources: ["points.md"] },
  { question: "ポイントで送料を払えますか？", answer: "ポイントは送料の支払いには利用できません。", category: "ポイント", sources: ["points.md"] },
  { question: "保証期間はどれくらいですか？", answer: "家電製品の保証期間はお買い上げ日から1年間です。", category: "保証", sources: ["warranty.md"] },
  { question: "修理を頼みたいです", answer: "サポート窓口（0120-000-000、平日10時〜18時）にお電話ください。", category: "保証", sources: ["warranty.md"] },
];

/** Held out: never in the inquiry log above, so no model was tuned on them. */
export const KB_EVAL_ANSWERABLE = [
  { id: "returns-deadline", input: "買った服を返品したいのですが、何日以内なら大丈夫ですか？", expected: "商品到着日から30日以内", sources: ["returns.md"], category: "返品" },
  { id: "returns-shipping-fee", input: "不良品を返品するとき、送料は自分で払うのでしょうか？", expected: "初期不良の場合の送料は当社が負担します", sources: ["returns.md"], category: "返品" },
  { id: "express", input: "お急ぎ便だといつ届きますか？", expected: "午前11時までのご注文は翌日にお届けします", sources: ["shipping.md"], category: "配送" },
  { id: "free-shipping", input: "送料無料になる条件を教えてください。", expected: "税込5,000円以上の場合、送料は無料", sources: ["shipping.md"], category: "配送" },
  { id: "reset-link", input: "パスワード再設定のリンクはいつまで使えますか？", expected: "リンクの有効期限は24時間", sources: ["account.md"], category: "アカウント" },
  { id: "points-expiry", input: "ポイントに有効期限はありますか？", expected: "最後にポイントを獲得した日から1年間", sources: ["points.md"], category: "ポイント" },
  { id: "leave-points", input: "退会したらポイントはどうなりますか？", expected: "退会すると保有ポイントは失効します", sources: ["account.md", "points.md"], category: "アカウント" },
  { id: "extended-warranty", input: "延長保証に入ると何年保証になりますか？", expected: "保証期間が3年間になります", sources: ["warranty.md"], category: "保証" },
  {
    id: "follow-up",
    input: [
      { role: "user", content: "ポイントについて質問があります。" },
      { role: "assistant", content: "はい、どのようなことでしょうか？" },
      { role: "user", content: "1ポイントは何円として使えますか？" },
    ],
    expected: "1ポイント＝1円",
    sources: ["points.md"],
    category: "ポイント",
  },
];

/** Topics no document covers: the right answer says the documents do not hold it. */
export const KB_EVAL_UNANSWERABLE = [
  { id: "parking", input: "実店舗に駐車場はありますか？", answerable: false, category: "unanswerable" },
  { id: "gift-wrap", input: "ギフトラッピングはお願いできますか？", answerable: false, category: "unanswerable" },
  { id: "overseas", input: "海外への発送はしていますか？", answerable: false, category: "unanswerable" },
];
