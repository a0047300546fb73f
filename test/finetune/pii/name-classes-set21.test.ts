import { describeMaskingClasses, type MaskingCase } from "../support/masking-cases.js";

/**
 * Name classes the twenty-first set showed after its measure (issue 13), each with the look-alikes beside it that must
 * stay. Values are made up here, not the set's.
 */
const classes: Record<string, MaskingCase[]> = {
  "a kana given name after a found surname and a space, the surname listed or not": [
    ["長女の 鵜之沢 真理 です。母の 鵜之沢 ハツ、入院中です。", "長女の [PERSON] です。母の [PERSON]、入院中です。"],
    ["担当の 桐生 です。桐生 キヨ（祖母）の件です。", "担当の [PERSON] です。[PERSON]（祖母）の件です。"],
    ["定期便の件。森永 みほ、東京都港区", "定期便の件。[PERSON]、東京都港区"],
    ["森永様から。森永 ゆき（妹）宛に送ります。", "[PERSON]様から。[PERSON]（妹）宛に送ります。"],
    ["高野様から電話。高野 より、折り返します。", "[PERSON]様から電話。[PERSON] より、折り返します。"],
    ["高野様から電話。高野 まで、ご連絡を。", "[PERSON]様から電話。[PERSON] まで、ご連絡を。"],
    ["総務の 高野 さん、経理の 森 さん", "総務の [PERSON] さん、経理の [PERSON] さん"],
    ["鵜之沢 真理 です。鵜之沢 タワー、3階", "[PERSON] です。[PERSON] タワー、3階"],
  ],
  "a family member's word in brackets after a name": [
    ["宛先は 伊勢谷 美咲（娘）、転居済み。", "宛先は [PERSON]（娘）、転居済み。"],
    ["同居は 勅使河原 健一（父）と 佐藤（母）です。", "同居は [PERSON]（父）と [PERSON]（母）です。"],
    ["緊急連絡先（母）：本人の携帯へ。保護者欄（父）は空欄。", "緊急連絡先（母）：本人の携帯へ。保護者欄（父）は空欄。"],
  ],
  "a name after a police rank written short": [
    ["A call from Insp. Kenji Mori, Kanagawa Prefectural Police.", "A call from [PERSON], Kanagawa Prefectural Police."],
    ["Det. Supt. Laura Finch asked for the logs.", "[PERSON] asked for the logs."],
    ["Signed: Cst. Aaron Patel (badge on file)", "Signed: [PERSON] (badge on file)"],
    ["Caller: Det. Haruto Kagawa of the prefectural police", "Caller: [PERSON] of the prefectural police"],
    ["Insp. Report due Friday; Det. Office B; Supt. Tokyo Station.", "Insp. Report due Friday; Det. Office B; Supt. Tokyo Station."],
  ],
};

describeMaskingClasses("the name classes of the twenty-first set", classes);
