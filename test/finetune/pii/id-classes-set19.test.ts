import { describeMaskingClasses } from "../support/masking-cases.js";

/**
 * ID and secret rules by class that the nineteenth set's misses called for (issue 13), each with other values than the set's and
 * the look-alikes it must leave alone (expected === input).
 */
describeMaskingClasses("id and secret classes of the nineteenth set", {
  "a police station's receipt number with the station, masked whole": [
    ["被害届は 新宿警察署 受理番号 第 318-44 号 です", "被害届は [PERSONAL_ID] です"],
    ["Police report: 渋谷署 受理第 2207-1153号 (lost wallet)", "Police report: [PERSONAL_ID] (lost wallet)"],
    ["遺失届 → 大阪府警 天満署 第 0912-7 号", "遺失届 → 大阪府警 [PERSONAL_ID]"],
    // An ordinal after a station, a tax office's circular and a station's name alone stay.
    ["渋谷署 第 3 回 防犯講習、税務署 第 2026-118 号 通知、新宿警察署 の前", "渋谷署 第 3 回 防犯講習、税務署 第 2026-118 号 通知、新宿警察署 の前"],
  ],
  "a member's handle on a code host, the first step of its address": [
    ["Team repo: github.com/tkhrmiura/pocket-clinic", "Team repo: github.com/[PERSONAL_ID]/pocket-clinic"],
    ["<td>https://gitlab.com/nanami-w</td>", "<td>https://gitlab.com/[PERSONAL_ID]</td>"],
    ["fork on bitbucket.org/rkoba_dev/site", "fork on bitbucket.org/[PERSONAL_ID]/site"],
    // The host's own pages and a module's path in a build file are no one's.
    ["see github.com/features and github.com/pricing; require github.com/spf13/cobra v1.8.0", "see github.com/features and github.com/pricing; require github.com/spf13/cobra v1.8.0"],
  ],
  "an app's user id by its type prefix": [
    ["Refund for usr_4Tq9Lm2Z approved", "Refund for [PERSONAL_ID] approved"],
    ["customer cus_N4x7Qa91Lk, then acct_1Pq2Rs3Tu", "customer [PERSONAL_ID], then [PERSONAL_ID]"],
    // A column, a folder or a table named with the prefix has no digit and letter both.
    ["SELECT usr_name FROM usr_accounts; /opt/usr_local; cus_20240101", "SELECT usr_name FROM usr_accounts; /opt/usr_local; cus_20240101"],
  ],
});
