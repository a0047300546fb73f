/**
 * The example's inquiry log, what `kurabe dataset build` reads: the shop's past inquiries with the answer support
 * gave, a category and the documents that hold the answer. As in a real log, customers ask the same things in their
 * own words, so each answer comes with the several questions it was given to. 156 rows over eight documents: with
 * the build's defaults (10 % held out, 10 % of the cited documents left out) that makes a held-out suite of about
 * fifteen inquiries and an unanswerable slice of about twenty (test/cli/init-kb-example.test.ts counts them).
 */
interface KbInquiry {
  question: string;
  answer: string;
  category: string;
  sources: string[];
}

/** One answer support gave, and the questions (each a row of the log) it was given to. */
interface AnsweredTopic {
  category: string;
  sources: string[];
  answer: string;
  questions: string[];
}

const TOPICS: readonly AnsweredTopic[] = [
  {
    category: "返品",
    sources: ["returns.md"],
    answer: "商品到着日から30日以内であれば返品を受け付けます。",
    questions: ["返品はいつまでできますか？", "買ってから1か月たった商品は返品できますか", "返品の期限を教えてください", "届いて2週間の服を返したいです", "返品できる期間は何日ですか"],
  },
  {
    category: "返品",
    sources: ["returns.md"],
    answer: "注文番号と購入時のレシート（納品書）をご用意ください。",
    questions: ["返品するときに必要なものは？", "返品にレシートはいりますか", "納品書をなくしても返品できますか？", "返品の準備は何をすればいいですか", "返品のとき注文番号は必要ですか？"],
  },
  {
    category: "返品",
    sources: ["returns.md"],
    answer: "初期不良の場合は当社が、お客様のご都合による返品はお客様が送料を負担します。",
    questions: ["返品の送料はどちらが払いますか？", "壊れていた商品を返すときの送料は？", "イメージと違ったので返品したい、送料は？", "初期不良の返品は送料無料ですか", "自己都合の返品の送料は？"],
  },
  {
    category: "返品",
    sources: ["returns.md"],
    answer: "サイズ違い・色違いの交換は1回まで無料です。",
    questions: ["サイズ交換は有料ですか？", "色違いに交換できますか", "交換に手数料はかかりますか？", "2回目のサイズ交換も無料ですか", "サイズが合わないので交換したい"],
  },
  {
    category: "返品",
    sources: ["returns.md"],
    answer: "返品の到着を確認してから3営業日以内に交換品を発送します。",
    questions: ["交換品はいつ送られてきますか？", "交換の商品が届くまで何日かかりますか", "交換品の発送はいつですか？"],
  },
  {
    category: "配送",
    sources: ["shipping.md"],
    answer: "通常配送はご注文から3〜5営業日でお届けします。",
    questions: ["注文してから何日で届きますか？", "配送にかかる日数は？", "今日注文したらいつ届きますか", "届くまでどのくらいかかりますか？", "通常配送だと何日かかる？"],
  },
  {
    category: "配送",
    sources: ["shipping.md"],
    answer: "お急ぎ便なら午前11時までのご注文は翌日にお届けします。",
    questions: ["明日までに届けてほしいのですが", "お急ぎ便の締め切りは何時ですか？", "翌日配送はできますか", "急ぎで欲しいです", "お急ぎ便だといつ届きますか？"],
  },
  {
    category: "配送",
    sources: ["shipping.md"],
    answer: "税込5,000円以上のご注文は送料無料、それ未満は全国一律550円です。",
    questions: ["送料はいくらですか？", "送料無料になるのはいくらからですか", "3,000円の注文の送料は？", "北海道への送料はいくらですか", "送料がかからない条件は？", "5,000円以上買うと送料はどうなりますか"],
  },
  {
    category: "配送",
    sources: ["shipping.md"],
    answer: "発送メールの追跡番号から配送業者のサイトで確認できます。",
    questions: ["荷物がどこにあるか知りたい", "配送状況を確認する方法は？", "追跡番号はどこで分かりますか", "荷物が今どこか調べたい", "発送された荷物の追跡をしたい"],
  },
  {
    category: "アカウント",
    sources: ["account.md"],
    answer: "ログイン画面の「パスワードを忘れた方」から再設定用のリンクをお送りします。",
    questions: ["パスワードを忘れてしまいました", "ログインできません、パスワードが分からない", "パスワードの再設定方法を教えて", "パスワードをリセットしたい", "パスワードが思い出せません"],
  },
  {
    category: "アカウント",
    sources: ["account.md"],
    answer: "再設定用リンクの有効期限は24時間です。期限が切れたら、もう一度お手続きください。",
    questions: ["再設定のリンクが開けません", "パスワードのリンクはいつまで有効？", "昨日届いた再設定メールのリンクが使えない", "パスワード再設定メールのリンクの期限は？", "再設定リンクが期限切れになりました"],
  },
  {
    category: "アカウント",
    sources: ["account.md"],
    answer: "マイページの「会員情報の変更」から変更できます。変更後のアドレスに届く確認メールのリンクを開くと完了です。",
    questions: ["メールアドレスを変えたい", "登録メールの変更方法は？", "メールアドレスを変更したのに反映されない", "新しいメールアドレスに切り替えたい", "メールアドレスの変更はどこからできますか"],
  },
  {
    category: "アカウント",
    sources: ["account.md"],
    answer: "マイページの「退会手続き」から退会できます。",
    questions: ["退会したいです", "会員をやめる方法を教えてください", "アカウントを削除したい", "退会の手続きはどこでできますか？"],
  },
  {
    category: "アカウント",
    sources: ["account.md", "points.md"],
    answer: "退会された時点で、お持ちのポイントはすべて失効します。",
    questions: ["退会したらポイントはどうなりますか？", "退会後もポイントは使えますか", "退会するとためたポイントは消えますか"],
  },
  {
    category: "ポイント",
    sources: ["points.md"],
    answer: "お買い物100円（税抜）ごとに1ポイントを付与します。",
    questions: ["ポイントはいくら買うともらえますか？", "ポイントの還元率は？", "1万円買ったら何ポイントつきますか", "ポイントのたまり方を教えて", "何円の買い物で1ポイントですか？"],
  },
  {
    category: "ポイント",
    sources: ["points.md"],
    answer: "ポイントは商品の発送完了時に付与されます。",
    questions: ["ポイントがまだ付いていません", "ポイントはいつ付与されますか？", "注文したのにポイントが増えない", "ポイントが反映されるのはいつ？"],
  },
  {
    category: "ポイント",
    sources: ["points.md"],
    answer: "最後にポイントを獲得した日から1年間有効です。",
    questions: ["ポイントに有効期限はありますか？", "ポイントはいつまで使えますか", "ポイントが消えることはありますか？", "ポイントの期限は何年ですか"],
  },
  {
    category: "ポイント",
    sources: ["points.md"],
    answer: "1ポイント＝1円として次回以降のお買い物に使えます。送料の支払いには使えません。",
    questions: ["ポイントで送料を払えますか？", "1ポイントは何円ですか", "ポイントの使い方は？", "ためたポイントで支払いたい", "ポイントは1円として使えますか？"],
  },
  {
    category: "保証",
    sources: ["warranty.md"],
    answer: "家電製品の保証期間はお買い上げ日から1年間です。保証書とレシートを保管してください。",
    questions: ["保証期間はどれくらいですか？", "ケトルの保証は何年？", "買って半年の炊飯器は保証の対象ですか", "保証を受けるのに必要なものは？", "家電の保証期間を教えてください"],
  },
  {
    category: "保証",
    sources: ["warranty.md"],
    answer: "ご購入時に延長保証（税込1,100円）にお申し込みいただくと保証期間が3年間になります。",
    questions: ["延長保証はありますか？", "保証を3年にしたい", "延長保証の料金はいくら？", "長く保証してもらう方法はありますか", "延長保証に入ると何年になりますか？"],
  },
  {
    category: "保証",
    sources: ["warranty.md"],
    answer: "サポート窓口（0120-000-000、平日10時〜18時）にお電話ください。",
    questions: ["修理を頼みたいです", "故障したのでどこに連絡すればいいですか", "修理の受付時間は？", "サポートの電話番号を教えてください", "修理の申し込み方法は？"],
  },
  {
    category: "支払い",
    sources: ["payment.md"],
    answer: "クレジットカード（VISA・Mastercard・JCB・American Express）、コンビニ払い、代金引換がご利用いただけます。",
    questions: ["支払い方法は何がありますか？", "JCBカードは使えますか", "アメックスで払えますか？", "カード以外で払いたい", "使えるクレジットカードの種類は？", "コンビニで支払えますか"],
  },
  {
    category: "支払い",
    sources: ["payment.md"],
    answer: "ご注文から3日以内にお支払いください。期限を過ぎるとご注文は自動的にキャンセルされます。",
    questions: ["コンビニ払いの期限は？", "コンビニで払い忘れたらどうなりますか", "コンビニ払いはいつまでに払えばいい？", "コンビニ払いの期限が過ぎたら注文はどうなる？"],
  },
  {
    category: "支払い",
    sources: ["payment.md"],
    answer: "代金引換の手数料は1回のご注文につき330円です。",
    questions: ["代引きの手数料はいくら？", "代金引換にすると追加料金はかかりますか", "着払いで払うといくら余計にかかりますか", "代金引換は使えますか？手数料は？"],
  },
  {
    category: "支払い",
    sources: ["payment.md"],
    answer: "マイページの注文履歴からPDFでダウンロードできます。宛名は自由に入力できます。",
    questions: ["領収書がほしいです", "領収書の宛名を会社名にしたい", "領収書はどこでもらえますか？", "経費精算用の領収書を発行してほしい", "領収書をPDFでもらえますか"],
  },
  {
    category: "注文",
    sources: ["orders.md"],
    answer: "発送準備に入る前なら、マイページの注文履歴からキャンセルできます。",
    questions: ["注文をキャンセルしたい", "間違えて注文してしまいました", "キャンセルの方法を教えてください", "注文を取り消せますか？", "注文のキャンセルはどこからできますか"],
  },
  {
    category: "注文",
    sources: ["orders.md"],
    answer: "発送準備に入った後はキャンセルできません。商品到着後に返品の手続きをしてください。",
    questions: ["発送準備中の注文はキャンセルできますか？", "キャンセルボタンが押せません", "もう発送準備に入った注文を取り消したい", "発送準備に入ったらキャンセルはできない？"],
  },
  {
    category: "注文",
    sources: ["orders.md"],
    answer: "発送前であれば、サポート窓口へのご連絡でお届け先を変更できます。",
    questions: ["届け先を変えたい", "住所を間違えて注文しました", "配送先を実家に変更できますか？", "発送前にお届け先を変更したい"],
  },
  {
    category: "注文",
    sources: ["orders.md"],
    answer: "ご注文後すぐにお送りしています。届かない場合は迷惑メールフォルダをご確認ください。",
    questions: ["注文確認メールが来ません", "注文したのにメールが届かない", "確認メールが見当たりません", "注文確認メールはいつ届きますか？"],
  },
  {
    category: "注文",
    sources: ["orders.md"],
    answer: "別々のご注文を1つの箱にまとめてお届けすることはできません。",
    questions: ["2つの注文を一緒に送ってもらえますか？", "別々に注文した商品をまとめて届けてほしい", "追加注文を前の注文と同梱できますか", "注文をまとめて1つの箱で送れますか"],
  },
  {
    category: "クーポン",
    sources: ["coupons.md"],
    answer: "会員登録後の初めてのお買い物で、税込3,000円以上なら500円引きのクーポンが使えます。",
    questions: ["初回クーポンはありますか？", "初めての購入で割引はありますか", "新規会員の特典を教えて", "500円引きクーポンの条件は？", "初回購入クーポンの使える金額は？"],
  },
  {
    category: "クーポン",
    sources: ["coupons.md"],
    answer: "お誕生月の1日に、10%引きのクーポンをメールでお送りします。",
    questions: ["誕生日クーポンはいつ届きますか？", "誕生月の特典はありますか", "誕生日クーポンの割引率は？", "誕生月クーポンは何％引きですか？"],
  },
  {
    category: "クーポン",
    sources: ["coupons.md"],
    answer: "クーポンは1回のご注文につき1枚まで、有効期限は配布日から30日間です。",
    questions: ["クーポンは2枚同時に使えますか？", "クーポンの有効期限は？", "クーポンを複数使いたい", "もらったクーポンはいつまで使えますか", "クーポンは何日間有効ですか？"],
  },
  {
    category: "クーポン",
    sources: ["coupons.md"],
    answer: "はい、クーポンとポイントは併用できます。",
    questions: ["クーポンとポイントは一緒に使えますか？", "ポイント払いでもクーポンは使える？", "クーポンを使った注文でポイントも使えますか？"],
  },
];

