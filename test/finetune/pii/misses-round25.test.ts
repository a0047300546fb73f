import { describeMaskingClasses, type MaskingCase } from "../support/masking-cases.js";

/** Values made up here, each class in layouts other than the misses that showed it. */
const classes: Record<string, MaskingCase[]> = {
  "a Latin name alone on the line after a closing word with no comma": [
    ["Thanks for your help.\nRegards\nTomoya", "Thanks for your help.\nRegards\n[PERSON]"],
    ["See you Monday.\nBest\nHannah", "See you Monday.\nBest\n[PERSON]"],
    ["Kind regards\nMarek Nowak", "Kind regards\n[PERSON]"],
  ],
  "a team, a place or a word after the same closing": [
    ["Thanks\nSupport Team", "Thanks\nSupport Team"],
    ["Regards\nTokyo", "Regards\nTokyo"],
    ["Best\nPractices are listed below", "Best\nPractices are listed below"],
  ],
  "a parcel's recipient after its delivery words": [
    ["Delivered to: Olena Kovalenko", "Delivered to: [PERSON]"],
    ["Package received by Marek Nowak at 14:02.", "Package received by [PERSON] at 14:02."],
    ["Collected by Hannah Weber on 3 May", "Collected by [PERSON] on 3 May"],
  ],
  "a desk, an office or a place after the same words": [
    ["Delivered to: Front Desk", "Delivered to: Front Desk"],
    ["Delivered to: Tokyo Office, Building 2", "Delivered to: Tokyo Office, Building 2"],
    ["Received by: Reception", "Received by: Reception"],
    ["Handed to Customer Service", "Handed to Customer Service"],
  ],
  "a family name alone after a dash on the message's last line": [
    ["Please check the logs.\n— Kowalczyk", "Please check the logs.\n— [PERSON]"],
    ["I'll call tomorrow.\n-- Nakamura", "I'll call tomorrow.\n-- [PERSON]"],
  ],
  "a bullet of a list, an English word or a place after a dash": [
    ["Steps:\n- Restart\n- Kowalczyk\n- Check", "Steps:\n- Restart\n- Kowalczyk\n- Check"],
    ["Notes\n- Summary", "Notes\n- Summary"],
    ["Notes\n— Banks", "Notes\n— Banks"],
    ["See you there\n— Tokyo", "See you there\n— Tokyo"],
  ],
  "a Philippine mobile in one run after a phone's or a wallet's word": [
    ["Call me at 09171234567 please", "Call me at [PHONE] please"],
    ["GCash 09271234567 po", "GCash [PHONE] po"],
    ["Contact number: 09981234567", "Contact number: [PHONE]"],
    ["電話 09451234567 (Globe)", "電話 [PHONE] (Globe)"],
  ],
  "an order's, a tracking's or a reference's eleven digits": [
    ["Order 09171234567 shipped", "Order 09171234567 shipped"],
    ["Tracking no. 09171234567", "Tracking no. 09171234567"],
    ["Ref 09171234567, call 2pm", "Ref 09171234567, call 2pm"],
  ],
  "an account's holder as one long katakana word after 名義": [
    ["普通 7302184 名義 オイェラランテミトペ。連絡先は別途", "[PERSONAL_ID] 名義 [PERSON]。連絡先は別途"],
    ["口座名義：ムハンマドアリフ", "口座名義：[PERSON]"],
    ["名義はスワンナプームチャイ です", "名義は[PERSON] です"],
  ],
  "a short word, a thing or a firm's reading after 名義": [
    ["名義 変更の手続き", "名義 変更の手続き"],
    ["名義 キャッシュカードの再発行", "名義 キャッシュカードの再発行"],
    ["名義 カブシキガイシャミドリ", "名義 カブシキガイシャミドリ"],
    ["名義 オンラインバンキング", "名義 オンラインバンキング"],
  ],
  "a Korean or Chinese name in katakana joined by ・ after a person's word or before its kanji": [
    ["留学生 キム・ミンジュ の書類", "留学生 [PERSON] の書類"],
    ["氏名：パク・ジフン", "氏名：[PERSON]"],
    ["研修生 リウ・ヤンが来週から", "研修生 [PERSON]が来週から"],
    ["名札：チェン・シャオメイ（陳 小梅）", "名札：[PERSON]（[PERSON]）"],
  ],
  "loanword phrases that start as those family names": [
    ["ワン・チーム で頑張ろう", "ワン・チーム で頑張ろう"],
    ["留学生向けの ワン・ルーム", "留学生向けの ワン・ルーム"],
    ["ワン・ピース（全100巻）を購入", "ワン・ピース（全100巻）を購入"],
    ["チャン・ネル登録", "チャン・ネル登録"],
  ],
  "a weekday rota's names, one to a line": [
    ["当番表\n月: 比嘉\n火: 栗花落\n水曜：仲村渠 さくら", "当番表\n月: [PERSON]\n火: [PERSON]\n水曜：[PERSON]"],
    ["掃除当番\n木：田中\n金：佐々木", "掃除当番\n木：[PERSON]\n金：[PERSON]"],
  ],
  "what else a weekday's line holds": [
    ["ゴミ出し\n月: 燃えるごみ\n火: 休診\n水: 資源回収", "ゴミ出し\n月: 燃えるごみ\n火: 休診\n水: 資源回収"],
    ["営業\n木: 中村橋店\n土: 午前のみ\n日: 定休日", "営業\n木: 中村橋店\n土: 午前のみ\n日: 定休日"],
  ],
  "a hiragana given name after a duty written on a note": [
    ["代筆 ひろし", "代筆 [PERSON]"],
    ["日直 あおい、書記 みなと", "日直 [PERSON]、書記 [PERSON]"],
  ],
  "the same duties before a verb or a request": [
    ["作成 しました。記入 ください。当番 おねがいします", "作成 しました。記入 ください。当番 おねがいします"],
    ["司会 あいさつ から始めます", "司会 あいさつ から始めます"],
    ["当番 まだです", "当番 まだです"],
  ],
  "a member's number with its short last group": [
    ["JMB会員番号 1234 5678 90", "JMB会員番号 [PERSONAL_ID]"],
    ["会員番号 2201 4410 77 で登録", "会員番号 [PERSONAL_ID] で登録"],
    ["AMC 4001 123 456 の積算", "AMC [PERSONAL_ID] の積算"],
  ],
  "miles, a date and a count after a member's number's word": [
    ["JMB 12,000 マイル", "JMB 12,000 マイル"],
    ["JMB 2024 12月に更新", "JMB 2024 12月に更新"],
  ],
  "a document's number after No. and a space in the sentence naming it": [
    ["運転免許証（No. 3011 2345 6789）を提示", "運転免許証（No. [PERSONAL_ID]）を提示"],
    ["パスポート（No. TZ1048826）を確認", "パスポート（No. [PERSONAL_ID]）を確認"],
  ],
  "a number after a sentence's full stop or in the next sentence": [
    ["運転免許証を確認しました. 3011 2345 6789 は別件の番号", "運転免許証を確認しました. 3011 2345 6789 は別件の番号"],
    ["運転免許証は更新済み。注文 No. 3011 2345 6789", "運転免許証は更新済み。注文 No. 3011 2345 6789"],
  ],
  "a surname the dictionary lacks and a given name it lists, right before a phone": [
    ["- 佐久本 亮 090-1234-5678", "- [PERSON] [PHONE]"],
    ["father 佐久本 亮 098 (936) 5120", "father [PERSON] [PHONE]"],
    ["母 蔀 文子 03-3456-7890", "母 [PERSON] [PHONE]"],
  ],
  "a desk's, an hour's or a place's words before a phone": [
    ["受付時間 平日 0120-123-456", "受付時間 平日 [PHONE]"],
    ["担当者 一郎 03-1234-5678", "担当者 一郎 [PHONE]"],
    ["事務局 花子 03-1234-5678", "事務局 花子 [PHONE]"],
    ["東京都 港区 03-1234-5678", "東京都 港区 [PHONE]"],
    ["店舗 大阪 06-1234-5678", "店舗 大阪 [PHONE]"],
  ],
  "a document's writer after 作成 or 記入 and a space or a colon": [
    ["作成 見目 遼平 ／ 抽選日 1月8日", "作成 [PERSON] ／ 抽選日 1月8日"],
    ["記入：今村", "記入：[PERSON]"],
  ],
  "the same words as a deed, a state or a date's": [
    ["作成 中です", "作成 中です"],
    ["作成 2026年1月8日", "作成 2026年1月8日"],
    ["記入 例を参照", "記入 例を参照"],
    ["作成 完了、記入 漏れなし", "作成 完了、記入 漏れなし"],
  ],
  "a listed surname and a hiragana given name closing the clause": [
    ["結果通知が届かない。比屋根 しずく、住所変更していて", "結果通知が届かない。[PERSON]、住所変更していて"],
    ["差出人 田中 ひなた。", "差出人 [PERSON]。"],
    ["連絡者\n宮里 こはる\n以上", "連絡者\n[PERSON]\n以上"],
  ],
  "a place or a word after a surname-like word": [
    ["大阪 なんば、梅田", "大阪 なんば、梅田"],
    ["新宿 あたり、上野 あたり、", "新宿 あたり、上野 あたり、"],
    ["京都 など。東京 いいね。", "京都 など。東京 いいね。"],
    ["担当は村上 よりです", "担当は[PERSON] よりです"],
    ["山田 までです。", "[PERSON] までです。"],
  ],
  "a one-kanji surname the dictionary lacks before a listed given name of two kanji, after a role's word": [
    ["母親の名前 蔀 文子 名義のレシート", "母親の名前 [PERSON] 名義のレシート"],
    ["名前：圷 美和", "名前：[PERSON]"],
  ],
  "one kanji of a word or a prefix after the same words": [
    ["担当 各 部長", "担当 各 部長"],
    ["氏名 同 上", "氏名 同 上"],
    ["名前 欄 記入例", "名前 欄 記入例"],
  ],
  "a thing's katakana word before です that a surname's reading matches too": [
    ["退去者リストです。", "退去者リストです。"],
    ["リストです。確認ください", "リストです。確認ください"],
  ],
  "a katakana surname before です, still masked": [
    ["お世話になります、サトウです。", "お世話になります、[PERSON]です。"],
    ["予約した ミヤギ です", "予約した [PERSON] です"],
  ],
  "a surname after a desk's word that has no 部": [
    ["人事 島袋 へ。給与振込は別途", "人事 [PERSON] へ。給与振込は別途"],
    ["経理 比嘉 まで、", "経理 [PERSON] まで、"],
    ["総務 中野 宛", "総務 [PERSON] 宛"],
  ],
  "a deed after the same words": [
    ["人事 評価 へ。", "人事 評価 へ。"],
    ["経理 処理 まで、広報 活動、", "経理 処理 まで、広報 活動、"],
  ],
};

describeMaskingClasses("named misses of the last rounds, by class (round 25)", classes);
