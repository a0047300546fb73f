import { describe, expect, it } from "vitest";
import { tagLanguage } from "../../src/finetune/language.js";

describe("tagLanguage (script ratio)", () => {
  it.each([
    ["返品は30日以内に承ります。", "ja"],
    ["会社概要", "ja"],
    ["ご注文のiPhone 15 Pro Maxケースは明日発送します。", "ja"],
    ["The refund arrives within five business days.", "en"],
    ["What does \"返品ポリシー\" say about returns and exchanges here?", "en"],
    ["Привет, как дела?", "other"],
    ["1234 5678", "other"],
    ["", "other"],
    ["𠮷野家の牛丼 large", "ja"],
    ["\ud842 lone surrogates \udfb7 are no letters", "en"],
  ])("%s → %s", (text, language) => {
    expect(tagLanguage(text)).toBe(language);
  });
});
