import { describeMaskingClasses } from "../support/masking-cases.js";

/**
 * ID, secret and API-key rules by class that the sixteenth set's misses called for (issue 13), each with other values
 * than the set's and the look-alikes it must leave alone (expected === input).
 */
describeMaskingClasses("api key classes of the sixteenth set", {
  "a Slack or Discord webhook URL, whole": [
    ["SLACK_URL=https://hooks.slack.com/services/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", "SLACK_URL=[API_KEY]"],
    ["通知先: hooks.slack.com/workflows/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", "通知先: [API_KEY]"],
    ["(https://discord.com/api/webhooks/1192837465019283746/kX9-pL2_mQ7vR4tZ8wY1nB6cD3fG0hJ5)", "([API_KEY])"],
    ["See https://api.slack.com/messaging/webhooks and hooks.slack.com in the allow list.", "See https://api.slack.com/messaging/webhooks and hooks.slack.com in the allow list."],
  ],
  "Login with Amazon's client ID, client secret and tokens, each whole": [
    ["client_id=amzn1.application-oa2-client.0f3e9a7b1c2d4e5f8a9b0c1d2e3f4a5b", "client_id=[API_KEY]"],
    ["secret: amzn1.oa2-cs.v1.9c8b7a6f5e4d3c2b1a0f9e8d7c6b5a4f3e2d1c0b9a8f7e6d5c4b3a2f1e0d9c8b", "secret: [API_KEY]"],
    ["token Atzr|IwEBIPq7Wm3Xz9Kd2Lf8Rt5Yb1Nc6Hv4Js0Ga, access Atza|IQEBLjAsAhR9kL3mN5pQ7rS9tU1vW3xY5zA7bC9d", "token [API_KEY], access [API_KEY]"],
    ["ASIN B07XJ8C8F5 and amzn1.account.AEXAMPLE are not keys", "ASIN B07XJ8C8F5 and amzn1.account.AEXAMPLE are not keys"],
  ],
});

describeMaskingClasses("id classes of the sixteenth set", {
  "a label whose thing's word names a person with 者 after it, or a person's registration": [
    ["出品者ID：B08QX7ZK4LMN2P の店舗", "出品者ID：[PERSONAL_ID] の店舗"],
    ["申請者ID ap-20931 で再申請", "申請者ID [PERSONAL_ID] で再申請"],
    ["会員登録ID MK-0091827 と利用者登録ID u_77120", "会員登録ID [PERSONAL_ID] と利用者登録ID [PERSONAL_ID]"],
    ["出品ID B08QX7ZK4L と商品登録ID SKU-22019", "出品ID B08QX7ZK4L と商品登録ID SKU-22019"],
  ],
  "a handle after a messenger's name": [
    ["LINE ID：sato_k88 まで", "LINE ID：[PERSONAL_ID] まで"],
    ["WeChat wang_li1990 / Skype: j.doe.42", "WeChat [PERSONAL_ID] / Skype: [PERSONAL_ID]"],
    ["KakaoTalk ID kim.minji と LINEのID は yumi0412", "KakaoTalk ID [PERSONAL_ID] と LINEのID は [PERSONAL_ID]"],
    ["WeChat Pay と LINE group、Skype meeting-room の予約、line ID_2 の行", "WeChat Pay と LINE group、Skype meeting-room の予約、line ID_2 の行"],
    ["公式LINE：@sakura_cafe01、official WeChat: shop_2026", "公式LINE：@sakura_cafe01、official WeChat: shop_2026"],
  ],
  "a customer's word in German, Spanish or Dutch before a code": [
    ["Ich bin Kunde KD-0048812.", "Ich bin Kunde [PERSONAL_ID]."],
    ["Soy cliente CL-2231904, y klant NL0099812 ook", "Soy cliente [PERSONAL_ID], y klant [PERSONAL_ID] ook"],
    ["Kunde ORD-2231904 bestellt", "Kunde ORD-2231904 bestellt"],
  ],
  "a code whose own letters say it is a customer's, a member's, an employee's, a user's or a student's": [
    ["返金先 SHOP-CUST-0048812 の件", "返金先 [PERSONAL_ID] の件"],
    ["EMP-30417 と MBR0047712、USR-2231904", "[PERSONAL_ID] と [PERSONAL_ID]、[PERSONAL_ID]"],
    ["MEMO-20441、EMP-12 と CUSTOM-88120、SYSTEM-20931", "MEMO-20441、EMP-12 と CUSTOM-88120、SYSTEM-20931"],
  ],
  "a Japan Post Bank account as its 記号-番号 pair after the bank's name": [
    ["振込先：ゆうちょ銀行 13140-21884411 まで", "振込先：ゆうちょ銀行 [PERSONAL_ID] まで"],
    ["ゆうちょ 記号番号 10150-9981021", "ゆうちょ 記号番号 [PERSONAL_ID]"],
    ["ゆうちょ銀行の窓口 2026-11-24 受付、整理券 10-2231", "ゆうちょ銀行の窓口 2026-11-24 受付、整理券 10-2231"],
  ],
  "a city's addressee number (宛名番号)": [
    ["宛名番号 0023318840 の納付書", "宛名番号 [PERSONAL_ID] の納付書"],
    ["（宛名番号：1002938471）", "（宛名番号：[PERSONAL_ID]）"],
    ["宛名番号は原則記載しないこと", "宛名番号は原則記載しないこと"],
  ],
  "an example of a person's number in brackets, whose it is before it": [
    ["社員番号でログイン（例：佐藤 は K2019-0331）", "社員番号でログイン（例：[PERSON] は [PERSONAL_ID]）"],
    ["会員番号を入力（例：MB-204417）", "会員番号を入力（例：[PERSONAL_ID]）"],
    ["注文番号を入力（例：山田 は OR-2026-0331）", "注文番号を入力（例：[PERSON] は OR-2026-0331）"],
  ],
  "the elderly's medical insurance and a care insurance's number by the scheme's name": [
    ["後期高齢者医療 40021337 の保険証", "後期高齢者医療 [PERSONAL_ID] の保険証"],
    ["介護保険被保険者証番号：0001234567、後期高齢者医療被保険者証 12345678", "介護保険被保険者証番号：[PERSONAL_ID]、後期高齢者医療被保険者証 [PERSONAL_ID]"],
    ["後期高齢者医療 2026年度、介護保険料 12000 円", "後期高齢者医療 2026年度、介護保険料 12000 円"],
  ],
  "a licence's or a course certificate's number written 第…号 after the qualification's name": [
    ["第一種電気工事士 東京第12345号 を取得", "第一種電気工事士 [PERSONAL_ID] を取得"],
    ["一級建築士 登録番号 第334521号、玉掛け技能講習 第K-23-1187号", "一級建築士 登録番号 [PERSONAL_ID]、玉掛け技能講習 [PERSONAL_ID]"],
    ["薬剤師：第 401882 号", "薬剤師：[PERSONAL_ID]"],
    ["建設業許可 第12345号、告示第1234号、弁護士 第3号議案", "建設業許可 第12345号、告示第1234号、弁護士 第3号議案"],
  ],
  "a list under a person's ID label, each found name then a number in digit groups": [
    ["技能者ID：滝沢 12-0082-4417-55、五十嵐 12-0144-2096-01", "技能者ID：[PERSON] [PERSONAL_ID]、[PERSON] [PERSONAL_ID]"],
    ["会員番号: 佐藤 一郎 0012-448812", "会員番号: [PERSON] [PERSONAL_ID]"],
    ["出席：佐藤 0012-448812、会員番号：鈴木 2026-11-24 入会", "出席：[PERSON] 0012-448812、会員番号：[PERSON] 2026-11-24 入会"],
  ],
  "a residence card's shape in a sentence naming a card; an ID card's number with no number word": [
    ["her card is TK40918273AB, his is pending", "her card is [PERSONAL_ID], his is pending"],
    ["The new card arrived: ZA12345678CD.", "The new card arrived: [PERSONAL_ID]."],
    ["His Spanish ID card: BC4481273; her identity card is YX901822", "His Spanish ID card: [PERSONAL_ID]; her identity card is [PERSONAL_ID]"],
    ["card reader model CR2040; ID card: lost in 2024", "card reader model CR2040; ID card: lost in 2024"],
  ],
});

