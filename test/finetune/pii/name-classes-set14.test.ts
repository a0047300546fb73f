import { describeMaskingClasses } from "../support/masking-cases.js";

/**
 * Name rules by class for what the fourteenth set (a development set) missed (issue 13), each with other values than
 * the set's and the look-alikes it must leave alone (expected === input).
 */
describeMaskingClasses("name classes of the fourteenth set", {
  "who handled a log's entry, in brackets closing it, a surname that is also a place or a Latin name alone": [
    ["在庫を確認して折り返し（対応：宮城）", "在庫を確認して折り返し（対応：[PERSON]）"],
    ["併用可と説明（対応：薬剤師 宮城）", "併用可と説明（対応：薬剤師 [PERSON]）"],
    ["Refund sent (担当: Moreno)", "Refund sent (担当: [PERSON])"],
    ["用量を再送（対応：Silva）", "用量を再送（対応：[PERSON]）"],
    ["返金済み（対応：済）", "返金済み（対応：済）"],
    ["折り返し予定（対応：電話）", "折り返し予定（対応：電話）"],
    ["返品受付（対応：本店）", "返品受付（対応：本店）"],
    ["Ticket closed (対応: Done)", "Ticket closed (対応: Done)"],
    ["(受付: Pending)", "(受付: Pending)"],
  ],
  "a full name's reading in half-width katakana in brackets after it, a kanji or a Latin one": [
    ["氏名：柳田 ミツ（ﾔﾅｷﾞﾀ ﾐﾂ）88歳", "氏名：[PERSON]（[PERSON]）88歳"],
    ["氏名：Siddharth Rao（ｼﾀﾞｰﾙﾀ ﾗｵ）33歳", "氏名：[PERSON]（[PERSON]）33歳"],
    ["氏名：Oluwaseun Adeyemi（ｵﾙﾜｾｳﾝ ｱﾃﾞｲｪﾐ）40歳", "氏名：[PERSON]（[PERSON]）40歳"],
    ["商品：ｽｰﾊﾟｰ ﾄﾞﾗｲ（350ml）", "商品：ｽｰﾊﾟｰ ﾄﾞﾗｲ（350ml）"],
    ["氏名：Lucas Moreau（40歳）", "氏名：[PERSON]（40歳）"],
    ["注文：Mateo Ferreira（ｿﾌﾄｸﾘｰﾑ）", "注文：[PERSON]（ｿﾌﾄｸﾘｰﾑ）"],
  ],
  "a surname with 高 or 崎 in its old form (髙, 﨑), as a family register writes it": [
    ["同行者：妻 髙田 ミツ（75）", "同行者：妻 [PERSON]（75）"],
    ["長男 髙田 誠（在住）に連絡済み", "長男 [PERSON]（在住）に連絡済み"],
    ["髙田さんから電話", "[PERSON]さんから電話"],
    ["髙島屋で買い物", "髙島屋で買い物"],
    ["髙松駅で下車", "髙松駅で下車"],
  ],
});
