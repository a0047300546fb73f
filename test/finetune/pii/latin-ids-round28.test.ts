import { describeMaskingClasses } from "../support/masking-cases.js";

/**
 * Latin-script IDs of issue 13, round 28: a login and its password in brackets after a sign-in's word earlier in the
 * sentence, and a craft's registration after the craft's, its flag's or its keeper's word. The look-alikes: two codes of
 * one kind in brackets, a product's codes, versions and dates; a registration's fee, date or class, and a firm's.
 */
describeMaskingClasses("Latin IDs of round 28", {
  "a login and its password in brackets after a sign-in's word in the sentence": [
    ["オンラインバンキングの ID を忘れたそうで、手帳のメモ（TNAKA0715 / hana-mizuki-88）を見せてくれた。", "オンラインバンキングの ID を忘れたそうで、手帳のメモ（[PERSONAL_ID] / [SECRET]）を見せてくれた。"],
    ["He read me the login he keeps on a sticky note (mtanaka77 / blue-heron-42) over the phone.", "He read me the login he keeps on a sticky note ([PERSONAL_ID] / [SECRET]) over the phone."],
    ["ログイン情報は付箋に（user4821 / sora_umi_2020）と書いてあった", "ログイン情報は付箋に（[PERSONAL_ID] / [SECRET]）と書いてあった"],
  ],
  "two codes of one kind, versions, dates and product codes in brackets stay": [
    ["The login page lists both stores (tokyo-01 / osaka-02) now.", "The login page lists both stores (tokyo-01 / osaka-02) now."],
    ["Account plan (v2.1 / v2.10) unchanged", "Account plan (v2.1 / v2.10) unchanged"],
    ["ログイン履歴（2024-11 / 2025-03）を出力", "ログイン履歴（2024-11 / 2025-03）を出力"],
    ["型番 ID（AB-1200 / AB-1200S）", "型番 ID（AB-1200 / AB-1200S）"],
    ["メモ（KMINAI0312 / kimi-sakura-31）だけ。", "メモ（KMINAI0312 / kimi-sakura-31）だけ。"],
  ],
  "a craft's registration after the craft's, its flag's or its keeper's word": [
    ["Drone pilot's registration JU-2B4C7E91D3F0 was checked.", "Drone pilot's registration [PERSONAL_ID] was checked."],
    ["| Norwegian flag, registration NO-2231-90 |", "| Norwegian flag, registration [PERSONAL_ID] |"],
    ["The yacht's registration no. GBR-40217 is on the stern.", "The yacht's registration no. [PERSONAL_ID] is on the stern."],
    ["her registration: FA-8K21993C", "her registration: [PERSONAL_ID]"],
  ],
  "a registration's fee, date or class, a firm's registration and a code of few digits stay": [
    ["Drone registration fee JPY 3,000", "Drone registration fee JPY 3,000"],
    ["boat registration 2026-12-01 renewed", "boat registration 2026-12-01 renewed"],
    ["Company registration KK-12345678 on the invoice", "Company registration KK-12345678 on the invoice"],
    ["Vessel registration class A-12", "Vessel registration class A-12"],
    ["flag, registration BY-F-93 pending", "flag, registration BY-F-93 pending"],
  ],
});
