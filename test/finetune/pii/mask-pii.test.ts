import { describe, expect, it } from "vitest";
import { foldWidth } from "../../../src/finetune/pii/fold-width.js";
import { maskPii, maskTogether } from "../../../src/finetune/pii/mask-pii.js";

type Case = [input: string, expected: string];

/** Each table: what a detector masks, and the look-alikes it must leave alone (expected === input). */
const tables: Record<string, Case[]> = {
  PERSON: [
    ["山田太郎 様からのご依頼です", "[PERSON] 様からのご依頼です"],
    ["佐藤さんに確認します", "[PERSON]さんに確認します"],
    ["担当の鈴木が折り返します", "担当の[PERSON]が折り返します"],
    ["伊藤氏と小林殿", "[PERSON]氏と[PERSON]殿"],
    ["中村健一がご案内します", "[PERSON]がご案内します"],
    ["営業部の山田太郎部長と鈴木一郎選手", "営業部の[PERSON]部長と[PERSON]選手"],
    ["Mr. Smith called; Dear Emily Clark,", "Mr. [PERSON] called; Dear [PERSON],"],
    ["Best regards, Sarah Johnson", "Best regards, [PERSON]"],
    ["お客様、皆様、ご担当者様、社長様", "お客様、皆様、ご担当者様、社長様"],
    ["Dear Customer, Hi there", "Dear Customer, Hi there"],
    // A surname alone, where the words after it say a person; not where it is a place, a product or an office.
    ["以上、佐藤より。", "以上、[PERSON]より。"],
    ["佐藤から連絡がありました", "[PERSON]から連絡がありました"],
    ["本件は渡辺が対応します。田中に確認のうえ", "本件は[PERSON]が対応します。[PERSON]に確認のうえ"],
    ["お電話ありがとうございます、鈴木です。", "お電話ありがとうございます、[PERSON]です。"],
    ["福岡から連絡がありました", "福岡から連絡がありました"],
    ["福岡支店から連絡がありました", "福岡支店から連絡がありました"],
    ["山田町の役場と中村屋に連絡しました", "山田町の役場と中村屋に連絡しました"],
    // A one-kanji given name that is also a noun needs a cue: 山田錦 is a sake rice, 山田愛 a person.
    ["山田錦を使った純米酒", "山田錦を使った純米酒"],
    ["佐藤錦は山形のさくらんぼ", "佐藤錦は山形のさくらんぼ"],
    ["山田愛がご案内します", "[PERSON]がご案内します"],
    // A title after the name: the dictionary need not know the given name.
    ["高橋由伸監督が来場", "[PERSON]監督が来場"],
    ["人事課佐藤課長と営業部長", "人事課[PERSON]課長と営業部長"],
    ["福岡支店長", "福岡支店長"],
    // 担当 after a surname names the person in charge (高橋担当), as 担当の高橋 does; not a team or a place.
    ["申請は高橋担当が確認中です。渡辺担当より回答", "申請は[PERSON]担当が確認中です。[PERSON]担当より回答"],
    ["高橋担当者に連絡", "[PERSON]担当者に連絡"],
    // After a department and a space, a surname-like word naming a place or an office stays; a person does not.
    ["総務部 山田町の件です。営業部 東京支店に送付。経理部 佐藤が対応", "総務部 山田町の件です。営業部 東京支店に送付。経理部 [PERSON]が対応"],
    ["営業担当と経理担当、福岡担当", "営業担当と経理担当、福岡担当"],
    ["ワタナベ ユウキさんから電話", "[PERSON]さんから電話"],
    ["山田 太郎（ヤマダ タロウ）様", "[PERSON]（[PERSON]）様"],
    ["山田 太郎がご案内します。佐藤　花子より", "[PERSON]がご案内します。[PERSON]より"],
    ["山田 錦を使った酒", "山田 錦を使った酒"],
    ["From: John Smith <john.smith@example.com>", "From: [PERSON] <[EMAIL]>"],
    ["From: Tokyo Office", "From: Tokyo Office"],
    ["やまだ たろう様", "[PERSON]様"],
    ["Bob Jones <bob@jones.com> wrote:", "[PERSON] <[EMAIL]> wrote:"],
    ["On Tue, 3 Dec 2024, Alice Cooper wrote:", "On Tue, 3 Dec 2024, [PERSON] wrote:"],
    // Names with a cue of their own in a chat or a hand-over, no honorific: a mention, a romaji honorific, a list holding
    // a found name, a full name before its contact details, a name after a hand-over's label.
    ["@Sophie can you check the build?", "@[PERSON] can you check the build?"],
    ["@Override\npublic void run() {}", "@Override\npublic void run() {}"],
    ["@Component({ selector: 'app' }) and @Test public void", "@Component({ selector: 'app' }) and @Test public void"],
    ["  @InProceedings{Sato_nlp2022,", "  @InProceedings{Sato_nlp2022,"],
    ["I asked Tanaka-san about it", "I asked [PERSON]-san about it"],
    ["参加者は 松田さん、Lena、Ken です", "参加者は [PERSON]さん、[PERSON]、[PERSON] です"],
    ["佐藤さん、Slack で連絡します。佐藤さんと大阪に出張。佐藤さん、Windows が落ちました", "[PERSON]さん、Slack で連絡します。[PERSON]さんと大阪に出張。[PERSON]さん、Windows が落ちました"],
    ["the account manager for the renewal is Keiko Fujita (k.fujita@example.jp).", "the account manager for the renewal is [PERSON] ([EMAIL])."],
    ["Tokyo Office (03-1234-5678)", "Tokyo Office ([PHONE])"],
    ["- 引継ぎ：森本 → 後任：Maria Silva", "- 引継ぎ：[PERSON] → 後任：[PERSON]"],
    // A display name holding a team's word is no person's; a founder's surname before a company word is the company.
    ["To: Acme Shop Support <help@acme.example>", "To: Acme Shop Support <[EMAIL]>"],
    ["From: Mary Ann Smith <mas@example.com>", "From: [PERSON] <[EMAIL]>"],
    ["at Fujita Baking, Mr. Fujita said", "at Fujita Baking, Mr. [PERSON] said"],
    // Surnames alone: a sign-off, a place-surname joined by と to a name, a surname ending as NOT_A_NAME's things do
    // (田中, 竹内, 土屋), kinship words, a full name's surname repeated alone, a surname ending in 部 before its given name.
    ["以上、よろしくお願いします。\n\n目黒", "以上、よろしくお願いします。\n\n[PERSON]"],
    ["引継ぎは以上、森下\n次の件", "引継ぎは以上、[PERSON]\n次の件"],
    ["鍵は 渋谷 と 松本さんが保管", "鍵は [PERSON] と [PERSON]さんが保管"],
    ["田中さんと土屋さん。先日面談した竹内さんのメモ（件名：面談メモ（竹内様））", "[PERSON]さんと[PERSON]さん。先日面談した[PERSON]さんのメモ（件名：面談メモ（[PERSON]様））"],
    ["亡母 佐々木　和子 名義の口座、妻 山本 恵子", "亡母 [PERSON] 名義の口座、妻 [PERSON]"],
    ["作成：品川 真理子\n鍵は品川が保管。品川駅で", "作成：[PERSON]\n鍵は[PERSON]が保管。品川駅で"],
    ["岡部 大輔 様　契約番号", "[PERSON] 様　契約番号"],
    ["台帳に記録（処理者 中川）。届出人 林田 真由美　自宅。英語対応できる 菅野 を担当に。- 菅野の私用携帯", "台帳に記録（処理者 [PERSON]）。届出人 [PERSON]　自宅。英語対応できる [PERSON] を担当に。- [PERSON]の私用携帯"],
    // Neutral words a rule took for a name: a dependent noun (方), a one-kanji surname inside a word (社内), stations.
    ["ご担当の方が折り返します。候補者の方の経歴", "ご担当の方が折り返します。候補者の方の経歴"],
    ["先方社内ネットワーク", "先方社内ネットワーク"],
    ["駒込・田端方面は運休、駒込駅で", "駒込・田端方面は運休、駒込駅で"],
    ["工夫の余地、社内さん、本屋さん", "工夫の余地、社内さん、本屋さん"],
  ],
  ADDRESS: [
    ["東京都千代田区丸の内1-2-3 へ", "[ADDRESS] へ"],
    ["大阪市北区梅田二丁目4番9号 梅田ビル5F", "[ADDRESS]"],
    ["ship to 221B Baker Street, Apt 4 today", "ship to [ADDRESS] today"],
    ["東京都千代田区の地区で3件", "東京都千代田区の地区で3件"],
    // Forms the corpus generator does not write (issue 13 audit): a room after a building without a building word,
    // full-width numbers, a room as a fourth number, a direction after the street type, numbered streets, P.O. boxes.
    ["新住所は 大阪府大阪市北区梅田３丁目１番３号 グランフロント１２０１号室 です", "新住所は [ADDRESS] です"],
    ["〒150-0002 東京都渋谷区渋谷２－２１－１ 渋谷ヒカリエ８Ｆ", "〒[POSTAL_CODE] [ADDRESS]"],
    ["東京都港区六本木6-10-1-2301 まで", "[ADDRESS] まで"],
    // A building whose name ends in ー before a floor (タワー2F), a wing letter after the building word, 第3ビル.
    ["〒105-0011 東京都港区芝公園4-2-8 東京タワー2F", "〒[POSTAL_CODE] [ADDRESS]"],
    ["神奈川県横浜市西区みなとみらい2丁目3番1号 クイーンズタワーA 10階 へ", "[ADDRESS] へ"],
    ["大阪市北区梅田1-1-3 大阪駅前第3ビル 12階", "[ADDRESS]"],
    ["Our office is at 1600 Pennsylvania Avenue NW, Apt. 12 and", "Our office is at [ADDRESS] and"],
    ["My address is 350 5th Avenue, Suite 3300, New York.", "My address is [ADDRESS], New York."],
    ["office: 1 Infinite Loop, Cupertino", "office: [ADDRESS], Cupertino"],
    ["write to P.O. Box 1234", "write to [ADDRESS]"],
    ["北海道札幌市中央区北3条西6丁目1番地", "[ADDRESS]"],
    ["Address: 10 W 42nd St, New York, NY 10036", "Address: [ADDRESS], New York, NY [POSTAL_CODE]"],
    ["Flat 3, 12 Abbey Road, London NW8 9AY", "[ADDRESS], London [POSTAL_CODE]"],
    ["Stop at 5 PM, then NY 10036 and A4 2PM", "Stop at 5 PM, then NY 10036 and A4 2PM"],
    ["本社は5階です。We sold 2 Blue Kettles today.", "本社は5階です。We sold 2 Blue Kettles today."],
  ],
  SECRET: [
    ["パスワードは abc123 です", "パスワードは [SECRET] です"],
    ["暗証番号は4821です", "暗証番号は[SECRET]です"],
    ["the password is hunter2.", "the password is [SECRET]."],
    ["パスワードは8文字以上で設定してください", "パスワードは8文字以上で設定してください"],
    ["the password must be at least 8 characters", "the password must be at least 8 characters"],
    ["pin: 0420", "pin: [SECRET]"],
    ["PIN番号は0420です", "PIN番号は[SECRET]です"],
    ["login with pw: Xk9mQ2p", "login with pw: [SECRET]"],
    ["PW は qwerty99 です。PWは変更済み", "PW は [SECRET] です。PWは変更済み"],
    ['password: "correct horse battery staple"', 'password: "[SECRET]"'],
    ["pin the tab to 2024-01", "pin the tab to 2024-01"],
    ["有効期限 12/27 CVV 123、セキュリティコード 4567", "有効期限 12/27 CVV [SECRET]、セキュリティコード [SECRET]"],
    ["CVV is required", "CVV is required"],
    ["the password's length is 8 and it's fine", "the password's length is 8 and it's fine"],
  ],
  DATE_OF_BIRTH: [
    ["生年月日：1985年4月1日", "生年月日：[DATE_OF_BIRTH]"],
    ["誕生日は昭和60年4月1日です", "誕生日は[DATE_OF_BIRTH]です"],
    ["DOB: 04/01/1985, born on 1 April 1985", "DOB: [DATE_OF_BIRTH], born on [DATE_OF_BIRTH]"],
    ["発送日：2024年4月1日", "発送日：2024年4月1日"],
  ],
  PERSONAL_ID: [
    ["社員番号 A12345 の申請", "社員番号 [PERSONAL_ID] の申請"],
    ["Customer ID: CU-448812.", "Customer ID: [PERSONAL_ID]."],
    ["品番 AB-12345", "品番 AB-12345"],
    ["従業員ID E-0042、口座番号 1234567", "従業員ID [PERSONAL_ID]、口座番号 [PERSONAL_ID]"],
    ["免許証番号 123456789012、パスポート番号 TK1234567、保険証番号 12345678", "免許証番号 [PERSONAL_ID]、パスポート番号 [PERSONAL_ID]、保険証番号 [PERSONAL_ID]"],
    ["Passport number: TK1234567", "Passport number: [PERSONAL_ID]"],
    ["ログインID yamada01、ユーザー名：taro_yamada、username: jdoe", "ログインID [PERSONAL_ID]、ユーザー名：[PERSONAL_ID]、username: [PERSONAL_ID]"],
    ["enter your username and password", "enter your username and password"],
  ],
  EMAIL: [
    ["taro.yamada[at]example.co.jp まで", "[EMAIL] まで"],
    ["info (at) example.com", "[EMAIL]"],
    ["連絡先: taro.yamada@example.co.jp まで", "連絡先: [EMAIL] まで"],
    ["mail first.last+tag@sub.example.com.", "mail [EMAIL]."],
    ["ｔａｒｏ＠ｅｘａｍｐｌｅ．ｃｏｍ へ", "[EMAIL] へ"],
    ["@mention and user@localhost are not addresses", "@mention and user@localhost are not addresses"],
    ["お問い合わせは info★example.co.jp（★を@に変更してください）", "お問い合わせは [EMAIL]（★を@に変更してください）"],
    ["taro.yamada ＠ example.co.jp", "[EMAIL]"],
    ["taro dot yamada at example dot com", "[EMAIL]"],
    ["メール：yamada（あっと）example.co.jp", "メール：[EMAIL]"],
    ["Sign up at example.com today", "Sign up at example.com today"],
  ],
  PHONE: [
    ["電話 03-1234-5678 です", "電話 [PHONE] です"],
    ["携帯090-1234-5678", "携帯[PHONE]"],
    ["フリーダイヤル0120-123-456", "フリーダイヤル[PHONE]"],
    ["0800-123-4567 (toll free)", "[PHONE] (toll free)"],
    ["ナビダイヤル 0570-000-123", "ナビダイヤル [PHONE]"],
    ["IP電話 050-1234-5678", "IP電話 [PHONE]"],
    ["０９０－１２３４－５６７８", "[PHONE]"],
    ["03(1234)5678 / (03)1234-5678", "[PHONE] / [PHONE]"],
    ["海外から +81-3-1234-5678", "海外から [PHONE]"],
    ["＋８１－９０－１２３４－５６７８", "[PHONE]"],
    ["+81 (0)3 1234 5678", "[PHONE]"],
    ["call +1 (415) 555-0123 now", "call [PHONE] now"],
    ["+1 415 555 0123", "[PHONE]"],
    ["09012345678 (mobile, unseparated)", "[PHONE] (mobile, unseparated)"],
    ["TEL 0312345678", "TEL [PHONE]"],
    ["TEL.03-1234-5678", "TEL.[PHONE]"],
    ["build 1.0312345678", "build 1.0312345678"],
    ["注文番号0312345678", "注文番号0312345678"],
    ["2024-01-15 の件", "2024-01-15 の件"],
    ["営業 9:00-18:00", "営業 9:00-18:00"],
    ["012-3456 は短すぎる", "012-3456 は短すぎる"],
    ["+1 2", "+1 2"],
    // North American numbers without +1.
    ["Call me at (212) 555-0147.", "Call me at [PHONE]."],
    ["fax 212-555-0147 or 212.555.0148", "fax [PHONE] or [PHONE]"],
    ["order 212-555-0147 shipped", "order 212-555-0147 shipped"],
    ["part 123-456-7890", "part 123-456-7890"],
  ],
  POSTAL_CODE: [
    ["〒100-0001 東京都千代田区", "〒[POSTAL_CODE] 東京都千代田区"],
    ["〒1000001", "〒[POSTAL_CODE]"],
    ["100-0001 東京都千代田区", "[POSTAL_CODE] 東京都千代田区"],
    ["郵便番号: 530-0001", "郵便番号: [POSTAL_CODE]"],
    ["品番 123-4567 を", "品番 123-4567 を"],
  ],
  "PHONE (issue 13)": [
    ["代表 03.6467.9706 まで", "代表 [PHONE] まで"],
    ["先ほど 0364679706 から着信", "先ほど [PHONE] から着信"],
    ["携帯（090-1234-5678）まで", "携帯（[PHONE]）まで"],
    ["(+81 3 6467 9706)", "([PHONE])"],
  ],
  CREDIT_CARD: [
    ["card 4111 1111 1111 1111 ok", "card [CREDIT_CARD] ok"],
    ["4111-1111-1111-1111", "[CREDIT_CARD]"],
    ["5500005555555559", "[CREDIT_CARD]"],
    ["Amex 3782 822463 10005", "Amex [CREDIT_CARD]"],
    ["number 4111-1111-1111-1112 fails Luhn", "number 4111-1111-1111-1112 fails Luhn"],
    ["order 1234567890123", "order 1234567890123"],
    ["カード番号 4111 1111 1111 1112 がエラー", "カード番号 [CREDIT_CARD] がエラー"],
    ["注文番号 4111111111111111 を承りました", "注文番号 4111111111111111 を承りました"],
    ["JANコード 4901234567894", "JANコード 4901234567894"],
    ["ISBN 9784003101018", "ISBN 9784003101018"],
    ["<<233841-106843-106845>>", "<<233841-106843-106845>>"],
  ],
  MY_NUMBER: [
    ["個人番号 123456789018", "個人番号 [MY_NUMBER]"],
    ["個人番号 1234 5678 9018", "個人番号 [MY_NUMBER]"],
    ["1234-5678-9018", "[MY_NUMBER]"],
    ["123456789012 (wrong check digit)", "123456789012 (wrong check digit)"],
    ["1234 5678 9012", "1234 5678 9012"],
    ["マイナンバー 1234 5678 9012 (wrong check digit, in context)", "マイナンバー [MY_NUMBER] (wrong check digit, in context)"],
    ["追跡番号 123456789018", "追跡番号 123456789018"],
    ["part of a longer number: 4111 1111 1111 1112", "part of a longer number: 4111 1111 1111 1112"],
  ],
  IP_ADDRESS: [
    ["server 192.168.10.5 down", "server [IP_ADDRESS] down"],
    ["ip 2001:db8::8a2e:370:7334.", "ip [IP_ADDRESS]."],
    // Loopback and "this network" reach no host: every setup guide writes them (RFC 1122 3.2.1.3, RFC 4291 2.5.3).
    ["::1 loopback, 127.0.0.1, 0.0.0.0:8443, wildcard 0.0.0.255", "::1 loopback, 127.0.0.1, 0.0.0.0:8443, wildcard 0.0.0.255"],
    ["::ffff:192.0.2.1", "[IP_ADDRESS]"],
    ["version 1.2.3.4", "version 1.2.3.4"],
    ["v1.2.3.4", "v1.2.3.4"],
    ["バージョン1.2.3.4 と リリース 10.0.2.15", "バージョン1.2.3.4 と リリース 10.0.2.15"],
    ["サブネットマスク 255.255.255.0", "サブネットマスク 255.255.255.0"],
    // The version numbers after バージョン, with the particle the corpus generator never writes.
    ["バージョンは 10.2.0.15 です", "バージョンは 10.2.0.15 です"],
    ["最新リリースは 2.0.1.3", "最新リリースは 2.0.1.3"],
    ["ﾊﾞｰｼﾞｮﾝ1.2.3.4 です", "ﾊﾞｰｼﾞｮﾝ1.2.3.4 です"],
    ["サーバーは 10.2.0.15 です", "サーバーは [IP_ADDRESS] です"],
    ["via 10.0.0.1", "via [IP_ADDRESS]"],
    ["接続元 src=10.6.161.116 から", "接続元 src=[IP_ADDRESS] から"],
    ["999.1.1.1", "999.1.1.1"],
    ["time 10:30:00", "time 10:30:00"],
    // Code and standards text (the built-in suites): Python's reversal slice, a section number.
    ["return s == s[::-1]", "return s == s[::-1]"],
    ["ISO 16949：2009本文の8.2.4.1項に対して", "ISO 16949：2009本文の8.2.4.1項に対して"],
  ],
  URL_CREDENTIALS: [
    ["https://admin:hunter2@db.example.com/x", "https://[URL_CREDENTIALS]@db.example.com/x"],
    ["postgres://app:p%40ss@10.0.0.5:5432/db", "postgres://[URL_CREDENTIALS]@[IP_ADDRESS]:5432/db"],
    ["https://example.com/user:guide", "https://example.com/user:guide"],
  ],
  URL_SECRET: [
    ["https://ex.com/a?token=abc123&x=1&sig=zzz", "https://ex.com/a?token=[URL_SECRET]&x=1&sig=[URL_SECRET]"],
    ["https://maps.example.com/api?key=AIzaXYZ&q=tokyo", "https://maps.example.com/api?key=[URL_SECRET]&q=tokyo"],
    ["https://ex.com/search?q=token", "https://ex.com/search?q=token"],
    ["Open https://ex.com/reset?token=abc123.", "Open https://ex.com/reset?token=[URL_SECRET]."],
    ["Server=db01;User Id=sa;Password=P@ssw0rd!;", "Server=db01;User Id=sa;Password=[URL_SECRET];"],
  ],
  API_KEY: [
    ["key sk-proj-abcdefghijklmnopqrstuvwx", "key [API_KEY]"],
    ["ANTHROPIC sk-ant-api03-abcdefghijklmnopqrstuvwxyz", "ANTHROPIC [API_KEY]"],
    ["ghp_abcdefghijklmnopqrstuvwxyz0123456789", "[API_KEY]"],
    ["AKIAIOSFODNN7EXAMPLE", "[API_KEY]"],
    ["Authorization: Bearer abcdefghijklmnop1234", "Authorization: Bearer [API_KEY]"],
    ["Authorization: Basic dXNlcjpwYXNzd29yZA==", "Authorization: Basic [API_KEY]"],
    ["xoxb-123456789012-abcdefghij", "[API_KEY]"],
    ["task-list and sk-short are not keys", "task-list and sk-short are not keys"],
    ["stripe sk_live_4eC39HqLyjWDarjtT1zdp7dc", "stripe [API_KEY]"],
    ["aws_secret_access_key=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", "aws_secret_access_key=[API_KEY]"],
    ["token 0123456789abcdef0123456789abcdef.", "token [API_KEY]."],
    ["https://x.example.com/share/9f86d081884c7d659a2feaa0c55ad015/report.pdf", "https://x.example.com/share/[API_KEY]/report.pdf"],
    ["commit 4b825dc642cb6eb9a060e54bf8d69288fbee4904", "commit 4b825dc642cb6eb9a060e54bf8d69288fbee4904"],
  ],
  // Forms the blind audit's hand-written corpus found (test/finetune/support/blind-pii-corpus), each with its look-alike.
  "PERSON (blind audit)": [
    ["ﾅｶﾑﾗ ｹﾝｼﾞ さんに聞いてください", "[PERSON] さんに聞いてください"],
    ["ｺﾊﾞﾔｼ ﾋﾛｼと申します", "[PERSON]と申します"],
    ["- 出席：松岡部長、石田 健太課長、ｳｴﾀﾞ、永井 恵（記）", "- 出席：[PERSON]部長、[PERSON]課長、[PERSON]、[PERSON]（記）"],
    ["[09:15] 坂本: おはようございます\n[09:16] オペレーター: はい", "[09:15] [PERSON]: おはようございます\n[09:16] オペレーター: はい"],
    ["**Anna Meyer** 09:30\n了解です", "**[PERSON]** 09:30\n了解です"],
    ["最終更新 18:45 総務課 平野\n「西日本物流 経理部 上野 誠」宛", "最終更新 18:45 総務課 [PERSON]\n「西日本物流 経理部 [PERSON]」宛"],
    ["堺市堺区南瓦町3番1号　矢野　072-233-1101", "[ADDRESS]　[PERSON]　[PHONE]"],
    ["議事録は 川口（k.kawaguchi@example.jp）まで", "議事録は [PERSON]（[EMAIL]）まで"],
    ["北村 由美子 (Yumiko Kitamura)", "[PERSON] ([PERSON])"],
    ["部長の渡辺から指示があり、課長 中島 浩二 名義で契約", "部長の[PERSON]から指示があり、課長 [PERSON] 名義で契約"],
    ["渡辺部長様、メンター：原田先輩", "[PERSON]部長様、メンター：[PERSON]先輩"],
    ["吉田 真一課長", "[PERSON]課長"],
    ["斉藤宛、菊地 です。、サポート 松井 のメール:", "[PERSON]宛、[PERSON] です。、サポート [PERSON] のメール:"],
    ["名義：TARO YAMADA", "名義：[PERSON]"],
    ["お名前\n\nChristopher Nolan-Hayes", "お名前\n\n[PERSON]"],
    ["Hi, it's Sam, my number", "Hi, it's [PERSON], my number"],
    ["Support Manager Olivia Brandt approves; contact Wei Ling Tan", "Support Manager [PERSON] approves; contact [PERSON]"],
    ["Jean-Luc Martin (Sent from my iPhone) asked us to call", "[PERSON] (Sent from my iPhone) asked us to call"],
    ["this is Laura Gómez", "this is [PERSON]"],
    ["From: Laura Gómez\nRegards,\nLaura", "From: [PERSON]\nRegards,\n[PERSON]"],
    // Companies named after a founder, addressed with さん as companies are; a person's name repeated before one.
    ["吉田ハム さんと佐藤製薬さん、鈴木工務店様", "吉田ハム さんと佐藤製薬さん、鈴木工務店様"],
    ["Mr. Nakamura asked whether Nakamura Holdings is on it", "Mr. [PERSON] asked whether Nakamura Holdings is on it"],
    ["担当者コード T-8812、Customer Support asked", "担当者コード [PERSONAL_ID]、Customer Support asked"],
    ["営業部 会議室、東京 (Tokyo Station)、本社 03-1234-5678", "営業部 会議室、東京 (Tokyo Station)、本社 [PHONE]"],
  ],
  "held-out set (blind audit)": [
    ["後任は 片山（旧姓 森下）です。提出先は人事部 日野 まで。", "後任は [PERSON]（旧姓 [PERSON]）です。提出先は人事部 [PERSON] まで。"],
    ["ご注文者：西田 さやか 様、石原 さくらさんの件", "ご注文者：[PERSON] 様、[PERSON]さんの件"],
    ["【LINE】ﾀﾅｶ ﾕｶ: こんにちは！", "【LINE】[PERSON]: こんにちは！"],
    ["担当の Ryan さんにお礼を", "担当の [PERSON] さんにお礼を"],
    ["Please call me, thanks. Tom", "Please call me, thanks. [PERSON]"],
    ["14 Rue de Rivoli, 75004 Paris — tracking", "[ADDRESS] — tracking"],
    ["3-7-1 Nishi-Shinjuku, Shinjuku-ku, Tokyo に", "[ADDRESS] に"],
    ["ポイントカード番号 PT-88012736 です。ID: sakaguchi_t99 / PW: Tomo0202", "ポイントカード番号 [PERSONAL_ID] です。ID: [PERSONAL_ID] / PW: [SECRET]"],
    ["Order ID: 12345, 取引ID: 998877", "Order ID: 12345, 取引ID: 998877"],
    ["PDF のパスワードは社員番号の下4桁＋誕生日4桁です（例：12340401）。", "PDF のパスワードは社員番号の下4桁＋誕生日4桁です（例：[SECRET]）。"],
    ["I forgot the password, the old one was Paris#2024", "I forgot the password, the old one was [SECRET]"],
    ["the password is not required; the password reset link is https://x.example.com/r", "the password is not required; the password reset link is https://x.example.com/r"],
    ["12.4.0.4 で修正済みです。10.0.0.1 から接続", "12.4.0.4 で修正済みです。[IP_ADDRESS] から接続"],
  ],
  "second held-out set (blind audit)": [
    ["子どもの岩田 陽向（5歳）も一緒に", "子どもの[PERSON]（5歳）も一緒に"],
    ["申込者：Hannah Müller、勤務先", "申込者：[PERSON]、勤務先"],
    ["address: Otemachi One Tower 15F, 1-2-1 Otemachi, Chiyoda-ku, Tokyo", "address: [ADDRESS]"],
    ["Apt 1102, 2-15-8 Kichijoji-Honcho, Musashino-shi, Tokyo 180-0004", "[ADDRESS]"],
    ["保険証の記号番号は 12-345678 です", "保険証の記号番号は [PERSONAL_ID] です"],
    ["アカウント yajima.k がロック。アカウント 2 件を削除", "アカウント [PERSONAL_ID] がロック。アカウント 2 件を削除"],
    ["来客用 Wi-Fi「GUEST-5F」のキー：welcome5f2026", "来客用 Wi-Fi「GUEST-5F」のキー：[SECRET]"],
  ],
  "TABLE (blind audit)": [
    [
      "| 顧客番号 | 氏名 | 備考 |\n|---|---|---|\n| C-00611827 | 荒木 直樹 様 | 法人 |\n| C-00611830 | ｵｵﾀ ﾐｻｷ | — |\n| C-00611832 | Ms. Grace Liu | 英語 |",
      "| 顧客番号 | 氏名 | 備考 |\n|---|---|---|\n| [PERSONAL_ID] | [PERSON] 様 | 法人 |\n| [PERSONAL_ID] | [PERSON] | — |\n| [PERSONAL_ID] | Ms. [PERSON] | 英語 |",
    ],
    ["| システム | ID | 初期パスワード |\n|---|---|---|\n| 勤怠 | E-105873 | kintai-8823 |\n| Wi-Fi | — | Staff#5G |", "| システム | ID | 初期パスワード |\n|---|---|---|\n| 勤怠 | [PERSONAL_ID] | [SECRET] |\n| Wi-Fi | — | [SECRET] |"],
    ["顧客番号,氏名,フリガナ,住所\nC-1,荒木 直樹,アラキ ナオキ,\"55 Water Street, Brooklyn\"", "顧客番号,氏名,フリガナ,住所\n[PERSONAL_ID],[PERSON],[PERSON],\"[ADDRESS]\""],
    ["| 項目 | 値 |\n|---|---|\n| サブネットマスク | 255.255.255.0 |\n| 担当 | 営業 |", "| 項目 | 値 |\n|---|---|\n| サブネットマスク | 255.255.255.0 |\n| 担当 | 営業 |"],
  ],
  "ADDRESS (blind audit)": [
    ["送付先は\n〒060-0042 北海道札幌市中央区大通西\n8丁目2番地39 北大通ビル5F\nに変更", "送付先は\n〒[POSTAL_CODE] [ADDRESS]\nに変更"],
    ["沖縄県那覇市久茂地1-1-1 パレットくもじ 9F", "[ADDRESS]"],
    ["東京都杉並区阿佐谷南1丁目15-1 ハイツ阿佐ヶ谷 203号", "[ADDRESS]"],
    ["東京都世田谷区三軒茶屋2-11-20 サンタワーズ C棟 1203 に", "[ADDRESS] に"],
    ["住所は 大阪市北区梅田1丁目3番1-800号 です", "住所は [ADDRESS] です"],
    ["〒330-0063 埼玉県さいたま市浦和区高砂3丁目15番1号", "〒[POSTAL_CODE] [ADDRESS]"],
    ["moved to 88 Queensway, Admiralty Centre Tower 2, Hong Kong.", "moved to [ADDRESS], Hong Kong."],
    ["1 Raffles Place, #44-01, Singapore 048616", "[ADDRESS], Singapore [POSTAL_CODE]"],
    ["Level 12, 201 Sussex Street, Sydney NSW 2000", "[ADDRESS], Sydney NSW [POSTAL_CODE]"],
    ["addressed to Drottninggatan 71, 111 36 Stockholm instead", "addressed to [ADDRESS] instead"],
    ["1-14-3 Shibaura, Minato-ku, Tokyo 108-0023", "[ADDRESS]"],
    ["tax forms: 3-5-1 Nishi-ikebukuro, Toshima-ku, Tokyo 171-0021 — ok", "tax forms: [ADDRESS] — ok"],
    ["このため市販の2-3日後に", "このため市販の2-3日後に"],
  ],
  "SECRET (blind audit)": [
    ["パスワード教えます → endo_pass_77", "パスワード教えます → [SECRET]"],
    ["the temporary passcode you sent (river-7734) did not work", "the temporary passcode you sent ([SECRET]) did not work"],
    ["鍵のパスフレーズは blue-otter-42 です", "鍵のパスフレーズは [SECRET] です"],
    ["pass: greenTea2024 — why", "pass: [SECRET] — why"],
    ["the PIN for her badge is 3391; Passcode for the bridge: 880217#.", "the PIN for her badge is [SECRET]; Passcode for the bridge: [SECRET]."],
    ["暗証番号を忘れました。前は 1357 だったと思います。", "暗証番号を忘れました。前は [SECRET] だったと思います。"],
    ["PW hkd7733kk で入れません", "PW [SECRET] で入れません"],
    ["PINは4桁で、2024年に変更。暗証番号を3回間違えて。PW reset", "PINは4桁で、2024年に変更。暗証番号を3回間違えて。PW reset"],
  ],
  "PERSONAL_ID (blind audit)": [
    ["ご契約者番号（例：KY-77120）を", "ご契約者番号（例：[PERSONAL_ID]）を"],
    ["account ACC-7781203. my account is fine", "account [PERSONAL_ID]. my account is fine"],
    ["https://api.example.jp/export?user=U-558210&token=x1", "https://api.example.jp/export?user=[PERSONAL_ID]&token=[URL_SECRET]"],
  ],
  "API_KEY (blind audit)": [
    ["ライセンスキーは KSJ-7Q2M-9XLP-4RT8-WB6N だった", "ライセンスキーは [API_KEY] だった"],
    ["https://hooks.slack.com/services/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", "[API_KEY]"],
    ["npm_4Kx9Lq2Wm7Np3Rv8Tz1Yb6Hc5Fd0Js2Ga8Ue と SG.Lq2Xm7Kp4Rt9Wz1Yb6Nc3H.d5Fg0Js8Ua2Ve7Qo4Tt1Ri9Pw3Mn6Kb5Lc8Xz0Ya", "[API_KEY] と [API_KEY]"],
    ["Twilio SK7f3b9a1c5e2d8f4a6b0c7e9d1f3a5b8c, whsec_8Lq2Xm7Kp4Rt9Wz1Yb6Nc3Hd5Fg0Js", "Twilio [API_KEY], [API_KEY]"],
    ["アクセストークンは 3b9e1f7a0c5d28e4b6a19f0d7c3e5b2a8f4d6c10 です", "アクセストークンは [API_KEY] です"],
    ["with secret wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEYZ leaked", "with secret [API_KEY] leaked"],
    ["トークンの期限切れです。API key rotation is due", "トークンの期限切れです。API key rotation is due"],
  ],
  // Forms the third and fourth held-out sets found (written with other values than theirs), and what stays.
  "held-out sets 3 and 4": [
    ["接続 ID は 123 456 789、AnyDesk ID: 987-654-321", "接続 ID は [PERSONAL_ID]、AnyDesk ID: [PERSONAL_ID]"],
    ["振込先口座：普通 7654321 名義", "振込先口座：[PERSONAL_ID] 名義"],
    ["普通 2 日で届きます。接続数は 100", "普通 2 日で届きます。接続数は 100"],
    ["先方：製造部 ｻｲﾄｳ 様、当方：中川（営業二課）、Emma Weber（品質保証）", "先方：製造部 [PERSON] 様、当方：[PERSON]（営業二課）、[PERSON]（品質保証）"],
    ["明日 中川 が再訪。連絡は 杉山から。", "明日 [PERSON] が再訪。連絡は [PERSON]から。"],
    ["購入者は 森田 陽菜、候補者：吉岡 大樹（よしおか だいき）", "購入者は [PERSON]、候補者：[PERSON]（[PERSON]）"],
    ["面接官は開発一課 杉山", "面接官は開発一課 [PERSON]"],
    ["Great help from Laura Becker at the store", "Great help from [PERSON] at the store"],
    ["暗証 9173 / pass Kiwi#2031 / 閲覧パス：view2030q", "暗証 [SECRET] / pass [SECRET] / 閲覧パス：[SECRET]"],
    ["pass rate 95%; pass the test; ファイルのパス：/usr/local/bin", "pass rate 95%; pass the test; ファイルのパス：/usr/local/bin"],
    ["ユーザー：acme_ops07、ポイントカード 1234 5678 9012 の", "ユーザー：[PERSONAL_ID]、ポイントカード [PERSONAL_ID] の"],
    ["APIキー（本番用）: ab_live_Xy7Qp2Lm9Rt4Vw8Zk3Nd", "APIキー（本番用）: [API_KEY]"],
    ["Excel（表計算）、Word と PowerPoint", "Excel（表計算）、Word と PowerPoint"],
  ],
  // Call-centre transcripts (the fifth held-out set's forms, written with other values): numbers read out in groups
  // joined by の or ハイフン, a value given as the answer to the question of the turn before, fillers before a value.
  "spoken (transcripts)": [
    ["電話は 090 の 4512 の 7788 です。0120 ハイフン 444 ハイフン 555", "電話は [PHONE] です。[PHONE]"],
    ["期限が 09 の 29 です。第3の14項、14時の便、2 の 3 の 4 番目", "期限が 09 の 29 です。第3の14項、14時の便、2 の 3 の 4 番目"],
    [
      "[10:01:02] オペレーター：ご登録のお電話番号をお願いいたします。\n[10:01:05] 顧客：えっと、090 の 4512、あ、違います",
      "[10:01:02] オペレーター：ご登録のお電話番号をお願いいたします。\n[10:01:05] 顧客：えっと、[PHONE]、あ、違います",
    ],
    ["オペレーター：郵便番号はお分かりでしょうか。\n顧客：460-0008 だったかな", "オペレーター：郵便番号はお分かりでしょうか。\n顧客：[POSTAL_CODE] だったかな"],
    ["オペレーター：会員番号をお願いします。\n顧客：えー、エムビー 552013 です", "オペレーター：会員番号をお願いします。\n顧客：えー、[PERSONAL_ID] です"],
    // No question for a value (an order number, a version asked in the last sentence), or no transcript's turns.
    ["オペレーター：ご注文番号はお分かりですか。\n顧客：EC-2611-0121174。", "オペレーター：ご注文番号はお分かりですか。\n顧客：EC-2611-0121174。"],
    ["オペレーター：会員番号はお分かりでしょうか。\n顧客：2024年の 4 月に作って、1000 円の", "オペレーター：会員番号はお分かりでしょうか。\n顧客：2024年の 4 月に作って、1000 円の"],
    ["オペレーター：電話番号は不要です。バージョンはいくつでしょうか。\n顧客：5.9.3 です", "オペレーター：電話番号は不要です。バージョンはいくつでしょうか。\n顧客：5.9.3 です"],
    ["郵便番号を入力してください。\n123-4567 は例です", "郵便番号を入力してください。\n123-4567 は例です"],
    ["顧客：愛知県名古屋市中区栄 4 の 1 の 8、えっと、コーポ栄の 502 です", "顧客：[ADDRESS] です"],
    ["港区で 3 の 14 件、第3の14項", "港区で 3 の 14 件、第3の14項"],
    ["メールは taro.k.88 アット gmail.com です。アットホームな example.com", "メールは [EMAIL] です。アットホームな example.com"],
    ["ID は kato_umeda21 でご登録。ID は 2 つまで、ID は 2024 年に発行", "ID は [PERSONAL_ID] でご登録。ID は 2 つまで、ID は 2024 年に発行"],
    ["パスワードはたぶん umeda0415 だったと思います", "パスワードはたぶん [SECRET] だったと思います"],
    ["パスワードは、えーと、確か 8 文字以上", "パスワードは、えーと、確か 8 文字以上"],
  ],
  "fifth held-out set, written forms": [
    ["初期パスワード：Gk#2031pq（別送）", "初期パスワード：[SECRET]（別送）"],
    ["he never changed the password from Tulip2023! to anything", "he never changed the password from [SECRET] to anything"],
    ["the password from 2019 onwards, the password to the portal", "the password from 2019 onwards, the password to the portal"],
    ["Ship to 77 SE Division St, Apt 3C, Portland", "Ship to [ADDRESS], Portland"],
    ["Room 12 NW wing; 3 SE Asia markets", "Room 12 NW wing; 3 SE Asia markets"],
    // A town named with 番町 (一番町, 二番町) is the town's name, not a block: its block follows.
    ["〒102-0084 東京都千代田区二番町5-6 二番町ビル3F", "〒[POSTAL_CODE] [ADDRESS]"],
  ],
  // Rules by class, not by word (issue 13, after four held-out sets): each row what it masks and the look-alike it keeps.
  "surname alone (IPADIC prefers the surname)": [
    ["宛名は岩田で。佐藤が", "宛名は[PERSON]で。[PERSON]が"],
    ["ではなく 岩田 で", "ではなく [PERSON] で"],
    ["本田が新型を発表、上野で開催、福岡に出張、大和の工場", "本田が新型を発表、上野で開催、福岡に出張、大和の工場"],
    ["山田町と中村屋、佐藤製薬の山田錦、山田 錦を使った酒", "山田町と中村屋、佐藤製薬の山田錦、山田 錦を使った酒"],
    // With the kanji word after it and a space, when that word ends there too: a given name the dictionary may lack.
    ["ではなく 岩田 陽向 で。後任は 片山（旧姓 森下）。岩田 部長が", "ではなく [PERSON] で。後任は [PERSON]（旧姓 [PERSON]）。[PERSON] 部長が"],
    ["山田 商事と山田 工場へ", "山田 商事と山田 工場へ"],
  ],
  "role by its form": [
    ["保証人の大川 健二が署名、連絡先：岩本、受付係 村井", "保証人の[PERSON]が署名、連絡先：[PERSON]、受付係 [PERSON]"],
    ["世帯主は 森本 幸子、引受人：ナカガワ、面接官は加賀", "世帯主は [PERSON]、引受人：[PERSON]、面接官は[PERSON]"],
    ["取引先の山田商事、取引先 三井物流 の件、移転先は大和市", "取引先の山田商事、取引先 三井物流 の件、移転先は大和市"],
    ["会員のポイントが、利用者の多くは、関係の深い", "会員のポイントが、利用者の多くは、関係の深い"],
  ],
  "personal ID by its label's form": [
    ["加入者番号：K-552310、組合員番号 88123、会員証番号: M12-3345", "加入者番号：[PERSONAL_ID]、組合員番号 [PERSONAL_ID]、会員証番号: [PERSONAL_ID]"],
    ["注文番号 123456789、受付番号：R-2231、商品券番号 8812-1123", "注文番号 123456789、受付番号：R-2231、商品券番号 8812-1123"],
    ["メンバーズカード 8800 1234 5678 の", "メンバーズカード [PERSONAL_ID] の"],
    ["クレジットカード 1234 の、SDカード 32GB", "クレジットカード 1234 の、SDカード 32GB"],
  ],
  "secret by its cue's form": [
    ["管理者パス：Adm1n#77 です、金庫の暗証は 4417 です、無線キー：kx82mmq0 で", "管理者パス：[SECRET] です、金庫の暗証は [SECRET] です、無線キー：[SECRET] で"],
    ["admin_pass=Qw3rty9z; wifiKey: abcd1234xy; 秘密の質問の答え：pochi2015", "admin_pass=[SECRET]; wifiKey: [SECRET]; 秘密の質問の答え：[SECRET]"],
    ["保存パス：D:\\data2、キャンパス: Room3A、Keyboard: K120、キー：F12 を押す", "保存パス：D:\\data2、キャンパス: Room3A、Keyboard: K120、キー：F12 を押す"],
    ["暗証 2580 で、金庫キー kx82mmq0 を", "暗証 [SECRET] で、金庫キー [SECRET] を"],
    ["キー 1234 を押す、パス 2 本、pass rate 95%", "キー 1234 を押す、パス 2 本、pass rate 95%"],
  ],
  "API key by its shape": [
    ["key hk_test_9fQ2mZ7xLr4VtB8nW3pK here; zz_prod_Ab3dE5fG7hJ9kL1mN3pQ5r", "key [API_KEY] here; [API_KEY]"],
    ["MyProjectSettings2024ForTesting 1Z12345E0205271688ABCDEF AbCdEfGhIjKlMnOpQrStUvWx12", "MyProjectSettings2024ForTesting 1Z12345E0205271688ABCDEF AbCdEfGhIjKlMnOpQrStUvWx12"],
  ],
  // Classes the fifth held-out set found (each rule general: a layout, the dictionary's readings, a department's form).
  "key-value rows (set 5)": [
    ["| お名前 | 吉村 さやか |\n| フリガナ | ヨシムラ サヤカ |\n| ご住所 | 新潟県燕市小池3912-5 |", "| お名前 | [PERSON] |\n| フリガナ | [PERSON] |\n| ご住所 | [ADDRESS] |"],
    ["| 担当 | 営業 |\n| 商品 | 業務用ハンドタオル |", "| 担当 | 営業 |\n| 商品 | 業務用ハンドタオル |"],
  ],
  "katakana names by the dictionary's readings (set 5)": [
    ["顧客：タカハシ ケンタ、サトウと申します、名義 ｲｼｶﾜ ﾘｮｳ、エミリー カーター", "顧客：[PERSON]、[PERSON]と申します、名義 [PERSON]、[PERSON]"],
    ["西村 彩（にしむら あや）", "[PERSON]（[PERSON]）"],
    ["ホンダ アコード、ワイヤレス イヤホン、本社（ほんしゃ）、情報システム課 ヘルプデスク", "ホンダ アコード、ワイヤレス イヤホン、本社（ほんしゃ）、情報システム課 ヘルプデスク"],
  ],
  "dated notes and departments (set 5)": [
    ["| 対応メモ | 11/4 小西：L在庫あり。11/8 返送品着荷確認済み。 |", "| 対応メモ | 11/4 [PERSON]：L在庫あり。11/8 返送品着荷確認済み。 |"],
    ["旧ご担当：購買課 山本 浩二 課長、営業1課 森 佳奈子", "旧ご担当：購買課 [PERSON] 課長、営業1課 [PERSON]"],
    ["担当：情報システム課 Takeshi Nakajima（内線）", "担当：情報システム課 [PERSON]（内線）"],
    ["11/12 検品で初期不良確定、お支払いは前回同様", "11/12 検品で初期不良確定、お支払いは前回同様"],
  ],
  "speakers and sign-offs (set 5)": [
    ["**Kenta Mori (Tokyo)** 09:21\nグエン・ヴァン・ミンです。", "**[PERSON] (Tokyo)** 09:21\n[PERSON]です。"],
    ["ACW：NGUYEN VAN MINH様。長谷川 拓也 様（HASEGAWA TAKUYA）", "ACW：[PERSON]様。[PERSON] 様（[PERSON]）"],
    ["Thanks Daniel. Thanks Team. Thanks again.\n> Priya — Customer Success Lead", "Thanks [PERSON]. Thanks Team. Thanks again.\n> [PERSON] — Customer Success Lead"],
  ],
  // Classes the sixth held-out set found, each a form (written with other values): a label's word before a number's or
  // an account's suffix, a login before a host, a password alone in a URL, a lock's code, an aside between commas.
  "IDs by their label's form (set 6)": [
    ["保険証券番号 B-7712-0455、ローン番号：LN-0031-99812、在留カード XY98765432ZW", "保険証券番号 [PERSONAL_ID]、ローン番号：[PERSONAL_ID]、在留カード [PERSONAL_ID]"],
    ["ポータル ID：QK-2031-00412（仮）、ユーザー tanaka.k ／ パスワード、ユーザー mk0451 で", "ポータル ID：[PERSONAL_ID]（仮）、ユーザー [PERSONAL_ID] ／ パスワード、ユーザー [PERSONAL_ID] で"],
    ["Policy No. PL-88123; Loan number LN-5521A; Member ID: abc_1", "Policy No. [PERSONAL_ID]; Loan number [PERSONAL_ID]; Member ID: [PERSONAL_ID]"],
    ["ssh -p 22 deploy7@198.51.100.23 と scp build@web01:/tmp", "ssh -p 22 [PERSONAL_ID]@[IP_ADDRESS] と scp [PERSONAL_ID]@web01:/tmp"],
    // A thing's number, a version, a quantity, a file, a word in capitals ending in ID (SSID), a package's version after @.
    ["出張申請番号 TR-2027-0101、受付番号 RT-20270105-0011、予約番号：HX-77120034、工事番号 K-2027-0012", "出張申請番号 TR-2027-0101、受付番号 RT-20270105-0011、予約番号：HX-77120034、工事番号 K-2027-0012"],
    ["品番 DJ-8812-BG、シリアル番号 SN-7F3A-22C9、エラー番号 E-4012、登録番号 T5010001034867、管理番号 PC-2611-08", "品番 DJ-8812-BG、シリアル番号 SN-7F3A-22C9、エラー番号 E-4012、登録番号 T5010001034867、管理番号 PC-2611-08"],
    ["Order No. ORD-2027-0042, Ticket ID TCK-2027-118, Model ID gpt-4o-mini, Serial number SN-88A1, Order ID: ORD-1234", "Order No. ORD-2027-0042, Ticket ID TCK-2027-118, Model ID gpt-4o-mini, Serial number SN-88A1, Order ID: ORD-1234"],
    ["SSID office-5g、ユーザー admin、ユーザー数 120、SDカード 32GB、メモリーカード 64GB、ユーザー settings.yaml、バージョン番号 v5.2.1", "SSID office-5g、ユーザー admin、ユーザー数 120、SDカード 32GB、メモリーカード 64GB、ユーザー settings.yaml、バージョン番号 v5.2.1"],
    ["npm i lodash@4.17.21, uses: actions/checkout@v4 , mail to info@ or admin@localhost", "npm i lodash@4.17.21, uses: actions/checkout@v4 , mail to info@ or admin@localhost"],
  ],
  "secrets by their form (set 6)": [
    ["REDIS_URL=redis://:Kx9-pr0d-77@cache01:6379", "REDIS_URL=redis://[URL_CREDENTIALS]@cache01:6379"],
    ["玄関オートロックの番号は #2580、キーボックスのコード：0913、gate code is 4471#", "玄関オートロックの番号は [SECRET]、キーボックスのコード：[SECRET]、gate code is [SECRET]"],
    ["ロック番号は 3 桁、金庫の番号 2 番、door code 12 digits, ロッカー番号 1204", "ロック番号は 3 桁、金庫の番号 2 番、door code 12 digits, ロッカー番号 1204"],
    ["The new password we sent, Qz7-1180-ab, expires today; the password policy, ISO-27001, applies", "The new password we sent, [SECRET], expires today; the password policy, ISO-27001, applies"],
    ["事前共有キーは vpn-psk-2291 です", "事前共有キーは [SECRET] です"],
    ["password hint: blue42x; password tokens: tk-0091z", "password hint: [SECRET]; password tokens: [SECRET]"],
    ["pass rate: 95.5%; Password reset: https://example.com/r; one pass each: kurabe", "pass rate: 95.5%; Password reset: https://example.com/r; one pass each: kurabe"],
  ],
  "versions after another (set 6)": [
    ["バージョン 6.1.2.4 から 6.2.0.1 に上げたら落ちる。6.2.0.1 では直った", "バージョン 6.1.2.4 から 6.2.0.1 に上げたら落ちる。6.2.0.1 では直った"],
    ["version 1.2.3.4 → 1.2.3.5 and 1.2.3.6", "version 1.2.3.4 → 1.2.3.5 and 1.2.3.6"],
    ["サーバー 10.1.2.3 から 10.1.2.4 へ、10.0.0.1 と 10.0.0.2", "サーバー [IP_ADDRESS] から [IP_ADDRESS] へ、[IP_ADDRESS] と [IP_ADDRESS]"],
  ],
  "EMAIL, PHONE, IP (blind audit)": [
    ["sato_ken アットマーク docomo.ne.jp に", "[EMAIL] に"],
    ["alert mails go to a@b.com and lwong at example.com (old)", "alert mails go to [EMAIL] and [EMAIL] (old)"],
    ["090-\n4471-2286 です", "[PHONE] です"],
    ["UPS 1Z12345E0205271688; TEL0312345678", "UPS 1Z12345E0205271688; TEL[PHONE]"],
    ["Firmware 1.0.4.12; バージョン番号は「５．１２．０．１」", "Firmware 1.0.4.12; バージョン番号は「５．１２．０．１」"],
  ],
};

