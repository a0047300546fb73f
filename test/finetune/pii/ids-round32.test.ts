import { describeMaskingClasses } from "../support/masking-cases.js";

/**
 * ID classes a probe of race lists, rosters, game chats and immigration desks found leaking (issue 13, round 32), each
 * in other layouts and with the look-alikes it must leave alone (expected === input).
 */
describeMaskingClasses("id classes of the round-32 probe", {
  "a runner's bib number after its word": [
    ["ゼッケン 20517 佐藤 花子", "ゼッケン [PERSONAL_ID] [PERSON]"],
    ["ゼッケン番号 3391 鈴木 一郎", "ゼッケン番号 [PERSONAL_ID] [PERSON]"],
    ["Bib 4420 — Tom Baker", "Bib [PERSONAL_ID] — [PERSON]"],
    ["Bib no. 1502, Ken Ito", "Bib no. [PERSONAL_ID], [PERSON]"],
    ["10km race, bib pickup 2026, start 09:30", "10km race, bib pickup 2026, start 09:30"],
    ["ゼッケン受け取りは 8:30 から", "ゼッケン受け取りは 8:30 から"],
    ["Bib 5 km fun run", "Bib 5 km fun run"],
    ["Wave 3 starts 09:15, 42.195 km", "Wave 3 starts 09:15, 42.195 km"],
  ],
  "a member's code as the CSV cell after the name's cell": [
    ["佐藤 花子, M0071183", "[PERSON], [PERSONAL_ID]"],
    ["株式会社山田, ORD-20931", "株式会社山田, ORD-20931"],
    ["Acme Corp, SKU-4471", "Acme Corp, SKU-4471"],
    ["佐藤, INC-0031188", "[PERSON], INC-0031188"],
  ],
  "a player's or a speaker's handle after its word; a handle opening a chat line before a message in Japanese": [
    ["player zZ_Shadow_Ninja", "player [PERSONAL_ID]"],
    ["プレイヤー kuro_neko99 が参加", "プレイヤー [PERSONAL_ID] が参加"],
    ["Speaker: blue_fox42", "Speaker: [PERSONAL_ID]"],
    ["mika.t: 了解です", "[PERSONAL_ID]: 了解です"],
    ["Player: DarkKnight_77 が勝利", "Player: [PERSONAL_ID] が勝利"],
    ["IGN Gamer123", "IGN [PERSONAL_ID]"],
    ["Player one joins", "Player one joins"],
    ["media player v2.0 released", "media player v2.0 released"],
    ["player mp3 files", "player mp3 files"],
    ["Speaker: Host", "Speaker: Host"],
    ["main.py: error", "main.py: error"],
    ["max_retries: 3", "max_retries: 3"],
    ["spring.datasource.url: jdbc:x", "spring.datasource.url: jdbc:x"],
    ["v1.2: 修正", "v1.2: 修正"],
    ["ver.2: 変更", "ver.2: 変更"],
  ],
  "a visa application's or a certificate of eligibility's number; a member number a few words after its cue": [
    ["ビザ申請番号 VA20931184", "ビザ申請番号 [PERSONAL_ID]"],
    ["査証申請番号：2026-004412", "査証申請番号：[PERSONAL_ID]"],
    ["COE番号は EA-0034127 です", "COE番号は [PERSONAL_ID] です"],
    ["会員証の番号、メモしておいて：00731194", "会員証の番号、メモしておいて：[PERSONAL_ID]"],
    ["会員番号を確認してください：7710 2234", "会員番号を確認してください：[PERSONAL_ID]"],
    ["会員番号の発行は 3 日後：2026年", "会員番号の発行は 3 日後：2026年"],
    ["ビザ申請の受付は 3 月から", "ビザ申請の受付は 3 月から"],
    ["Order 2026-00418 shipped", "Order 2026-00418 shipped"],
    ["Ticket #44821", "Ticket #44821"],
    ["v2.4.1 released", "v2.4.1 released"],
  ],
});
