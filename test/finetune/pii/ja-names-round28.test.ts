import { describeMaskingClasses } from "../support/masking-cases.js";

/**
 * Japanese-script names by class from the twenty-fifth set's misses (issue 13): a name's other writing in brackets
 * beside a found one — a kanji surname with a small ヶ or ノ, a kanji surname with a katakana given name after a Latin
 * name, a hiragana reading that goes on after a comma, a Chinese or Korean name in kanji before its romanisation — with
 * the firms', places' and words' brackets the rules must leave alone.
 */
describeMaskingClasses("Japanese names of round 28", {
  "a kanji surname with a small ヶ or ノ and a listed given name in brackets after a Latin name": [
    ["Contact: Mika Torigasaki (鳥ヶ崎 美香), ext. 12", "Contact: [PERSON] ([PERSON]), ext. 12"],
    ["Fixer: Sora Yumigahama（弓ヶ浜 空）, 090", "Fixer: [PERSON]（[PERSON]）, 090"],
    ["Contact: Mika Torigasaki (霞ヶ関 本社), ext. 12", "Contact: [PERSON] (霞ヶ関 本社), ext. 12"],
    ["Fixer: Sora Yumigahama（弓ヶ浜 海岸）, 090", "Fixer: [PERSON]（弓ヶ浜 海岸）, 090"],
  ],
  "a kanji surname the Latin name spells, with a katakana given name that writes its other word": [
    ["| 会計 | Carlos Ishida（石田 カルロス） | 090", "| 会計 | [PERSON]（[PERSON]） | 090"],
    ["名簿: Ana Nakahara（中原 アナ）様", "名簿: [PERSON]（[PERSON]）様"],
    ["担当 Taro Yamada（山田 センター）", "担当 [PERSON]（[PERSON] センター）"],
    ["担当 Taro Sato（山田 サービス）", "担当 [PERSON]（[PERSON] サービス）"],
    ["担当 Carlos Ishida（石田 ホテル）", "担当 [PERSON]（石田 ホテル）"],
  ],
  "a hiragana reading in brackets that goes on after a comma, its given name the found one's": [
    ["<dd>椚 みのり さん（くぬぎ みのり、移住希望）</dd>", "<dd>[PERSON] さん（[PERSON]、移住希望）</dd>"],
    ["申込者 蕨 ゆうき 様（わらび ゆうき、代理）", "申込者 [PERSON] 様（[PERSON]、代理）"],
    ["申込者 蕨 ゆうき 様（おとな ２、子ども１）", "申込者 [PERSON] 様（おとな ２、子ども１）"],
  ],
  "a Chinese or Korean name in kanji before its romanisation in brackets": [
    ["<td>冼 家豪（Sin Ka Ho）</td>", "<td>[PERSON]（[PERSON]）</td>"],
    ["出品: 伍 詠琪（Ng Wing Kei）、篆刻", "出品: [PERSON]（[PERSON]）、篆刻"],
    ["東京 支店（Ken Ito）", "東京 支店（[PERSON]）"],
    ["本社 営業部（Ken Ito）", "本社 営業部（[PERSON]）"],
  ],
});
