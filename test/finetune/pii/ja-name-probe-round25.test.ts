import { describeMaskingClasses, type MaskingCase } from "../support/masking-cases.js";

/**
 * Japanese name classes a probe of company texts found leaking in round 25 (issue 13), each with the look-alikes
 * beside it that must stay. Values are made up here, not a set's.
 */
const classes: Record<string, MaskingCase[]> = {
  "a chat line's speaker with no time stamp, alone or after the role they speak for": [
    ["トモコ：今日の飲み会キャンセルで", "[PERSON]：今日の飲み会キャンセルで"],
    ["ゆうすけ: 駅に着いたよ", "[PERSON]: 駅に着いたよ"],
    ["翔平: 既読無視すんなｗ", "[PERSON]: 既読無視すんなｗ"],
    ["新垣 大輔：了解です", "[PERSON]：了解です"],
    ["ドライバー 遠藤：再配達完了", "ドライバー [PERSON]：再配達完了"],
    ["電話受付 吉田：キャンセル承りました", "電話受付 [PERSON]：キャンセル承りました"],
    ["Agent 井上: パスワードリセットのリンクを送りました", "Agent [PERSON]: パスワードリセットのリンクを送りました"],
    ["オペレーター 林：折り返します", "オペレーター [PERSON]：折り返します"],
    ["リョウタ「もう着く」", "[PERSON]「もう着く」"],
    ["真由美「ありがとう！」", "[PERSON]「ありがとう！」"],
    ["備考: 9時から", "備考: 9時から"],
    ["福岡：晴れのち曇り", "福岡：晴れのち曇り"],
    ["宮崎: 最高気温 18度", "宮崎: 最高気温 18度"],
    ["ステータス: 完了", "ステータス: 完了"],
    ["あさ: パンと牛乳", "あさ: パンと牛乳"],
    ["ドライバー 不足: 3名", "ドライバー 不足: 3名"],
    ["受付 時間: 9-17", "受付 時間: 9-17"],
    ["件名「見積のご依頼」", "件名「見積のご依頼」"],
    ["久光: 12ケース", "久光: 12ケース"],
    ["明治: 値上げのお知らせ", "明治: 値上げのお知らせ"],
  ],
  "a speaker's name that is a word or a firm's too, only in a transcript another line's speaker makes sure": [
    ["トモコ: 着いた？\nさくら: まだ電車", "[PERSON]: 着いた？\n[PERSON]: まだ電車"],
    ["ひかり：了解〜\n健太郎：じゃあ7時で", "[PERSON]：了解〜\n[PERSON]：じゃあ7時で"],
    ["のぞみ: 9時発 東京行き\nひかり: 9時半発", "のぞみ: 9時発 東京行き\nひかり: 9時半発"],
    ["さくら：満開", "さくら：満開"],
    ["すみれ: 12名\nひまわり: 15名", "すみれ: 12名\nひまわり: 15名"],
    ["トモコ：了解\n高橋: 明日は休みます", "[PERSON]：了解\n[PERSON]: 明日は休みます"],
    ["住友：合併について", "住友：合併について"],
    ["武田：新薬を発表\n塩野義：増配", "武田：新薬を発表\n塩野義：増配"],
    ["トモコ：了解\n森永: 12ケース", "[PERSON]：了解\n森永: 12ケース"],
  ],
  "a kanji name and its kana reading in the next cell, both masked": [
    ["2031,仲村渠 勇,なかんだかり いさむ,物流", "2031,[PERSON],[PERSON],物流"],
    ['"3001","比屋根 舞","ひやね まい","患者"', '"3001","[PERSON]","[PERSON]","患者"'],
    ["1025,宇野美里,ウノミサト,総務", "1025,[PERSON],[PERSON],総務"],
    ["| 青木 光 | アオキ ヒカル | 在籍 |", "| [PERSON] | [PERSON] | 在籍 |"],
    ["7\t中村 勇\tナカムラ イサム\t営業", "7\t[PERSON]\t[PERSON]\t営業"],
    ["4,田中歯科,たなかしか,医療", "4,田中歯科,たなかしか,医療"],
    ["5,熊本城,くまもとじょう,観光", "5,熊本城,くまもとじょう,観光"],
    ["7,鈴木商店,スズキショウテン,卸", "7,鈴木商店,スズキショウテン,卸"],
    ["商品,青森 林檎,あおもり りんご,3", "商品,青森 林檎,あおもり りんご,3"],
    ["1,大和,やまと,奈良", "1,大和,やまと,奈良"],
    ["2,中野区,なかのく,東京", "2,中野区,なかのく,東京"],
  ],
  "a chat's mention of a person in Japanese after @": [
    ["@けんた 明日のリリース大丈夫？", "@[PERSON] 明日のリリース大丈夫？"],
    ["@リョウ 了解", "@[PERSON] 了解"],
    ["@翔平 おつかれ", "@[PERSON] おつかれ"],
    ["ランチ@渋谷", "ランチ@渋谷"],
    ["@渋谷 集合", "@渋谷 集合"],
    ["@ホーム 画面", "@ホーム 画面"],
    ["集合@駅前", "集合@駅前"],
    ["@全員 明日は休み", "@全員 明日は休み"],
  ],
};

describeMaskingClasses("Japanese name classes of the round-25 probe", classes);
