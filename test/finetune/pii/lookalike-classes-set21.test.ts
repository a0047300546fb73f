import { describeMaskingClasses } from "../support/masking-cases.js";

/**
 * Look-alike rules by class that the twenty-first set's lost look-alikes called for (issue 13), each with other values
 * than the set's and the real value of the same shape that must still be masked.
 */
describeMaskingClasses("look-alike classes of the twenty-first set", {
  "a tag's number is the goods' (a dry cleaner's or a shop's tag on the item), not a person's": [
    ["| タグ番号 | 品物 |\n|---|---|\n| B-2207 | スーツ上下 |\n| B-2215 | コート |", "| タグ番号 | 品物 |\n|---|---|\n| B-2207 | スーツ上下 |\n| B-2215 | コート |"],
    ["| タグNo. | 仕上がり |\n|---|---|\n| K-40913 | 12/3 |", "| タグNo. | 仕上がり |\n|---|---|\n| K-40913 | 12/3 |"],
    ["タグ番号,品名\nT-77120,ワンピース", "タグ番号,品名\nT-77120,ワンピース"],
    ["タグ番号 C-5081 のシャツにシミ", "タグ番号 C-5081 のシャツにシミ"],
    ["| 会員番号 | 品物 |\n|---|---|\n| M-30418 | スーツ |", "| 会員番号 | 品物 |\n|---|---|\n| [PERSONAL_ID] | スーツ |"],
    ["会員番号 KM-20481 の方", "会員番号 [PERSONAL_ID] の方"],
  ],
  "a kanji word straight after one kanji and の is a part of a place's name (柿の木坂), not a surname": [
    ["集配は 梅の木原 と 緑が丘", "集配は 梅の木原 と 緑が丘"],
    ["桜の上原 で待ち合わせ", "桜の上原 で待ち合わせ"],
    ["月・木は 鷹の沢田、土曜は本町", "月・木は 鷹の沢田、土曜は本町"],
    ["店の浜田に渡しました", "店の[PERSON]に渡しました"],
    ["妻の浜田に渡しました", "妻の[PERSON]に渡しました"],
  ],
  "a funeral or ceremony hall's word before a surname names the hall's branch by its town": [
    ["通夜は セレモニーホール 平岡。", "通夜は セレモニーホール 平岡。"],
    ["斎場 川島 にて告別式", "斎場 川島 にて告別式"],
    ["メモリアルホール 大河内 で家族葬", "メモリアルホール 大河内 で家族葬"],
    ["ホール 佐藤、キッチン 田中", "ホール [PERSON]、キッチン [PERSON]"],
  ],
  "a surname the dictionary lacks, then a firm's word of two characters or more, before 様 is a firm": [
    ["株式会社 百目鬼商事 様にも連絡します", "株式会社 百目鬼商事 様にも連絡します"],
    ["差出人は 月見里工業様です", "差出人は 月見里工業様です"],
    ["四十物運輸様より入金", "四十物運輸様より入金"],
    ["担当の 百目鬼 様より連絡", "担当の [PERSON] 様より連絡"],
    ["百目鬼 修 様", "[PERSON] 様"],
  ],
  "a waste hauler's permit written without its 業 (収集運搬許可 第…号) is the firm's": [
    ["収集運搬許可 第13-01-004471号", "収集運搬許可 第13-01-004471号"],
    ["一般廃棄物処分許可 第06-20-558102号", "一般廃棄物処分許可 第06-20-558102号"],
    ["運搬許可 第2207-011835号 の業者", "運搬許可 第2207-011835号 の業者"],
    ["運転免許証 第301204558812号", "運転免許証 [PERSONAL_ID]"],
  ],
});
