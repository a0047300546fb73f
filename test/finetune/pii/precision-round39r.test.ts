import { describeMaskingClasses } from "../support/masking-cases.js";

/**
 * Look-alikes of round 39r (issue 13): a staffing agency named after its founder, a university named by its town, a
 * ware's painting after its kiln's place, a roster's running numbers of one term, a code before a person's home, a public
 * body's vehicle, and a maker between a machine's word and its model. Each beside the people or the numbers its rule must
 * still mask.
 */
describeMaskingClasses("look-alikes of round 39r", {
  "a staffing agency's trade after its founder's surname names the agency": [
    ["Ms Aiko Kanemura (Kanemura Staff Service) called about her visa.", "Ms [PERSON] (Kanemura Staff Service) called about her visa."],
    ['2026/11/02,walk-in,"Mr. Kenji Oda, 52, placed by Oda Staffing"', '2026/11/02,walk-in,"Mr. [PERSON], 52, placed by Oda Staffing"'],
    ["Candidate: Kenji Oda / agency: Oda Staffing", "Candidate: [PERSON] / agency: Oda Staffing"],
    ["Dear Ms Oda, thank you for the call.", "Dear Ms [PERSON], thank you for the call."],
  ],
  "a university named by its town is the school": [
    ["高岡大学 の研究員で、着物は 寺岡 さんが用意", "高岡大学 の研究員で、着物は [PERSON] さんが用意"],
    ["| 所属 | 松江大学 大学院 |", "| 所属 | 松江大学 大学院 |"],
    ["2026/11/02,相談,福井大学 の学生から電話", "2026/11/02,相談,福井大学 の学生から電話"],
    ["2026/11/02,相談,山田太郎がご案内します", "2026/11/02,相談,[PERSON]がご案内します"],
  ],
  "a ware's painting after its kiln's place is the ware": [
    ["替茶碗 有田 赤絵 宝づくし、水指は備前焼", "替茶碗 有田 赤絵 宝づくし、水指は備前焼"],
    ["| 花入 | 益子 鉄絵 の壺 |", "| 花入 | 益子 鉄絵 の壺 |"],
    ["- 向付：笠間 青花 の小皿（5客）", "- 向付：笠間 青花 の小皿（5客）"],
    ["受付：益子 さん、笠間 悠斗 さん", "受付：[PERSON] さん、[PERSON] さん"],
  ],
});
