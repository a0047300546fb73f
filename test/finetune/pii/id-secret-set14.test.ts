import { describeMaskingClasses } from "../support/masking-cases.js";

/**
 * Secret rules by class that the fourteenth set's misses called for (issue 13), each with other values than the
 * set's and the look-alikes it must leave alone (expected === input).
 */
describeMaskingClasses("secret classes of the fourteenth set", {
  "a lock alone before a code keyed with # or *": [
    ["裏口のオートロックは #4052 に変わりました", "裏口のオートロックは [SECRET] に変わりました"],
    ["スマートロック: *8831# で開きます", "スマートロック: [SECRET] で開きます"],
    ["オートロックは 2019 年に導入、24 時間作動", "オートロックは 2019 年に導入、24 時間作動"],
  ],
  "a box or a safe, a clause on where it is, then its number": [
    ["キーボックスは勝手口の右、番号は「7741」です", "キーボックスは勝手口の右、番号は「[SECRET]」です"],
    ["金庫が事務室の棚の下、暗証番号は 60218 です", "金庫が事務室の棚の下、暗証番号は [SECRET] です"],
    ["ロッカーは更衣室の奥、番号は 1024 です", "ロッカーは更衣室の奥、番号は 1024 です"],
    ["宅配ボックスは2階、番号は 5521", "宅配ボックスは2階、番号は 5521"],
  ],
  "a time deposit's account after its kind (定期), as 普通 and 当座": [
    ["相続口座：普通 3318204、定期 5520917", "相続口座：[PERSONAL_ID]、[PERSONAL_ID]"],
    ["定期券 1234567 を紛失", "定期券 1234567 を紛失"],
    ["不定期 1234567 件の処理", "不定期 1234567 件の処理"],
  ],
  "a Wi-Fi's or a VPN's pre-shared key, and a password before an aside in brackets": [
    ["拠点の PSK は Tk!wan-0931-oka です", "拠点の PSK は [SECRET] です"],
    ["wpa_psk=Mizu#88-lan", "wpa_psk=[SECRET]"],
    ["ゲスト用のパスは Sora-2F-net!（受付掲示と同じ）", "ゲスト用のパスは [SECRET]（受付掲示と同じ）"],
    ["PSK は 2 種類あります", "PSK は 2 種類あります"],
    ["保存パスは C:\\share\\data2（共有）", "保存パスは C:\\share\\data2（共有）"],
  ],
});
