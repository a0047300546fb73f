import { describeMaskingClasses } from "../support/masking-cases.js";

/**
 * Look-alikes of round 40r (issue 13): a firm's or a town's vehicles' plates, named by the firm's own delivery run, a
 * collection round's truck, a carrier's trade before the bracket, or a body's vehicle (by its model, or with a note)
 * in brackets after; a number said to be a body's between its label and the bracket; an application's code the desk
 * says it received; a librarian's post before an honorific; a firm named by
 * its founder and its trade (解体, 不動産管理). Each beside the person's own value, which stays masked.
 */
describeMaskingClasses("look-alikes of round 40r", {
  "a firm's, a carrier's, a club's or a town's vehicle's plate names no person": [
    ["配達は自社便（品川 400 す 30-12）で伺います。", "配達は自社便（品川 400 す 30-12）で伺います。"],
    ["2026/11/02,引取,弊社便（横浜 100 あ 48-03）で回収", "2026/11/02,引取,弊社便（横浜 100 あ 48-03）で回収"],
    ["| 11/02 | 今週の回収車は 多摩 800 さ 31-07 と 多摩 800 さ 31-08 |", "| 11/02 | 今週の回収車は 多摩 800 さ 31-07 と 多摩 800 さ 31-08 |"],
    ["[10:02] 担当：収集車は 仙台 800 ひ 12-40 が代車です", "[10:02] 担当：収集車は 仙台 800 ひ 12-40 が代車です"],
    ["- 資材は 大森運輸（群馬 100 か 22-61）で搬入。", "- 資材は 大森運輸（群馬 100 か 22-61）で搬入。"],
    ["伴走は <td>長野 300 さ 41-90</td>（協会のキャラバン）。", "伴走は <td>長野 300 さ 41-90</td>（協会のキャラバン）。"],
    ["・巡回車：秋田 830 さ 20-14（町の車、車検 来年3月）", "・巡回車：秋田 830 さ 20-14（町の車、車検 来年3月）"],
    ["来客の車は 品川 330 ら 51-06（父のハイエース）です。", "来客の車は [PERSONAL_ID]（父のハイエース）です。"],
    ["石田様のお車 品川 330 ら 51-06 を駐車場へ。", "[PERSON]様のお車 [PERSONAL_ID] を駐車場へ。"],
  ],
  "a number said to be a body's before its bracket is the body's": [
    ["貸出カードの登録番号はクラブのもの（G-2210）です。", "貸出カードの登録番号はクラブのもの（G-2210）です。"],
    ["| 11/02 | 会員番号は法人名義（K-40871） |", "| 11/02 | 会員番号は法人名義（K-40871） |"],
    ["会員番号は本人のもの（M-20418）。", "会員番号は本人のもの（[PERSONAL_ID]）。"],
    ["学籍番号の入った名簿（S2025-0412 など）", "学籍番号の入った名簿（[PERSONAL_ID] など）"],
  ],
  "an application's code the desk says it received is its reception number": [
    ["ネット申込 R-261102-0415 は受付済みです。", "ネット申込 R-261102-0415 は受付済みです。"],
    ["2026/11/02,電話,申込 CR-2611-018 で承りました", "2026/11/02,電話,申込 CR-2611-018 で承りました"],
    ["[10:02] 窓口：申込み：AP-26-0412 の件で折り返します", "[10:02] 窓口：申込み：[PERSONAL_ID] の件で折り返します"],
  ],
  "a librarian's post before an honorific is no name": [
    ["学校司書さんと貸出。", "学校司書さんと貸出。"],
    ["2026/11/02,来館,図書館司書さんに相談", "2026/11/02,来館,図書館司書さんに相談"],
    ["| 11/02 | 司書 八重樫 梢 が担当 |", "| 11/02 | 司書 [PERSON] が担当 |"],
  ],
  "a firm named by its founder and a demolition's or a property manager's trade is the firm": [
    ["引取は 岩淵解体さん に依頼", "引取は 岩淵解体さん に依頼"],
    ["2026/11/02,管理会社,株式会社 安藤ビル管理 さん経由", "2026/11/02,管理会社,株式会社 安藤ビル管理 さん経由"],
    ["| 管理 | 小田切不動産管理 様 |", "| 管理 | 小田切不動産管理 様 |"],
    ["解体業者の 岩淵 さん", "解体業者の [PERSON] さん"],
  ],
});
