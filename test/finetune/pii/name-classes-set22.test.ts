import { describeMaskingClasses, type MaskingCase } from "../support/masking-cases.js";

/**
 * Name classes the twenty-second set showed after its measure (issue 13), each with the look-alikes beside it that must
 * stay. Values are made up here, not the set's.
 */
const classes: Record<string, MaskingCase[]> = {
  "a child's school year or age in brackets after a name, as a roster lists children": [
    ["合宿名簿：村松 陽向（小3）、村松 凪（小1）、大河内 こはる（年長）", "合宿名簿：[PERSON]（小3）、[PERSON]（小1）、[PERSON]（年長）"],
    ["参加者,学年\n\"柏原 そうま（中2）, 柏原 澪（高1）\",可", "参加者,学年\n\"[PERSON]（中2）, [PERSON]（高1）\",可"],
    ["[10:02] 母: 今日は 堀之内 はるき（5歳）を連れて行きます", "[10:02] 母: 今日は [PERSON]（5歳）を連れて行きます"],
    ["<tr><td>石川 ゆうと（小6）</td><td>初級</td></tr>", "<tr><td>[PERSON]（小6）</td><td>初級</td></tr>"],
    ["会場: 大阪 城（小5）の校庭。品川 駅（中2）集合。", "会場: 大阪 城（小5）の校庭。品川 駅（中2）集合。"],
    ["対象：小5〜中2（小学生は保護者同伴）、定員 20名（先着）", "対象：小5〜中2（小学生は保護者同伴）、定員 20名（先着）"],
  ],
  "an Okinawan surname the dictionary lacks, or written with the old kanji 與": [
    ["申込者：與那嶺 さん、折り返しお願いします。", "申込者：[PERSON] さん、折り返しお願いします。"],
    ["氏名,会員種別\n仲村渠 健二 です,ゴールド", "氏名,会員種別\n[PERSON] です,ゴールド"],
    ["[21:04] 受付: 古謝 香織 が対応しました", "[21:04] 受付: [PERSON] が対応しました"],
    ["<td>東恩納 さん（二回目）</td>", "<td>[PERSON] さん（二回目）</td>"],
    ["與那国島への便は欠航です。与那国空港で待機。", "與那国島への便は欠航です。与那国空港で待機。"],
  ],
  "two hiragana after a found surname before a space and です or an honorific": [
    ["同行は妹の 宮城様、宮城 ゆい です。", "同行は妹の [PERSON]様、[PERSON] です。"],
    ["[09:11] 確認済み：照屋 まゆ 様の分", "[09:11] 確認済み：[PERSON] 様の分"],
    ["<td>知念様。知念 あい さん</td>", "<td>[PERSON]様。[PERSON] さん</td>"],
    ["森様。森 まえ です。林様、林 より です。", "[PERSON]様。森 まえ です。[PERSON]様、林 より です。"],
  ],
};

describeMaskingClasses("the name classes of the twenty-second set", classes);