export const KB_INQUIRY_LOG: readonly KbInquiry[] = TOPICS.flatMap(({ category, sources, answer, questions }) =>
  questions.map((question) => ({ question, answer, category, sources })),
);

/**
 * Follow-up questions in a conversation, which no row of the log holds: the model answers the last turn, and
 * retrieval reads every user turn. (`dataset build` makes the single-question held-out suite and the unanswerable
 * slice from the log itself.)
 */
export const KB_EVAL_CONVERSATIONS = [
  {
    id: "birthday-coupon",
    input: [
      { role: "user", content: "クーポンについて質問があります。" },
      { role: "assistant", content: "はい、どのようなことでしょうか？" },
      { role: "user", content: "誕生日のものだと何パーセント安くなりますか？" },
    ],
    expected: "10%引きのクーポン",
    sources: ["coupons.md"],
    category: "クーポン",
  },
  {
    id: "express-cutoff",
    input: [
      { role: "user", content: "お急ぎ便を使いたいです。" },
      { role: "assistant", content: "承知しました。ご不明な点はありますか？" },
      { role: "user", content: "何時までに頼めば次の日に来ますか？" },
    ],
    expected: "午前11時までのご注文は翌日にお届けします",
    sources: ["shipping.md"],
    category: "配送",
  },
  {
    id: "receipt-name",
    input: [
      { role: "user", content: "先週の注文の件です。" },
      { role: "assistant", content: "ご注文についてですね。どのようなご用件でしょうか？" },
      { role: "user", content: "領収書の宛名を自分で決められますか？" },
    ],
    expected: "宛名は自由に入力できます",
    sources: ["payment.md"],
    category: "支払い",
  },
];
