import { describeMaskingClasses } from "../support/masking-cases.js";

/**
 * IDs, keys and secrets the thirty-fourth set leaked (issue 13, round 34r): a producer's number heading an entry that
 * names a person, and a member's number in digits in brackets after a found name; a dog's licence tag with its town's
 * name, a pet's quarantine certificate, a chip read in a sentence; an ORCID iD, a national ID in brackets, a UK UTR, a
 * Philippine TIN, a passport after its state's code, a list of passports each after its holder's name; a staff code
 * after an aside, an application's code after 申込, a shared login after ログイン; a key before a full stop, a private key
 * in PEM, a dial's turns with their verbs, a key's hiding place with an aside. Each with the look-alikes it leaves.
 */
describeMaskingClasses("IDs and secrets of round 34r", {
  "a trade party's number heading an entry whose next line names a person is masked": [
    ["[1] 出荷者番号 07-131\n    氏名：廿日出 茂", "[1] 出荷者番号 [PERSONAL_ID]\n    氏名：[PERSON]"],
    ["販売者番号 A-20417\n名前: 山川 ゆり", "販売者番号 [PERSONAL_ID]\n名前: [PERSON]"],
    ["出荷者番号：11-204\n  氏名：Maya Gurung", "出荷者番号：[PERSONAL_ID]\n  氏名：[PERSON]"],
  ],
  "a trade party's number with no person's name field after it stays": [
    ["出荷者番号 07-131 のラベルを印刷", "出荷者番号 07-131 のラベルを印刷"],
    ["輸入者コード JP-4410223\n品目：冷凍えび", "輸入者コード JP-4410223\n品目：冷凍えび"],
  ],
  "a number of two digit groups in brackets right after a found name is masked": [
    ["・宮坂 喜一 さん（03-011）が退会。", "・[PERSON] さん（[PERSONAL_ID]）が退会。"],
    ["・Ramos, Joselito（12-015）さんの口座を変更", "・[PERSON]（[PERSONAL_ID]）さんの口座を変更"],
    ["（名簿は 小椋 光枝、05-076）さんが退会", "（名簿は [PERSON]、[PERSONAL_ID]）さんが退会"],
    ["担当は 田村 由紀 様（118-2046）です", "担当は [PERSON] 様（[PERSONAL_ID]）です"],
  ],
  "a date, a score, a span of years or a month in brackets after a name stays": [
    ["宮坂 喜一 さん（11-12）に来店", "[PERSON] さん（11-12）に来店"],
    ["宮坂 喜一 さん（3-1で勝利）", "[PERSON] さん（3-1で勝利）"],
    ["故 宮坂 喜一 さん（1948-2026）", "故 [PERSON] さん（1948-2026）"],
    ["宮坂 喜一 さん（2026-11 入会）", "[PERSON] さん（2026-11 入会）"],
  ],
  "a dog's licence tag with its town's name before 第 is masked": [
    ["鑑札 旭 第 2026-0381 号", "鑑札 旭 第 [PERSONAL_ID] 号"],
    ["犬の鑑札 札幌市 第 R8-12044 号を交付", "犬の鑑札 札幌市 第 [PERSONAL_ID] 号を交付"],
    ["鑑札は 函館 第 88120 号", "鑑札は 函館 第 [PERSONAL_ID] 号"],
  ],
  "a notice's, a count's or a rabies shot's entry near a dog's licence stays": [
    ["鑑札 3枚（法人名義）", "鑑札 3枚（法人名義）"],
    ["鑑札の交付は 告示 第 12 号 による", "鑑札の交付は 告示 第 12 号 による"],
  ],
  "an animal's quarantine certificate number is masked": [
    ["輸入検疫の証明書番号 ICN-AQ-26-004417", "輸入検疫の証明書番号 [PERSONAL_ID]"],
    ["動物検疫証明書No. NRT-2025-11873 を持参", "動物検疫証明書No. [PERSONAL_ID] を持参"],
  ],
  "a plant's quarantine certificate, a cargo's, stays": [
    ["植物検疫証明書番号 PQ-2026-08812 を添付", "植物検疫証明書番号 PQ-2026-08812 を添付"],
  ],
  "a pet's chip number later in the sentence that reads the chip is masked": [
    ["保護された犬のチップを読取り、392141000377089 → 飼い主に連絡", "保護された犬のチップを読取り、[PERSONAL_ID] → 飼い主に連絡"],
    ["猫のチップを読み取ったところ 392 1400 0913 4468 と表示", "猫のチップを読み取ったところ [PERSONAL_ID] と表示"],
  ],
  "a number after an IC card's chip read, or a chip read with no fifteen digits, stays": [
    ["ICチップを読み取り、注文 123456789012345 を照合", "ICチップを読み取り、注文 123456789012345 を照合"],
    ["チップを読取り、3件登録済み", "チップを読取り、3件登録済み"],
  ],
  "a researcher's ORCID iD, its check digit holding or ORCID named before it, is masked": [
    ["ORCID 0000-0002-1825-0097", "ORCID [PERSONAL_ID]"],
    ["Reviewer: Ana Silva, orcid 0000-0003-4410-228X", "Reviewer: [PERSON], orcid [PERSONAL_ID]"],
    ["| Reviewers (ORCID) |\n|---|\n| Ingrid Sæther 0000-0001-9283-114X |", "| Reviewers (ORCID) |\n|---|\n| [PERSON] [PERSONAL_ID] |"],
    ["see https://orcid.org/0000-0001-5109-3700 for his papers", "see https://orcid.org/[PERSONAL_ID] for his papers"],
  ],
  "a serial or an order's number of an ORCID's layout, no check and no ORCID named, stays": [
    ["Serial 0000-0001-2345-6780 on the box.", "Serial 0000-0001-2345-6780 on the box."],
    ["Order 0000-0003-1458-2271 shipped", "Order 0000-0003-1458-2271 shipped"],
  ],
  "a national ID in brackets after its name is masked": [
    ["Mr. Zhang asked whether his Taiwanese national ID (F128846275) is needed.", "Mr. [PERSON] asked whether his Taiwanese national ID ([PERSONAL_ID]) is needed."],
    ["her national ID (A223456789) on file", "her national ID ([PERSONAL_ID]) on file"],
  ],
  "an expiry or a count in brackets after a national ID's name stays": [
    ["his national ID (expires 2030) is fine", "his national ID (expires 2030) is fine"],
    ["national ID (2 copies)", "national ID (2 copies)"],
  ],
  "a UK taxpayer reference and a Philippine TIN after their names are masked": [
    ["Tax:        UK UTR 84217 39520 — needed", "Tax:        UK UTR [PERSONAL_ID] — needed"],
    ["Unique Taxpayer Reference: 1234567890", "Unique Taxpayer Reference: [PERSONAL_ID]"],
    ["Philippine passport on file; TIN 283-517-904-000", "Philippine passport on file; TIN [PERSONAL_ID]"],
    ["Tax Identification Number 321-654-987-00000", "Tax Identification Number [PERSONAL_ID]"],
  ],
  "a firm's EIN after TIN, a year after UTR and an order's groups stay": [
    ["TIN 12-3456789 (the firm)", "TIN 12-3456789 (the firm)"],
    ["UTR 2026 filing", "UTR 2026 filing"],
    ["Order 283-517-904-000 shipped", "Order 283-517-904-000 shipped"],
  ],
  "a passport's nine digits after its issuing state's three letters are masked": [
    ["  Passport:   GBR 551873204 (expires 2031-06)", "  Passport:   GBR [PERSONAL_ID] (expires 2031-06)"],
    ["Passport: USA 488120417 (exp. 2030)", "Passport: USA [PERSONAL_ID] (exp. 2030)"],
    ["パスポート：KOR 512277304", "パスポート：KOR [PERSONAL_ID]"],
  ],
  "a fee or a flight after a passport's word and a country's code stays": [
    ["Passport fee JPY 16000 paid", "Passport fee JPY 16000 paid"],
    ["Passport office: GBR, flight BA 0051", "Passport office: GBR, flight BA 0051"],
  ],
  "the next passport of a list that names each holder before it is masked": [
    ["参加者リストはパスポート番号付きで届いた（不要なので受け取り後すぐ削除依頼）: 一例 WANG XIAOMING EK4410728、LI NA EJ9928174", "参加者リストはパスポート番号付きで届いた（不要なので受け取り後すぐ削除依頼）: 一例 [PERSON] [PERSONAL_ID]、[PERSON] [PERSONAL_ID]"],
    ["パスポート番号の控え（受付で確認済み、原本は返却しました）: Tran An: C1234567, Le Mai: C7654321", "パスポート番号の控え（受付で確認済み、原本は返却しました）: [PERSON]: [PERSONAL_ID], Le Mai: [PERSONAL_ID]"],
  ],
  "a booking's or a flight's code after a listed passport stays": [
    ["Passport list: KIM MINJI M12345678, Booking AB7712345, Flight NH1234567", "Passport list: [PERSON] [PERSONAL_ID], Booking AB7712345, Flight NH1234567"],
  ],
  "a staff code in brackets after a name, the person's employment or section before it, is masked": [
    ["- 勘解由小路 澄 様（嘱託、S0088104）: 京都市", "- [PERSON] 様（嘱託、[PERSONAL_ID]）: 京都市"],
    ["佐藤 花子さん（パート, P004417）が入社", "[PERSON]さん（パート, [PERSONAL_ID]）が入社"],
  ],
  "a thing's code in brackets after a name, its word before it, stays": [
    ["佐藤 花子様（注文、ORD44120）の件", "[PERSON]様（注文、ORD44120）の件"],
    ["佐藤 花子様（請求、INV-88120）の件", "[PERSON]様（請求、INV-88120）の件"],
  ],
  "an application's code after 申込 alone is masked": [
    ["（社内）クレジット払いに切替の申込書（申込 CR-2611-018）。", "（社内）クレジット払いに切替の申込書（申込 [PERSONAL_ID]）。"],
    ["申込み：AP-26-0412 を受付", "申込み：[PERSONAL_ID] を受付"],
  ],
  "a form's edition, a date or a form's own number after 申込 stays": [
    ["申込 TR-3 の書式で", "申込 TR-3 の書式で"],
    ["申込 11-30 締切", "申込 11-30 締切"],
    ["申込書 CR-2611-018", "申込書 CR-2611-018"],
  ],
  "a shared account's login after ログイン with no separator is masked": [
    ["システム管理用のログイン shonan-hogo-admin は私と Hemi だけ。", "システム管理用のログイン [PERSONAL_ID] は私と [PERSON] だけ。"],
    ["管理画面のログイン ops-kiosk を共有", "管理画面のログイン [PERSONAL_ID] を共有"],
  ],
  "a screen's or a sentence's words after ログイン stay": [
    ["ログイン pop-up が出ない", "ログイン pop-up が出ない"],
    ["ログイン admin-panel を開く", "ログイン admin-panel を開く"],
  ],
  "a key of random text before the full stop that ends its sentence is masked": [
    ["the API token for the Crossref deposit script is cr_dep_9fL2qT7vWx4kRm8sNb3Zp6Hy.", "the API token for the Crossref deposit script is [API_KEY]."],
    ["Old webhook value was hk_v2_Q8m3Tz5LpW7xR1nB4cY6dF0s.", "Old webhook value was [API_KEY]."],
  ],
  "a file's name or a CamelCase word before a full stop stays": [
    ["See the file report.AbC1dEf2GhI3jKl4MnO5pQr6.png here", "See the file report.AbC1dEf2GhI3jKl4MnO5pQr6.png here"],
    ["Use MyProjectSettings2024Final. OK", "Use MyProjectSettings2024Final. OK"],
  ],
  "a private key in PEM is masked whole, armour and all": [
    ["Certificate signing key -----BEGIN EC PRIVATE KEY-----MHcCAQEEIBk7Qv2n9xTz4Lp8Rw3Ym6Hc1Fd5Kj0Sa2Ub7Ne4Gi-----END EC PRIVATE KEY----- must move", "Certificate signing key [API_KEY] must move"],
    ["-----BEGIN RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEAx7Qv2n9xTz4Lp8Rw3Ym6Hc1Fd5Kj0Sa2Ub7Ne4Gi\n-----END RSA PRIVATE KEY-----\nnext line", "[API_KEY]\nnext line"],
    ['"-----BEGIN OPENSSH PRIVATE KEY-----b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQ" (cut)', '"[API_KEY]" (cut)'],
  ],
  "a certificate's block, public, stays": [
    ["-----BEGIN CERTIFICATE-----MIIDdzCCAl+gAwIBAgIEAgAAuTANBgkqhkiG9w0BAQUFADBa-----END CERTIFICATE-----", "-----BEGIN CERTIFICATE-----MIIDdzCCAl+gAwIBAgIEAgAAuTANBgkqhkiG9w0BAQUFADBa-----END CERTIFICATE-----"],
  ],
  "a dial's turns with the verbs that work it, after the dial is named, are masked": [
    ["共同冷蔵庫の南京錠はダイヤル式。開け方は 右に3回まわして27、左に戻して14、右で53（口頭で伝える）。", "共同冷蔵庫の南京錠はダイヤル式。開け方は [SECRET]（口頭で伝える）。"],
    ["ダイヤル錠：左に2回回して 8、右に戻して 31、左で 5 で開く", "ダイヤル錠：[SECRET] で開く"],
  ],
  "a dial turned to a place or a volume stays": [
    ["ダイヤルを右に回して 3 個目の穴", "ダイヤルを右に回して 3 個目の穴"],
    ["ダイヤルは右に回して音量を 12 に", "ダイヤルは右に回して音量を 12 に"],
  ],
  "a key's hiding place told apart by an aside in brackets is masked": [
    ["家の鍵は 勝手口の植木鉢（青い方）の下 に置いておきます", "家の鍵は [SECRET] に置いておきます"],
    ["合鍵は物置（北側）の中に入れてあります", "合鍵は[SECRET]に入れてあります"],
  ],
  "a key to hand back or handed over at a desk with an aside stays": [
    ["鍵は箱（青い方）の中に入れてください", "鍵は箱（青い方）の中に入れてください"],
    ["鍵は受付（1階）でお渡しします", "鍵は受付（1階）でお渡しします"],
  ],
});
