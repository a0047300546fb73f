import { describeMaskingClasses } from "../support/masking-cases.js";

/**
 * Secret rules by class that the twenty-second set's misses called for (issue 13), each with other values than the
 * set's and the look-alikes it must leave alone (expected === input).
 */
describeMaskingClasses("secret classes of the twenty-second set", {
  "a keypad's (テンキー) code, its digits read one by one with the key pressed last, and the other codes quoted after it": [
    ["テンキーの暗証番号は 3・8・1・4・＃ です", "テンキーの暗証番号は [SECRET] です"],
    ["\"金庫のテンキー暗証番号、候補は「2・0・5・8・#」「7731*」の二つ\",保留", "\"金庫のテンキー暗証番号、候補は「[SECRET]」「[SECRET]」の二つ\",保留"],
    ["<td>テンキー暗証番号を忘れた。覚えているのは「6620＊」、「4-1-9-9」</td>", "<td>テンキー暗証番号を忘れた。覚えているのは「[SECRET]」、「[SECRET]」</td>"],
    ["テンキー 2個、「1200円」「3400円」", "テンキー 2個、「1200円」「3400円」"],
    ["テンキーの暗証番号を変更。「型番 TK-20」「2026年」", "テンキーの暗証番号を変更。「型番 TK-20」「2026年」"],
  ],
  "a shared or common code of a lock, its word before 番号 (オートロック共用番号)": [
    ["オートロック共用番号（管理会社より）：＃７７１４＊", "オートロック共用番号（管理会社より）：[SECRET]"],
    ["\"オートロック共通番号は 4092# です\",済", "\"オートロック共通番号は [SECRET] です\",済"],
    ["<td>オートロック共用番号：2206</td>", "<td>オートロック共用番号：[SECRET]</td>"],
    ["オートロック共用部 3 か所を点検", "オートロック共用部 3 か所を点検"],
  ],
  "a dial set to a combination (ダイヤルは 5-9-0-2 に設定), its turns in one or two digits": [
    ["ロッカー番号 男子104、ダイヤルは 3-7-1-8 に設定していました。", "ロッカー番号 男子104、ダイヤルは [SECRET] に設定していました。"],
    ["\"ダイヤル番号：12-40-07\",施設", "\"ダイヤル番号：[SECRET]\",施設"],
    ["<td>ダイヤルを 0-6-6-2 に合わせて開けた</td>", "<td>ダイヤルを [SECRET] に合わせて開けた</td>"],
    ["フリーダイヤルは 0120-44-5566 まで", "フリーダイヤルは [PHONE] まで"],
    ["ダイヤルは 2026-12-06 に交換", "ダイヤルは 2026-12-06 に交換"],
  ],
  "a dial's turns after ダイヤル, each with its way and its count of turns (左に2回 3、右に 7)": [
    ["郵便受けのダイヤルは「右に3回 15、左に 40」です", "郵便受けのダイヤルは「[SECRET]」です"],
    ["\"ポストのダイヤル：左に2回 8、右に 2\",控え", "\"ポストのダイヤル：[SECRET]\",控え"],
    ["<td>ダイヤル 右 12、左 5、右 30</td>", "<td>ダイヤル [SECRET]</td>"],
    ["ダイヤル式の金庫。右に2回、左に1回まわす", "ダイヤル式の金庫。右に2回、左に1回まわす"],
    ["ダイヤルの位置は右に 3 個、右に 5 個", "ダイヤルの位置は右に 3 個、右に 5 個"],
  ],
});
