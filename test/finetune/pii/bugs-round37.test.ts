import { describeMaskingClasses } from "../support/masking-cases.js";

/**
 * Over-masks helpers saw on main (issue 13, round 37), each by its class with a person's value beside it still masked:
 * a shop's own account's handle, a code after a part's word in a landline's two-pair shape, 宅 after a kin's or a
 * post's word, a noun and its time after a title, an industrial park's name, a firm's kanji after a Latin name and its
 * honorific, a Latin name found from its middle name, a listed name opening as a day's word does.
 */
describeMaskingClasses("over-masks of round 37", {
  "a shop's or a brand's own account keeps its handle; a person's account is masked": [
    ["公式アカウント @sakura_cafe01 をフォローしてください", "公式アカウント @sakura_cafe01 をフォローしてください"],
    ["公式アカウント：sakura_cafe01", "公式アカウント：sakura_cafe01"],
    ["店の公式アカウントは @hana.bakery_jp です", "店の公式アカウントは @hana.bakery_jp です"],
    ["公式Instagramアカウント @yoga_studio5 をフォロー", "公式Instagramアカウント @yoga_studio5 をフォロー"],
    ["当店のアカウント @bistro_kobe7 までDMを", "当店のアカウント @bistro_kobe7 までDMを"],
    ["ショップのアカウントは @hanaya_2024 です", "ショップのアカウントは @hanaya_2024 です"],
    ["Tag the shop's account @sakura_cafe01 in your post.", "Tag the shop's account @sakura_cafe01 in your post."],
    ["Our store handle: @bakery_mina3", "Our store handle: @bakery_mina3"],
    ["The store's user name is bakery_mina3.", "The store's user name is bakery_mina3."],
    ["店長のアカウント @mika_runner88", "店長のアカウント [PERSONAL_ID]"],
    ["お店のアカウントではなく 個人アカウント @mika_runner88 から", "お店のアカウントではなく 個人アカウント [PERSONAL_ID] から"],
    ["会員の User ID mika_88 で", "会員の User ID [PERSONAL_ID] で"],
    ["Instagram公式アカウント @hanaya_2024 で告知します", "Instagram公式アカウント @hanaya_2024 で告知します"],
    ["公式LINE：kissa_minato3 に登録", "公式LINE：kissa_minato3 に登録"],
    ["Follow our official account @cafe_tokyo22 for news.", "Follow our official account @cafe_tokyo22 for news."],
    ["公式アカウント sakura_cafe01 を見た 投稿者のアカウント @dance_photo_yk", "公式アカウント sakura_cafe01 を見た 投稿者のアカウント [PERSONAL_ID]"],
    ["アカウント @mika_runner88 から連絡", "アカウント [PERSONAL_ID] から連絡"],
  ],
  "a landline's two-pair shape after a part's or a product's word keeps; a phone's word near keeps it a phone": [
    ["部品 0120-45-67-89 を交換しました", "部品 0120-45-67-89 を交換しました"],
    ["製品 045-561-29-08 を出荷", "製品 045-561-29-08 を出荷"],
    ["Replaced part no. 0312-45-67-89 in stock.", "Replaced part no. 0312-45-67-89 in stock."],
    ["The product code 12-34-56-78 ships today.", "The product code 12-34-56-78 ships today."],
    ["Lot 0123-45-67-89 expired in March.", "Lot 0123-45-67-89 expired in March."],
    ["部品の件は 045-561-29-08 までお電話ください", "部品の件は [PHONE] までお電話ください"],
    ["部品センター 電話 045-561-29-08", "部品センター 電話 [PHONE]"],
    ["ご自宅 045-561-29-08 まで", "ご自宅 [PHONE] まで"],
  ],
  "宅 after a kin's or a post's word is a home; a surname 宅間 after one is masked": [
    ["長女宅に泊まる予定", "長女宅に泊まる予定"],
    ["息子宅へ荷物を送る", "息子宅へ荷物を送る"],
    ["社長宅で会食", "社長宅で会食"],
    ["長女宅 川崎市高津区溝口3-21-8-1006", "長女宅 [ADDRESS]"],
    ["長女 宅間 さくら", "長女 [PERSON]"],
  ],
  "a noun and its time after a title keeps; an unlisted surname after one is masked": [
    ["施設長 不在時の判断は主任が代行。", "施設長 不在時の判断は主任が代行。"],
    ["店長 退職後は本部が担当", "店長 退職後は本部が担当"],
    ["課長 着任前に研修", "課長 着任前に研修"],
    ["センター長 鳰川", "センター長 [PERSON]"],
    ["所長 百済 より", "所長 [PERSON] より"],
  ],
  "an industrial park's name after its word keeps; a person of the same words with a title is masked": [
    ["KCN Quang Minh", "KCN Quang Minh"],
    ["Xưởng ở KCN Minh Hung, Bình Phước", "Xưởng ở KCN Minh Hung, Bình Phước"],
    ["Lô 5, KCN Tan Thuan, TP. Hồ Chí Minh", "Lô 5, KCN Tan Thuan, TP. Hồ Chí Minh"],
    ["Nhà máy tại Khu công nghiệp Thăng Long, Hà Nội", "Nhà máy tại Khu công nghiệp Thăng Long, Hà Nội"],
    ["Mr. Quang Minh works at KCN Tan Thuan.", "Mr. [PERSON] works at KCN Tan Thuan."],
  ],
  "a firm's kanji in words after a Latin name and its honorific keeps; the name's own hanzi is masked": [
    ["ZHANG Wei 様 張家 飯店", "[PERSON] 様 張家 飯店"],
    ["LIN Mei さん 林記 茶行 にて", "[PERSON] さん 林記 茶行 にて"],
    ["| CHEN Yuting 様 陈雨婷 WeChat chen_yt88 |", "| [PERSON] 様 [PERSON] WeChat [PERSONAL_ID] |"],
  ],
  "a Latin name found from its middle name is one mask with its given name": [
    ["Olivia Rose Young said hi", "[PERSON] said hi"],
    ["Mary Anne Smith said she would call.", "[PERSON] said she would call."],
  ],
  "a name the dictionary lists whole, opening as a day's word does, is masked whole": [
    ["廿日出様", "[PERSON]様"],
    ["お客様 廿日出 様 より", "お客様 [PERSON] 様 より"],
    ["明日香さん", "[PERSON]さん"],
    ["本日 翔太 様", "本日 [PERSON] 様"],
    ["本日翔太様", "本日[PERSON]様"],
  ],
});
