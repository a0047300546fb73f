import { describeMaskingClasses } from "../support/masking-cases.js";

/**
 * The ID, secret, key and address rules by class that the eleventh blind set's misses called for (issue 13), each with
 * the look-alikes it must leave alone (expected === input).
 */
describeMaskingClasses("ID and secret rules of the eleventh set's classes", {
  "a call's, a kept item's, a survey's or a service's number is the thing's, not a person's": [
    ["通話ID RC-20250304-118207 ／ 受電 9:15 ／ 用件：解約", "通話ID RC-20250304-118207 ／ 受電 9:15 ／ 用件：解約"],
    ["Call ID CC-20250611-000981 · inbound 14:02", "Call ID CC-20250611-000981 · inbound 14:02"],
    ["手袋が届いております（保管番号 K-0611-204）。", "手袋が届いております（保管番号 K-0611-204）。"],
    ["下見の日程を押さえました（調査番号 RV-25-1187）", "下見の日程を押さえました（調査番号 RV-25-1187）"],
    ["# 法要 打合せ（施行番号 H-2025-0730-01）", "# 法要 打合せ（施行番号 H-2025-0730-01）"],
    ["Site visit no. SV-2025-0192 booked for Tuesday", "Site visit no. SV-2025-0192 booked for Tuesday"],
    ["Estimate no. EST-25-0441, total ¥1,280,000", "Estimate no. EST-25-0441, total ¥1,280,000"],
    ["会員番号 MB-20418 の方", "会員番号 [PERSONAL_ID] の方"],
    ["調査員番号 RS-4471 の者が伺います", "調査員番号 [PERSONAL_ID] の者が伺います"],
  ],
  "a bank account column beside a bank's or a branch's": [
    ["row,bank,branch,type,account,amount\n3,りそな,305,普通,4419027,2000", "row,bank,branch,type,account,amount\n3,りそな,305,普通,[PERSONAL_ID],2000"],
    ["| 銀行 | 支店 | Account |\n|---|---|---|\n| ゆうちょ | 記号10170 | 66120934 |", "| 銀行 | 支店 | Account |\n|---|---|---|\n| ゆうちょ | 記号10170 | [PERSONAL_ID] |"],
    ["| Account | Debit | Credit |\n|---|---|---|\n| 411000 | 100 | 0 |", "| Account | Debit | Credit |\n|---|---|---|\n| 411000 | 100 | 0 |"],
    ["bank,branch,account,amount\nみずほ,412,普通,12000", "bank,branch,account,amount\nみずほ,412,普通,12000"],
  ],
  "a Twilio account SID": [
    ["  twilio_account_sid: AC0b7e52f19d4c83a6e1f20d94b7c35a81", "  twilio_account_sid: [API_KEY]"],
    ["ACME unit AC-20261204-0412 and ACE2026 ready, AC0b7e52f1 short", "ACME unit AC-20261204-0412 and ACE2026 ready, AC0b7e52f1 short"],
  ],
  "a log line's user ID by its key": [
    ["WARN login failed user_id=u_7a21c9e3 ip=192.0.2.1 reason=timeout", "WARN login failed user_id=[PERSONAL_ID] ip=[IP_ADDRESS] reason=timeout"],
    ["INFO checkout customerId=cus-4f8a21 total=1200", "INFO checkout customerId=[PERSONAL_ID] total=1200"],
    ["INFO user_id=42 order_id=ORD-2026-0412 request_id=req-7f3a91 status=200", "INFO user_id=42 order_id=ORD-2026-0412 request_id=req-7f3a91 status=200"],
    ["user_id=anonymous session_id=s-91ab3f", "user_id=anonymous session_id=s-91ab3f"],
  ],
  "Singapore's postal code is six digits, not a year or a date after the city": [
    ["Office: 10 Anson Road, #12-05, Singapore 079903.", "Office: [ADDRESS], Singapore [POSTAL_CODE]."],
    ["Sydney NSW 2000, Australia", "Sydney NSW [POSTAL_CODE], Australia"],
    ["Flight SQ 637 to Singapore 2026-12-04, gate 12", "Flight SQ 637 to Singapore 2026-12-04, gate 12"],
    ["the Singapore 2026 conference", "the Singapore 2026 conference"],
  ],
});
