import { describeMaskingClasses, type MaskingCase } from "../support/masking-cases.js";

/**
 * ID, key and login classes taken after the twenty-sixth set (issue 13), each with the look-alikes beside it that must
 * stay. Values are made up here, not a set's.
 */
const classes: Record<string, MaskingCase[]> = {
  "a service's key with the service's name before a live or test key's prefix": [
    ["The scanner calls the API with key pdf_sk_live_Q8mT2xVb7Rk4Lp9WcN3z.", "The scanner calls the API with key [API_KEY]."],
    ["APIキー: acme_pk_test_7Hn2Kq9Vx4Mb8Rt3Lw6Z", "APIキー: [API_KEY]"],
    ["The job run_live_stream_recording and my_test_suite_results passed.", "The job run_live_stream_recording and my_test_suite_results passed."],
  ],
  "a private group's invite link (LINE, WhatsApp)": [
    ["保護者グループの招待リンク https://line.me/ti/g/Zr4Tq8Mv2P です", "保護者グループの招待リンク [API_KEY] です"],
    ["Join the team chat: https://chat.whatsapp.com/Fq2Zt8LmN4pQ7rS1vW3x", "Join the team chat: [API_KEY]"],
    ["新しいグループ line.me/ti/g2/AbCdEfGh12_xYz から入って", "新しいグループ [API_KEY] から入って"],
    ["公式アカウント https://line.me/R/ti/p/@sakura_cafe と https://lin.ee/aB3dE7x を友だち追加", "公式アカウント https://line.me/R/ti/p/@sakura_cafe と https://lin.ee/aB3dE7x を友だち追加"],
  ],
  "a national ID after its name: Brazil's RG, a citizenship certificate, a name and where it is written": [
    ["RG: 27.815.409-3 (Rio de Janeiro)", "RG: [PERSONAL_ID] (Rio de Janeiro)"],
    ["Citizenship certificate no. 31-02-71-05522 copied.", "Citizenship certificate no. [PERSONAL_ID] copied."],
    ["RRN on the family register: 920305-2817430", "RRN on the family register: [PERSONAL_ID]"],
    ["주민등록번호 on the health form: 770412-2038119", "주민등록번호 on the health form: [PERSONAL_ID]"],
    ["RG-58 cable 50 m, RG 6 coax, order TM-RG-27-004411", "RG-58 cable 50 m, RG 6 coax, order TM-RG-27-004411"],
    ["Citizenship Act 1955; RRN in the policy: none", "Citizenship Act 1955; RRN in the policy: none"],
  ],
  "a messenger handle in brackets after its network, on Facebook, or of joined words opening with a name": [
    ["様子は LINE（@mika_hoshino）で送ります", "様子は LINE（[PERSONAL_ID]）で送ります"],
    ["連絡は WeChat (@li.na_88) まで", "連絡は WeChat ([PERSONAL_ID]) まで"],
    ["My Facebook is maria.santos.88", "My Facebook is [PERSONAL_ID]"],
    ["Driver on duty, Telegram maria-lopez-nyc.", "Driver on duty, Telegram [PERSONAL_ID]."],
    ["公式LINE（@sakura_cafe01）をフォロー", "公式LINE（@sakura_cafe01）をフォロー"],
    ["LINE group-chat-rules を読んで、Facebook page と Facebook Marketplace も", "LINE group-chat-rules を読んで、Facebook page と Facebook Marketplace も"],
  ],
  "a travel document's column, perhaps with the country's code in brackets after each number": [
    [
      "| Room | Guest | Passport |\n|---|---|---|\n| 201 | Ana Souza | FZ8834120 (BR) |\n| 203 | Park Ji-hoon | M40817266（KR） |",
      "| Room | Guest | Passport |\n|---|---|---|\n| 201 | [PERSON] | [PERSONAL_ID] (BR) |\n| 203 | [PERSON] | [PERSONAL_ID]（KR） |",
    ],
    [
      "| Seq | Passport / ID | Nights |\n|---|---|---|\n| 1 | X7K2P9Q41 (DE) | 3 |\n| 2 | 558204173 (US) | 2 |",
      "| Seq | Passport / ID | Nights |\n|---|---|---|\n| 1 | [PERSONAL_ID] (DE) | 3 |\n| 2 | [PERSONAL_ID] (US) | 2 |",
    ],
    [
      "| Tour | Passport | Fee |\n|---|---|---|\n| Kyoto | not needed | ¥12,000 |\n| Osaka | DAY-TRIP (JP) | ¥8,800 |\n| Nara | 2027 (JP) | ¥5,500 |",
      "| Tour | Passport | Fee |\n|---|---|---|\n| Kyoto | not needed | ¥12,000 |\n| Osaka | DAY-TRIP (JP) | ¥8,800 |\n| Nara | 2027 (JP) | ¥5,500 |",
    ],
    ["| Item | Order / ID | Qty |\n|---|---|---|\n| Skis | SO2610448 (JP) | 2 |", "| Item | Order / ID | Qty |\n|---|---|---|\n| Skis | SO2610448 (JP) | 2 |"],
  ],
  "a referee's or a host family's registration number after its label": [
    ["審判の登録番号は R3-0912-4471-2 です", "審判の登録番号は [PERSONAL_ID] です"],
    ["ホストファミリー認定。ホストの登録番号：HF-KY-0093", "ホストファミリー認定。ホストの登録番号：[PERSONAL_ID]"],
    ["審判番号 12 の笛、ホスト名 web-01、ホストコード HC-2291", "審判番号 12 の笛、ホスト名 web-01、ホストコード HC-2291"],
    ["適格請求書発行事業者登録番号 T1234567890123", "適格請求書発行事業者登録番号 T1234567890123"],
  ],
  "a list of people's numbers after the label, は and whose each one is (学生ごと, 各自) and a colon": [
    ["証券番号は参加者ごと: KP-88-120041、KP-88-120042。", "証券番号は参加者ごと: [PERSONAL_ID]、[PERSONAL_ID]。"],
    ["会員番号は各自: KM-2207、KM-2208", "会員番号は各自: [PERSONAL_ID]、[PERSONAL_ID]"],
    ["注文番号は店舗ごと: PO-26-1104、PO-26-1105", "注文番号は店舗ごと: PO-26-1104、PO-26-1105"],
  ],
  "a travel document's number after each person's name and は or a colon, the document named earlier on the line": [
    ["旅券番号を確認しました。Nguyen Van An は B4410283、Tran Thi Mai は B5529104", "旅券番号を確認しました。[PERSON] は [PERSONAL_ID]、[PERSON] は [PERSONAL_ID]"],
    ["Passports for the visa — Kim Minji: M12345678", "Passports for the visa — [PERSON]: [PERSONAL_ID]"],
    ["ツアーの参加者、パスポート確認済み。田中 太郎 さんは 注文 A1234567", "ツアーの参加者、パスポート確認済み。[PERSON] さんは 注文 A1234567"],
    ["注文の件。Tran Van An は C1234567 を注文", "注文の件。[PERSON] は C1234567 を注文"],
  ],
  "kept: an agreement's number between institutions, a group's own policy or contract, a permit for a place's use": [
    ["協定番号 MOU-2024-TH-11、プログラム Summer Exchange 2026。", "協定番号 MOU-2024-TH-11、プログラム Summer Exchange 2026。"],
    ["大学間の覚書番号 AGR-2023-KR-07 を確認", "大学間の覚書番号 AGR-2023-KR-07 を確認"],
    ["団体の証書番号 GP-2026-T-00981 とは別です", "団体の証書番号 GP-2026-T-00981 とは別です"],
    ["法人の契約番号 KC-2207-0193 で請求します", "法人の契約番号 KC-2207-0193 で請求します"],
    ["会員の証書番号 SA-2026-0041288 です", "会員の証書番号 [PERSONAL_ID] です"],
    ["ロケ地の公園使用許可 第2026-1123号 を取得", "ロケ地の公園使用許可 第2026-1123号 を取得"],
    ["前撮り。許可 川崎市 緑政 第2027-0311号", "前撮り。許可 川崎市 緑政 第2027-0311号"],
    ["火葬許可証 番号 第2026-04871号", "火葬許可証 番号 第[PERSONAL_ID]号"],
  ],
  "a person's number as the last word of a cell under a heading of two things joined by ・ or a slash": [
    [
      "| 受審 | 氏名 | 現段位・登録番号 |\n|---|---|---|\n| 二段 | 冨士原 さくら | 初段 全剣連 2019-0458823 |\n| 初段 | 小鳥遊 修 | 1級 KT-1147-0293 |",
      "| 受審 | 氏名 | 現段位・登録番号 |\n|---|---|---|\n| 二段 | [PERSON] | 初段 全剣連 [PERSONAL_ID] |\n| 初段 | [PERSON] | 1級 [PERSONAL_ID] |",
    ],
    ["| Name | Belt / Member No. | Fee |\n|---|---|---|\n| Sofia Marquez | Blue JJ-40417 | $80 |", "| Name | Belt / Member No. | Fee |\n|---|---|---|\n| [PERSON] | Blue [PERSONAL_ID] | $80 |"],
    ["| 品目 | 段位・登録番号 | 金額 |\n|---|---|---|\n| 昇段審査料 | 初段 2026-0041 | ¥12,000 |", "| 品目 | 段位・登録番号 | 金額 |\n|---|---|---|\n| 昇段審査料 | 初段 2026-0041 | ¥12,000 |"],
    ["| 区分 | 品名・注文番号 |\n|---|---|\n| 物販 | 竹刀 PO-2610-0418 |", "| 区分 | 品名・注文番号 |\n|---|---|\n| 物販 | 竹刀 PO-2610-0418 |"],
  ],
  "a person's entry in a bound register by its book, page and number after a register's word": [
    ["Baptismal record: Libro 12, Folio 34, No. 5 (San Roque parish)", "Baptismal record: [PERSONAL_ID] (San Roque parish)"],
    ["Marriage register Vol. 3, p. 45, entry 12 — copy requested", "Marriage register [PERSONAL_ID] — copy requested"],
    ["出身教会の洗礼台帳 Book 8, Page 203, No. 17 を取り寄せ", "出身教会の洗礼台帳 [PERSONAL_ID] を取り寄せ"],
    ["See Book 2, Page 14, No. 3 of the exercises.", "See Book 2, Page 14, No. 3 of the exercises."],
    ["Order record: Book 5 Page 2 No. 7 of the catalogue", "Order record: Book 5 Page 2 No. 7 of the catalogue"],
  ],
  "a certificate's number with its issuing prefecture's name between the year and the serial, between 第 and 号": [
    ["救命講習の修了証 第R5-大阪-2231号 を提出", "救命講習の修了証 [PERSONAL_ID] を提出"],
    ["審判講習の修了証 第 2025-神奈川-00412 号 をコピー", "審判講習の修了証 [PERSONAL_ID] をコピー"],
    ["法律第123号、第 2026-東京-01 号", "法律第123号、第 2026-東京-01 号"],
    ["建設業許可 第2024-東京-00123号（会社）", "建設業許可 第2024-東京-00123号（会社）"],
  ],
};

describeMaskingClasses("ID classes of round 26r", classes);
