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
  "a column of one term's codes counting the rows is a roster's seats": [
    [
      "| 受講No. | 氏名 | 区分 |\n| --- | --- | --- |\n| KS-2603-01 | 岸辺 美月 | 一級 |\n| KS-2603-02 | 寺岡 悠斗 | 二級 |\n| KS-2603-03 | 甘粕 里奈 | 二級 |",
      "| 受講No. | 氏名 | 区分 |\n| --- | --- | --- |\n| KS-2603-01 | [PERSON] | 一級 |\n| KS-2603-02 | [PERSON] | 二級 |\n| KS-2603-03 | [PERSON] | 二級 |",
    ],
    ["受講番号,学年\nCK-2611-001,中2\nCK-2611-002,中3\nCK-2611-003,中1", "受講番号,学年\nCK-2611-001,中2\nCK-2611-002,中3\nCK-2611-003,中1"],
    [
      "| 会員番号 | 区分 |\n| --- | --- |\n| KM-2603-01 | 一般 |\n| KM-2603-07 | 一般 |\n| KM-2603-12 | 学生 |",
      "| 会員番号 | 区分 |\n| --- | --- |\n| [PERSONAL_ID] | 一般 |\n| [PERSONAL_ID] | 一般 |\n| [PERSONAL_ID] | 学生 |",
    ],
    ["社員番号,部署\nEM-0001,総務\nEM-0002,経理\nEM-0003,営業", "社員番号,部署\n[PERSONAL_ID],総務\n[PERSONAL_ID],経理\n[PERSONAL_ID],営業"],
  ],
  "a code before a person's home numbers a job there": [
    ["R-40817 篠塚 健 様宅：畳の搬出、9時から", "R-40817 [PERSON] 様宅：畳の搬出、9時から"],
    ["| N-50233 甘粕 里奈 様宅 | 側溝の泥出し |", "| N-50233 [PERSON] 様宅 | 側溝の泥出し |"],
    ["2026/11/02,訪問,TQ-40221 小松原 恵 様方 へ配達", "2026/11/02,訪問,TQ-40221 [PERSON] 様方 へ配達"],
    ["会員 KM-55012 岸辺 美月 さんが来店。", "会員 [PERSONAL_ID] [PERSON] さんが来店。"],
  ],
  "a plate with a public body's vehicle in brackets after it is the body's": [
    ["車両：軽トラ 盛岡 480 あ 31-07（社協の車）で運搬", "車両：軽トラ 盛岡 480 あ 31-07（社協の車）で運搬"],
    ["- 自治会のバンは 湘南 400 さ 22-18（自治会所有）", "- 自治会のバンは 湘南 400 さ 22-18（自治会所有）"],
    ["本人の車 品川 300 す 10-01（本人所有）", "本人の車 [PERSONAL_ID]（本人所有）"],
  ],
  "a word between a machine's word and a model's code is its maker": [
    ["ブロワー 寺岡 MX-60 交換。担当 寺岡 さん", "ブロワー 寺岡 MX-60 交換。担当 [PERSON] さん"],
    ["2026/11/02,修理,給湯器：高岡 GT-2460 の点検", "2026/11/02,修理,給湯器：高岡 GT-2460 の点検"],
    ["| 機器 | ポンプ 川本 NF3-400 |", "| 機器 | ポンプ 川本 NF3-400 |"],
  ],
});
