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
  "a column of applicants, cardholders or beneficiaries, a name in capitals family first among them": [
    ["| Ref | Applicant | Status |\n|---|---|---|\n| K-1 | TRAN Thi Mai Anh | open |\n| K-2 | WALSH, Orla | open |\n| K-3 | Imran Chowdhury | held |", "| Ref | Applicant | Status |\n|---|---|---|\n| K-1 | [PERSON] | open |\n| K-2 | [PERSON] | open |\n| K-3 | [PERSON] | held |"],
    ["Ref,Cardholder,Amount\nP-1,PHAM Van Duc,5000\nP-2,Acme Trading Co.,900", "Ref,Cardholder,Amount\nP-1,[PERSON],5000\nP-2,Acme Trading Co.,900"],
    ["<table><tr><th>Beneficiary</th><th>Bank</th></tr><tr><td>Rosalind Achebe</td><td>Mizuho</td></tr></table>", "<table><tr><th>Beneficiary</th><th>Bank</th></tr><tr><td>[PERSON]</td><td>Mizuho</td></tr></table>"],
    ["| Ref | Applicant | Status |\n|---|---|---|\n| K-4 | — | withdrawn |\n| K-5 | Sakura Holdings Ltd. | corporate |", "| Ref | Applicant | Status |\n|---|---|---|\n| K-4 | — | withdrawn |\n| K-5 | Sakura Holdings Ltd. | corporate |"],
  ],
  "a card holder's name in capitals, the given name's initial first, or after holder alone": [
    ["First deposit by card, name on card M O'BRIEN.", "First deposit by card, name on card [PERSON]."],
    ["paid on the partner's card (exp 11/28, holder\nKENTA ORII), then refunded", "paid on the partner's card (exp 11/28, holder\n[PERSON]), then refunded"],
    ["[14:02] agent: card ok, holder AYAKO MINEGISHI", "[14:02] agent: card ok, holder [PERSON]"],
    ["card holder VISA GOLD; the holder MUST SIGN; holder TEST USER", "card holder VISA GOLD; the holder MUST SIGN; holder TEST USER"],
  ],
  "a post in brackets after a surname": [
    ["作業員：粕谷（技術主任）到着 9:10", "作業員：[PERSON]（技術主任）到着 9:10"],
    ["日付,記録\n11/2,\"対応 能勢（店長）、返金済\"", "日付,記録\n11/2,\"対応 [PERSON]（店長）、返金済\""],
    ["<td>立会い：甲斐（工場長）</td>", "<td>立会い：[PERSON]（工場長）</td>"],
    ["おすすめ：大吟醸（店長おすすめ）、渋谷（店長会議）", "おすすめ：大吟醸（店長おすすめ）、渋谷（店長会議）"],
  ],
};

describeMaskingClasses("the name classes of the twenty-second set", classes);
