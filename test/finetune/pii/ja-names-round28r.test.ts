import { describeMaskingClasses, type MaskingCase } from "../support/masking-cases.js";

/**
 * Japanese-script name classes taken in the round after the twenty-eighth set (issue 13), each with the look-alikes
 * beside it that must stay. Values are made up here, not a set's.
 */
const classes: Record<string, MaskingCase[]> = {
  "a surname written with a small ヶ where the dictionary has ケ, and the other way round": [
    ["契約者 鐘ケ江 真司、住所は未記入。", "契約者 [PERSON]、住所は未記入。"],
    ["申込者：一番ケ瀬 玲奈（代理）", "申込者：[PERSON]（代理）"],
    ["担当 梶ヶ谷 まで", "担当 [PERSON] まで"],
    ["関ヶ原の戦いの資料", "関ヶ原の戦いの資料"],
    ["八ヶ岳 登山の持ち物", "八ヶ岳 登山の持ち物"],
  ],
  "rare surnames the dictionary lacks: an Okinawan one and one of numeral kanji, with a reading in brackets": [
    ["修理後すぐ止まった。平安名 美智子、098-111-2233。", "修理後すぐ止まった。[PERSON]、[PHONE]。"],
    ["連絡者：平安名 健、那覇市", "連絡者：[PERSON]、那覇市"],
    ["- 内見：12/2 15:00、担当 五百旗頭（いおきべ）", "- 内見：12/2 15:00、担当 [PERSON]（[PERSON]）"],
    ["記入者：五百旗頭 由紀", "記入者：[PERSON]"],
    ["平安時代の名所", "平安時代の名所"],
  ],
  "a surname before a union's, a school's or a hall's post, and the way a message goes by it": [
    ["漁協の 安西 組合長経由で届いた", "漁協の [PERSON] 組合長経由で届いた"],
    ["町内会の 中島 会長経由", "町内会の [PERSON] 会長経由"],
    ["資料は 本田 館長宛に送付", "資料は [PERSON] 館長宛に送付"],
    ["見積は 山田 部長宛に", "見積は [PERSON] 部長宛に"],
    ["森 会長杯の結果", "森 会長杯の結果"],
    ["品川 駅長経由", "品川 駅長経由"],
  ],
  "a seal's or a thing's material before its size is no surname": [
    ["品目：銀行印 柘植 12.0mm", "品目：銀行印 柘植 12.0mm"],
    ["認印 本柘植 10.5mm、黒檀 15mm", "認印 本柘植 10.5mm、黒檀 15mm"],
    ["担当 柘植 まで", "担当 [PERSON] まで"],
  ],
  "a child's given name in kana the dictionary lacks, and a hiragana given name before 様": [
    ["孫の ひまり が取りに来ます。", "孫の [PERSON] が取りに来ます。"],
    ["- ゆいな ちゃん：来週から参加", "- [PERSON] ちゃん：来週から参加"],
    ["ユイト くんのお迎えは祖母", "[PERSON] くんのお迎えは祖母"],
    ["ログアウト後、まどか 様ご自身で再登録を。", "ログアウト後、[PERSON] 様ご自身で再登録を。"],
    ["みな様によろしくお伝えください", "みな様によろしくお伝えください"],
    ["お客様ご自身で登録を", "お客様ご自身で登録を"],
    ["おかあ様にもよろしく", "おかあ様にもよろしく"],
  ],
  "what a seal is engraved with, quoted on the order's 印面 line": [
    ["  印面：「ゆかり」（ひらがな、縦書き）", "  印面：「[PERSON]」（ひらがな、縦書き）"],
    ["印面：「ワタナベ」カナで、もう一本「渡部」", "印面：「[PERSON]」カナで、もう一本「[PERSON]」"],
    ["印面: 英字の代わりにカタカナ「アデバヨ」、当て字「阿出葉代」", "印面: 英字の代わりにカタカナ「[PERSON]」、当て字「[PERSON]」"],
    ["印面：「株式会社 青葉商事之印」", "印面：「株式会社 青葉商事之印」"],
    ["印面：「至急」「検査済」「サンプル」", "印面：「至急」「検査済」「サンプル」"],
    ["印面：「たなか」、書体「古印体」、印材「黒水牛」", "印面：「[PERSON]」、書体「古印体」、印材「黒水牛」"],
    ["印面：「東京」", "印面：「東京」"],
    ["商品名「ワタナベ」", "商品名「ワタナベ」"],
  ],
  "a foreign name's katakana writing beside its Latin writing, in the cell or in brackets": [
    ["| 0412 | ディネシュ・クマール・タパ Dinesh Kumar Thapa | 整形外科 |", "| 0412 | [PERSON] [PERSON] | 整形外科 |"],
    ["<td>マリア・ロペス<br>Maria Lopez</td>", "<td>[PERSON]<br>[PERSON]</td>"],
    ["| C-0201 | Maria Lopez マリア ロペス | スペイン |", "| C-0201 | [PERSON] [PERSON] | スペイン |"],
    ["| A-0031 | Oliveira Santos, Maria Clara （オリヴェイラ サントス マリア クララ） | 岐阜市 |", "| A-0031 | [PERSON], [PERSON] （[PERSON]） | 岐阜市 |"],
    ["| 母 | Isabela Costa Nunes（イザベラ） | フリー |", "| 母 | [PERSON]（[PERSON]） | フリー |"],
    ["| 母 | Isabela Costa Nunes（マネージャー） | フリー |", "| 母 | [PERSON]（マネージャー） | フリー |"],
    ["| 会場 | ホテル・ニューオータニ Maria Lopez |", "| 会場 | ホテル・ニューオータニ [PERSON] |"],
  ],
  "a writer's kanji surname and katakana given name, half-width too, before です opening a message": [
    ["【メール】金城 ﾏﾘ です。先日の件で", "【メール】[PERSON] です。先日の件で"],
    ["【電話】比嘉 エリカ と申します", "【電話】[PERSON] と申します"],
    ["宮城 ユキ です。よろしくお願いします。", "[PERSON] です。よろしくお願いします。"],
    ["【お知らせ】営業 マネージャーです", "【お知らせ】営業 マネージャーです"],
    ["【メール】本社 サービス窓口です", "【メール】本社 サービス窓口です"],
  ],
  "a Korean name in katakana joined by ・ before its hangul": [
    ["| IR-0311 | キム・ジフン 김지훈 | 皮膚科 |", "| IR-0311 | [PERSON] [PERSON] | 皮膚科 |"],
    ["<td>チェ・ミンソ<br>최민서</td>", "<td>[PERSON]<br>[PERSON]</td>"],
    ["ワン・チーム で頑張ろう", "ワン・チーム で頑張ろう"],
  ],
};

describeMaskingClasses("Japanese-script name classes of round 28r", classes);
