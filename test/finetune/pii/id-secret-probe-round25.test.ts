import { describeMaskingClasses } from "../support/masking-cases.js";

/**
 * ID and secret classes a probe of everyday office lines found leaking (issue 13, round 25), each in other layouts and
 * with the look-alikes it must leave alone (expected === input). Values are made up here.
 */
describeMaskingClasses("id and secret classes of the round-25 probe", {
  "where a key is hidden, told in a sentence rather than after a label": [
    ["合鍵は物置の棚の奥にしまってあります", "合鍵は[SECRET]にしまってあります"],
    ["玄関の鍵は 室外機の裏 に貼っておきます", "玄関の鍵は [SECRET] に貼っておきます"],
    ["カギは郵便受けの中に入れておきました。", "カギは[SECRET]に入れておきました。"],
    ["予備キーは自転車のかごの下です。", "予備キーは[SECRET]です。"],
    ["The spare key is hidden under the third flower pot.", "The spare key is hidden [SECRET]."],
    ["Our house key is kept behind the electric meter, by the gate.", "Our house key is kept [SECRET], by the gate."],
    ["鍵は箱の中に入れてください", "鍵は箱の中に入れてください"],
    ["鍵はフロントでお渡しします。", "鍵はフロントでお渡しします。"],
    ["鍵は上の表のとおりです。", "鍵は上の表のとおりです。"],
    ["秘密鍵はサーバーの中に置いてあります", "秘密鍵はサーバーの中に置いてあります"],
    ["The key is under review.", "The key is under review."],
    ["The API key is inside the vault.", "The API key is inside the vault."],
    ["The primary key is behind the index on the orders table.", "The primary key is behind the index on the orders table."],
  ],
  "a handle after a handle's word with an aside or an @, after a code host in small letters, or after a messenger and as": [
    ["チャットでの名前（ハンドル）は neko_no_te です", "チャットでの名前（ハンドル）は [PERSONAL_ID] です"],
    ["ゲーム内の名前（表示名）: hoshi-kuzu_7", "ゲーム内の名前（表示名）: [PERSONAL_ID]"],
    ["社内チャットのハンドル @mori-aki-ops で呼んでください", "社内チャットのハンドル [PERSONAL_ID] で呼んでください"],
    ["ping me on github: ken-sato-dev", "ping me on github: [PERSONAL_ID]"],
    ["Add me on Telegram as riko.h.2001 please", "Add me on Telegram as [PERSONAL_ID] please"],
    ["ハンドルを右に切ってください", "ハンドルを右に切ってください"],
    ["ブレーキとハンドル(前) を交換", "ブレーキとハンドル(前) を交換"],
    ["名前（ハンドル操作の確認）は step_01 です", "名前（ハンドル操作の確認）は step_01 です"],
    ["Join the LINE group as follows: open the app", "Join the LINE group as follows: open the app"],
    ["the github is down again", "the github is down again"],
    ["GitHub: octo-org/api のリポジトリ", "GitHub: octo-org/api のリポジトリ"],
  ],
  "a security question's answer, the question quoted between in Japanese, and in English": [
    ["秘密の質問『初めて飼ったペット』の答えは コロ", "秘密の質問『初めて飼ったペット』の答えは [SECRET]"],
    ["秘密の質問「出身小学校」の答え：みなみ", "秘密の質問「出身小学校」の答え：[SECRET]"],
    ["Security answer = blue42", "Security answer = [SECRET]"],
    ["The answer to my secret question is Maple Street.", "The answer to my secret question is [SECRET]."],
    ["Security question answer: not set", "Security question answer: not set"],
    ["The security answer is that we reset it", "The security answer is that we reset it"],
    ["Security question: What was your first pet?", "Security question: What was your first pet?"],
    ["秘密の質問「出身小学校」の答え：未設定", "秘密の質問「出身小学校」の答え：未設定"],
  ],
  "a game's or a crew's member ID after a person's word in katakana": [
    ["プレイヤーID: 5521-0093-77 で検索", "プレイヤーID: [PERSONAL_ID] で検索"],
    ["フレンドコード：7712 3390 441", "フレンドコード：[PERSONAL_ID]"],
    ["メンバー番号 00418", "メンバー番号 [PERSONAL_ID]"],
    ["ドライバーコード D-2291 の配送", "ドライバーコード [PERSONAL_ID] の配送"],
    ["プレイヤー数 4 人", "プレイヤー数 4 人"],
    ["メンバー 12 名で参加", "メンバー 12 名で参加"],
    ["ドライバー番号 3 のトラック", "ドライバー番号 3 のトラック"],
    ["プリンタードライバー 2291 版", "プリンタードライバー 2291 版"],
  ],
  "a code that moves a game's or an app's account to a new phone": [
    ["データ引継ぎコード: QX77-M2P9-4K", "データ引継ぎコード: [SECRET]"],
    ["機種変更コードは 8KD2-77QA です", "機種変更コードは [SECRET] です"],
    ["Your transfer code is 4HQ8-ZZ21-K9", "Your transfer code is [SECRET]"],
    ["引き継ぎコードの発行方法はヘルプを参照", "引き継ぎコードの発行方法はヘルプを参照"],
    ["transfer code TBD", "transfer code TBD"],
  ],
  "a lock box's code after a comma and code's word": [
    ["The key is in the black lockbox, code 5520.", "The key is in the black lockbox, code [SECRET]."],
    ["キーボックス、暗証番号 3901 です", "キーボックス、暗証番号 [SECRET] です"],
    ["keybox, combination is 7-1-4-4", "keybox, combination is [SECRET]"],
    ["keybox, 2 units ordered", "keybox, 2 units ordered"],
    ["キーボックス、2個 発注", "キーボックス、2個 発注"],
  ],
  "an English person's ID label naming whose it is before its colon": [
    ["Member ID for Lucas Meyer: LM-55102", "Member ID for [PERSON]: [PERSONAL_ID]"],
    ["Student number of Ms. Chen: 20418833", "Student number of Ms. [PERSON]: [PERSONAL_ID]"],
    ["Employee number for the form: see page 4", "Employee number for the form: see page 4"],
    ["Customer ID for Q3: 2026 plan", "Customer ID for Q3: 2026 plan"],
  ],
  "a member's number of letters and spaced digit groups, and a label's aside naming the holder": [
    ["会員番号 JL 4091 8277 です", "会員番号 [PERSONAL_ID] です"],
    ["お客様番号：KD 1204 5531 の方", "お客様番号：[PERSONAL_ID] の方"],
    ["契約ID（会員ID）：ZX90412", "契約ID（会員ID）：[PERSONAL_ID]"],
    ["会員番号 A 2026 年度", "会員番号 A 2026 年度"],
    ["会員番号）12345", "会員番号）12345"],
  ],
  "a production batch's number is the goods'": [
    ["バッチ番号 B-20260412-03", "バッチ番号 B-20260412-03"],
    ["バッチID BT-0412 の処理", "バッチID BT-0412 の処理"],
  ],
});
