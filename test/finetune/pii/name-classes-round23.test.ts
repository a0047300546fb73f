import { describeMaskingClasses, type MaskingCase } from "../support/masking-cases.js";

/**
 * Name classes taken in the round after the twenty-first set (issue 13), each with the look-alikes beside it that must
 * stay. Values are made up here, not a set's.
 */
const classes: Record<string, MaskingCase[]> = {
  "a surname that starts with a kin word, and kin words before names": [
    ["祖父江 健一 様よりお問い合わせ", "[PERSON] 様よりお問い合わせ"],
    ["連絡者：祖父江 真由美（孫）", "連絡者：[PERSON]（孫）"],
    ["差出人 祖父江 誠", "差出人 [PERSON]"],
    ["1024,祖父江 健一,東京都", "1024,[PERSON],東京都"],
    ["受付: 祖父江 純子", "受付: [PERSON]"],
    ["祖父江 健一（ソブエ ケンイチ）", "[PERSON]（[PERSON]）"],
    ["祖父 山田 太郎が来店しました。", "祖父 [PERSON]が来店しました。"],
    ["叔父 鈴木 一郎、祖母 佐藤 花子", "叔父 [PERSON]、祖母 [PERSON]"],
    ["亡母 田中 ハナ の遺品", "亡母 [PERSON] の遺品"],
  ],
  "a found name's reading in hiragana in brackets, the full name's or the surname's alone": [
    ["生徒 久保寺 陽向（くぼでら ひなた）、3組", "生徒 [PERSON]（[PERSON]）、3組"],
    ["予約者：石原 さとみ（いしはら さとみ）", "予約者：[PERSON]（[PERSON]）"],
    ["| 0412 | 四方田 静香 様（よもだ） | 着物 |", "| 0412 | [PERSON] 様（[PERSON]） | 着物 |"],
    ["小野寺 楓 様（おのでら）より電話", "[PERSON] 様（[PERSON]）より電話"],
    ["山田 花子 様（おとな ２名）", "[PERSON] 様（おとな ２名）"],
    ["佐藤 健 様（ごほんにん）", "[PERSON] 様（ごほんにん）"],
    ["森田 由美 様（こども）", "[PERSON] 様（こども）"],
  ],
  "a full name whose surname is a word too, in a list beside a found name": [
    ["名札: 大島 健、Liu Yang、ﾎﾘｴ ｱﾔ。", "名札: [PERSON]、[PERSON]、[PERSON]。"],
    ["当番は 仲間 誠、佐藤 由美 さん、です", "当番は [PERSON]、[PERSON] さん、です"],
    ["出席: 田中 花子 様、大島 実", "出席: [PERSON] 様、[PERSON]"],
    ["参加: 田中 花子 様、仲間 全員", "参加: [PERSON] 様、仲間 全員"],
  ],
  "a list's next item ending its table cell or its line, and a Latin full name as the item": [
    ["<td>Kenta Uchida (lead), Sofía Ortega, 小野寺 楓</td>", "<td>[PERSON] (lead), [PERSON], [PERSON]</td>"],
    ["| 山田 花子 様、小野寺 楓 | 090 |", "| [PERSON] 様、[PERSON] | 090 |"],
    ["参加者：佐藤 花子さん、田中\n次の議題", "参加者：[PERSON]さん、[PERSON]\n次の議題"],
    ["名簿：グエン・ヴァン・ナム、サンチェス マリア、Ayesha Rahman", "名簿：[PERSON]、[PERSON]、[PERSON]"],
    ["同行: 佐藤 花子さん、Sofía Restrepo</li>", "同行: [PERSON]さん、[PERSON]</li>"],
    ["使用ソフト: 山田 花子 さん、Google Chrome\n", "使用ソフト: [PERSON] さん、Google Chrome\n"],
    ["担当: 山田 花子、Excel Online", "担当: [PERSON]、Excel Online"],
    ["山田さん、大阪\n", "[PERSON]さん、大阪\n"],
  ],
  "a romaji given name before a double surname joined by a hyphen": [
    ["to our new hire Yuki Ozawa-Lindqvist, yuki@example.hu.", "to our new hire [PERSON], [EMAIL]."],
    ["Kenta Mori-Schmidt joined the team.", "[PERSON] joined the team."],
    ["Signed, Naoki Hayashi-Dubois", "Signed, [PERSON]"],
    ["Meet at Tokyo Shin-Osaka station.", "Meet at Tokyo Shin-Osaka station."],
    ["Yuki Kobe-Style ramen", "Yuki Kobe-Style ramen"],
    ["the Toyota Land-Cruiser", "the Toyota Land-Cruiser"],
  ],
  "a listed given name alone beside a person's pronoun or belonging": [
    ["Please move seat 3 from Bence (he left us in October) to the new hire.", "Please move seat 3 from [PERSON] (he left us in October) to the new hire."],
    ["Licence moved from Dana (she is on leave).", "Licence moved from [PERSON] (she is on leave)."],
    ["The old key on Bence's laptop was revoked.", "The old key on [PERSON]'s laptop was revoked."],
    ["Please reset Anil's password.", "Please reset [PERSON]'s password."],
    ["彼女は Emily です。サプライズで。", "彼女は [PERSON] です。サプライズで。"],
    ["彼の名前は Marco です", "彼の名前は [PERSON] です"],
    ["Apple's phone sales and Toyota's car lineup", "Apple's phone sales and Toyota's car lineup"],
    ["Windows (he said) crashed again.", "Windows (he said) crashed again."],
    ["彼は Windows を使う。彼女は Tokyo に住む。", "彼は Windows を使う。彼女は Tokyo に住む。"],
  ],
};

describeMaskingClasses("the name classes of round twenty-three", classes);
