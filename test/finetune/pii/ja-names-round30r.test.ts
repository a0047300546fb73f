import { describeMaskingClasses, type MaskingCase } from "../support/masking-cases.js";

/**
 * Japanese-, Korean-script name classes taken after the thirtieth set (issue 13), each with the look-alikes beside it
 * that must stay. Values are made up here, not a set's.
 */
const classes: Record<string, MaskingCase[]> = {
  "a chat turn's speaker alone on its stamp line, in kanji, katakana, half-width kana or Hangul": [
    ["[14:02] 窓口 真壁\nご予約を確認しました。", "[14:02] 窓口 [PERSON]\nご予約を確認しました。"],
    ["[2026-10-04 09:40] 社内 真壁\n在庫の件、確認お願いします。", "[2026-10-04 09:40] 社内 [PERSON]\n在庫の件、確認お願いします。"],
    ["[09:12] 真壁\n承知しました。", "[09:12] [PERSON]\n承知しました。"],
    ["[2026-10-05 18:20] グエン・ティ・ラン\n荷物が届きません。", "[2026-10-05 18:20] [PERSON]\n荷物が届きません。"],
    ["[18:31] ｽﾌﾞﾗﾏﾆｱﾝ ｱﾙｼﾞｭﾝ\n住所を変えたいです。", "[18:31] [PERSON]\n住所を変えたいです。"],
    ["[2026-10-06 11:00] 박서준\n배송 문의입니다.", "[2026-10-06 11:00] [PERSON]\n배송 문의입니다."],
    ["[10:00] 開場\n受付は1階です。", "[10:00] 開場\n受付は1階です。"],
    ["[10:30] システム メンテナンス\n全機能が止まります。", "[10:30] システム メンテナンス\n全機能が止まります。"],
    ["[09:00] 受付開始\n[09:30] 開会", "[09:00] 受付開始\n[09:30] 開会"],
    ["[2026-10-06 11:00] 안내\n배송 문의입니다.", "[2026-10-06 11:00] 안내\n배송 문의입니다."],
  ],
  "a Korean name before 님 or 씨 inside Korean prose": [
    ["네, 박서준 님. 주소를 알려 주세요.", "네, [PERSON] 님. 주소를 알려 주세요."],
    ["김민서씨가 오늘 방문합니다.", "[PERSON]씨가 오늘 방문합니다."],
    ["사장님, 선생님, 고객님 모두 감사합니다.", "사장님, 선생님, 고객님 모두 감사합니다."],
    ["하나님께 감사드립니다. 공주님 이야기.", "하나님께 감사드립니다. 공주님 이야기."],
  ],
  "a found kanji full name's hiragana reading beside it, the surname's rare": [
    ["申込者 四十物 陸 様（あいもの りく）、電話で受付", "申込者 [PERSON] 様（[PERSON]）、電話で受付"],
    ["依頼主 小鳥遊 実 様（たかなし）より連絡", "依頼主 [PERSON] 様（[PERSON]）より連絡"],
    ["<td>鬼丸 颯<br>おにまる はやて</td>", "<td>[PERSON]<br>[PERSON]</td>"],
    ["| TK-01 | 鬼丸 颯 おにまる はやて | 浦和 |", "| TK-01 | [PERSON] [PERSON] | 浦和 |"],
    ["| 鬼丸 颯 ごうかく |", "| [PERSON] ごうかく |"],
    ["オーナーの 邊見 ハル子 さん（へんみ はるこ）が転居", "オーナーの [PERSON] さん（[PERSON]）が転居"],
    ["保護者 一尺八寸 悠真 様 かまつか ゆうま（父）", "保護者 [PERSON] 様 [PERSON]（父）"],
    ["お客様 山田 太郎 様（ほか）", "お客様 [PERSON] 様（ほか）"],
    ["担当 山田 太郎 様 よろしく おねがいします", "担当 [PERSON] 様 よろしく おねがいします"],
  ],
  "a listed surname before a deputy's post of four kanji or more": [
    ["承認: 経理課長（不在時は 岩田 課長代理）", "承認: 経理課長（不在時は [PERSON] 課長代理）"],
    ["不在時は 小松 支店長代理 が対応", "不在時は [PERSON] 支店長代理 が対応"],
    ["本田 技研代理店 に依頼", "本田 技研代理店 に依頼"],
  ],
  "a kanji surname, a Latin given name and a kanji one, full-width letters too": [
    ["代表取締役 比嘉 Ｃａｒｌｏｓ 大輔<br>098-111-2222", "代表取締役 [PERSON]<br>[PHONE]"],
    ["申込者 玉城 Maria 恵子 様", "申込者 [PERSON] 様"],
    ["鈴木 Lab 健二", "[PERSON] Lab 健二"],
  ],
  "a found Latin name's katakana writing after a slash": [
    ["| B-07 | 出店者 | Bishnu Adhikari ／ ビシュヌ・アディカリ 那覇市松尾1丁目2-3 |", "| B-07 | 出店者 | [PERSON] ／ [PERSON] [ADDRESS] |"],
    ["代表 Maria Lopez / マリア・ロペス<br>電話", "代表 [PERSON] / [PERSON]<br>電話"],
    ["担当 Maria Lopez / ホテル・ニューオータニ 宿泊", "担当 [PERSON] / ホテル・ニューオータニ 宿泊"],
  ],
  "a found Latin name's kanji writing in brackets, an English note going on": [
    ["| T3-011 | Kubo Ran (久保 蘭 on the Japanese form) | Japan |", "| T3-011 | [PERSON] ([PERSON] on the Japanese form) | Japan |"],
    ["Maeda Kenta (前田 健太 as written on the card)", "[PERSON] ([PERSON] as written on the card)"],
    ["Maria Lopez (営業 本部 on the form)", "[PERSON] (営業 本部 on the form)"],
  ],
  "a hiragana full name quoted in a line of English": [
    ["The reading on the form was wrong (`たかはし ゆい` typed as たかはし ゆき); fixed by phone.", "The reading on the form was wrong (`[PERSON]` typed as [PERSON]); fixed by phone."],
    ["Kana on the badge: いのうえ そうた", "Kana on the badge: [PERSON]"],
    ["Say \"おはよう ございます\" first, then serve さくら もち.", "Say \"おはよう ございます\" first, then serve さくら もち."],
    ["きょう はやく かえります。Thanks", "きょう はやく かえります。Thanks"],
  ],
};

describeMaskingClasses("Japanese- and Korean-script names (round 30r)", classes);
