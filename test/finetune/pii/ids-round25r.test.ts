import { describeMaskingClasses, type MaskingCase } from "../support/masking-cases.js";

/**
 * ID classes taken after the twenty-fourth set (issue 13), each with the look-alikes beside it that must stay. Values
 * are made up here, not a set's.
 */
const classes: Record<string, MaskingCase[]> = {
  "a travel or seafarer's document's column in a table laid out by spaces": [
    [
      "Rank    Passport No.   CDC No.      Joined\nBosun   CA771204       MUM 330187   2026-03-14\nOiler   A04418829      C0448120     2026-05-02\n\nAmount due 4420118",
      "Rank    Passport No.   CDC No.      Joined\nBosun   [PERSONAL_ID]       [PERSONAL_ID]   2026-03-14\nOiler   [PERSONAL_ID]      [PERSONAL_ID]     2026-05-02\n\nAmount due 4420118",
    ],
    [
      "Seq  Crew member        Seaman's book   Passport\n1    Nguyen Van Long    VN 2203481      C3390127\n2    Budi Santoso       ID 7730215      B8812047",
      "Seq  Crew member        Seaman's book   Passport\n1    [PERSON]    [PERSONAL_ID]      [PERSONAL_ID]\n2    [PERSON]       [PERSONAL_ID]      [PERSONAL_ID]",
    ],
    [
      "Item            Order No.      Passport holder   Qty\nID card printer  PO-26-114802   office            2\nLanyards        PO-26-114803   office            40",
      "Item            Order No.      Passport holder   Qty\nID card printer  PO-26-114802   office            2\nLanyards        PO-26-114803   office            40",
    ],
    [
      "Cabin   Passport   Order          Amount\nA-12    —          SO 2610448     JPY 1204400\nB-03    pending    SO 2610451     JPY 880100",
      "Cabin   Passport   Order          Amount\nA-12    —          SO 2610448     JPY 1204400\nB-03    pending    SO 2610451     JPY 880100",
    ],
    ["Passport renewal fee 2026 is 16000 yen; CDC form 7 due.", "Passport renewal fee 2026 is 16000 yen; CDC form 7 due."],
  ],
  "a person's number in brackets under a heading naming the person with the number's label": [
    [
      "| 機器 | 借用者（学籍番号） | 返却 |\n|---|---|---|\n| 分光器 | 佐藤 大輔（2470316） | 10/30 |\n| 電源 | 李 思遠（Li Siyuan、D25-1142） | 11/4 |",
      "| 機器 | 借用者（学籍番号） | 返却 |\n|---|---|---|\n| 分光器 | [PERSON]（[PERSONAL_ID]） | 10/30 |\n| 電源 | [PERSON]（[PERSON]、[PERSONAL_ID]） | 11/4 |",
    ],
    [
      "| Tool | Borrower (Staff No.) | Due |\n|---|---|---|\n| Drill | Emma Clarke (S-220418) | 12/1 |",
      "| Tool | Borrower (Staff No.) | Due |\n|---|---|---|\n| Drill | [PERSON] ([PERSONAL_ID]) | 12/1 |",
    ],
    [
      "| 品名 | 仕入先（注文番号） | 金額 |\n|---|---|---|\n| 試薬 | 関東化学（PO-2610-0418） | ¥5,940 |",
      "| 品名 | 仕入先（注文番号） | 金額 |\n|---|---|---|\n| 試薬 | 関東化学（PO-2610-0418） | ¥5,940 |",
    ],
    [
      "| 機器 | 借用者（学籍番号） | 備考 |\n|---|---|---|\n| 三脚 | 研究室（共用） | 型番 TK-300S（v2） |",
      "| 機器 | 借用者（学籍番号） | 備考 |\n|---|---|---|\n| 三脚 | 研究室（共用） | 型番 TK-300S（v2） |",
    ],
  ],
  "a PIN read digit by digit with a middle dot between its digits, after a PIN's cue": [
    ["納骨堂の鍵の暗証番号は 4・1・7・3 に変更しました。", "納骨堂の鍵の暗証番号は [SECRET] に変更しました。"],
    ["金庫の暗証：9･0･4･1（店長のみ）", "金庫の暗証：[SECRET]（店長のみ）"],
    ["Gate PIN 2・5・8・0・1・9, ask the desk.", "Gate PIN [SECRET], ask the desk."],
    ["暗証番号の変更は 1・2・3 月に受付。", "暗証番号の変更は 1・2・3 月に受付。"],
    ["第1・2・3・4 条をご確認ください。", "第1・2・3・4 条をご確認ください。"],
    ["暗証番号を忘れた方は窓口へ。受付は 9・10・11・12 番窓口。", "暗証番号を忘れた方は窓口へ。受付は 9・10・11・12 番窓口。"],
  ],
  "a login joined by a hyphen or a dot after an administrator's word, where its password or account follows or a sign-in was tried on it": [
    ["システム更新済み。管理者 futon-desk のパスワードは金庫の中。", "システム更新済み。管理者 [PERSONAL_ID] のパスワードは金庫の中。"],
    ["管理者 night-desk.y のアカウントを停止しました。", "管理者 [PERSONAL_ID] のアカウントを停止しました。"],
    ["管理ユーザー rep-sato に海外から不正アクセスの試行あり。", "管理ユーザー [PERSONAL_ID] に海外から不正アクセスの試行あり。"],
    ["管理者 e-mail に送ってください。", "管理者 e-mail に送ってください。"],
    ["管理者 web-ui で設定を変更。", "管理者 web-ui で設定を変更。"],
    ["管理者 admin のパスワードは変更済み。", "管理者 admin のパスワードは変更済み。"],
    ["管理者 v2-beta のパスワード欄", "管理者 v2-beta のパスワード欄"],
  ],
  "a login in brackets right after an ID's word": [
    ["名簿システムのログインは個人ID（kk-sakuragi）のみ使用。", "名簿システムのログインは個人ID（[PERSONAL_ID]）のみ使用。"],
    ["薬剤師ごとの ID（hsp-minami-oda など）で入ります。", "薬剤師ごとの ID（[PERSONAL_ID] など）で入ります。"],
    ["ログインID（m.ono-ext）を再送しました。", "ログインID（[PERSONAL_ID]）を再送しました。"],
    ["製品ID（sku-red-l）は在庫あり。", "製品ID（sku-red-l）は在庫あり。"],
    ["ID（半角英数）を入力してください。", "ID（半角英数）を入力してください。"],
    ["ID（admin）は共用です。", "ID（admin）は共用です。"],
    ["端末ID（pos-terminal-3）を確認。", "端末ID（pos-terminal-3）を確認。"],
  ],
  "a bank account's number after the account's word saying what it is for": [
    ["<td>当行口座開設→振込<br>新規口座 4471093</td>", "<td>当行口座開設→振込<br>新規口座 [PERSONAL_ID]</td>"],
    ["返金口座は 0918834 です（ゆうちょ以外）。", "返金口座は [PERSONAL_ID] です（ゆうちょ以外）。"],
    ["振込先口座：2207714 へお願いします。", "振込先口座：[PERSONAL_ID] へお願いします。"],
    ["新規口座 1200000円の入金", "新規口座 1200000円の入金"],
    ["振込口座 3件を確認", "振込口座 3件を確認"],
    ["新規口座 2026年度の目標 4500000 件", "新規口座 2026年度の目標 4500000 件"],
  ],
  "a health-insurance card's number written in two groups after its 記号": [
    ["<td>健康保険証（記号 07 番号 204-3318）</td>", "<td>健康保険証（[PERSONAL_ID]）</td>"],
    ["国保の保険証 記号 12 番号 3304-18 をお預かり", "国保の保険証 [PERSONAL_ID] をお預かり"],
    ["保険証は確認済み。部品の記号 A2 番号 2026-12-01 の納品", "保険証は確認済み。部品の記号 A2 番号 2026-12-01 の納品"],
  ],
};

