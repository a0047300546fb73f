/**
 * The documents a person holds whose number is theirs (a passport, a licence, a patient's card, a pet's microchip),
 * each said once: its labels, each with where its value stands and, where the label alone says too little, the
 * value's shape. Read by the rule of an ID after its label (number-detectors.ts) and by the rule of a number later in
 * the sentence (sentence-document-ids.ts).
 */
export interface PersonDocument {
  what: string;
  /** Words every label of it holds (a pattern's source): the detectors' gates look for them before any pattern runs. */
  cue: string;
  labels: readonly DocumentLabel[];
}

/**
 * A label's words (a pattern's source) and where its value stands:
 * - `next`: right after the words and perhaps a separator, read as any ID's value is (ID_VALUE); with `value`, only a
 *   value opening with that shape (a bare name, パスポート or マイクロチップ, says less than パスポート番号);
 * - `bracketed`: in brackets right after the words, of the shape `value`;
 * - `sentence`: later in the sentence that names the document, of the shape `value` only, so that the sentence's
 *   other numbers stay.
 */
export interface DocumentLabel {
  words: string;
  at: "next" | "bracketed" | "sentence";
  value?: string;
}

/**
 * An English document's name's end: its number's word, perhaps its country or its class in brackets (Passport (UK):
 * 553918406, Skipper's licence (1st class) 2614-0087-3105), or whose it is before a colon (pension number of the
 * mother: …).
 */
const EN_NUMBER = String.raw`(?: number| no\.?| No\.?| #)?(?: ?\([A-Za-z0-9 .]{1,12}\))?(?: of (?:the|his|her|my|their|your)(?: late)? [a-z]+(?=:))?:?(?=\s)`;

/** A passport in Spanish, French, German, Polish, Italian, Portuguese, Vietnamese, Chinese and Korean. */
const PASSPORT_ABROAD = String.raw`(?:[Pp]asaporte|[Pp]asseport|[Rr]eisepass|[Pp]aszport|[Pp]assaporto|[Pp]assaporte|hộ chiếu|[护護]照|여권)`;

/** Cards and books issued to a person, by name. */
const HELD_CARD = "学生証|社員証|職員証|乗務員証|運転者証|従業者証|身分証明書|身分証|保険証|被保険者証|免許証|会員証|障害者手帳|療育手帳|年金手帳|年金証書|お薬手帳|母子(?:健康)?手帳|特別永住者証明書|運転経歴証明書|受診券|健診券|接種券";
/**
 * A number that is no year or count: letters before a digit, five digits or more, a pension number's four and six
 * digits, two groups of four (会員証 No. 0077-4412; not a span of years, 2024-2025年度), or an issuer's kanji before the number (a taxi centre's driver card: 栃-介-20931, 品-0412).
 */
const NUMBER_NOT_YEAR = String.raw`[A-Za-z]{1,3}-?\d|\d{5,}|\d{4}-\d{6}|\d{4}-\d{4}(?![\d年度])|[\u4e00-\u9fff](?:-[\u4e00-\u9fff]){0,2}-\d{3,}`;
/**
 * After a card's name and its number's word (障害者手帳番号 1129-44, お薬手帳の番号、5510-22), also four digits and two or
 * three: the word says a number follows; a year's month (2026-04) is no card's number.
 */
const SHORT_GROUPED_NUMBER = String.raw`(?!(?:19|20)\d{2}-(?:0?[1-9]|1[0-2])(?!\d))\d{3,4}-\d{2,3}(?![\d/:-]|[年月日])`;

/**
 * The states and provinces that issue driving licences, by the codes their licences and addresses print: Australia's,
 * the United States' and Canada's.
 */
const LICENCE_REGION =
  "NSW|VIC|QLD|WA|SA|TAS|ACT|NT|AL|AK|AZ|AR|CA|CO|CT|DE|FL|GA|HI|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WV|WI|WY|DC|ON|BC|QC|AB|MB|SK|NS|NB|NL|PE";
