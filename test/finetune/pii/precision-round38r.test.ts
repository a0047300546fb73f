import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { readDocuments } from "../../../src/finetune/documents/read-documents.js";
import { maskDocumentSections } from "../../../src/finetune/pii/mask-pii.js";
import { useTempDirs } from "../../support/temp-dir.js";
import { describeMaskingClasses } from "../support/masking-cases.js";

/**
 * Look-alikes of round 38r (issue 13): a service's name in brackets after a key, a given name ending in a role's kanji,
 * a brewery's romaji word, a public body's word, dog breeds and makers named like people, a facility in a labelled note
 * of a person's cell, an office's town, and a code opening a document's heading. Each beside the people or the secret
 * its rule must still mask.
 */
describeMaskingClasses("look-alikes of round 38r", {
  "a key ends before a service named in brackets after it": [
    ["配信用 ストリームキー k4vd-77qa-m2xp-9tne（Twitch Studio）を設定", "配信用 ストリームキー [SECRET]（Twitch Studio）を設定"],
    ["- stream key: rq83-zz1m-0pkw (Facebook Live)", "- stream key: [SECRET] (Facebook Live)"],
    ["| 配信 | ストリームキー b2ka-19xx-pq0r（YouTube） |", "| 配信 | ストリームキー [SECRET]（YouTube） |"],
    ["パスワードは Ab(Cd)9x!q です", "パスワードは [SECRET] です"],
  ],
  "a given name ending in a role's kanji after a surname ends the full name, no role before another name": [
    ["FAX注文　代表 三戸 直人　トラクター クボタ KL-340 の部品", "FAX注文　代表 [PERSON]　トラクター クボタ KL-340 の部品"],
    ["2026/11/02,電話,依頼者 浜辺 隼人　刈払機 マキタ MEM-270 修理", "2026/11/02,電話,依頼者 [PERSON]　刈払機 マキタ MEM-270 修理"],
    ["保証人 川端 恵子 の件", "保証人 [PERSON] の件"],
  ],
  "a sake or soy brewery's romaji word after its family's name is the firm's": [
    ["She works at Kamisawa Shuzo, the brewery in Niigata.", "She works at Kamisawa Shuzo, the brewery in Niigata."],
    ["| Supplier | Marusada Jozo (soy sauce) |", "| Supplier | Marusada Jozo (soy sauce) |"],
    ["Shuzo Kamisawa は来週来社します、Mr. Ken Ogura も同席。", "Shuzo Kamisawa は来週来社します、Mr. [PERSON] も同席。"],
  ],
  "a public body's word after capitalised words names the body": [
    ["Export papers checked by Plant Protection Service on Monday.", "Export papers checked by Plant Protection Service on Monday."],
    ["- Permit reviewed by Harbour Master Office, 2026-11-03", "- Permit reviewed by Harbour Master Office, 2026-11-03"],
    ["Form checked by Laura Benning yesterday.", "Form checked by [PERSON] yesterday."],
  ],
  "a dog breed named after a person is the pet's breed": [
    ["Pet: one dog (Cavalier King Charles), vaccinated.", "Pet: one dog (Cavalier King Charles), vaccinated."],
    ["| 3 | Jack Russell Terrier | 8 kg |", "| 3 | Jack Russell Terrier | 8 kg |"],
    ["Owner Emily Carter brings her Gordon Setter.", "Owner [PERSON] brings her Gordon Setter."],
  ],
  "a facility in a labelled note of a person's cell is no one's": [
    [
      "| 受付 | 患者 | 内容 |\n| --- | --- | --- |\n| C-11 | 岩井 トメ 様（88） 施設：グループホーム 若竹の家 | 義歯 修理 |",
      "| 受付 | 患者 | 内容 |\n| --- | --- | --- |\n| C-11 | [PERSON] 様（88） 施設：グループホーム 若竹の家 | 義歯 修理 |",
    ],
    ["受付,利用者,備考\n12,大町 進 勤務先：株式会社 松風堂,初回", "受付,利用者,備考\n12,[PERSON] 勤務先：株式会社 松風堂,初回"],
  ],
  "one word closing a clause after a head or branch office is its town; a person after it stays masked": [
    ["- 次回の支部会議 1月9日、支部 春日部。", "- 次回の支部会議 1月9日、支部 春日部。"],
    ["研修は本部 相模原、受付は9時から。", "研修は本部 相模原、受付は9時から。"],
    ["本部 真田 課長より連絡あり", "本部 [PERSON] 課長より連絡あり"],
  ],
});

const tempDir = useTempDirs();

describe("a code opening a document's heading (round 38r)", () => {
  const masked = async (name: string, content: string) => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, name), content);
    const { chunks } = await readDocuments(dir, "docs", 1500, (texts) => maskDocumentSections(texts).map((result) => result.text));
    return chunks.map((chunk) => [...chunk.headings, chunk.text].join("\n")).join("\n");
  };

  it("keeps an interview record's number heading its section, and masks the person it names", async () => {
    const text = await masked("mendan.md", "# 面談メモ\n\n## 中2\n\n### RK-40317-002 岸辺 美月（きしべ みづき）さん\n- 保護者: 母 岸辺 直子 様\n");
    expect(text).toContain("RK-40317-002 [PERSON]");
    expect(text).not.toMatch(/岸辺|美月|直子/);
  });

  it("keeps a case's number heading an HTML section", async () => {
    const text = await masked("cases.html", "<title>Cases</title><h2>CASE-88120 Maria Lopez</h2><p>Client Maria Lopez called about her refund.</p>");
    expect(text).toContain("CASE-88120");
    expect(text).not.toContain("Maria Lopez");
  });

  it("still masks a member's number before a name in a line of text", async () => {
    const text = await masked("members.md", "# Members\n\n会員 KM-55012 岸辺 美月 さんが来店。\n");
    expect(text).not.toContain("KM-55012");
  });
});

