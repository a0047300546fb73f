import { describeMaskingClasses } from "../support/masking-cases.js";

/**
 * A holder's word ending in 主 before 様 (issue 13): a role a letter addresses (株主様各位, 飼い主様), no name of one
 * the dictionary lacks. Each with the person beside it the rule must still mask.
 */
describeMaskingClasses("a holder's word ending in 主 before an honorific", {
  "the word the dictionary knows, or its head, before 様 is a role: left as written": [
    ["株主様各位　第12期定時株主総会のご案内", "株主様各位　第12期定時株主総会のご案内"],
    ["| 受付番号 | 飼い主様 | 電話 |", "| 受付番号 | 飼い主様 | 電話 |"],
    ["持ち主様が見つかりました。", "持ち主様が見つかりました。"],
    ["世帯主様の署名が必要です", "世帯主様の署名が必要です"],
    ["施主様へのお引き渡しは来週です", "施主様へのお引き渡しは来週です"],
    ["家主様のご了承を得ています", "家主様のご了承を得ています"],
    ["荷主様ごとに請求します", "荷主様ごとに請求します"],
  ],
  "a name after the holder's word, or a given name holding 主, is still masked": [
    ["株主 山田様の質問", "株主 [PERSON]様の質問"],
    ["飼い主 佐々木 様", "飼い主 [PERSON] 様"],
    ["担当は主税様です", "担当は[PERSON]様です"],
    ["店主の松尾様より", "店主の[PERSON]様より"],
  ],
});