describe("maskPii", () => {
  for (const [type, cases] of Object.entries(tables)) {
    describe(type, () => {
      it.each(cases)("%s", (input, expected) => {
        expect(maskPii(input).text).toBe(expected);
      });
    });
  }

  it("reports each finding with its type and its offsets in the original text", () => {
    const text = "ＴＥＬ：０３－１２３４－５６７８、mail a@b.jp";
    const { findings } = maskPii(text);
    expect(findings.map((finding) => [finding.type, text.slice(finding.start, finding.end)])).toEqual([
      ["PHONE", "０３－１２３４－５６７８"],
      ["EMAIL", "a@b.jp"],
    ]);
  });

  it("gives an overlap to the detector listed first: a URL's password is not an e-mail address", () => {
    expect(maskPii("ftp://user:pw@files.example.com").findings.map((finding) => finding.type)).toEqual(["URL_CREDENTIALS"]);
  });

  it("returns the very same string when there is nothing to mask", () => {
    const text = "お問い合わせありがとうございます。30日以内に返品できます。";
    expect(maskPii(text)).toEqual({ text, findings: [] });
  });

  it("masks a value found by its cue wherever the text repeats it without one, as a whole word only", () => {
    expect(maskPii("Mr. Smith called. Smith said the PIN 0420 works, not 104201.").text).toBe("Mr. [PERSON] called. [PERSON] said the PIN [SECRET] works, not 104201.");
    expect(maskPii("佐藤さんから連絡。佐藤の件は大佐藤商事へ").text).toBe("[PERSON]さんから連絡。[PERSON]の件は大佐藤商事へ");
    expect(maskPii("山田様より。山田町の役場").text).toBe("[PERSON]様より。山田町の役場");
  });
});

