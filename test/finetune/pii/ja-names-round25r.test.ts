import { describeMaskingClasses } from "../support/masking-cases.js";

/**
 * Japanese name rules by class from the twenty-fourth set's misses (issue 13): a kana reading and a kanji full name in
 * brackets beside each other whose surname the dictionary lacks or reads as a word; a kanji name's katakana reading on
 * the next line or run on in a table's cell; a Latin name's katakana writing of three words, or one word more than was
 * found. Each with values of its own, and the look-alikes (headings and their notes, places, products) left alone.
 */
describeMaskingClasses("Japanese names of round 25r", {
  "a kana reading, then a kanji full name in brackets, each vouching for the other": [
    ["受付：あさぎり ゆうへい（朝霧 祐平）様", "受付：[PERSON]（[PERSON]）様"],
    ["記入者 ささき はるか（佐々木 遥、3年）", "記入者 [PERSON]（[PERSON]、3年）"],
    ["延滞：ﾀｶﾐﾈ ｼｮｳ（高峰 翔、M1）", "延滞：[PERSON]（[PERSON]、M1）"],
    ["おすすめ しょうひん（季節 限定）", "おすすめ しょうひん（季節 限定）"],
    ["の こと（季節 限定）", "の こと（季節 限定）"],
  ],
  "a kanji full name, then its kana reading in brackets, a Chinese one's too": [
    ["担当 鬼木 健太（おにき けんた）です", "担当 [PERSON]（[PERSON]）です"],
    ["申込者 雲母 良夫（きらら よしお）様", "申込者 [PERSON]（[PERSON]）様"],
    ["故 百目鬼 重雄（どうめき しげお）の墓所", "故 [PERSON]（[PERSON]）の墓所"],
    ["申請者 李 明輝（り めいき／Li Minghui）", "申請者 [PERSON]（[PERSON]／[PERSON]）"],
    ["被保険者 張 偉（ちょう い）", "被保険者 [PERSON]（[PERSON]）"],
    ["青森 林檎（あおもり りんご）", "青森 林檎（あおもり りんご）"],
    ["東京 本社（とうきょう ほんしゃ）", "東京 本社（とうきょう ほんしゃ）"],
    ["女王 陛下（じょおう へいか）", "女王 陛下（じょおう へいか）"],
    ["王子 駅前（おうじ えきまえ）", "王子 駅前（おうじ えきまえ）"],
    ["新宿 店舗（しんじゅく てんぽ）", "新宿 店舗（しんじゅく てんぽ）"],
    ["営業 部長（えいぎょう ぶちょう）", "営業 部長（えいぎょう ぶちょう）"],
  ],
  "a found kanji name's katakana reading after a line break, or run on in a table's cell": [
    ["<td>比嘉 勇気 様<br>ﾋｶﾞ ﾕｳｷ<br>那覇市</td>", "<td>[PERSON] 様<br>[PERSON]<br>那覇市</td>"],
    ["| 比嘉 勇気 様ﾋｶﾞ ﾕｳｷ沖縄県那覇市 |", "| [PERSON] 様[PERSON]沖縄県那覇市 |"],
    ["受取人 渡嘉敷 恵美\nトカシキ エミ\n電話", "受取人 [PERSON]\n[PERSON]\n電話"],
    ["担当 山田 太郎\nカスタマー サポート\n", "担当 [PERSON]\nカスタマー サポート\n"],
    ["担当 山田 太郎 様ｿﾌﾄ ｸﾘｰﾑ 2個", "担当 [PERSON] 様ｿﾌﾄ ｸﾘｰﾑ 2個"],
  ],
  "a Latin name's katakana writing of three words, after a line break too, or with the word the name lacked": [
    ["被告人 Mateo Luis Ferreira（フェレイラ マテオ ルイス）、通訳付き", "被告人 [PERSON]（[PERSON]）、通訳付き"],
    ["<td>Bishnu Prasad Adhikari<br>（アディカリ ビシュヌ プラサド）</td>", "<td>[PERSON]<br>（[PERSON]）</td>"],
    ["Mohan Kumar Thapa（タパ モハン クマール）", "[PERSON]（[PERSON]）"],
    ["Mateo Ferreira（ソフト クリーム ミックス）", "[PERSON]（ソフト クリーム ミックス）"],
  ],
  "a kanji surname, a katakana given name and a kanji one": [
    ["Mr. Bryan K. Nakasone（仲宗根 ブライアン 健、米国籍・SOFA）", "Mr. [PERSON]（[PERSON]、米国籍・SOFA）"],
    ["長女 山城 マリア 恵子（2019年生）", "長女 [PERSON]（2019年生）"],
    ["届出人 比嘉 ジョージ 翔太 様", "届出人 [PERSON] 様"],
    ["東京 ミッドタウン 日比谷", "東京 ミッドタウン 日比谷"],
    ["大阪 サービス 部", "大阪 サービス 部"],
  ],
  "a cell's spaced name whose surname the dictionary lacks, with the person's number in brackets": [
    ["| 四十物 拓海（2461038） |", "| [PERSON]（2461038） |"],
    ["| 一尺八寸 拓海（D24-0871） |", "| [PERSON]（D24-0871） |"],
    ["2031,饒波 秀樹（A1203）,男", "2031,[PERSON]（A1203）,男"],
    ["| 東京 本社（03-1234） |", "| 東京 本社（03-1234） |"],
    ["| 営業 企画（2024） |", "| 営業 企画（2024） |"],
    ["| 大江町 大樹（2） |", "| 大江町 大樹（2） |"],
  ],
});