describeMaskingClasses("ID classes, round after the twenty-fourth set", classes);

/**
 * ID classes taken after the twenty-fifth set (issue 13), each with the look-alikes beside it that must stay. Values are
 * made up here, not a set's.
 */
const classesAfterSet25: Record<string, MaskingCase[]> = {
  "a health-insurance card's 記号 and 番号 named by its insurer's kind or its column's heading, the 記号 in up to two words": [
    ["- 社保: 記号 東京 4401 番号 27（本人）", "- 社保: [PERSONAL_ID]（本人）"],
    ["健保組合 記号 中 22 番号 10931 を控えた", "健保組合 [PERSONAL_ID] を控えた"],
    [
      "| No. | 区分 | 保険証 記号・番号 |\n|---|---|---|\n| 12 | 初検 | 記号 組合 大阪 77 番号 10244 |",
      "| No. | 区分 | 保険証 記号・番号 |\n|---|---|---|\n| 12 | 初検 | [PERSONAL_ID] |",
    ],
    ["| 品名 | 型式 記号・番号 |\n|---|---|\n| 端子台 | 記号 TB 番号 4410 |", "| 品名 | 型式 記号・番号 |\n|---|---|\n| 端子台 | 記号 TB 番号 4410 |"],
    ["国保の窓口は3階。部品の記号 A2 番号 2026-12-01 の納品", "国保の窓口は3階。部品の記号 A2 番号 2026-12-01 の納品"],
  ],
  "a health-insurance card's number in a cell under the card's heading, after the insurer's kind or whose card it is": [
    [
      "| 受付 | 被保険者証番号 | 負傷 |\n|---|---|---|\n| A-1 | 社保 18820431 | 腰痛 |\n| A-2 | 国保 那3-1102874 | 膝 |",
      "| 受付 | 被保険者証番号 | 負傷 |\n|---|---|---|\n| A-1 | 社保 [PERSONAL_ID] | 腰痛 |\n| A-2 | 国保 [PERSONAL_ID] | 膝 |",
    ],
    [
      "| 区分 | 保険証番号 |\n|---|---|\n| 初検 | 00731152 |\n| 再検 | 母の被扶養者 4410927 |",
      "| 区分 | 保険証番号 |\n|---|---|\n| 初検 | [PERSONAL_ID] |\n| 再検 | 母の被扶養者 [PERSONAL_ID] |",
    ],
    [
      "| 区分 | 保険証 記号・番号 | 点数 |\n|---|---|---|\n| 初検 | 記号 5 番号 2 | 14520 |",
      "| 区分 | 保険証 記号・番号 | 点数 |\n|---|---|---|\n| 初検 | [PERSONAL_ID] | 14520 |",
    ],
    ["| 区分 | 保険証 確認日 |\n|---|---|\n| 初検 | 20261103 |", "| 区分 | 保険証 確認日 |\n|---|---|\n| 初検 | 20261103 |"],
    ["| 保険証 番号 | 枚数 |\n|---|---|\n| 提示あり | 12 |", "| 保険証 番号 | 枚数 |\n|---|---|\n| 提示あり | 12 |"],
  ],
  "a bank account's seven digits split 3-4 by a space after the account's kind": [
    ["振込先は沖縄銀行 本店営業部 普通 318 2207 です", "振込先は沖縄銀行 本店営業部 [PERSONAL_ID] です"],
    ["返金は 当座 044 9183 へ", "返金は [PERSONAL_ID] へ"],
    ["定期 500 1000円 を解約", "定期 500 1000円 を解約"],
    ["普通 120 3000件 の振込", "普通 120 3000件 の振込"],
    ["普通列車 341 2210 号", "普通列車 341 2210 号"],
  ],
  "an IBAN after its label, with its country's length, even where its check fails": [
    ["Refund to IBAN GB12 ABCD 1020 3040 5060 70 please", "Refund to IBAN [PERSONAL_ID] please"],
    ["振込先 IBAN: FR76 3000 6000 0112 3456 7890 180", "振込先 IBAN: [PERSONAL_ID]"],
    ["Tracking YT22 8814 0039 126 arrived", "Tracking YT22 8814 0039 126 arrived"],
    ["IBAN DE12 3456 is too short to be one", "IBAN DE12 3456 is too short to be one"],
  ],
  "a register's number heading one person's entry": [
    ["<dl>\n<dt>登録番号 K-2041</dt>\n<dd>希望者ご夫妻</dd>", "<dl>\n<dt>登録番号 [PERSONAL_ID]</dt>\n<dd>希望者ご夫妻</dd>"],
    ["<tr><th>登録番号 AB1204</th><td>見学希望</td></tr>", "<tr><th>登録番号 [PERSONAL_ID]</th><td>見学希望</td></tr>"],
    ["### 登録番号 M-00317\n- 世帯 3 人", "### 登録番号 [PERSONAL_ID]\n- 世帯 3 人"],
    ["<dt>登録番号 T5213001041177</dt>", "<dt>登録番号 T5213001041177</dt>"],
    ["<dt>商品登録番号 P-0012</dt>", "<dt>商品登録番号 P-0012</dt>"],
    ["登録番号は 2026 年に変わります", "登録番号は 2026 年に変わります"],
  ],
  "a boat's or an aircraft's operator's licence after its name, its class perhaps in brackets": [
    ["Skipper's licence (2nd class) 3301-0412-7781, boat kept at B-4", "Skipper's licence (2nd class) [PERSONAL_ID], boat kept at B-4"],
    ["Her pilot licence no. A-1120448 expires in May", "Her pilot licence no. [PERSONAL_ID] expires in May"],
    ["小型船舶操縦免許証番号 310052240917 を確認", "小型船舶操縦免許証番号 [PERSONAL_ID] を確認"],
    ["Pilot's licence renewal 2026 costs ¥12,000", "Pilot's licence renewal 2026 costs ¥12,000"],
    ["Skipper's licence (1st class) course: 3 days, 48000 yen", "Skipper's licence (1st class) course: 3 days, 48000 yen"],
  ],
  "a boat's hull identification number after its word": [
    ["| B-02 | *Kaimana* (Jeanneau 349, hull FR-JEA20418C727) | 船主 |", "| B-02 | *Kaimana* (Jeanneau 349, hull [PERSONAL_ID]) | 船主 |"],
    ["HIN: US-ABC12345D404 on the transom", "HIN: [PERSONAL_ID] on the transom"],
    ["船体番号 JPYAM30418B727 の艇", "船体番号 [PERSONAL_ID] の艇"],
    ["hull 40 ft, hull damage on the port side; model YF-24", "hull 40 ft, hull damage on the port side; model YF-24"],
    ["Hull No. 12 of the series, built 2019", "Hull No. 12 of the series, built 2019"],
  ],
  "a person's number after its label and an aside in brackets naming the service or card": [
    ["お客さま番号（ネット会員）4410-2281-0093 で照会", "お客さま番号（ネット会員）[PERSONAL_ID] で照会"],
    ["顧客番号（旧システム）C-0098812 を移行", "顧客番号（旧システム）[PERSONAL_ID] を移行"],
    ["会員番号（下4桁）の入力をお願いします", "会員番号（下4桁）の入力をお願いします"],
    ["顧客番号（2026年4月発行）の案内", "顧客番号（2026年4月発行）の案内"],
  ],
  "a register's codes listed each after a person's name and honorific, under the register's number's label": [
    ["受給者番号：佐藤 健一 様 介護-20411、山田 花子 様 介護-20412", "受給者番号：[PERSON] 様 [PERSONAL_ID]、[PERSON] 様 [PERSONAL_ID]"],
    ["見守り台帳の登録番号（大城 トミ さん 見守-118）は班長のみ", "見守り台帳の登録番号（[PERSON] さん [PERSONAL_ID]）は班長のみ"],
    ["注文番号：佐藤 健一 様 発送-0412", "注文番号：[PERSON] 様 発送-0412"],
    ["担当：佐藤 健一 さん 第2-0412", "担当：[PERSON] さん 第2-0412"],
  ],
};

describeMaskingClasses("ID classes, round after the twenty-fifth set", classesAfterSet25);
