import { describe, expect, it } from "vitest";
import { maskPii } from "../../../src/finetune/pii/mask-pii.js";

// Both are read in one pass over the text whatever the number of series or of numbers read out (same-form-ids.ts,
// spoken-digit-detectors.ts' read-backs): what each masks is what a pattern per series or per number masked.
describe("codes of a found code's series, several series in one text", () => {
  it.each([
    ["支援者番号 BK-029104、学籍番号 S25-1043。\n\n名簿: BK-031877, S24-0877", "支援者番号 [PERSONAL_ID]、学籍番号 [PERSONAL_ID]。\n\n名簿: [PERSONAL_ID], [PERSONAL_ID]"],
    ["会員番号 AB-123456 と会員番号 CD-654321。\n\n後日 CD-111222 と AB-333444 から連絡", "会員番号 [PERSONAL_ID] と会員番号 [PERSONAL_ID]。\n\n後日 [PERSONAL_ID] と [PERSONAL_ID] から連絡"],
    // Another length of digits, a letter before, a group after, a thing's word: not the series'.
    ["支援者番号 BK-029104。\n\nBK-0318771, XBK-031877, BK-031877-12, 注文 BK-031878", "支援者番号 [PERSONAL_ID]。\n\nBK-0318771, XBK-031877, BK-031877-12, 注文 BK-031878"],
  ])("masks each series' codes and no code of another form: %s", (input, expected) => expect(maskPii(input).text).toBe(expected));
});

describe("a number read out, then read back in figures", () => {
  it.each([
    ["会員番号はエー、ケー、ゼロ、ナナ、ゴ、イチ、サン、ヨンです。復唱いたします、AK0751-34 ですね", "会員番号は[PERSONAL_ID]です。復唱いたします、[PERSONAL_ID] ですね"],
    ["会員番号はエー、ケー、ゼロ、ナナ、ゴ、イチ、サン、ヨンです。控え: ak 07 51 34", "会員番号は[PERSONAL_ID]です。控え: [PERSONAL_ID]"],
    ["お客様番号 ろく、よん、さん、に、ぜろ、いち → 643201、名義は別", "お客様番号 [PERSONAL_ID] → [PERSONAL_ID]、名義は別"],
    // Two numbers read out, each read back.
    ["番号はゼロ、ナナ、ゴ、イチ、サン、ヨン。もう一つの番号は ロク、ニ、サン、ヨン、ゴ、ロク。075134 と 623456 で承りました", "番号は[PERSONAL_ID]。もう一つの番号は [PERSONAL_ID]。[PERSONAL_ID] と [PERSONAL_ID] で承りました"],
    // Inside a longer token, with a letter before or a digit after, or two spaces inside: not the number read back.
    ["会員番号はエー、ケー、ゼロ、ナナ、ゴ、イチ、サン、ヨンです。XAK075134, AK0751349, AK07  5134", "会員番号は[PERSONAL_ID]です。XAK075134, AK0751349, AK07  5134"],
  ])("masks the read-back and no figures that only hold it: %s", (input, expected) => expect(maskPii(input).text).toBe(expected));
});