describe("maskPii's second look at the masked text", () => {
  const found = (text: string) => maskPii(text).findings.map((finding) => [finding.type, text.slice(finding.start, finding.end)]);

  it.each([
    // A name opening a chat message, once its speaker's name is masked (Ken Ito: → [PERSON]:).
    ["Yuki Sato: Marcus is handling refunds this week", "[PERSON]: [PERSON] is handling refunds this week"],
    ["[09:12] Ken Ito: Daniel will call back", "[09:12] [PERSON]: [PERSON] will call back"],
    ["Ryo Abe: Emma, can you check?", "[PERSON]: [PERSON], can you check?"],
  ])("masks what a mask gave new context: %s", (input, expected) => {
    expect(maskPii(input).text).toBe(expected);
  });

  it("counts what it finds like any finding, by its offsets in the original text", () => {
    const text = "ＴＥＬ　０３－１２３４－５６７８\nYuki Sato: Marcus is handling refunds this week";
    expect(found(text)).toEqual([
      ["PHONE", "０３－１２３４－５６７８"],
      ["PERSON", "Yuki Sato"],
      ["PERSON", "Marcus"],
    ]);
    expect(found("[09:12] Ken Ito: Daniel will call back")).toEqual([
      ["PERSON", "Ken Ito"],
      ["PERSON", "Daniel"],
    ]);
  });

  it("takes no placeholder for a value (password is \"[SECRET]\"), and leaves look-alikes beside a mask", () => {
    expect(found('The password is "hunter2".')).toEqual([["SECRET", "hunter2"]]);
    expect(found("パスワードは「abc12345」です")).toEqual([["SECRET", "abc12345"]]);
    expect(found("api_key=`sk_live_4eC39HqLyjWDarjtT1zdp7dc` (Stripe)")).toHaveLength(1);
    expect(maskPii("石川県の窓口 トミ 様").text).toBe("石川県の窓口 [PERSON] 様");
    expect(maskPii("ｵｲﾙ交換ﾉﾐ。ﾅﾏｴ ﾏﾂﾀﾞ ｹﾝｼﾞ ﾃﾞﾝﾜ 0543-88-2140").text).toBe("ｵｲﾙ交換ﾉﾐ。ﾅﾏｴ [PERSON] ﾃﾞﾝﾜ [PHONE]");
  });
});