/**
 * A British driving licence number as the DVLA prints it: five letters of the surname (9 for a short one's rest), six
 * digits of the birth date, two initials, a digit and two check characters.
 */
const DVLA_NUMBER = String.raw`[A-Z][A-Z9]{4}\d{6}[A-Z][A-Z9]\d[A-Z0-9]{2}`;

/** A pet's microchip: fifteen digits, or three and three fours as its reader groups them (392 1400 0913 4468). */
const MICROCHIP = String.raw`(?:\d{15}|\d{3}(?:[ 　]\d{4}){3})(?![\d-])`;

/** Words of a program's licence, not a person's. */
/**
 * A French passport's number (two digits, two letters, five digits: 21CK40862) and a German one's (nine of its letters
 * and digits, a letter first and a digit in it: C01X00T47), after the Japanese word a desk writes them under.
 */
const PASSPORT_ABROAD_SHAPE = String.raw`\d{2}[A-Z]{2}\d{5}|[CFGHJKLMNPRTVWXYZ](?=[0-9CFGHJKLMNPRTVWXYZ]{0,7}\d)[0-9CFGHJKLMNPRTVWXYZ]{8}`;

const SOFTWARE = String.raw`(?:[Ss]oftware|[Pp]roduct|seats?|[Ss]ubscription|[Aa]ctivation|[Ee]dition|[Ii]nstall)`;

