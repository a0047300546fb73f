import { describeMaskingClasses } from "../support/masking-cases.js";

/**
 * ID and secret classes a probe of member desks, race entry lists and locker logs found leaking (issue 13, round 27),
 * each in other layouts and with the look-alikes it must leave alone (expected === input).
 */
describeMaskingClasses("id and secret classes of the round-27 probe", {
  "India's Aadhaar, Canada's social insurance number and the UK's National Insurance number after their names": [
    ["Aadhaar no. 2287 9914 0062 on file", "Aadhaar no. [PERSONAL_ID] on file"],
    ["his Aadhaar number: 553019927741", "his Aadhaar number: [PERSONAL_ID]"],
    ["SIN 046-454-286 for payroll", "SIN [PERSONAL_ID] for payroll"],
    ["Social Insurance Number: 130 692 544", "Social Insurance Number: [PERSONAL_ID]"],
    ["National Insurance number QQ123456C", "National Insurance number [PERSONAL_ID]"],
    ["NINO: AB 12 34 56 D", "NINO: [PERSONAL_ID]"],
    ["Aadhaar enrolment centre opens at 9", "Aadhaar enrolment centre opens at 9"],
    ["National Insurance contributions of £4,210", "National Insurance contributions of £4,210"],
    ["SIN 30 equals 0.5", "SIN 30 equals 0.5"],
    ["Aadhaar-linked accounts: 4 of 12", "Aadhaar-linked accounts: 4 of 12"],
  ],
  "a code named first, then the lock it opens and whose; a numbered locker, safe or padlock, then its code": [
    ["the code to his locker is 9031", "the code to his locker is [SECRET]"],
    ["The combination for her padlock: 4-1-7-2", "The combination for her padlock: [SECRET]"],
    ["PIN for my garage is 55120", "PIN for my garage is [SECRET]"],
    ["locker L-0334 code 2719", "locker L-0334 code [SECRET]"],
    ["Safe #3, PIN 4410", "Safe #3, PIN [SECRET]"],
    ["Locker 12 combination: 08-16-31", "Locker 12 combination: [SECRET]"],
    ["the code to the locker room is on the wiki", "the code to the locker room is on the wiki"],
    ["the code for the gate is 2026 rollout", "the code for the gate is 2026 rollout"],
    ["locker 12 code 2024年", "locker 12 code 2024年"],
    ["Locker 12 code missing, see desk", "Locker 12 code missing, see desk"],
    ["Safe 3 code review on 2026-03-01", "Safe 3 code review on 2026-03-01"],
  ],
  "a recovery key a few words after its word, in letter-and-digit groups or as BitLocker prints it": [
    ["recovery key 7F2K-9QPX-44LM-TR8Z-11AB", "recovery key [SECRET]"],
    ["Recovery key for his Mac: K2JD-8PQW-4LMX", "Recovery key for his Mac: [SECRET]"],
    ["リカバリーキーは 4F7K-9QPX-44LM-TR8Z です", "リカバリーキーは [SECRET] です"],
    [
      "BitLocker recovery key: 123456-234567-345678-456789-567890-678901-789012-890123",
      "BitLocker recovery key: [SECRET]",
    ],
    ["回復用キー 401972-118844-002233-771100-552211-330099-664422-119988", "回復用キー [SECRET]"],
    ["recovery key rotation ticket 2026-0412-0033", "recovery key rotation ticket 2026-0412-0033"],
    ["Recovery keys escrowed for 412 laptops (build 2026-1207-3)", "Recovery keys escrowed for 412 laptops (build 2026-1207-3)"],
    ["回復キーの保管庫 v2.3.1 へ移行", "回復キーの保管庫 v2.3.1 へ移行"],
  ],
  "a user's handle as an IRC log's speaker, in angle brackets after the turn's time": [
    ["[22:14] <hikari_z> 退会したいです", "[22:14] <[PERSONAL_ID]> 退会したいです"],
    ["09:12 <tsuyoshi.k> can I swap my shift?", "09:12 <[PERSONAL_ID]> can I swap my shift?"],
    ["[2026-12-01 08:00] <kenta88> おはようございます", "[2026-12-01 08:00] <[PERSONAL_ID]> おはようございます"],
    ["[10:02] <system> restarting the dock", "[10:02] <system> restarting the dock"],
    ["[10:02] <ci-bot> build 2026.12 ok", "[10:02] <ci-bot> build 2026.12 ok"],
    ["12:30 <br> next line", "12:30 <br> next line"],
    ["v2.3 <release-notes> updated", "v2.3 <release-notes> updated"],
  ],
  "a shop's loyalty, rewards or points card number after the card's word; its year of edition stays": [
    ["Loyalty card: 6012 4488 1200", "Loyalty card: [PERSONAL_ID]"],
    ["Rewards card no. RC4410923", "Rewards card no. [PERSONAL_ID]"],
    ["Points card 88001234 for the refund", "Points card [PERSONAL_ID] for the refund"],
    ["Loyalty card 2 of 3 stamped", "Loyalty card 2 of 3 stamped"],
    ["Rewards card: 500 points added", "Rewards card: 500 points added"],
    ["Rewards card 2026 promotion starts Monday", "Rewards card 2026 promotion starts Monday"],
    ["Library card 2026 renewal week", "Library card 2026 renewal week"],
    ["Points card holders: 4,210", "Points card holders: 4,210"],
  ],
});
