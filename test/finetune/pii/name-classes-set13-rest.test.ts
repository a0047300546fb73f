import { describeMaskingClasses } from "../support/masking-cases.js";

/**
 * Name rules by class for what the thirteenth set (a development set) still missed after its first round (issue 13),
 * each with other values than the set's and the look-alikes it must leave alone (expected === input).
 */
describeMaskingClasses("name classes of the thirteenth set's rest", {
  "a katakana surname before と名乗る, a space before it after a particle": [
    ["乗客は オオタケ と名乗っています", "乗客は [PERSON] と名乗っています"],
    ["相手は フジモトと名乗った", "相手は [PERSON]と名乗った"],
    ["本人は スタッフ と名乗っています", "本人は スタッフ と名乗っています"],
    ["メニューは ラーメン と名付けました", "メニューは ラーメン と名付けました"],
  ],
  "a full name before a person's number in brackets (ユーザーID, 社員番号)": [
    ["担当の引継ぎ。吉川 光（ユーザーID yoshikawa.h）が異動しました", "担当の引継ぎ。[PERSON]（ユーザーID [PERSONAL_ID]）が異動しました"],
    ["システム（ユーザーID 一覧）を更新", "システム（ユーザーID 一覧）を更新"],
  ],
  "a surname straight before a trainer's or an instructor's word": [
    ["キャンセルは岩瀬トレーナーに伝えました。", "キャンセルは[PERSON]トレーナーに伝えました。"],
    ["担当トレーナーに伝えました。", "担当トレーナーに伝えました。"],
    ["専属インストラクターが対応します", "専属インストラクターが対応します"],
  ],
  "a spaced kanji full name found, the same name written without its space": [
    ["劉 志強様の荷物です。我是 劉志強，请帮忙", "[PERSON]様の荷物です。我是 [PERSON]，请帮忙"],
    ["木村 拓也様より。木村拓也がご案内", "[PERSON]様より。[PERSON]がご案内"],
  ],
  "a Markdown table's column headed by a kanji word ending in 者 (請求者, 来庁者)": [
    [
      "| 番号 | 来庁者 | 用件 |\n|---|---|---|\n| 001 | Chukwuemeka Obi | 転入 |\n| 002 | Joana Pereira da Costa | 転出 |",
      "| 番号 | 来庁者 | 用件 |\n|---|---|---|\n| 001 | [PERSON] | 転入 |\n| 002 | [PERSON] | 転出 |",
    ],
    ["| 番号 | 業者 | 用件 |\n|---|---|---|\n| 001 | 山田設備 | 修理 |", "| 番号 | 業者 | 用件 |\n|---|---|---|\n| 001 | 山田設備 | 修理 |"],
    ["| 番号 | 対象者 | 件数 |\n|---|---|---|\n| 001 | 全員 | 3 |", "| 番号 | 対象者 | 件数 |\n|---|---|---|\n| 001 | 全員 | 3 |"],
  ],
  "a Latin name alone after a staff member's job in Japanese, or before an e-mail in brackets": [
    ["インストラクター Bruno が対応しました。", "インストラクター [PERSON] が対応しました。"],
    ["Please copy his assistant Chinedu (chinedu.o@example.ng) on it.", "Please copy his assistant [PERSON] ([EMAIL]) on it."],
    ["スタッフ Windows を再起動しました。", "スタッフ Windows を再起動しました。"],
    ["Contact Support (help@example.com) for access.", "Contact Support ([EMAIL]) for access."],
  ],
  "a Latin family name written before the given name, a Slavic woman's -ska of a listed -ski too": [
    ["追加：妻 Kowalska Maria、住所は同じ", "追加：妻 [PERSON]、住所は同じ"],
    ["Visit Costa Rica next year.", "Visit Costa Rica next year."],
  ],
  "a kanji surname after a job's Latin abbreviation, the dictionary knowing its start (DBA, SRE, PM)": [
    ["| DB password | rotated | DBA 比嘉根 |", "| DB password | rotated | DBA [PERSON] |"],
    ["障害は SRE 桜井が対応しました", "障害は SRE [PERSON]が対応しました"],
    ["PM 対応済み、QA 環境で確認、HR 本部へ", "PM 対応済み、QA 環境で確認、HR 本部へ"],
  ],
  "a Latin full name that an e-mail address of the same text spells": [
    ["会員番号 M-1 Priyanka Raghunathan。連絡は priyanka.raghunathan@example.in", "会員番号 M-1 [PERSON]。連絡は [EMAIL]"],
    ["Ask Support Team (support.team@example.com)", "Ask Support Team ([EMAIL])"],
  ],
  "a katakana family name and a kanji given name signing a message after its last sentence": [
    ["鍵をなくしました。よろしくお願いします。ミラー 翔太", "鍵をなくしました。よろしくお願いします。[PERSON]"],
    ["確認しました。ログイン 不可", "確認しました。ログイン 不可"],
    ["完了しました。アップデート 済", "完了しました。アップデート 済"],
  ],
  "a name masked whole, not in part: after a customer's or a role's word and a space, a hiragana given name before です": [
    ["お客様 結衣 様よりお問い合わせ", "お客様 [PERSON] 様よりお問い合わせ"],
    ["担当者 ヤマダ様が対応", "担当者 [PERSON]様が対応"],
    ["担当は村上 さゆりです", "担当は[PERSON]です"],
    ["担当は村上 よりです", "担当は[PERSON] よりです"],
    ["竹内 健 様", "[PERSON] 様"],
  ],
  "a job's word ending in 手 before an honorific is no name (運転手さん, 助手さん); a surname in 手 is (井手さん)": [
    ["運転手さんに伝えました", "運転手さんに伝えました"],
    ["助手さんが来ました", "助手さんが来ました"],
    ["井手さんに伝えました", "[PERSON]さんに伝えました"],
  ],
  "a firm named after its partners stays (Advisory, a Japanese surname before ・ and a firm's word)": [
    ["She is now at Nowak Jan Advisory in Warsaw.", "She is now at Nowak Jan Advisory in Warsaw."],
    ["大森・ミュラー法律事務所に依頼しました。", "大森・ミュラー法律事務所に依頼しました。"],
    ["大森・佐藤の両名が出席", "[PERSON]・[PERSON]の両名が出席"],
  ],
});
