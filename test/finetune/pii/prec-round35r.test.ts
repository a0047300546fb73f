import { describeMaskingClasses } from "../support/masking-cases.js";

/**
 * Look-alikes the thirty-fifth set lost (issue 13, round 35r): a firm's vans' plates after its use word (社用, 社用車の
 * 登録番号, 社用車のうち) and the plates listed after the first; a record's number opening a Markdown heading before its
 * subject's name; a parcel's number with its posting said after it; an item kept's number after "storage no."; a firm
 * holding a surname repeated from a person's name (Café …, … Imports, … Accounting Office, 手打ちそば …). Each with the
 * person's values still masked beside it.
 */
describeMaskingClasses("look-alikes of round 35r", {
  "a firm's plates after its use word, and the plates listed after the first, stay": [
    ["- 車両: 日産 NV200 2台、社用（相模 400 す 12-06、相模 400 す 12-07）", "- 車両: 日産 NV200 2台、社用（相模 400 す 12-06、相模 400 す 12-07）"],
    ["■ バン（社用 足立 480 あ 33-10）の車検 12月9日。", "■ バン（社用 足立 480 あ 33-10）の車検 12月9日。"],
    ["社用車の登録番号（練馬 400 さ 45-12 ほか）は一覧でいただければ十分です。", "社用車の登録番号（練馬 400 さ 45-12 ほか）は一覧でいただければ十分です。"],
    ["社用車のうち 横浜 400 か 20-01 と 横浜 400 か 20-02 は売却済み。", "社用車のうち 横浜 400 か 20-01 と 横浜 400 か 20-02 は売却済み。"],
  ],
  "a person's plate beside them, or listed after a private car's, is masked": [
    ["- 車両: ホンダ N-BOX JF3、登録番号 相模 581 な 90-03（本人名義の自家用）", "- 車両: ホンダ N-BOX JF3、登録番号 [PERSONAL_ID]（本人名義の自家用）"],
    ["車両は自家用（品川 330 あ 12-34、品川 330 あ 56-78）です。", "車両は自家用（[PERSONAL_ID]、[PERSONAL_ID]）です。"],
    ["社用車は返却済み。車両は私の 品川 500 さ 12-34 で来ます。", "社用車は返却済み。車両は私の [PERSONAL_ID] で来ます。"],
    ["社用（品川 400 す 12-06、品川 330 あ 56-78（本人所有））", "社用（品川 400 す 12-06、[PERSONAL_ID]（本人所有））"],
  ],
  "a record's number opening a Markdown heading before its subject's name stays": [
    ["### MD-26120-014 小此木 陽葵（おこのぎ ひまり）さん\n- 保護者: 母 小此木 沙織 様", "### MD-26120-014 [PERSON]（[PERSON]）さん\n- 保護者: 母 [PERSON] 様"],
    ["## CASE-20417 Maria Lopez\nNotes: called twice.", "## CASE-20417 [PERSON]\nNotes: called twice."],
    ["#### INT-88120-3 田中 結衣 さん\n- 面談済み", "#### INT-88120-3 [PERSON] さん\n- 面談済み"],
  ],
  "a person's code before their name outside a heading's opening is masked": [
    ["ST-0085530 渡会 聡 さん\n- 面談済み", "[PERSONAL_ID] [PERSON] さん\n- 面談済み"],
    ["### 面談\nST-0085530 渡会 聡 さん", "### 面談\n[PERSONAL_ID] [PERSON] さん"],
  ],
  "a parcel's number with its posting said after it stays": [
    ["書類はご実家へ 6170-3392-4418 で発送します。", "書類はご実家へ 6170-3392-4418 で発送します。"],
    ["控えは 4821-3059-7160 にて郵送済みです。", "控えは 4821-3059-7160 にて郵送済みです。"],
    ["The forms 3057 1926 4382 were sent via Japan Post today.", "The forms 3057 1926 4382 were sent via Japan Post today."],
  ],
  "a My Number with a posting after it, its word before it, is masked": [
    ["マイナンバー 4821-3059-7160 で郵送しました。", "マイナンバー [MY_NUMBER] で郵送しました。"],
    ["番号は 3057 1926 4382 です。発送は明日。", "番号は [MY_NUMBER] です。発送は明日。"],
  ],
  "an item kept's number after storage, locker or baggage no. stays": [
    ["Mr. Jansen, found your set: storage no. TH-2604-0388. Please bring your ID", "Mr. [PERSON], found your set: storage no. TH-2604-0388. Please bring your ID"],
    ["Coat checked, locker no. LK-2291-07 at the front desk.", "Coat checked, locker no. LK-2291-07 at the front desk."],
    ["Baggage no. BG-5520-118 is on the trolley.", "Baggage no. BG-5520-118 is on the trolley."],
  ],
  "a member's or a student's number beside them is masked": [
    ["Member no. MB-2291-07 for Ms. Jansen.", "Member no. [PERSONAL_ID] for Ms. [PERSON]."],
  ],
  "a firm holding a surname repeated from a person's name stays": [
    [
      "Organisers: Tomás Quintero (lead). Quintero Imports donates coffee.",
      "Organisers: [PERSON] (lead). Quintero Imports donates coffee.",
    ],
    ["| 6 | 久慈 友梨 (KUJI Yuri) | JA | works at Kuji Accounting Office (her father's firm) |", "| 6 | [PERSON] ([PERSON]) | JA | works at Kuji Accounting Office (her father's firm) |"],
    ["Hosts: Marco Bianchi and Elena Novak. Dinner at Trattoria Bianchi; wine from Novak Exports.", "Hosts: [PERSON] and [PERSON]. Dinner at Trattoria Bianchi; wine from Novak Exports."],
    ["Organisers: Saga Lindgren (lead). The venue is Café Lindgren.", "Organisers: [PERSON] (lead). The venue is Café Lindgren."],
    ["同行 神保 晴美、乙部 拓也。講師は 手打ちそば 神保（神保 晴美 様の実家とは別）", "同行 [PERSON]、[PERSON]。講師は 手打ちそば 神保（[PERSON] 様の実家とは別）"],
    ["同行 村上 健太。昼は 十割蕎麦 村上 で。", "同行 [PERSON]。昼は 十割蕎麦 村上 で。"],
  ],
  "the person's name repeated outside a firm's is masked, そば as near too": [
    ["同行 村上 健太。駅のそば 村上 さんと待ち合わせ。", "同行 [PERSON]。駅のそば [PERSON] さんと待ち合わせ。"],
    ["Organisers: Tomás Quintero (lead). Quintero imports nothing; Quintero pays.", "Organisers: [PERSON] (lead). [PERSON] imports nothing; [PERSON] pays."],
  ],
});
