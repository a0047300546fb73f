import { describe, expect, it } from "vitest";
import { nameLexicon } from "../../../src/finetune/pii/lexicon/japanese-name-lexicon.js";
import { maskPii } from "../../../src/finetune/pii/mask-pii.js";
import { MODERN_GIVEN_NAMES } from "../../../src/finetune/pii/lexicon/modern-given-names.js";

describe("given names the dictionary lacks (gimei's)", () => {
  it("are in the lexicon every Japanese rule reads", () => {
    const { givenNames } = nameLexicon();
    for (const name of ["遼平", "紗希", "啓太"]) expect(givenNames.has(name), name).toBe(true);
  });

  it("hold no word the dictionary lists, no surname and no one-kanji name", () => {
    const { commonNouns, surnames } = nameLexicon();
    const words = [...MODERN_GIVEN_NAMES].filter((name) => commonNouns.has(name) || surnames.has(name) || !/^\p{Script=Han}{2,}$/u.test(name));
    expect(words).toEqual([]);
  });

  it.each([
    ["事務局 ／ 作成 見目 紗希 ／ 受付日 令和9年2月1日", "事務局 ／ 作成 [PERSON] ／ 受付日 令和9年2月1日"],
    ["<td>早乙女 遼平／大阪府</td>", "<td>[PERSON]／大阪府</td>"],
    ["口座 12345。（見目 啓太）です。転勤で", "口座 12345。（[PERSON]）です。転勤で"],
  ])("mask an unlisted surname before one of them: %s", (text, masked) => {
    expect(maskPii(text).text).toBe(masked);
  });

  it.each(["青空 と 大地 の写真展（受付日 2月1日）", "限定酒「紗希」と「遼平」を各1本", "銀河 鉄道 の 夜"])("leave words and a product's name: %s", (text) => {
    expect(maskPii(text).text).toBe(text);
  });
});
