import { describe, expect, it } from "vitest";
import { maskPii } from "../../../src/finetune/pii/mask-pii.js";

const masked = (text: string): string => maskPii(text).text;

describe("round 44r: IDs and fleet plates", () => {
  it("masks a health card's number after its symbol in a 記号・番号 cell, and leaves other slashed cells", () => {
    const table = "| 氏名 | 保険証 記号・番号 |\n| --- | --- |\n| 佐藤 一郎 | 34-1180 / 027 |\n| 鈴木 花子 | 協12・5508 |";
    const out = masked(table);
    expect(out).toContain("34-1180 / [PERSONAL_ID]");
    expect(out).toContain("協12・[PERSONAL_ID]");
    expect(masked("| 日付 | 件数 / 人数 |\n| --- | --- |\n| 11/2 | 12 / 4 |")).toContain("12 / 4");
  });

  it("masks a vaccination voucher's number, not a count of vouchers", () => {
    expect(masked("市の接種券番号 1120448803 を持参。")).toContain("[PERSONAL_ID]");
    expect(masked("接種券 2枚を受け取った。")).toContain("2枚");
  });

  it("masks a Jamaican TRN and an Emirates ID, not a firm's fifteen-digit TRN", () => {
    expect(masked("TRN (Jamaica tax no.) 207-551-903.")).toContain("[PERSONAL_ID]");
    expect(masked("Emirates ID 784-1979-5521930-2.")).toContain("[PERSONAL_ID]");
    expect(masked("Our company TRN 100245678900003 for VAT.")).toContain("100245678900003");
  });

  it("masks a drone's registration mark said to be a person's own, not a firm's", () => {
    expect(masked("趣味で買った機体の機体登録記号 JU5E02B7A1C8（個人所有）。")).toContain("[PERSONAL_ID]");
    expect(masked("会社の機体の登録記号 JU1A2B3C4D5E は法人のもの。")).toContain("JU1A2B3C4D5E");
  });

  it("keeps a firm's truck's plate and a taxi operator's car's plate, masks a person's", () => {
    expect(masked("搬出：丸山建設の 2tトラック 相模 100 か 21-07 で運ぶ。")).toContain("相模 100 か 21-07");
    expect(masked("介助は娘の 田中 恵子さん。送迎は介護タクシー 浜風交通、車両 福井 800 さ 52-17。")).toContain("福井 800 さ 52-17");
    expect(masked("父の軽トラ 松本 480 あ 12-34 を借りた。")).not.toContain("12-34");
    expect(masked("タクシーは呼ばず、娘さんの車 福井 500 さ 52-17 で来る。")).not.toContain("52-17");
  });
});