export const PERSON_DOCUMENTS: readonly PersonDocument[] = [
  {
    what: "a passport: one or two letters and seven or eight digits, perhaps a letter after (a Philippine one: P3318260C; a Japanese one two letters and seven, perhaps copied with a space between: RO 0548112), or nine digits (a US one); in the languages of a company's foreign customers, letters and digits as their passports have them (C01X00T47, 18AB12345)",
    cue: `パスポート|旅券|[Pp]assport|${PASSPORT_ABROAD}`,
    labels: [
      { words: "パスポート番号|旅券番号", at: "next" },
      { words: "パスポート|旅券", at: "next", value: String.raw`(?:[A-Za-z]{1,2}\d{6,9}[A-Z]?|\d{9}(?![円件人個,.])|${PASSPORT_ABROAD_SHAPE})(?![A-Za-z0-9])` },
      { words: String.raw`(?<![A-Za-z])[Pp]assport${EN_NUMBER}`, at: "next" },
      {
        words: String.raw`(?<![A-Za-z])(?:(?:[Nn]úmero de|[Nn]uméro de|[Nn]umero di|[Nn]umer|[Nn]r\.?) )?${PASSPORT_ABROAD}(?:[a-z]{0,2})(?: ?(?:n[°º]|[Nn]r\.?|[Nn]o\.?|número|numer|[Nn]ummer|số|号码|號碼|번호))?`,
        at: "next",
        value: String.raw`[A-Za-z]{0,3}\d[A-Za-z0-9]{5,9}(?![A-Za-z0-9])`,
      },
      // Two capitals and six digits too: a Brazilian passport's (Checked passport against the registration: Brazil GB449021);
      // a French one's two digits, two capitals and five digits (she wrote her passport number in the mail (21CK40862)).
      { words: String.raw`(?<![A-Za-z])(?:[Pp]assports?|パスポート|旅券|${PASSPORT_ABROAD})`, at: "sentence", value: String.raw`(?:[A-Z]{1,2} ?\d{7,8}|[A-Z]{2}\d{6}|\d{2}[A-Z]{2}\d{5})` },
      // A German one's nine letters and digits, two digits in it (German passport G7Y40KLT2): no word's letters, later in the
      // sentence too.
      { words: String.raw`(?<![A-Za-z])(?:[Pp]assports?|パスポート|旅券)`, at: "sentence", value: String.raw`[CFGHJK](?=(?:[CFGHJKLMNPRTVWXYZ]*\d){2})[0-9CFGHJKLMNPRTVWXYZ]{8}` },
      // Nine digits (a British or an American passport) with its country's code in brackets after, as a form's list of copies
      // gives it after each holder's name (Passport copies: Callum 561934027 (UK)).
      { words: String.raw`(?<![A-Za-z])(?:[Pp]assports?|パスポート|旅券)`, at: "sentence", value: String.raw`\d{9}(?=[ \t]?[(（][A-Z]{2,3}[)）])` },
      // Or after its country's three-letter code, as the data page prints its issuing state (Passport: GBR 551873204).
      { words: String.raw`(?<![A-Za-z])(?:[Pp]assports?|パスポート|旅券)`, at: "sentence", value: String.raw`(?<=(?<![A-Za-z])[A-Z]{3}[ \t])\d{9}` },
      // Or right after a person's honorific, as a list of travellers gives each holder's name then the number (旅券番号は
      // 名簿のとおり：陳様 530097463、林様 530097529); a 0 first is a phone's, a unit after an amount's.
      { words: String.raw`(?<![A-Za-z])(?:[Pp]assports?|パスポート|旅券)`, at: "sentence", value: String.raw`(?<=(?:様|さん|氏)[ \t　]?)[1-9]\d{8}(?![円件人個,.])` },
    ],
  },
  {
    what: "a driving licence: a Japanese one's twelve digits after a licence's number alone, where no program's licence is meant, or later in the sentence that names the licence, perhaps in groups of four (運転免許証で確認（307715249360）, 運転免許証の写し（3011 2045 8890）, a driving licence for a guest, no. 4410 3398 2716); another country's by its state's code or the DVLA's shape",
    cue: "免許|[Ll]icen|DL ?(?:#|[Nn]o\\.)|SOFA",
    labels: [
      { words: String.raw`運転免許証?|免許証|(?<![A-Za-z])(?:[Dd]river'?s?|[Dd]riving) licen[cs]e`, at: "sentence", value: String.raw`\d{12}|\d{4}(?:[ 　]\d{4}){2}(?![ 　]?\d)` },
      // A US forces member's licence in Japan (SOFA免許 USFJ-OK-48217, SOFA license no. 4EJ-220913), issued under the Status of Forces Agreement.
      { words: String.raw`(?<![A-Za-z])SOFA ?(?:運転)?(?:免許証?|[Dd]river'?s? licen[cs]e|[Ll]icen[cs]e)(?:番号| number| no\.?)?`, at: "next" },
      { words: "運転免許証番号|免許証番号", at: "next" },
      // 免許番号 alone, as a desk writes a foreign licence's (免許番号 11-19-334857-02): digits in hyphened groups, the last two.
      { words: "(?:運転)?免許番号", at: "next", value: String.raw`\d{2}-\d{2}-\d{6}-\d{2}(?![\d-])|\d{12}(?!\d)` },
      { words: String.raw`(?<![A-Za-z])(?:[Dd]river'?s?|[Dd]riving) licen[cs]e${EN_NUMBER}`, at: "next" },
      { words: String.raw`(?<![A-Za-z])DL ?(?:#|[Nn]o\.)`, at: "next" },
      // Not a program's licence: software, seats, an edition or an activation named in its sentence.
      {
        words: String.raw`(?<![A-Za-z])(?<!${SOFTWARE}[^\n.;]{0,40})[Ll]icen[cs]e (?:number|no\.?)`,
        at: "next",
        value: String.raw`\d{12}(?!\d)(?![^\n.;]{0,40}${SOFTWARE})`,
      },
      // A licence of another country: its state's or province's code and its number (licence (Queensland) QLD 087214553),
      // the state named before the licence (VIC licence no. 045512873), or a British one in the DVLA's shape (HARRI802154JA9AB).
      { words: String.raw`(?<![A-Za-z])(?<!${SOFTWARE}[^\n.;]{0,40})[Ll]icen[cs]e`, at: "sentence", value: String.raw`(?:${LICENCE_REGION})[ -]?\d{6,9}(?!\d)|${DVLA_NUMBER}` },
      { words: String.raw`(?<![A-Za-z])(?:${LICENCE_REGION})(?: [Dd]river'?s| [Dd]riving)? licen[cs]e${EN_NUMBER}`, at: "next", value: String.raw`[A-Z]{0,2}\d{6,10}(?!\d|[,.]\d|[ \t]*(?:seats?|users?|yen|円))` },
    ],
  },
  {
    what: "a boat's or an aircraft's operator's licence (Skipper's licence (1st class) 2614-0087-3105, pilot licence no. A-1120448, 小型船舶操縦免許証番号 …): five digits or more, no year or fee",
    cue: "[Ss]kipper|[Bb]oat|[Pp]ilot|[Yy]achtmaster|操縦",
    labels: [
      {
        words: String.raw`(?<![A-Za-z])(?:[Ss]kipper'?s?|[Bb]oat(?:ing|master'?s)?|[Pp]ilot'?s?|[Yy]achtmaster) licen[cs]e${EN_NUMBER}|小型船舶操縦免許証(?:の)?番号`,
        at: "next",
        value: String.raw`[A-Z]{0,3}[ -]?\d(?:[\d-]{3,14})\d(?![\d,.])`,
      },
    ],
  },
  {
    what: "a residence card: two letters, eight digits and two letters, perhaps spaced in groups as it is copied (AB 1234 5678 CD; its Japanese name before an unspaced value is read by its label's form: labelled-id-detectors.ts); of its shape, later in a sentence that names any card (her card is …): no other card's number is written so",
    cue: "[Rr]esidence card|在留カード|[Cc]ard",
    labels: [
      { words: String.raw`(?<![A-Za-z])[Rr]esidence card${EN_NUMBER}`, at: "next" },
      { words: String.raw`在留カード|(?<![A-Za-z])[Rr]esidence card|(?<![A-Za-z])[Cc]ard(?![A-Za-z])`, at: "sentence", value: String.raw`[A-Z]{2}(?:[ 　]?\d{4}){2}[ 　]?[A-Z]{2}` },
    ],
  },
  {
    what: "a US service member's or dependant's DoD ID (its EDIPI, on the military ID card): ten digits",
    cue: "DoD|EDIPI|[Mm]ilitary ID",
    labels: [{ words: String.raw`(?<![A-Za-z])(?:DoD ID|EDIPI|[Mm]ilitary ID)(?: card)?${EN_NUMBER}`, at: "next", value: String.raw`\d{10}(?!\d)` }],
  },
  {
    what: "a mobile line's number-porting reservation number (MNP予約番号): ten digits, perhaps after the MNP its carrier's slip prints before them (MNP1234567890), which move its holder's line to another carrier",
    cue: "MNP",
    labels: [{ words: String.raw`(?<![A-Za-z])MNP ?(?:予約)?番号`, at: "next", value: String.raw`(?:MNP)?\d{10}(?!\d)` }],
  },
  {
    what: "a library, loyalty or mileage card or a frequent flyer's number: its member's",
    cue: "[Ll]ibrary|[Ll]oyalty|[Rr]eward|[Ff]requent|[Mm]ileage|マイレージ|マイル",
    labels: [
      {
        words: String.raw`(?<![A-Za-z])(?:[Ll]ibrary|[Ll]oyalty|[Rr]ewards?|[Ff]requent[ -][Ff]lyer|[Mm]ileage)(?: card| member(?:ship)?| club| program(?:me)?)? ?(?:number|no\.?|#)|マイレージ(?:クラブ)?(?:会員)?番号|マイル(?:会員|クラブ)(?:番号|No\.?)?`,
        at: "next",
      },
      // An airline's code and the member's number spaced in groups, as the card prints it (マイル会員 NZ 1 38 44 9021,
      // frequent flyer QF 19 442 0871): seven digits or more after the code, a space among them.
      {
        words: String.raw`マイル(?:会員|クラブ)|マイレージ|(?<![A-Za-z])(?:[Ff]requent[ -][Ff]lyer|[Mm]ileage (?:member|club|card))`,
        at: "sentence",
        value: String.raw`[A-Z][A-Z0-9][ 　](?=(?:[ 　]?\d){7,12}(?![ 　]?\d))\d{1,4}(?:[ 　]\d{1,4}){1,4}`,
      },
    ],
  },
  {
    what: "a bank account: seven digits in brackets after 口座 (前の口座（1902265）)",
    cue: "口座番号|口座[（(]",
    labels: [
      { words: "口座番号", at: "next" },
      { words: "口座", at: "bracketed", value: String.raw`\d{7}` },
    ],
  },
  {
    what: "a health-insurance card and a pension book (its basic pension number, 1234-567890, also later in the sentence); the elderly's medical insurance (後期高齢者医療: eight digits) and a care insurance's (介護保険: ten) by the scheme's name alone",
    cue: "保険|記号番号|年金|後期高齢者医療|[Pp]ension|[Ii]nsurance card|NHI|[Nn]ational [Hh]ealth",
    labels: [
      { words: String.raw`(?<![A-Za-z])(?:[Bb]asic )?[Pp]ension${EN_NUMBER}`, at: "next", value: String.raw`\d{4}[-‐ ]?\d{6}(?![\d-])` },
      // Not 記号番号 before its two values joined by a slash (記号番号 31-0418 / 227): the card's pair rule reads both.
      { words: String.raw`保険証番号|被保険者番号|記号番号(?![ \t]*(?:は|[:：])?[ \t]*[0-9A-Za-z-]{1,12}[ \t]*\/)|基礎年金番号`, at: "next" },
      // In English, its symbol and number joined by a dot as a desk copies them (Insurance card no. 06140872 · 3315).
      { words: String.raw`(?<![A-Za-z])(?:[Hh]ealth )?[Ii]nsurance card${EN_NUMBER}`, at: "next", value: String.raw`\d{4,10}[ 　]?[・･·][ 　]?\d{2,10}(?![\d-])` },
      // A basic pension number (four digits and six) later in the sentence that names it, twice where a person holds two.
      { words: "(?:基礎)?年金番号|年金手帳", at: "sentence", value: String.raw`\d{4}[-‐ ]?\d{6}` },
      // A national health insurance card in English, perhaps its prefecture's mark before it as the card prints it (NHI card
      // number 栃 0412-338105): two groups of digits, the second of five or more where no mark stands (no span of years).
      {
        words: String.raw`(?<![A-Za-z])(?:NHI|[Nn]ational [Hh]ealth [Ii]nsurance) card`,
        at: "sentence",
        value: String.raw`[\u4e00-\u9fff]{1,3}[ 　]?\d{2,8}[-‐・]\d{4,10}|\d{2,8}[-‐・]\d{5,10}`,
      },
      { words: "後期高齢者医療(?:被保険者証)?(?:の?番号)?", at: "next", value: String.raw`\d{8}(?!\d)` },
      { words: "介護保険(?:被保険者証)?(?:の?番号)?", at: "next", value: String.raw`\d{10}(?!\d)` },
    ],
  },
  {
    what: "a guest's folio on a ship or at a hotel (Folio KB-R-0044172): the account of their charges, held under their name and cabin",
    cue: "[Ff]olio",
    labels: [{ words: String.raw`(?<![A-Za-z])[Ff]olio${EN_NUMBER}`, at: "next", value: String.raw`[A-Z]{1,4}(?:-[A-Z]{1,4}){0,2}-?\d{5,}(?![\d-])` }],
  },
  {
    what: "a clinic's patient card (診察券 KV-004821)",
    cue: "診察券",
    labels: [{ words: String.raw`診察券(?:[ \t]?(?:番号|No\.?|NO\.?|ナンバー))?`, at: "next" }],
  },
  { what: "an e-Tax login (利用者識別番号 1204-5588-3917-2260)", cue: "利用者識別", labels: [{ words: "利用者識別番号", at: "next" }] },
  {
    what: "a seal-registration card (印鑑登録証 00418827): its number opens with a digit, or stands in 第 … 号 later in the sentence",
    cue: "印鑑登録",
    labels: [
      { words: "印鑑登録番号", at: "next" },
      { words: "印鑑登録証(?:の?番号)?", at: "next", value: String.raw`\d` },
      // Its number later in the sentence, as the card prints it (…印鑑登録証の番号を控える：登録番号 第0031927号).
      { words: "印鑑登録証?", at: "sentence", value: String.raw`(?<=第[ 　]?)\d{5,8}(?=[ 　]?号)` },
    ],
  },
  {
    what: "a card or a book a person is issued, by its name (学生証 S2024…, 保険証, 障害者手帳の番号は …, 年金手帳, 特別永住者証明書 番号 …), perhaps with 番号 or の番号: a number, not a year or a count (保険証 2枚, 学生証 2024年度版)",
    cue: HELD_CARD,
    labels: [
      { words: String.raw`(?:${HELD_CARD})(?:[ 　]?(?:の?番号|No\.?|ナンバー))?`, at: "next", value: NUMBER_NOT_YEAR },
      { words: String.raw`(?:${HELD_CARD})[ 　]?(?:の?番号|No\.?|ナンバー)`, at: "next", value: SHORT_GROUPED_NUMBER },
      // Or later in the sentence that names the card's number, a letter and digits in hyphened groups as the card prints
      // them (年金証書の番号も書くよう言われた D 6071-3905): the sentence is about that number.
      { words: String.raw`(?:${HELD_CARD})の?番号`, at: "sentence", value: String.raw`[A-Z]{1,2}[ 　]?\d{3,6}(?:-\d{3,6}){1,2}` },
    ],
  },
  {
    what: "a badge an event or a site issues to one person (press badge PRS-26-01187, Badge no. ACC-2025-04417, its reprint PRS-26-01187-R): capitals, then digits in groups joined by hyphens, the last of four digits or more, perhaps a reprint's letter",
    cue: "[Bb]adge|BADGE|[Aa]ccreditation",
    labels: [
      {
        words: String.raw`(?<![A-Za-z])(?:[Bb]adge|BADGE|[Aa]ccreditation)(?: ?(?:[Nn]umber|[Nn]o\.?|#|ID))?`,
        at: "next",
        value: String.raw`[A-Z]{2,5}(?:-\d{2,6}){0,2}-\d{4,6}(?:-[A-Z])?(?![A-Za-z0-9-])`,
      },
    ],
  },
  {
    what: "a pet's microchip, fifteen digits, perhaps in the groups its reader shows (392 1400 0913 4468): its owner's entry in the register; after チップ alone too, as a pet's row writes it (a tip is no fifteen digits), and later in the sentence that reads a chip (チップを読取り、392… → 飼い主; an IC card's chip is no pet's)",
    cue: "チップ|[Mm]icrochip",
    labels: [
      { words: String.raw`(?:(?:マイクロ)?チップ|[Mm]icrochip)(?:番号| number| no\.?)?`, at: "next", value: MICROCHIP },
      { words: String.raw`マイクロチップ|(?<![A-Za-z])[Mm]icrochip|(?<!IC|ＩＣ)チップを?読み?取`, at: "sentence", value: MICROCHIP },
    ],
  },
  {
    what: "a diver's certification card after its agency's name (PADI OWSI-271844, SSI 4471-0982, CMAS GB-2-30917, NAUI no. 88120417): four digits or more, no year; not a shop's or a resort's licence with the agency (licence PADI S-30492, PADI Dive Center 24418)",
    cue: "PADI|SSI|CMAS|NAUI|BSAC",
    labels: [
      {
        words: String.raw`(?<!(?:[Ll]icen[cs]e|[Ss]hop|[Ss]tore|[Rr]esort|[Dd]ealer|[Mm]ember)[ \t:#]{1,3})(?<![A-Za-z])(?:PADI|SSI|CMAS|NAUI|BSAC)(?! (?:[Dd]ive )?(?:[Cc]ent(?:re|er)|[Rr]esort|[Ss]hop|[Ss]tore))(?: (?:card|cert(?:ification)?))?(?: ?(?:no\.?|No\.?|number|#))?`,
        at: "next",
        value: String.raw`(?:[A-Z]{1,5}-(?:\d{1,2}-)?)?(?!(?:19|20)\d{2}(?![\d-]))\d{4,}|\d{4,}[A-Z]\d{3,}`,
      },
    ],
  },
  {
    what: "a dog's licence and rabies tags (鑑札, 狂犬病予防注射済票): the city's dog register holds the owner; an era's year, the city and the number (R8-〇〇-2104), letters and a number (注射済票の番号 VC-7719), or three digits or more, not a year (注射済票 2024年度分)",
    cue: "鑑札|注射済票",
    labels: [{ words: "鑑札(?:の?番号)?|(?:狂犬病予防)?注射済票(?:の?番号)?", at: "next", value: String.raw`[A-Za-z]{1,2}\d{1,2}-|[A-Za-z]{1,3}-\d{3,}|\d{3,}(?![\d年])` }],
  },
  {
    what: "an animal's import or export quarantine certificate (輸入検疫の証明書番号 ICN-AQ-26-004417, 動物検疫証明書 No. …): a pet brought in with its owner, whose name it bears; a plant's (植物検疫: a cargo's) is a firm's",
    cue: "検疫",
    labels: [{ words: String.raw`(?<!植物)(?:輸入|輸出|動物)検疫の?証明書(?:の?番号|No\.?)`, at: "next" }],
  },
  {
    what: "a parking permit or a bicycle-parking sticker issued to a resident or a contract holder (駐車許可証 P2-118, 駐輪場ステッカー番号 12-0882, parking permit NP-55012): letters before a digit, two groups of digits, or four digits or more, not a year or a count (駐車証 2枚, parking permit 2027 renewal)",
    cue: "駐車(?:許可)?証|駐車許可|駐輪|[Pp]arking permit",
    labels: [
      {
        words: String.raw`駐車(?:許可)?証(?:番号|No\.?)?|駐車許可番号|駐輪(?:場)?(?:許可証|ステッカー|シール|登録)(?:番号|No\.?)?|(?<![A-Za-z])[Pp]arking permit${EN_NUMBER}`,
        at: "next",
        value: String.raw`[A-Za-z]{1,3}\d?-?\d|\d{2,}-\d{2,}(?![\d/])|(?!(?:19|20)\d{2}(?!\d))\d{4,}(?![\d年枚台])`,
      },
    ],
  },
  {
    what: "a car's chassis number or VIN (車台番号 FE0-1028447, 車体番号 ZVW30-1234567, VIN JN1AZ0CP5BT012345): the vehicle register ties it to its owner",
    cue: "車台番号|車体番号|VIN|[Cc]hassis",
    labels: [
      {
        words: String.raw`車台番号|車体番号|(?<![A-Za-z])(?:VIN|[Cc]hassis)${EN_NUMBER}`,
        at: "next",
        value: String.raw`[A-Z0-9]{2,6}-\d{5,8}(?![\d-])|[A-HJ-NPR-Z0-9]{17}(?![A-Za-z0-9])`,
      },
    ],
  },
  {
    what: "an EV charging contract's ID (EMAID JPEVPC8F2K3N19, 契約 ID（EMAID）は …): the driver's contract with the charging provider, a digit in it",
    cue: "EMAID|eMAID",
    labels: [{ words: "EMAID|eMAID", at: "sentence", value: String.raw`(?=[A-Z0-9-]{0,17}\d)[A-Z]{2}-?[A-Z0-9]{3}-?[A-Z0-9]{9}(?:-?[A-Z0-9])?` }],
  },
  {
    what: "a travel or car insurance policy's number by 証券 alone (旅行保険 … 証券 PS-KQ-58204196; 証券番号 is any number's label), a code of letters and six digits or more: no securities firm's name (楽天証券 2 社目), nor a firm's own policy said so in brackets after it (証券 LB-0412233（会社名義）)",
    cue: "証券|[Pp]olicy",
    labels: [
      { words: "証券", at: "next", value: String.raw`[A-Z]{1,4}(?:-[A-Z]{1,4}){0,2}-\d{6,}(?![\d-])(?![ 　]*[（(][^（()）\n]{0,12}?(?:会社|法人|組合|事業所)名義)` },
      // Digits alone, perhaps in hyphened groups, after 証券番号 where the line names the insurance or its insured before it
      // (火災保険を使います、証券番号 52-1730-0465973; 被保険者 … 様の請求、証券番号 4706-339257-5): the policy a person claims on.
      { words: String.raw`証券番号(?<=(?:保険|共済)[^\n。]{0,30}証券番号)`, at: "next", value: String.raw`(?=(?:\d-?){8})\d{1,8}(?:-\d{1,8}){0,3}(?![\d-])` },
      // So in English, the insurance named before its policy's number on the line (my home insurance, policy no. 52-1730-…).
      {
        words: String.raw`(?<![A-Za-z])[Pp]olicy (?:[Nn]o\.?|[Nn]umber|#)(?<=[Ii]nsurance[^\n.]{0,30}[Pp]olicy (?:[Nn]o\.?|[Nn]umber|#))(?: is)?`,
        at: "next",
        value: String.raw`(?=(?:\d-?){8})\d{1,8}(?:-\d{1,8}){0,3}(?![\d-])`,
      },
    ],
  },
  {
    what: "a drone pilot's certificate (無人航空機操縦者技能証明 1-2026-004471, 技能証明書番号 …): its holder's",
    cue: "技能証明",
    labels: [{ words: "技能証明書?(?:の?番号)?", at: "next", value: String.raw`\d-\d{4}-\d{4,6}(?![\d-])|[A-Z]{0,3}\d{6,}(?![\d-])` }],
  },
  {
    what: "a technical intern trainee's number in the trainee scheme (技能実習 整理番号 GJ-26-003512, 技能実習計画認定番号 …): one trainee's file",
    cue: "技能実習",
    labels: [{ words: "技能実習(?:生|計画)?の?[ \\t　]*(?:整理|認定)番号", at: "next" }],
  },
  {
    what: "a city's addressee number (宛名番号): its resident's in the city's tax and benefit ledgers",
    cue: "宛名番号",
    labels: [{ words: "宛名番号", at: "next" }],
  },
  {
    what: "a resident register's code (住民票コード): eleven digits, not a phone's (which opens with 0)",
    cue: "住民票コード",
    labels: [{ words: "住民票コード", at: "sentence", value: String.raw`[1-9]\d{10}` }],
  },
];

/**
 * What may stand between a label and a value of its shape: a space, a bracket, a colon, は, # or "is", or a Markdown
 * table's bar between a row's label and its value (| 車台番号 | ZVW51-6120487 |).
 */
const SEPARATOR = String.raw`[\s(（:：は#、,|]*(?:is\s+)?`;

/** The labels a value stands right after, as one alternation, each shaped label's words with a look-ahead for its shape. */
export const DOCUMENT_LABELS = PERSON_DOCUMENTS.flatMap((document) => document.labels)
  .flatMap(({ words, at, value }) => {
    if (at === "sentence") return [];
    if (at === "bracketed") return [`(?:${words})(?=[（(]${value}[）)])`];
    return [value === undefined ? `(?:${words})` : `(?:${words})(?=${SEPARATOR}(?:${value}))`];
  })
  .join("|");

/** Every document's cue, for the gate of the rule reading DOCUMENT_LABELS. */
export const DOCUMENT_CUES = PERSON_DOCUMENTS.map((document) => document.cue).join("|");