describeMaskingClasses("secret classes of the sixteenth set", {
  "a password after a word ending in パス with an @ inside it, not a login at a host": [
    ["SMTP認証パス Ma1l@box!24 です", "SMTP認証パス [SECRET] です"],
    ["接続パス：db@2026#x", "接続パス：[SECRET]"],
    ["認証パス ops@db01 です", "認証パス ops@db01 です"],
  ],
  "a default administrator, a slash and its password; a login and its password after admin": [
    ["管理画面 http://192.0.2.8/ admin / brother4410", "管理画面 http://[IP_ADDRESS]/ admin / [SECRET]"],
    ["root / Tk-2291x で入る", "root / [SECRET] で入る"],
    ["Booking site admin: studio-ops / Lento#2027.", "Booking site admin: [PERSONAL_ID] / [SECRET]."],
    ["roles: admin / editor2 / viewer; admin / staff", "roles: admin / editor2 / viewer; admin / staff"],
  ],
  "a wireless network's SSID and key with a slash between, after its label": [
    ["現場 Wi-Fi：`SITE-OFFICE` / koji-daini-2027、", "現場 Wi-Fi：`SITE-OFFICE` / [SECRET]、"],
    ["無線LAN: Office-5G / Tk#2291lan", "無線LAN: Office-5G / [SECRET]"],
    ["Wi-Fi: 802.11ax / WPA3-Personal, 2.4GHz / 5GHz", "Wi-Fi: 802.11ax / WPA3-Personal, 2.4GHz / 5GHz"],
  ],
  "a padlock, a key box or a keypad, then its code with no code's word; a device's passcode said to be now": [
    ["門扉の南京錠 5-1-9-2、キーボックス：0812", "門扉の南京錠 [SECRET]、キーボックス：[SECRET]"],
    ["Back door keypad: 1357# (new)", "Back door keypad: [SECRET] (new)"],
    ["The tablet passcode is now 880217.", "The tablet passcode is now [SECRET]."],
    ["南京錠 2個、キーボックス 1000円、the promo code is now 2026", "南京錠 2個、キーボックス 1000円、the promo code is now 2026"],
  ],
});
