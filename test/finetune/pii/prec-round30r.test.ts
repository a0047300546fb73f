import { describe, expect, it } from "vitest";
import { maskDocumentSections } from "../../../src/finetune/pii/mask-pii.js";
import { describeMaskingClasses, type MaskingCase } from "../support/masking-cases.js";

/**
 * Classes taken in the round after the thirtieth set (issue 13): a Vietnamese address without its diacritics and its
 * city after the district's word, a village's lot with its 字 spaced apart, a keypad code's second reading on the line,
 * an account's login and password in prose; kept: a nursery named after its town, a shop in a stall holders' column,
 * a firm of a founder and partners, a staff's or guests' Wi-Fi, a kin's town, a Romance group's firm holding a found
 * surname. Each with a person's value beside it still masked. Values are made up here, not a set's.
 */
const classes: Record<string, MaskingCase[]> = {
  "a Vietnamese address without its diacritics, down its lanes or by its ward's and district's words": [
    ["本人の実家: So 14 ngo 58 Nguyen Khang, Yen Hoa, Cau Giay, Ha Noi までEMSで", "本人の実家: [ADDRESS] までEMSで"],
    ["Ship to 9 hem 31 Le Van Sy, Tan Binh, TP. Ho Chi Minh please", "Ship to [ADDRESS] please"],
    ["Dia chi: 45 Nguyen Trai, Phuong 2, Quan 5, Ho Chi Minh", "Dia chi: [ADDRESS]"],
    ["Bought 3 hem 12 cards at Trung Hoa market.", "Bought 3 hem 12 cards at Trung Hoa market."],
    ["Order 27 ngo 4 items, Cau Giay branch.", "Order 27 ngo 4 items, Cau Giay branch."],
    ["Room 5: Ms. Nguyen Thi Lan, +84 912 345 678.", "Room 5: Ms. [PERSON], [PHONE]."],
  ],
  "a Vietnamese address's city after its district's word, with no city's word": [
    ["Gửi về 12 Phố Huế, Phường Ngô Thì Nhậm, Quận Hai Bà Trưng, Hà Nội. Cảm ơn", "Gửi về [ADDRESS]. Cảm ơn"],
  ],
  "a village's lot with a space around its 字": [
    ["移住先 富士見村大字原 字 上の山 1456番地 の空き家。", "移住先 [ADDRESS] の空き家。"],
    ["実家は 恩納村 字 恩納 123-4 です。", "実家は [ADDRESS] です。"],
    ["住所: 白馬村大字北城 字 和田野 5678", "住所: [ADDRESS]"],
    ["この村の字 中峰 は 20世帯。", "この村の字 中峰 は 20世帯。"],
    ["大鹿村の 字 中峰 2210 名の署名", "大鹿村の 字 中峰 2210 名の署名"],
    ["申込者 宮下 隆 090-1234-5678", "申込者 [PERSON] [PHONE]"],
  ],
  "a keypad's code spaced with its enter key, a second on a lock's line": [
    ["玄関の暗証番号は 2 7 5 0 #（先月は 8 3 1 9 #）。", "玄関の暗証番号は [SECRET]（先月は [SECRET]）。"],
    ["Door code for the garage: 5 5 0 2 #. Last month it was 8 1 3 6 #.", "Door code for the garage: [SECRET]. Last month it was [SECRET]."],
    ["内線 1 2 3 4 # で転送", "内線 1 2 3 4 # で転送"],
    ["手順: 1 2 3 4 # を押して音声ガイド", "手順: 1 2 3 4 # を押して音声ガイド"],
  ],
  "an account's login and password after its word and a colon in prose": [
    ["Sign-in for the dojo: kenji_77 / dojo$Kata9", "Sign-in for the dojo: [PERSONAL_ID] / [SECRET]"],
    ["Plugin account of the booth: lena.ortega / b00th#Mix7.", "Plugin account of the booth: [PERSONAL_ID] / [SECRET]."],
    ["Account for sync: 2024-11 / 2025-03", "Account for sync: 2024-11 / 2025-03"],
    ["Login of the build: release-1.2 / release-1.3", "Login of the build: release-1.2 / release-1.3"],
    ["Contact: Lena Ortega, lena.ortega@example.com", "Contact: [PERSON], [EMAIL]"],
  ],
  "a nursery or a school named after its town and a kana word, kept": [
    ["娘は 青葉すみれ幼稚園 に通っています。", "娘は 青葉すみれ幼稚園 に通っています。"],
    ["報告: ゆいとくんは保育園 桜井あおい保育園 をお休み。", "報告: [PERSON]くんは保育園 桜井あおい保育園 をお休み。"],
    ["担任の 山田さくら 先生より", "担任の [PERSON] 先生より"],
  ],
  "a firm of a founder and partners, kept where the founder's name is masked": [
    ["Talent: agent Fiona Kwan at Kwan & Partners Talent", "Talent: agent [PERSON] at Kwan & Partners Talent"],
    ["Counsel: Chidi Okafor of Okafor & Associates. Okafor signed.", "Counsel: [PERSON] of Okafor & Associates. [PERSON] signed."],
    ["Our roofer Tom Baker (Baker & Sons Roofing) called; Baker will come Monday.", "Our roofer [PERSON] (Baker & Sons Roofing) called; [PERSON] will come Monday."],
  ],
  "a staff's, guests' or event's Wi-Fi kept, a home's network still masked": [
    ["<li>本部テントの Wi-Fi SSID minato40-staff、パスワード Minato40_Ei-sa!。</li>", "<li>本部テントの Wi-Fi SSID minato40-staff、パスワード [SECRET]。</li>"],
    ["Guests: SSID HARBOR_GUEST_24, password Welcome2Harbor!", "Guests: SSID HARBOR_GUEST_24, password [SECRET]"],
    ["会場Wi-Fi: SSID expo2026-crew / key Crew#Booth88", "会場Wi-Fi: SSID expo2026-crew / key [SECRET]"],
    ["自宅の SSID は Buffalo-G-7C21、パスワードは kd83hf02ms", "自宅の SSID は [PERSONAL_ID]、パスワードは [SECRET]"],
    ["SSID HOME-2G-4471 / key 7hd92kq0", "SSID [PERSONAL_ID] / key [SECRET]"],
  ],
  "a kin's town, ward or city named like a surname, kept; the kin's name still masked": [
    ["妻 山田町 在住", "妻 山田町 在住"],
    ["母 渋谷区在住、週末に帰省。", "母 渋谷区在住、週末に帰省。"],
    ["伯母 森下町 在住", "伯母 森下町 在住"],
    ["父 中村市 出身、母は渋谷区在住", "父 中村市 出身、母は渋谷区在住"],
    ["母 田中 町子 が来た", "母 [PERSON] が来た"],
    ["妻 嵯峨根 早苗", "妻 [PERSON]"],
  ],
};

