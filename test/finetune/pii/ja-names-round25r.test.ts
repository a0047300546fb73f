import { describeMaskingClasses, type MaskingCase } from "../support/masking-cases.js";

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

/**
 * Japanese name classes the twenty-fifth set leaked, and words beside names it took on main (issue 13), each with the
 * look-alikes that must stay. Values are made up here, not a set's.
 */
const classes: Record<string, MaskingCase[]> = {
  "an office's rank before a surname and given name": [
    ["作成 市民課 主査 鳰川 悠斗（内線 4410）", "作成 市民課 主査 [PERSON]（内線 4410）"],
    ["市民課 主事 鰺坂 美咲 が対応", "市民課 主事 [PERSON] が対応"],
    ["税務課 副参事 鴫原 陽菜", "税務課 副参事 [PERSON]"],
    ["主査 の 会議は延期", "主査 の 会議は延期"],
  ],
  "an unlisted kanji surname and a katakana given name the dictionary reads": [
    ["依頼人：鰐淵 キク さん", "依頼人：[PERSON] さん"],
    ["宛先：鴇田 ハツ 様", "宛先：[PERSON] 様"],
    ["受付 ハル 様", "受付 [PERSON] 様"],
    ["会議室 ハル 様", "会議室 [PERSON] 様"],
  ],
  "a surname and a one-kanji given name before です and a bracketed note": [
    ["入居者の家族 新城 勇 です（那覇在住）", "入居者の家族 [PERSON] です（那覇在住）"],
    ["担当の 岩田 誠 です(内線 12)", "担当の [PERSON] です(内線 12)"],
    ["銘柄は 山田 錦 と 雄町", "銘柄は 山田 錦 と 雄町"],
  ],
  "a name filling an HTML table cell, a five-kanji surname too": [
    ["<tr><td>BY-07</td><td>勘解由小路 晴</td></tr>", "<tr><td>BY-07</td><td>[PERSON]</td></tr>"],
    ['<td class="name">勅使河原 勇</td>', '<td class="name">[PERSON]</td>'],
    ["<td>長谷川 誠</td><td>3年</td>", "<td>[PERSON]</td><td>3年</td>"],
    ["<td>新 千歳</td>", "<td>新 千歳</td>"],
    ["<td>品番 A-12</td>", "<td>品番 A-12</td>"],
  ],
  "a day's or an order's word before a given name and an honorific is no surname": [
    ["本日 翔太 様 ご来店", "本日 [PERSON] 様 ご来店"],
    ["以下 美咲 様 宛", "以下 [PERSON] 様 宛"],
    ["上記 健一 様 にお送りします", "上記 [PERSON] 様 にお送りします"],
    ["今回 陽菜 さん が担当", "今回 [PERSON] さん が担当"],
    ["畑中 翔太 様", "[PERSON] 様"],
    ["永迫 良恵 様", "[PERSON] 様"],
  ],
  "a job's or a thing's noun after a surname is no given name": [
    ["具志堅 運転手 より", "[PERSON] 運転手 より"],
    ["比嘉 看護師 から連絡", "[PERSON] 看護師 から連絡"],
    ["山田 工場 へ納品", "山田 工場 へ納品"],
    ["岩田 陽向が来ます", "[PERSON]が来ます"],
    ["名簿：中嶋 蒼空（小4）", "名簿：[PERSON]（小4）"],
  ],
  "さん opening a ship's or a thing's hiragana name": [
    ["フェリー さんふらわあ で別府へ", "フェリー さんふらわあ で別府へ"],
    ["観光船 さんぽみち に乗船", "観光船 さんぽみち に乗船"],
    ["田中さんからの電話", "[PERSON]さんからの電話"],
    ["佐藤さんくらいしか", "[PERSON]さんくらいしか"],
    ["田中さんいらっしゃいますか", "[PERSON]さんいらっしゃいますか"],
  ],
  "a found name's reading in brackets after 殿 or 氏": [
    ["依頼人：鰐淵 源蔵 殿（ワニブチ ゲンゾウ）", "依頼人：[PERSON] 殿（[PERSON]）"],
    ["宛名 綿貫 源蔵 殿（わたぬき げんぞう）", "宛名 [PERSON] 殿（[PERSON]）"],
    ["東京 本社 殿（とうきょう ほんしゃ）", "東京 本社 殿（とうきょう ほんしゃ）"],
  ],
  "an airport named as a surname is, after a flight's number": [
    ["フライト NH 106 羽田 10:55 発", "フライト NH 106 羽田 10:55 発"],
    ["復路 JL123 伊丹 18:20 着", "復路 JL123 伊丹 18:20 着"],
    ["NH 106 羽田 10:55 発、担当 岩田 です", "NH 106 羽田 10:55 発、担当 [PERSON] です"],
  ],
};

describeMaskingClasses("Japanese names the twenty-fifth set leaked, and words it took beside names (round 25r)", classes);
