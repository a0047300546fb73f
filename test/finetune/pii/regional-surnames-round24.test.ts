import { describe, expect, it } from "vitest";
import { nameLexicon } from "../../../src/finetune/pii/lexicon/japanese-name-lexicon.js";
import { REGIONAL_SURNAMES } from "../../../src/finetune/pii/lexicon/regional-surnames.js";
import { describeMaskingClasses, type MaskingCase } from "../support/masking-cases.js";

describe("rare and regional surnames beside the dictionary's", () => {
  it("holds them with their readings", () => {
    const { surnames, surnameReadings, readingsOfSurname } = nameLexicon();
    expect(["五百蔵", "百目鬼", "芦刈", "今給黎", "興梠", "長利"].filter((name) => !surnames.has(name))).toEqual([]);
    expect(readingsOfSurname.get("五百蔵")).toEqual(["イオロイ"]);
    expect(surnameReadings.has("イマキイレ")).toBe(true);
  });

  it("lists no word the dictionary reads as a common noun, and no reading of two kana", () => {
    const { commonNouns } = nameLexicon();
    expect([...REGIONAL_SURNAMES.keys()].filter((name) => commonNouns.has(name))).toEqual([]);
    expect([...REGIONAL_SURNAMES.values()].flat().filter((reading) => reading.length < 3)).toEqual([]);
  });
});

/** Values made up here; each surname is one the dictionary lacks. */
const classes: Record<string, MaskingCase[]> = {
  "a rare or regional surname the dictionary lacks, in a full name or before a post": [
    ["From: 今給黎 恵", "From: [PERSON]"],
    ["差出人: 興梠 真由\n件名: 見積もり", "差出人: [PERSON]\n件名: 見積もり"],
    ["作業員：黒葛原（技術主任）到着 9:10", "作業員：[PERSON]（技術主任）到着 9:10"],
    ["立会い：惣福脇（工場長）、記録：牧之瀬（班長）", "立会い：[PERSON]（工場長）、記録：[PERSON]（班長）"],
    ["Contact: 阿比留 剛 が対応", "Contact: [PERSON] が対応"],
    ["参加者：月見里 さくら（高2）、桑鶴 ゆい（中1）", "参加者：[PERSON]（高2）、[PERSON]（中1）"],
  ],
  "places, months and words that hold one of them": [
    ["芦刈町の観光案内、芦刈駅から徒歩5分", "芦刈町の観光案内、芦刈駅から徒歩5分"],
    ["米須海岸で集合、高舘城跡を見学", "米須海岸で集合、高舘城跡を見学"],
    ["如月の定例会は中止、一戸建ての購入、刑の執行猶予", "如月の定例会は中止、一戸建ての購入、刑の執行猶予"],
    ["四十物件の内覧予約、新納品の確認", "四十物件の内覧予約、新納品の確認"],
    ["中釜でご飯を炊く。假屋の設営。薬袋の在庫が少ない", "中釜でご飯を炊く。假屋の設営。薬袋の在庫が少ない"],
  ],
  "a firm named by a surname, its honorific after it, after a role's cue": [
    ["差出人は 月見里工業様です", "差出人は 月見里工業様です"],
    ["依頼者：高橋商事殿、担当：山本建設御中", "依頼者：高橋商事殿、担当：山本建設御中"],
    ["差出人は 佐藤様です。担当：山本 様", "差出人は [PERSON]様です。担当：[PERSON] 様"],
  ],
};

describeMaskingClasses("rare and regional surnames (round 24)", classes);
