import { describeMaskingClasses } from "../support/masking-cases.js";

/**
 * ID, secret, card and phone rules by class that the rest of the fourteenth set's misses called for (issue 13), each
 * with other values than the set's and the look-alikes it must leave alone (expected === input).
 */
describeMaskingClasses("ID and secret classes of the fourteenth set's rest", {
  "a police or a court case's number and a request's are the matter's; a requester's is a person's": [
    ["警察に相談済み（事案番号 KN-25-03-1187）", "警察に相談済み（事案番号 KN-25-03-1187）"],
    ["事件番号 AB-2025-0042 の期日", "事件番号 AB-2025-0042 の期日"],
    ["削除依頼済み（依頼番号 DEL-5521）", "削除依頼済み（依頼番号 DEL-5521）"],
    ["依頼者番号 CL-20931 の方", "依頼者番号 [PERSONAL_ID] の方"],
  ],
  "a number read out, then read back in figures in the next turn": [
    [
      "顧客: ビー、エム、イチ、ニ、サン、ヨン、ゴ、ロク です\nオペレーター: BM123456 で承りました。",
      "顧客: [PERSONAL_ID] です\nオペレーター: [PERSONAL_ID] で承りました。",
    ],
    [
      "お客様: 口座は きゅう、ぜろ、いち、さん、ろく、なな、はち です。\n担当: 9013-678 ですね、確認します。",
      "お客様: 口座は [PERSONAL_ID] です。\n担当: [PERSONAL_ID] ですね、確認します。",
    ],
    [
      "Caller: it's seven seven two, one nine zero four.\nAgent: 772 1904, thank you.",
      "Caller: it's [PERSONAL_ID].\nAgent: [PERSONAL_ID], thank you.",
    ],
    // A short figure said again by chance stays: fewer than six letters and digits.
    ["顧客: いち、に、ご、なな です\n担当: 1257 件の注文のうち", "顧客: [PERSONAL_ID] です\n担当: 1257 件の注文のうち"],
  ],
  "a phone number read out in groups, some in katakana and some in hiragana": [
    ["折り返しは ゼロハチゼロ、よんよんさんに、いちごーろくなな にお願いします", "折り返しは [PHONE] にお願いします"],
    ["携帯は ぜろきゅうぜろ、ニーサンヨンゴ、ろくななはちきゅう です", "携帯は [PHONE] です"],
    ["いち、に、さん、はい、ゴー！", "いち、に、さん、はい、ゴー！"],
  ],
  "a product key and a My Number wrapped at a group's hyphen onto the next line": [
    ["移行したキー\nQ7R2K-PL4MX-\n9TZW3-HH8BN-C2VYD です", "移行したキー\n[API_KEY] です"],
    ["申請書のマイナンバー欄は空欄、控えには別の番号\n  3012-8847-\n  5561 が書いてある", "申請書のマイナンバー欄は空欄、控えには別の番号\n  [MY_NUMBER] が書いてある"],
    ["型番 AB123-CD456-\nEF789 の部品", "型番 AB123-CD456-\nEF789 の部品"],
    ["注文番号\n  1234-5678-\n  9012 で承りました", "注文番号\n  1234-5678-\n  9012 で承りました"],
  ],
  "a number in a table's column of cards' numbers, whatever its check digit": [
    ["| 会員 | カード番号 | 備考 |\n| --- | --- | --- |\n| 甲 | 4980 1122 3344 5566（控え） | 再発行 |", "| 会員 | カード番号 | 備考 |\n| --- | --- | --- |\n| 甲 | [CREDIT_CARD]（控え） | 再発行 |"],
    ["| Holder | Card number |\n|---|---|\n| A | 5412-7700-1234-9998 |", "| Holder | Card number |\n|---|---|\n| A | [CREDIT_CARD] |"],
    ["| 注文番号 | 金額 |\n|---|---|\n| 4980 1122 3344 5566 | ¥1,200 |", "| 注文番号 | 金額 |\n|---|---|\n| 4980 1122 3344 5566 | ¥1,200 |"],
    ["| ポイントカード番号 | 残高 |\n|---|---|\n| 2900 1234 5678 9012 | 300 |", "| ポイントカード番号 | 残高 |\n|---|---|\n| 2900 1234 5678 9012 | 300 |"],
  ],
  "a code of a found ID's shape and letters later in its paragraph: another person's, or a corrected one": [
    ["Passport no. TR5512093 (me)\n  my son: TR5577120", "Passport no. [PERSONAL_ID] (me)\n  my son: [PERSONAL_ID]"],
    ["会員番号 MB-40211 でしたが、更新後は MB-40388 です", "会員番号 [PERSONAL_ID] でしたが、更新後は [PERSONAL_ID] です"],
    ["passport E7731092K, sorry, that one expired, the new one is E8820115L", "passport [PERSONAL_ID], sorry, that one expired, the new one is [PERSONAL_ID]"],
    ["社員番号 EM20431、注文 EM20477 の件", "社員番号 [PERSONAL_ID]、注文 EM20477 の件"],
    ["社員番号 EM20431、請求書番号 EM20477", "社員番号 [PERSONAL_ID]、請求書番号 EM20477"],
    // Past the paragraph, a code of the same series is still the series' (same-form-ids.ts: one company numbers its staff so).
    ["社員番号 EM20431 の件。\n\n別件 EM20477 は完了", "社員番号 [PERSONAL_ID] の件。\n\n別件 [PERSONAL_ID] は完了"],
    ["Member ID AB12345, order AB67890 shipped", "Member ID [PERSONAL_ID], order AB67890 shipped"],
  ],
  "a code issued to a person after its word (member code, customer code), and a label's value after is": [
    ["Your gym member code is GYM-5520-K, keep it handy", "Your gym member code is [PERSONAL_ID], keep it handy"],
    ["customer code: CU-55102", "customer code: [PERSONAL_ID]"],
    ["Student code = ST2291A", "Student code = [PERSONAL_ID]"],
    ["The discount code is SAVE2024 and the error code is E-4012", "The discount code is SAVE2024 and the error code is E-4012"],
    ["promo code is WINTER25, tax code 1150", "promo code is WINTER25, tax code 1150"],
    ["member code is still pending", "member code is still pending"],
  ],
  "a national ID named as a citizen ID or a personal number, perhaps with \", it is\"": [
    ["my personal number, it is 001088123457, for the transfer", "my personal number, it is [PERSONAL_ID], for the transfer"],
    ["Citizen ID: 034190007788", "Citizen ID: [PERSONAL_ID]"],
    ["CCCD 079203001122", "CCCD [PERSONAL_ID]"],
    ["personnummer 19900101-1234", "personnummer [PERSONAL_ID]"],
    ["my personal number is 090-1234-5678", "my personal number is [PHONE]"],
    ["citizen ID was issued in 2021", "citizen ID was issued in 2021"],
  ],
  "an OpenSSH client config's User under its Host, whatever the login's form; not a shared account's": [
    ["Host jump\n    HostName 198.51.100.7\n    User skondo\n    Port 2222", "Host jump\n    HostName [IP_ADDRESS]\n    User [PERSONAL_ID]\n    Port 2222"],
    ["Host *.corp\n  User=hnakamura", "Host *.corp\n  User=[PERSONAL_ID]"],
    ["Host github.com\n    HostName github.com\n    User git", "Host github.com\n    HostName github.com\n    User git"],
    ["Settings:\nUser guide is attached", "Settings:\nUser guide is attached"],
  ],
  "a checklist's row naming a system a person logs in to or a card a person is issued, then its value": [
    ["| 項目 | 値 |\n|---|---|\n| Slack | m.ishida |\n| 社員証 | EMP-204418 |", "| 項目 | 値 |\n|---|---|\n| Slack | [PERSONAL_ID] |\n| 社員証 | [PERSONAL_ID] |"],
    ["| System | Value | Action |\n|---|---|---|\n| GitLab | r-okafor / token revoked | done |", "| System | Value | Action |\n|---|---|---|\n| GitLab | [PERSONAL_ID] / token revoked | done |"],
    ["| Badge | B20931 | returned |", "| Badge | [PERSONAL_ID] | returned |"],
    ["| Zoom | v5.17.1 | 更新 |", "| Zoom | v5.17.1 | 更新 |"],
    ["| Slack | #general | 退出 |", "| Slack | #general | 退出 |"],
    ["| 社員証 | 回収済み | - |", "| 社員証 | 回収済み | - |"],
    ["| Jira | PROJ-1234 | 移行 |", "| Jira | PROJ-1234 | 移行 |"],
    ["| Okta | hsato01 | 停止 |", "| Okta | [PERSONAL_ID] | 停止 |"],
    ["| GitHub | admin | 共有 |", "| GitHub | admin | 共有 |"],
  ],
  "a code named, then keyed or changed a sentence later: any digits after a door's, a keyed one after a bare code": [
    ["The gate code stopped working last night. I typed 55120 twice.", "The gate code stopped working last night. I typed [SECRET] twice."],
    ["The keypad code was reset by the landlord; it is now *4471#.", "The keypad code was reset by the landlord; it is now [SECRET]."],
    ["Locker combination? I tried 7301 but it jams.", "Locker combination? I tried [SECRET] but it jams."],
    ["The promo code expired. I tried 2024 again.", "The promo code expired. I tried 2024 again."],
    ["The error code persists. I entered 1234 as the quantity.", "The error code persists. I entered 1234 as the quantity."],
    ["The door code is fine. I tried room 1203 first.", "The door code is fine. I tried room 1203 first."],
  ],
  "a mail address read back piece by piece, letters' and digits' names with a dot or an at among them": [
    ["担当:けんじ、ドット、エス、ゼロ、ナナ、でよろしいですか。", "担当:[EMAIL]、でよろしいですか。"],
    ["オペレーター:ワイ、ケー、アット、ジー、メール、で承ります", "オペレーター:[EMAIL]、メール、で承ります"],
    ["ドットの数は、いち、に、さん", "ドットの数は、いち、に、さん"],
    ["アットホームな職場です、イチ、ニ、サン、シ", "アットホームな職場です、イチ、ニ、サン、シ"],
  ],
  "a name spelled out letter by letter where its spelling was asked": [
    ["オペレーター:お名前のスペルをお願いします。\n顧客:ピー、エー、ティー、イー、エル", "オペレーター:お名前のスペルをお願いします。\n顧客:[PERSON]"],
    ["Agent: could you spell the surname?\nCaller: ケー、アイ、エム", "Agent: could you spell the surname?\nCaller: [PERSON]"],
    ["担当: ご希望のプランはエー、ビー、シーのどれですか", "担当: ご希望のプランはエー、ビー、シーのどれですか"],
  ],
  "a name no person holds is no one's wherever a login is taken by its place (one list, no-person-accounts.ts)": [
    // Widened: a test or a program's account in a user's folder, a bot or a deploy job as an audit line's actor, a
    // by-line's word as an export's handle, a bot in an account column.
    ["C:\\Users\\test\\AppData\\Local", "C:\\Users\\test\\AppData\\Local"],
    ["cp /home/cron/jobs.txt .", "cp /home/cron/jobs.txt ."],
    ["file removed by ci-bot from host ops-07", "file removed by ci-bot from host ops-07"],
    ["file removed by deploy from host ops-07", "file removed by deploy from host ops-07"],
    ['{"login": "default"}', '{"login": "default"}'],
    ["| System | Account |\n|---|---|\n| Jenkins | ci-bot |\n| VPN | k.tanaka |", "| System | Account |\n|---|---|\n| Jenkins | ci-bot |\n| VPN | [PERSONAL_ID] |"],
    // A person whose name ends in "bot" is no bot.
    ['{"display_name": "talbot"}', '{"display_name": "[PERSONAL_ID]"}'],
    ["see /home/jtalbot/.ssh", "see /home/[PERSONAL_ID]/.ssh"],
    ["removed by mabbot from host ops-07", "removed by [PERSONAL_ID] from host ops-07"],
  ],
});