describeMaskingClasses("makers named like people before a model's code (round 38r)", {
  "a katakana maker before its model's code": [
    ["在庫確認：イセキ HJ-6 の爪、スズキ DF-20A のインペラ", "在庫確認：イセキ HJ-6 の爪、スズキ DF-20A のインペラ"],
    ["クボタ様 の担当 桑田 さんに連絡", "[PERSON]様 の担当 [PERSON] さんに連絡"],
  ],
});

/**
 * Over-masks of round 38r: a town glued to a surname, a hall named like a person, a record's state after a role's word,
 * a year beside an ID's label, a counter after a PIN pad's number, a key box's model, an office or a firm heading a
 * chat's line, a Nordic firm's trade word and legal form. Each beside the personal value its rule must still mask.
 */
describeMaskingClasses("over-masks of round 38r", {
  "a surname glued to a city's or a ward's word is the town": [
    ["集合は 岡田市三の丸 の公園", "集合は 岡田市三の丸 の公園"],
    ["| 現場 | 森田市二の丸 付近 |", "| 現場 | 森田市二の丸 付近 |"],
    ["山田太郎がご案内します", "[PERSON]がご案内します"],
  ],
  "a surname-like word before a hall's word names the venue": [
    ["会場：堀ノ内 ホール（2階）", "会場：堀ノ内 ホール（2階）"],
    ["- 発表会は 大森 ホール で行います", "- 発表会は 大森 ホール で行います"],
    ["高嶺 店長に確認", "[PERSON] 店長に確認"],
  ],
  "a deed and its being done after a role's word is the record's state": [
    ["名義人 変更 済み", "名義人 変更 済み"],
    ["- 保証人 確認 済（11/2）", "- 保証人 確認 済（11/2）"],
    ["所有者 山本 和夫", "所有者 [PERSON]"],
  ],
  "a year or a date beside an ID's label says when, no one's ID": [
    ["| 会員番号 | 2027年度 |", "| 会員番号 | 2027年度 |"],
    ["| 会員番号 | 2025年 |", "| 会員番号 | 2025年 |"],
    ["| 会員番号 | MB-20417 |", "| 会員番号 | [PERSONAL_ID] |"],
  ],
  "a counter after a spaced number is a count of things, no PIN": [
    ["店舗の PIN pad は 1200 台 入れ替え予定", "店舗の PIN pad は 1200 台 入れ替え予定"],
    ["暗証番号 の端末 2400 台を更新", "暗証番号 の端末 2400 台を更新"],
    ["暗証番号は 2580 です", "暗証番号は [SECRET] です"],
  ],
  "a key box's or a PIN pad's model code is the device's; its code of digits stays a secret": [
    ["キーボックス KB-118S を購入（2個）", "キーボックス KB-118S を購入（2個）"],
    ["| 備品 | キーボックスは KB-40 を設置 |", "| 備品 | キーボックスは KB-40 を設置 |"],
    ["キーボックスは 2-7-1-9 です", "キーボックスは [SECRET] です"],
  ],
  "an office or a firm heading a chat's line is no speaker": [
    ["[10:05] Sendai Office: 本日の予約は3件です", "[10:05] Sendai Office: 本日の予約は3件です"],
    ["[09:12] Lindahl Bygg AB: offer sent", "[09:12] Lindahl Bygg AB: offer sent"],
    ["[09:13] Sarah Kowalski: received", "[09:13] [PERSON]: received"],
  ],
  "a Nordic firm's trade word and legal form after its founder's name": [
    ["Contractor: Erik Lindahl, Lindahl Bygg AB", "Contractor: [PERSON], Lindahl Bygg AB"],
    ["請求元 Virtanen Rakennus Oy（ヘルシンキ）", "請求元 Virtanen Rakennus Oy（ヘルシンキ）"],
  ],
});

describeMaskingClasses("an event stall's application number (round 38r)", {
  "an application's number on a line about a fair's circle or booth is the stall's entry; a loan's or a course's stays the applicant's": [
    ["即売会のサークル参加、申込番号 EV-55120 で受付済み", "即売会のサークル参加、申込番号 EV-55120 で受付済み"],
    ["| ブース | 申込番号 BT-20417 |", "| ブース | 申込番号 BT-20417 |"],
    ['{"question": "出展者です。お申込み番号 FX-30981 の搬入時間は？"}', '{"question": "出展者です。お申込み番号 FX-30981 の搬入時間は？"}'],
    ["ローンの申込番号 LN-20417-33 の審査状況", "ローンの申込番号 [PERSONAL_ID] の審査状況"],
    ["申込番号 AP-26-01234 の件、保育園の選考結果", "申込番号 [PERSONAL_ID] の件、保育園の選考結果"],
  ],
});
