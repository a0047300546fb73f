import { describeMaskingClasses } from "../support/masking-cases.js";

/**
 * ID and secret classes a probe of everyday office lines found leaking (issue 13, round 24), each in other layouts and
 * with the look-alikes it must leave alone (expected === input).
 */
describeMaskingClasses("id and secret classes of the round-24 probe", {
  "a holder's number wrapped in 第…号, in brackets of its own, or after an aside in brackets": [
    ["受験番号 第20931号 の方は2階へ", "受験番号 第[PERSONAL_ID]号 の方は2階へ"],
    ["ご契約者番号は 第 7730412 号です", "ご契約者番号は 第 [PERSONAL_ID] 号です"],
    ["印鑑登録番号 第0077124号", "印鑑登録番号 第[PERSONAL_ID]号"],
    ["組合員番号【M0041822】", "組合員番号【[PERSONAL_ID]】"],
    ["利用者番号「00458812」で照会", "利用者番号「[PERSONAL_ID]」で照会"],
    ["加入者番号（旧）3390-1187", "加入者番号（旧）[PERSONAL_ID]"],
    ["議案第45号 可決", "議案第45号 可決"],
    ["告示番号 第128号", "告示番号 第128号"],
    ["登録番号 第12345号（事業者）", "登録番号 第12345号（事業者）"],
    ["整理番号【0012】", "整理番号【0012】"],
    ["注文番号「20241104」", "注文番号「20241104」"],
    ["仕様番号【4410-2299】", "仕様番号【4410-2299】"],
    ["委託者番号【12345678】", "委託者番号【12345678】"],
    ["預かり証番号【00451234】の品物", "預かり証番号【00451234】の品物"],
    ["荷主コード「88120」", "荷主コード「88120」"],
    ["バスは委託（契約番号 KB-2026-W-118）", "バスは委託（契約番号 KB-2026-W-118）"],
    ["リースの契約番号【TX-2025-0412】", "リースの契約番号【TX-2025-0412】"],
  ],
  "a household's, a pension's, a card's or a visa's number after a label the cue lists do not hold, whose word names the holder": [
    ["世帯番号：7004412398", "世帯番号：[PERSONAL_ID]"],
    ["基礎年金番号 4410 882190 を確認", "基礎年金番号 [PERSONAL_ID] を確認"],
    ["特定医療費受給者証 番号 3302981", "特定医療費受給者証 番号 [PERSONAL_ID]"],
    ["ビザ番号 V40918277", "ビザ番号 [PERSONAL_ID]"],
    ["世帯番号は 2026年4月から変わります", "世帯番号は 2026年4月から変わります"],
    ["受給者証 2 枚", "受給者証 2 枚"],
    ["部屋番号 1205", "部屋番号 1205"],
    ["会議番号 4410 8823", "会議番号 4410 8823"],
  ],
  "a holder's number read out digit by digit, spaced or hyphened": [
    ["証券番号は 6-7-0-1-2-3-9 です", "証券番号は [PERSONAL_ID] です"],
    ["お客様番号は 8 8 0 4 の 1 2 7 です", "お客様番号は [PERSONAL_ID] です"],
    ["会員番号、3 3 0 9 1 2 でした", "会員番号、[PERSONAL_ID] でした"],
    ["証券番号は 2 通お送りします", "証券番号は 2 通お送りします"],
    ["お客様番号 1-2 行目を参照", "お客様番号 1-2 行目を参照"],
  ],
  "an English person's number after 'is #' or in brackets after its card: the number whole": [
    ["Her employee number is #E-55102.", "Her employee number is #[PERSONAL_ID]."],
    ["Member number is # 40918822", "Member number is # [PERSONAL_ID]"],
    ["His passport (no. C01X00T47) expires soon.", "His passport (no. [PERSONAL_ID]) expires soon."],
    ["the member number is #1 priority", "the member number is #1 priority"],
    ["passport (no. 2 of 3 copies)", "passport (no. 2 of 3 copies)"],
  ],
  "English-speaking countries' numbers spelt out (National Insurance, Social Insurance, Tax file number, Medicare card), spaced as printed": [
    ["National Insurance number: QQ 12 34 56 C", "National Insurance number: [PERSONAL_ID]"],
    ["her national insurance no. AB 40 91 77 D on the P45", "her national insurance no. [PERSONAL_ID] on the P45"],
    ["Tax file number (TFN) 123 456 782", "Tax file number (TFN) [PERSONAL_ID]"],
    ["Social Insurance Number 046 454 286 for payroll", "Social Insurance Number [PERSONAL_ID] for payroll"],
    ["Medicare card 2123 45670 1", "Medicare card [PERSONAL_ID]"],
    ["National Insurance contributions 2024 rose 2%", "National Insurance contributions 2024 rose 2%"],
    ["Medicare card 2 copies", "Medicare card 2 copies"],
    ["social insurance 12 months", "social insurance 12 months"],
  ],
  "a health-insurance card's 記号・番号 written as one label before both values": [
    ["保険証の記号・番号は 3140・2207 です", "保険証の[PERSONAL_ID] です"],
    ["被保険者証 記号番号: 東 31041187/15", "被保険者証 [PERSONAL_ID]"],
    ["記号・番号 1・2 を選択", "記号・番号 1・2 を選択"],
  ],
  "a British account's number on its sort code's line": [
    ["Bank sort code 20-00-00, account 55779911", "Bank sort code [PERSONAL_ID], account [PERSONAL_ID]"],
    ["sort code: 40-11-62 / a/c 31926819", "sort code: [PERSONAL_ID] / a/c [PERSONAL_ID]"],
    ["sort code 20-00-00 (Barclays); order 55779911", "sort code 20-00-00 (Barclays); order 55779911"],
  ],
  "a frequent flyer's number in groups after its airline's code": [
    ["Frequent flyer no. NH 2238 4471 09", "Frequent flyer no. [PERSONAL_ID]"],
    ["マイレージ番号 JL 1234 5678", "マイレージ番号 [PERSONAL_ID]"],
    ["マイレージ NH 0105 便 12,000 マイル", "マイレージ NH 0105 便 12,000 マイル"],
  ],
  "a PIN after an aside in brackets that says its length or its kind, a SIM's PUK": [
    ["個人番号カードの暗証番号（4桁）1357", "個人番号カードの暗証番号（4桁）[SECRET]"],
    ["暗証番号（数字4桁）は 2580", "暗証番号（数字4桁）は [SECRET]"],
    ["PINロック解除コード（PUK）12345678", "PINロック解除コード（PUK）[SECRET]"],
    ["PUK: 80417733", "PUK: [SECRET]"],
    ["暗証番号（4桁）を入力", "暗証番号（4桁）を入力"],
    ["PIN（4桁）の入力は3回まで", "PIN（4桁）の入力は3回まで"],
    ["PIN（会員番号）1234", "PIN（会員番号）1234"],
    ["PIN（4桁）：2026年に変更", "PIN（4桁）：2026年に変更"],
  ],
  "a land registry's identification code (登記識別情報)": [
    ["登記識別情報 3A9-KX2-77B-PQ4", "登記識別情報 [SECRET]"],
    ["登記識別情報通知のコードは 7KQ2M9XD4PLA です", "登記識別情報通知のコードは [SECRET] です"],
    ["登記識別情報通知 2 通", "登記識別情報通知 2 通"],
    ["登記識別情報の通知日 2024-11-04", "登記識別情報の通知日 2024-11-04"],
  ],
  "a password after pw and an arrow": [
    ["pw → hikari7788", "pw → [SECRET]"],
    ["PW -> Tk8#pq2L", "PW -> [SECRET]"],
    ["PW→ 変更しました", "PW→ 変更しました"],
  ],
  "a room's code after a room's or a section's word is no Latin name (kept)": [
    ["教室 A-301 で実施", "教室 A-301 で実施"],
    ["研究室 Bob-204", "研究室 Bob-204"],
    ["営業部 John Smith", "営業部 [PERSON]"],
    ["担当者 John Smithです", "担当者 [PERSON]です"],
  ],
});
