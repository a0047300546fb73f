import { describeMaskingClasses, type MaskingCase } from "../support/masking-cases.js";

/**
 * The Japanese name classes the eleventh held-out set missed (issue 13), each beside the look-alikes the rule must
 * leave. Values are made up here, not the set's.
 */
const classes: Record<string, MaskingCase[]> = {
  "a spaced full name after a word and a space": [
    ["ご住職 小野寺 正道 師、法要は 10 時から。", "ご住職 [PERSON] 師、法要は 10 時から。"],
    ["会議 明日 午後 に変更。", "会議 明日 午後 に変更。"],
  ],
  "a surname the dictionary lacks, a space and a given name it lists, before an honorific": [
    ["振込名義の漢字は 永瀬沢 由美子 様と確認。", "振込名義の漢字は [PERSON] 様と確認。"],
    ["お客 様、皆 様", "お客 様、皆 様"],
  ],
  "a one-kanji surname or one the dictionary lacks, a space and a listed given name, before a person's cue": [
    ["ツカサは司会の司で、筧 和彦です。窓口は 杣谷 真理子（m.somaya@example.jp）。", "ツカサは司会の司で、[PERSON]です。窓口は [PERSON]（[EMAIL]）。"],
    ["会議 正弘です。東京 正弘 の件", "会議 正弘です。東京 正弘 の件"],
  ],
  "a found full name's other writing in brackets": [
    ["ｲｼｶﾜ ｼｮｳﾀです（石川 翔太）。鍵を落としました。", "[PERSON]です（[PERSON]）。鍵を落としました。"],
    ["Mr. Owen Price（営業 本部）が同席。", "Mr. [PERSON]（営業 本部）が同席。"],
  ],
  "a one-kanji surname and a katakana given name before an honorific, whole; a department's word before a given name, not": [
    ["本日は森 ハル さんが来店。会計 チャン さん、父 ハル さん", "本日は[PERSON] さんが来店。会計 [PERSON] さん、父 [PERSON] さん"],
    ["営業 花子 様、総務 花子 さん、林 花子 様", "営業 [PERSON] 様、総務 [PERSON] さん、[PERSON] 様"],
  ],
  "a found surname, a space and a katakana given name": [
    ["わたし、岡村 ハナです。", "わたし、[PERSON]です。"],
    ["担当 山田 が サーバー を再起動。", "担当 [PERSON] が サーバー を再起動。"],
  ],
  "a two-cell heading row over its rule": [["| 名義 | 金額 |\n|---|---|\n| 木下 陽 | 3,000円 |", "| 名義 | 金額 |\n|---|---|\n| [PERSON] | 3,000円 |"]],
};

describeMaskingClasses("the eleventh set's name classes", classes);
