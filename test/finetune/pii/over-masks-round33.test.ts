import { describeMaskingClasses } from "../support/masking-cases.js";

/**
 * Over-masks and misses helpers saw on main (issue 13, round 33): a job's title read as the surname before a given name,
 * brands named after people (a sake's after its grade, fashion houses), a counter after digits read as a one-kanji
 * surname; and a foreign given name after a kin's surname, a surname alone after a crew's job, a given name signing
 * after a dash with the writer's group, Māori names. Each keeps a person beside it masked, or a look-alike kept.
 */
describeMaskingClasses("over-masks and misses of round 33", {
  "a job's title before a given name and an honorific keeps, the given name masked": [
    ["営業部長 結衣 様", "営業部長 [PERSON] 様"],
    ["経理担当 美咲 さん", "経理担当 [PERSON] さん"],
    ["総務課長 陽菜 様、お疲れさまです。", "総務課長 [PERSON] 様、お疲れさまです。"],
    ["（人事担当 翔太 さん）", "（人事担当 [PERSON] さん）"],
    ["野国 真央 様", "[PERSON] 様"],
    ["浦崎 美代 78歳", "[PERSON] 78歳"],
    ["五百旗頭 結衣 様", "[PERSON] 様"],
  ],
  "a sake's brand after its grade keeps, a person beside it masked": [
    ["大吟醸 久保田 千寿", "大吟醸 久保田 千寿"],
    ["純米吟醸 久保田 萬寿を 佐藤 健一 様へお送りします。", "純米吟醸 久保田 萬寿を [PERSON] 様へお送りします。"],
    ["本醸造 久保田 千寿 一升瓶 2本", "本醸造 久保田 千寿 一升瓶 2本"],
    ["久保田 千寿 様", "[PERSON] 様"],
  ],
  "a fashion house named after its founder keeps, in Latin letters and katakana; a person's cue keeps the person": [
    ["Ralph Lauren", "Ralph Lauren"],
    ["マーガレット・ハウエル", "マーガレット・ハウエル"],
    ["Ralph Lauren のシャツを 田中 花子 様にお渡し", "Ralph Lauren のシャツを [PERSON] 様にお渡し"],
    ["マーガレットハウエルのコート（Tommy Hilfiger のバッグ）", "マーガレットハウエルのコート（Tommy Hilfiger のバッグ）"],
    ["Calvin Klein said he would call.", "[PERSON] said he would call."],
    ["Contact: Paul Smith", "Contact: [PERSON]"],
  ],
  "a counter after digits before a given name keeps, the name masked": [
    ["2番 れん くん", "2番 [PERSON] くん"],
    ["12号 ゆい ちゃん", "12号 [PERSON] ちゃん"],
    ["1着 たくみ くん", "1着 [PERSON] くん"],
    ["3位 佐藤 健一 さん", "3位 [PERSON] さん"],
  ],
  "a katakana given name after a kin's surname is masked with it; a kin's katakana noun keeps": [
    ["母 比嘉 ソフィア", "母 [PERSON]"],
    ["父 金城 ミゲル、070-1234-5678", "父 [PERSON]、[PHONE]"],
    ["妻：佐藤 アンナ さん", "妻：[PERSON] さん"],
    ["母 比嘉 パート", "母 [PERSON] パート"],
    ["母 佐藤 ヘルパー", "母 [PERSON] ヘルパー"],
  ],
  "a surname alone after a crew's job is masked; the job's nouns and a town keep": [
    ["運転 島袋", "運転 [PERSON]"],
    ["甲板員 嘉手納", "甲板員 [PERSON]"],
    ["船長 知念、甲板員 金城", "船長 [PERSON]、甲板員 [PERSON]"],
    ["運転 島袋 / 添乗 大城", "運転 [PERSON] / 添乗 [PERSON]"],
    ["運転 中", "運転 中"],
    ["甲板員 募集", "甲板員 募集"],
    ["嘉手納 運転 見合わせ", "嘉手納 運転 見合わせ"],
    ["嘉手納 基地", "嘉手納 基地"],
  ],
  "a given name signing after a dash with the writer's group or class is masked; a heading's word keeps": [
    ["— Ken (PTA, 3-2)", "— [PERSON] (PTA, 3-2)"],
    ["Thanks!\n— Priya (Room 4B)", "Thanks!\n— [PERSON] (Room 4B)"],
    ["— Summary (PTA, 3-2)", "— Summary (PTA, 3-2)"],
    ["— Tokyo (HQ)", "— Tokyo (HQ)"],
    ["- Apple (3 kg)", "- Apple (3 kg)"],
  ],
  "a Māori name is masked as any listed name; a place holding one keeps": [
    ["Met with Aroha Ngata today.", "Met with [PERSON] today."],
    ["with Wiremu Parata", "with [PERSON]"],
    ["Hemi Tawhai called about the berth.", "[PERSON] called about the berth."],
    ["The Rangi Hotel", "The Rangi Hotel"],
    ["Rangitoto Island", "Rangitoto Island"],
  ],
});
