import { describeMaskingClasses } from "../support/masking-cases.js";

/**
 * The ID classes the thirteenth set missed (issue 13), with other values than the set's and the look-alikes each rule
 * must leave alone (expected === input).
 */
describeMaskingClasses("ID classes of the thirteenth set", {
  "a staff code as a chat turn's speaker": [
    ["[21:07] ドライバー TX-55120: お客様が降りません", "[21:07] ドライバー [PERSONAL_ID]: お客様が降りません"],
    ["[07:12] Courier CR-2231: parcel left at the door", "[07:12] Courier [PERSONAL_ID]: parcel left at the door"],
    ["09:40 Agent AG4471: I have reset it", "09:40 Agent [PERSONAL_ID]: I have reset it"],
    ["[10:02] Driver 2: on my way", "[10:02] Driver 2: on my way"],
    ["10:02 PR-1234: merged into main", "10:02 PR-1234: merged into main"],
    ["[10:02] Order ORD-88120: shipped", "[10:02] Order ORD-88120: shipped"],
    ["[10:02] Build v2.4.1: green", "[10:02] Build v2.4.1: green"],
  ],
  "a person's handle in an export's JSON": [
    ['{ "real_name": "x", "display_name": "morita" }', '{ "real_name": "x", "display_name": "[PERSONAL_ID]" }'],
    ['{"login": "kwame.o", "id": 3}', '{"login": "[PERSONAL_ID]", "id": 3}'],
    ['{"screen_name": "aiko_k"}', '{"screen_name": "[PERSONAL_ID]"}'],
    ['{"display_name": "deploy-bot"}', '{"display_name": "deploy-bot"}'],
    ['{"username": "admin"}', '{"username": "admin"}'],
    ['{"display_name": "Slackbot"}', '{"display_name": "Slackbot"}'],
    ['{"product_name": "kurabe", "version": "1.2.0"}', '{"product_name": "kurabe", "version": "1.2.0"}'],
    ['{"ticket": "INC-2041", "order": "ORD-1182"}', '{"ticket": "INC-2041", "order": "ORD-1182"}'],
  ],
  "an ID in brackets after an honorific, the bracket going on after a comma": [
    ["会員 山田 様（GM-0031184、65歳）が転倒", "会員 [PERSON] 様（[PERSONAL_ID]、65歳）が転倒"],
    ["佐藤 様（2026年4月、新規）", "[PERSON] 様（2026年4月、新規）"],
    ["佐藤 様（ORD 1182、未着）", "[PERSON] 様（ORD 1182、未着）"],
  ],
  "a person's number after the card or the register it belongs to": [
    ["受付：診察券 PT-220418 を確認", "受付：診察券 [PERSONAL_ID] を確認"],
    ["e-Tax の利用者識別番号 3318-2044-1906-5521 を控える", "e-Tax の利用者識別番号 [PERSONAL_ID] を控える"],
    ["印鑑登録証 00731206 を提示", "印鑑登録証 [PERSONAL_ID] を提示"],
    ["マイクロチップ 392148000123456 を読み取り", "マイクロチップ [PERSONAL_ID] を読み取り"],
    ["New licence number 301944826615 uploaded", "New licence number [PERSONAL_ID] uploaded"],
    ["前の口座（3318204）は解約済み", "前の口座（[PERSONAL_ID]）は解約済み"],
    ["診察券を忘れた方は 3 番窓口へ", "診察券を忘れた方は 3 番窓口へ"],
    ["マイクロチップ 15 桁の読み取り", "マイクロチップ 15 桁の読み取り"],
    ["口座（普通）に振り込み", "口座（普通）に振り込み"],
  ],
  "a passport's or a 住民票コード's number later in the sentence that names it": [
    ["Please send your passport again (the one on file, TR5518204, has expired).", "Please send your passport again (the one on file, [PERSONAL_ID], has expired)."],
    ["住民票コードの照会があり、通知（20417733186）を再発行した。", "住民票コードの照会があり、通知（[PERSONAL_ID]）を再発行した。"],
    ["Passport photos: order PH-20418 ready. Flight NH1234567 is a typo.", "Passport photos: order PH-20418 ready. Flight NH1234567 is a typo."],
    ["住民票コードの件は 2026年 に説明済み。", "住民票コードの件は 2026年 に説明済み。"],
    ["住民票コードの件。控え 20417733186 は別件", "住民票コードの件。控え 20417733186 は別件"],
  ],
});