describeMaskingClasses("classes of the round after the thirtieth set", classes);

describe("a document's found surname spread into a Romance group's firm holding it", () => {
  const [masked] = maskDocumentSections(["Contact Marco Bianchi, sales at Gruppo Bianchi Italia, +39 02 8765 4321", "Bianchi will send the samples."]);
  const [, later] = maskDocumentSections(["Contact Marco Bianchi, sales at Gruppo Bianchi Italia, +39 02 8765 4321", "Bianchi will send the samples."]);

  it("keeps the firm", () => expect(masked!.text).toContain("Gruppo Bianchi Italia"));
  it("masks the person and his phone", () => expect(masked!.text).toBe("Contact [PERSON], sales at Gruppo Bianchi Italia, [PHONE]"));
  it("masks the surname in the next section", () => expect(later!.text).toBe("[PERSON] will send the samples."));
});

describe("a shop in a stall holders' column, a holder beside it masked", () => {
  const table = [
    "| 区画 | 出店者 | 代表者・連絡先 |",
    "| --- | --- | --- |",
    "| B-15 | ネパール料理 ヒマラヤ食堂 | 池端 浩二 080-2715-0000 |",
    "| B-16 | タイ料理 バンコク亭 | 田村 美咲 090-3311-0000 |",
    "| B-17 | 饒平名 ツル（個人） | 同左 |",
  ].join("\n");
  const masked = maskDocumentSections([table])[0]!.text;

  it("keeps the shops", () => {
    expect(masked).toContain("| ネパール料理 ヒマラヤ食堂 |");
    expect(masked).toContain("| タイ料理 バンコク亭 |");
  });
  it("masks a sole holder in the same column", () => expect(masked).not.toContain("饒平名"));
  it("masks the holders beside the shops", () => {
    expect(masked).not.toContain("池端 浩二");
    expect(masked).not.toContain("田村 美咲");
  });
});
