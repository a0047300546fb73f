import { describeMaskingClasses, type MaskingCase } from "../support/masking-cases.js";

/**
 * ID, key and mail classes taken after the thirtieth set (issue 13), each with the look-alikes beside it that must
 * stay. Values are made up here, not a set's.
 */
const classes: Record<string, MaskingCase[]> = {
  "a catalogue gift's exchange number (引換番号), not a claim ticket's for goods left": [
    ["お客様の引換番号は QWE-5512-8830-1127 です（再発行）。", "お客様の引換番号は [PERSONAL_ID] です（再発行）。"],
    ["不正に使われた引換番号 GTX-4409-2271-6635 の受取人に連絡", "不正に使われた引換番号 [PERSONAL_ID] の受取人に連絡"],
    ["引換券番号 CL-4471-2208 のコートをお返しします", "引換券番号 CL-4471-2208 のコートをお返しします"],
    ["預かり証番号 AZ-2207-1184 の時計", "預かり証番号 AZ-2207-1184 の時計"],
  ],
  "a crash report's ID kept as a thing's": [
    ["Crash ID CR-20270311-0442, fixed in 1.2.0.", "Crash ID CR-20270311-0442, fixed in 1.2.0."],
    ["dump id: DMP-7710-2231 uploaded", "dump id: DMP-7710-2231 uploaded"],
    ["Member ID M-2207-4410 renewed", "Member ID [PERSONAL_ID] renewed"],
  ],
  "a parcel's twelve digits after its carrier's name kept, a My Number's still masked": [
    ["Order placed; delivery by Sagawa 5120-3378-4407 around Dec 4.", "Order placed; delivery by Sagawa 5120-3378-4407 around Dec 4."],
    ["佐川急便 5120-3378-4407 で発送済み", "佐川急便 5120-3378-4407 で発送済み"],
    ["ヤマト運輸：4417-2208-9932", "ヤマト運輸：4417-2208-9932"],
    ["マイナンバー 4417-2208-9932 を提出", "マイナンバー [MY_NUMBER] を提出"],
  ],
  "a tester's or beta key in dashed groups after a key's word": [
    ["Watermark decoded to tester key QWRT-4K7M-P2XW-8NBV-5HJD (issued to T-12).", "Watermark decoded to tester key [API_KEY] (issued to T-12)."],
    ["Access revoked; key re-issued as ZXCV-9B3N-M4QP-7TLK-2WER after the call.", "Access revoked; key re-issued as [API_KEY] after the call."],
    ["ベータ版のテスターキーは PLMN-6Y2T-R8EW-3QAZ-1XSD です", "ベータ版のテスターキーは [API_KEY] です"],
    ["Keyboard model KB-7Q4X-2P9W-K88M shipped.", "Keyboard model KB-7Q4X-2P9W-K88M shipped."],
    ["The key's order is ORD-2026-1114-0193.", "The key's order is ORD-2026-1114-0193."],
  ],
  "a mail address with its @ as a character reference": [
    ["連絡: mika_t.1999&#64;mail.kobe-u.ac.jp ← 表記そのまま", "連絡: [EMAIL] ← 表記そのまま"],
    ["mail ken.ito&#x40;example.co.uk please", "mail [EMAIL] please"],
    ["price &#64; 100 yen; the rule &#64;media stays", "price &#64; 100 yen; the rule &#64;media stays"],
  ],
  "an IC card's number after its kind's word, its issuer's letters too": [
    ["旧定期の IC カード番号 JE 8015 3371 2260 4419（記名式）", "旧定期の IC カード番号 [PERSONAL_ID]（記名式）"],
    ["ICカード番号：JB 1234 5678 9012 3456", "ICカード番号：[PERSONAL_ID]"],
    ["ICカードの残高 12,480円", "ICカードの残高 12,480円"],
    ["カード番号 MC 5105 1051 0510 5100", "カード番号 MC [CREDIT_CARD]"],
  ],
  "a bicycle's 防犯登録 with its prefecture's name whole and a series' kanji": [
    ["自転車の防犯登録 東京 板 25-118204 は本人名義。", "自転車の防犯登録 [PERSONAL_ID] は本人名義。"],
    ["防犯登録：大阪 北 07-334182（黒のママチャリ）", "防犯登録：[PERSONAL_ID]（黒のママチャリ）"],
    ["防犯登録 2026-11-02 に実施", "防犯登録 2026-11-02 に実施"],
  ],
  "a police receipt number of one group after a receipt's word, the number alone": [
    ["handed to the police, report receipt 芝署 第 2318 号.", "handed to the police, report receipt 芝署 第 [PERSONAL_ID] 号."],
    ["遺失届の受理番号 北署 第 40917 号 を控える", "遺失届の受理番号 北署 第 [PERSONAL_ID] 号 を控える"],
    ["中央署 受理第 5521 号", "中央署 受理第 [PERSONAL_ID] 号"],
    ["渋谷署 第 2026 号 の通達", "渋谷署 第 2026 号 の通達"],
    ["税務署 受付 第 4471 号", "税務署 受付 第 4471 号"],
  ],
  "a hunter's licence or gun permit, inline or in a column its word heads": [
    [
      "| No. | 氏名 | 狩猟免許 | 銃所持許可証 |\n|---|---|---|---|\n| 1 | 小木曽 恒夫 | 第一種銃猟 長野第 26-0418 号 | 飯田 第 3312 号 |",
      "| No. | 氏名 | 狩猟免許 | 銃所持許可証 |\n|---|---|---|---|\n| 1 | [PERSON] | 第一種銃猟 長野第 [PERSONAL_ID] 号 | 飯田 第 [PERSONAL_ID] 号 |",
    ],
    ["わな猟 静岡第 22-1140 号 を更新", "わな猟 静岡第 [PERSONAL_ID] 号 を更新"],
    ["狩猟期間は第 3 号 告示による", "狩猟期間は第 3 号 告示による"],
    ["| 注文 | 許可 |\n|---|---|\n| 第 4471 号 | 済 |", "| 注文 | 許可 |\n|---|---|\n| 第 4471 号 | 済 |"],
  ],
  "a food business permit from a health centre": [
    ["<td>営業許可 南部保 第 6-2218 号</td>", "<td>営業許可 [PERSONAL_ID]</td>"],
    ["飲食店営業許可：中央保 第 R5-0412 号（本人名義）", "飲食店営業許可：[PERSONAL_ID]（本人名義）"],
    ["営業許可は 2026年 第 3 回 の審査で確保 第 1 号", "営業許可は 2026年 第 3 回 の審査で確保 第 1 号"],
    ["<td>那覇市保健所 第 R7-那-1188 号</td>", "<td>那覇市保健所 第 [PERSONAL_ID] 号</td>"],
    ["担保 第 2 号", "担保 第 2 号"],
    ["確保 第 2207 号の倉庫", "確保 第 2207 号の倉庫"],
  ],
  "a handle in a table's column a network's name heads": [
    [
      "| Tester | Steam / Discord | Signed |\n|---|---|---|\n| T-01 | 76561198000000001 / mika_plays#2207 | 2026-11-02 |\n| T-02 | 76561198000000002 / duc.anh.vn | pending |",
      "| Tester | Steam / Discord | Signed |\n|---|---|---|\n| T-01 | [PERSONAL_ID] / [PERSONAL_ID] | 2026-11-02 |\n| T-02 | [PERSONAL_ID] / [PERSONAL_ID] | pending |",
    ],
    ["| 会員 | LINE ID | 版 |\n|---|---|---|\n| A-1 | kana.t_77 | v2.3 |", "| 会員 | LINE ID | 版 |\n|---|---|---|\n| A-1 | [PERSONAL_ID] | v2.3 |"],
    ["| 端末 | LINE ID | 版 |\n|---|---|---|\n| A-1 | 1.2.0 | v2.3 |\n| A-2 | なし | v2.4 |", "| 端末 | LINE ID | 版 |\n|---|---|---|\n| A-1 | 1.2.0 | v2.3 |\n| A-2 | なし | v2.4 |"],
    ["| Build | Version | Notes |\n|---|---|---|\n| b_12 | 0.9.7 | ok |", "| Build | Version | Notes |\n|---|---|---|\n| b_12 | 0.9.7 | ok |"],
  ],
  "a login at a tenant with no dot, before its password": [
    ["・アプリ管理画面: nursery-admin@kameido / パスワード Xq!7710_ab", "・アプリ管理画面: [PERSONAL_ID] / パスワード [SECRET]"],
    ["店舗端末: kanri01@shop-umeda / PW: Umeda#2207", "店舗端末: [PERSONAL_ID] / PW: [SECRET]"],
    ["npm i react@next / pass the flag", "npm i react@next / pass the flag"],
    ["pin it as lodash@latest, then run", "pin it as lodash@latest, then run"],
  ],
  "a plate with a person's ownership in brackets after it, whatever word stands before": [
    ["<br>車両 沖縄 800 さ 41-07（個人所有）</td>", "<br>車両 [PERSONAL_ID]（個人所有）</td>"],
    ["社用車 品川 330 あ 12-34（本人所有、社用登録）", "社用車 [PERSONAL_ID]（本人所有、社用登録）"],
    ["・車両 品川 400 す 21-47 の ETC カードは総務へ返却", "・車両 品川 400 す 21-47 の ETC カードは総務へ返却"],
    ["品川 300 す 10-01 (当社所有)", "品川 300 す 10-01 (当社所有)"],
  ],
  "a worker's or a qualified person's registration number after the worker's word": [
    ["  シッター: 担当A（登録番号 SIT-04471）", "  シッター: 担当A（登録番号 [PERSONAL_ID]）"],
    ["保育士資格 登録番号 埼玉-012207、", "保育士資格 登録番号 [PERSONAL_ID]、"],
    ["訪問ヘルパー（登録No. H-22107）", "訪問ヘルパー（登録No. [PERSONAL_ID]）"],
    ["シッター派遣会社の登録番号 13-ユ-304512", "シッター派遣会社の登録番号 13-ユ-304512"],
    ["講師の方へ: 商品の登録番号 AB-1234 を確認", "講師の方へ: 商品の登録番号 AB-1234 を確認"],
  ],
  "an account's seven digits after a bank and its branch, no kind's word": [
    ["前金の振込元 栃木銀行 鹿沼支店 3308815。", "前金の振込元 栃木銀行 鹿沼支店 [PERSONAL_ID]。"],
    ["返金先: 京都信用金庫 西院支店 0028417（本人名義）", "返金先: 京都信用金庫 西院支店 [PERSONAL_ID]（本人名義）"],
    ["横浜銀行 本町支店 1200000円を入金", "横浜銀行 本町支店 1200000円を入金"],
    ["みずほ銀行 新宿支店 2026年12月", "みずほ銀行 新宿支店 2026年12月"],
  ],
};

describeMaskingClasses("ID classes, round 30r", classes);
