import { describeMaskingClasses, type MaskingCase } from "../support/masking-cases.js";

/**
 * ID and phone classes taken after the thirty-second set (issue 13), each with the look-alikes beside it that must
 * stay. Values are made up here, not a set's.
 */
const classes: Record<string, MaskingCase[]> = {
  "a pet's microchip in its reader's groups, or after チップ alone": [
    ["犬 柴「コロ」<br>チップ 392 1411 0250 7731", "犬 柴「コロ」<br>チップ [PERSONAL_ID]"],
    ["猫「ミケ」 チップ 392145000118820", "猫「ミケ」 チップ [PERSONAL_ID]"],
    ["Microchip number 985 1120 0033 4471, registered", "Microchip number [PERSONAL_ID], registered"],
    ["マイクロチップ　900　0641　0022　7815（登録済）", "マイクロチップ　[PERSONAL_ID]（登録済）"],
    ["チップ 1000円 を渡した", "チップ 1000円 を渡した"],
    ["ポテトチップ 4901330 5012 増量", "ポテトチップ 4901330 5012 増量"],
  ],
  "a landline with its last four as two pairs": [
    ["<td>山本 かおり</td><td>052-771-38-16</td>", "<td>[PERSON]</td><td>[PHONE]</td>"],
    ["送付先 村井 宛て、0263-12-34-56", "送付先 [PERSON] 宛て、[PHONE]"],
    ["電話番号：06-6123-45-67", "電話番号：[PHONE]"],
    ["注文番号 045-561-29-08", "注文番号 045-561-29-08"],
    ["品番 052-771-38-16", "品番 052-771-38-16"],
  ],
  "a number dialled without its area code, right after a phone's word": [
    ["電話は ３４－７７１２（市外局番なし）", "電話は [PHONE]（市外局番なし）"],
    ["TEL 341-0872 まで", "TEL [PHONE] まで"],
    ["電話：2-5519", "電話：[PHONE]"],
    ["電話 12-3456件", "電話 12-3456件"],
    ["電話対応 2026-1103 号室", "電話対応 2026-1103 号室"],
    ["部屋 341-0872 の鍵", "部屋 341-0872 の鍵"],
  ],
};

describeMaskingClasses("IDs and phones after the thirty-second set", classes);