describe("maskTogether (the texts of one inquiry row)", () => {
  it("gives each record its own findings in a short field that recurs (read once for all of them)", () => {
    const [, repeated] = maskTogether(["パスワードを hunter22 に変えました", "hunter22"]);
    expect(repeated!.text).toBe("[SECRET]");
    expect(maskTogether(["在庫の確認", "hunter22"])[1]!.text).toBe("hunter22");
    const [, first] = maskTogether(["在庫の確認", "田中様"]);
    first!.findings[0]!.end = 1; // what a caller does with its findings is its own
    expect(maskTogether(["発送の確認", "田中様"])[1]).toEqual({ text: "[PERSON]様", findings: [{ start: 0, end: 2, type: "PERSON" }] });
  });

  it("masks in the answer a value found by its cue in the question", () => {
    const [question, answer] = maskTogether(["パスワードを hunter2 に変えました", "hunter2 は弱いパスワードです。"]);
    expect([question!.text, answer!.text]).toEqual(["パスワードを [SECRET] に変えました", "[SECRET] は弱いパスワードです。"]);
    expect(answer!.findings).toEqual([{ start: 0, end: 7, type: "SECRET" }]);
  });

  it("reads a number as the version another text of the row says it is (バージョン A から B に → B では)", () => {
    const [question, answer] = maskTogether(["バージョン 6.1.2.4 から 6.2.0.1 に上げたら起動しません", "6.2.0.1 では .NET 8 が必要です"]);
    expect([question!.text, answer!.text]).toEqual(["バージョン 6.1.2.4 から 6.2.0.1 に上げたら起動しません", "6.2.0.1 では .NET 8 が必要です"]);
    expect(maskTogether(["サーバーは 10.2.0.15 です", "10.2.0.15 では"]).map((result) => result.text)).toEqual(["サーバーは [IP_ADDRESS] です", "[IP_ADDRESS] では"]);
  });

  it("leaves texts with nothing found in any of them as they are", () => {
    expect(maskTogether(["質問です", "回答です"])).toEqual([
      { text: "質問です", findings: [] },
      { text: "回答です", findings: [] },
    ]);
  });
});

describe("foldWidth", () => {
  it("maps full-width ASCII, the ideographic space and dashes one unit for one", () => {
    const text = "ＡＢＣ　０１２－３ー４＋＠ バージョン";
    const folded = foldWidth(text);
    expect(folded).toBe("ABC 012-3-4+@ バージョン");
    expect(folded.length).toBe(text.length);
  });

  it("keeps a prolonged sound mark after katakana even before a digit (東京タワー2F), and folds it between digits", () => {
    expect(foldWidth("東京タワー2F、０３ー１２３４、ｱｰ1")).toBe("東京タワー2F、03-1234、ｱｰ1");
  });
});
