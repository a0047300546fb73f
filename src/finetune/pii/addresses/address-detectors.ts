import { ROMAJI_LOT_WITH_UNIT_DETECTORS } from "./romaji-lots-with-units.js";
import { ROMAJI_LOT_BEFORE_TOWN_DETECTORS } from "./romaji-lots-before-towns.js";
import { ROMAJI_BLOCK_BEFORE_POSTCODE_DETECTORS } from "./romaji-blocks-before-postcodes.js";
import { TOWN_BLOCK_HOME_DETECTORS, withHomeBuildingAfter } from "./home-buildings-after-blocks.js";
import { HONG_KONG_ESTATE_FLAT_DETECTORS } from "./hong-kong-estate-flats.js";
import { UNIT_FIRST_STREET_ADDRESS_DETECTORS } from "./unit-first-street-addresses.js";
import { DUTCH_ADDRESS_DETECTORS } from "./dutch-addresses.js";
import { RURAL_LOT_ADDRESS_DETECTORS } from "./rural-lot-addresses.js";
import { LOT_AFTER_TOWN_NAME_DETECTORS } from "./lots-after-town-names.js";
import { CITY_CODE_ADDRESS_DETECTORS } from "./city-code-addresses.js";
import { holdsCountedPart } from "../context/counted-parts.js";
import { chomeRangeGoesOn } from "../look-alikes/chome-ranges.js";
import { gated, patternDetector, type PiiDetector } from "../detector.js";
import { ESTATE_ROOM_DETECTORS } from "./estate-rooms.js";
import { KYOTO_WAYS_FIRST_DETECTORS } from "./kyoto-ways-first-romaji.js";
import { KOREAN_ADDRESS_IN_JAPANESE_DETECTORS } from "./korean-addresses-in-japanese.js";
import { ROMAJI_GRID_ADDRESS_DETECTORS } from "./grid-addresses-romaji.js";
import { ROMAJI_TOWN_BLOCK_DETECTORS } from "./romaji-town-blocks.js";
import { LODGING_ROOM_DETECTORS } from "./lodging-rooms.js";
import { MALAYSIAN_ADDRESS_DETECTORS } from "./malaysian-addresses.js";
import { VIETNAMESE_PARK_LOT_DETECTORS } from "./vietnamese-park-lots.js";
import { VIETNAMESE_HAMLET_ADDRESS_DETECTORS } from "./vietnamese-hamlet-addresses.js";
import { ENGLISH_WARD_ADDRESS_DETECTORS } from "./english-ward-addresses.js";
import { withRoomAfterFloor } from "./rooms-after-floors.js";
import { withFloorsAfterFloor } from "./floors-after-floors.js";
import { FILLERS, SPOKEN_PARTICLE } from "../contacts/spoken-detectors.js";
import { JAPAN_PREFECTURES_ROMAJI, ROMAJI_FLAT_AFTER, ROMAJI_PREFECTURE, ROMAJI_WORD, THAI_ADDRESS_DETECTOR, WORLD_ADDRESS_DETECTORS } from "./world-address-detectors.js";

export const PREFECTURES =
  "北海道|青森県|岩手県|宮城県|秋田県|山形県|福島県|茨城県|栃木県|群馬県|埼玉県|千葉県|東京都|神奈川県|新潟県|富山県|石川県|福井県|山梨県|長野県|岐阜県|静岡県|愛知県|三重県|滋賀県|京都府|大阪府|兵庫県|奈良県|和歌山県|鳥取県|島根県|岡山県|広島県|山口県|徳島県|香川県|愛媛県|高知県|福岡県|佐賀県|長崎県|熊本県|大分県|宮崎県|鹿児島県|沖縄県";
// Hundreds and thousands too, as a lot numbered in kanji is written (百番地の二十, 千二百三番地).
const KANJI_NUMBER = "[0-9一二三四五六七八九十〇百千]+";
/**
 * The block, written as one (so that `地区で3件` is no address): 1丁目2番3号, 二丁目4番9号, 1丁目2-3, 8丁目, 123番地,
 * 4番5号, 1-2-3, 12-5, and a number after 番 or 番地 without 号 (8丁目2番地39, 1丁目3番1-800号).
 */
/**
 * A hyphen between the block's numbers, perhaps where a line was wrapped and the next indented (中目黒2-⏎3-11-505,
 * 田園調布3-⏎  41-12): a line does not end on a hyphen between numbers unless the number goes on. Spaces around the
 * hyphens (日吉 2 - 5 - 17) only in a block of three numbers, where 2 - 5 alone may be a score. The katakana ノ (or
 * its half-width ﾉ) joins them as older registers and delivery lists write a block (緑丘 ３ノ６ノ１５, 本町2ﾉ3ﾉ4).
 */
const HYPHEN = "(?:-(?:\\n[ \\t　]{0,4})?|[ノﾉ])";
/** 番 and 番地 after a number, but not a town named so (一番町, 二番町 in 仙台市青葉区一番町2-4-6): its block follows. */
const BAN = `${KANJI_NUMBER}番(?!町)地?`;
/** What follows 番 or 番地: the number, perhaps after の (入間川二丁目3番地の5). */
const AFTER_BAN = `(?:の?${KANJI_NUMBER}(?:-\\d+)?号?)?`;
/**
 * A counter after numbers joined by hyphens (港区⏎3-5 件, 渋谷区 2-4 名): a count or a range, not a block. Not 日 or 月,
 * which open a building's name too (1-2-3 日比谷ビル), nor 名 before a kanji (名鉄ビル).
 */
const NO_COUNTER = "(?!\\s?(?:[件個回円%]|名(?!\\p{Script=Han})))";
/**
 * The ban and its number wrapped after the chome onto the next line, perhaps indented (若葉台2丁目⏎  8番地の6, 佐鳴台三丁目⏎
 * 27番14号), as a form's narrow cell breaks it, or a space where a page's markup folded that break (若葉台2丁目 8番地の6).
 * Only a ban with its number after it (not 3番のりば), which says the line goes on with the block.
 */
const WRAPPED_BAN = `(?:\\n[ \\t　]{0,4}|[ 　])${BAN}の?${KANJI_NUMBER}(?:-\\d+)?号?`;
/**
 * The ban and go after the chome and a space, joined by a hyphen (北3条西4丁目 1-5, 神宮前3丁目 14-2), as a form's cells
 * part them: not a range of months, days or hours (3丁目 4-5月).
 */
const SPACED_BAN_GO = `[ 　]\\d{1,4}${HYPHEN}\\d{1,4}(?:${HYPHEN}\\d{1,4})?(?![\\d-])${NO_COUNTER}(?!\\s?[年月日時分])`;
/**
 * A lot's one number after the chome and a space (若葉町3丁目 27), as a chat or a form's cells part them: not a count, a
 * sum or a time (3丁目 4件, 2丁目 10時), nor a stop's, a line's or a floor's number (本町二丁目 3番のりば, 2丁目 5階).
 */
const SPACED_LOT = `[ 　]\\d{1,4}(?![\\d-]|\\s?[件個名人回円%年月日時分秒番号線階便系])`;
/**
 * A side of the street between the chome and its block, as Sapporo's towns along a 通 number their blocks on each side
 * (本郷通3丁目北1-20, 菊水上町2丁目南4-8): the block's numbers follow it.
 */
const SIDE_OF_STREET = "(?:[東西南北](?=[0-9一二三四五六七八九十]))";
const BLOCK = `(?:${KANJI_NUMBER}丁目(?:${SIDE_OF_STREET}?${BAN}${AFTER_BAN}|${WRAPPED_BAN}|${SIDE_OF_STREET}?\\d+(?:${HYPHEN}\\d+){0,2}|${SPACED_BAN_GO}|${SPACED_LOT})?|${BAN}${AFTER_BAN}|\\d+${HYPHEN}\\d+(?:${HYPHEN}\\d+){0,2}(?!\\d)${NO_COUNTER}|\\d+ ?- ?\\d+ ?- ?\\d+(?![\\d-])${NO_COUNTER})`;
/** Between numbers read out: の or ハイフン, perhaps with a pause after it (14の、6). */
const SAID_JOIN = `${SPOKEN_PARTICLE}(?:[、,] ?)?`;
/** Not before another number read out, nor before a counter (3 の 14 件). */
const NO_COUNT_AFTER = `(?!\\d|${SAID_JOIN}\\d| ?[件個名人回円年月日時分秒%])`;
/**
 * The block read out in a transcript (3 の 14 の 7), straight after the town's name: not after a particle (港区で 3 の 14
 * 件) nor before a counter; or its chome and then its numbers (2丁目の、14の、6).
 */
const SPOKEN_BLOCK = `(?<=[\\p{Script=Han}\\p{Script=Katakana}ー々ヶ]) ?\\d+(?:${SAID_JOIN}\\d+){1,2}${NO_COUNT_AFTER}`;
const SPOKEN_CHOME = `${KANJI_NUMBER}丁目${SAID_JOIN}\\d+(?:${SAID_JOIN}\\d+)?${NO_COUNT_AFTER}`;
/**
 * After the block, the building and the flat: a building word (梅田ビル 5F, クイーンズタワーA 10階, 大阪駅前第3ビル 12階,
 * コーポ山田 203) or any name followed by a floor or a room (グランフロント1201号室, 渋谷ヒカリエ8F), or the room alone
 * (1-2-3 501号室); a fourth number of a 1-2-3 block is the room too (1-2-3-1201).
 */
/**
 * Kana as a shelter's or a clinic's legacy form writes a building's name, half-width (ﾚｵﾊﾟﾚｽ浮間舟渡 203, ｺｰﾎﾟ赤羽北 102):
 * its sound marks ﾞ ﾟ and its ｰ are no katakana to Unicode, so the range is named whole.
 */
const HALF_KANA = "\\uFF66-\\uFF9F";
const BUILDING_NAME = `[\\p{Script=Han}\\p{Script=Katakana}\\p{Script=Hiragana}ー・A-Za-z${HALF_KANA}]`;
/** Before the building: a space, or a line break and the next line's indent (…5番22号⏎  レジデンス浦和 1401). */
const BREAK = "(?:\\n[ \\t　]{0,4}|\\s)?";
/**
 * The building word may start the name (ハイツ阿佐ヶ谷 203号) or sit inside it (サンタワーズ C棟 1203); a wing (C棟, an
 * estate's 2号棟) and a room number with or without 号/号室 may follow (永山団地 2号棟 305号室).
 */
/**
 * ハイム (a home, as 〇〇ハイム names flats after the German word) is a building word too. Not a town's public hall, library
 * or gym, a landmark written after an address (…761番地 北浜公民館 の裏), where no one lives or works.
 */
const BUILDING_WORD = "(?:ビル(?:ディング)?|マンション|ハイツ|ハイム|タワー|レジデンス|コーポ|荘|(?<!公民|図書|体育)館|棟|寮|団地)";
/**
 * A building's name holding katakana and its room with no 号 after it (グランシャリオ本中山101, メゾン山田 201, メゾンつつじ101,
 * グランメゾン中もず 1102, its wing or floor before it: パークヒルズ八事 2-504, B-1203, 東棟1305; a name of up to three
 * words, the first holding katakana: パークシティ武蔵小杉 ミッドスカイタワー 3512): three or four digits that
 * end the address, not after a particle (ホテルで 300) nor a count or a price
 * (ビル 100円, 倉庫 120件).
 */
/**
 * A wing named by its side or letter, spaced from the building's name (ベルコリーヌ南大沢 東棟1305, パークシティ 中央棟 802,
 * グランフロント A棟 1203), its side perhaps in katakana (タワーレジデンス イースト棟 2205).
 */
const WING_SIDE = "(?:[東西南北]|中央|[A-Z]|イースト|ウ[エェ]スト|ノース|サウス|センター)";
const NAMED_WING = `(?:\\s${WING_SIDE}棟)`;
/** A wing numbered by a letter with 号棟, before it or, as a form's fields run, after it (サンハイツ飯田 B号棟 203号, 号棟B 203号). */
const LETTERED_WING = "(?:[A-Z]号棟|号棟[A-Z])";
const HOLDS_KATAKANA = "(?=[\\p{Script=Han}A-Za-z]{0,12}[\\p{Script=Katakana}])";
/**
 * A spot every building has, where people meet or are met (ロビー 受付 1300, エントランス 10:00, フロント前): no building's name,
 * and the number after it a time, not a room.
 */
const MEETING_SPOT = "(?!(?:ロビー|受付|フロント|エントランス|ラウンジ|入口|入り口|玄関|正面玄関|改札|待合室?)(?![\\p{Script=Han}\\p{Script=Katakana}ー]))";
/**
 * A word of a building's name may end in a number or a Roman numeral, as estates number their towers and phases
 * (リバーシティ21 イーストタワーズⅡ 3112, パークタワーⅢ 1204): a number only before a space, where the next word or the room starts.
 */
const ROMAN_NUMERAL = "(?:[\\u2160-\\u216B]|I{2,3}(?![A-Za-z]))";
const NAME_WORD_END = `(?:[0-9]{1,2}(?=\\s)|${ROMAN_NUMERAL})?`;
const NAMED_ROOM = `${BREAK}${MEETING_SPOT}${HOLDS_KATAKANA}${BUILDING_NAME}{2,16}${NAME_WORD_END}(?:\\s${MEETING_SPOT}${BUILDING_NAME}{2,16}${NAME_WORD_END}){0,2}(?<![でにはをがとへも])${NAMED_WING}?\\s?(?:[0-9]{1,2}-|[A-Z]-?)?[0-9]{3,4}(?![0-9-]|\\s?[件個名人回円年月日時分秒%])(?:号室|号)?`;
/** The room after a numbered wing of an estate (フレール南大沢 11号棟 504, 3号棟 1203号室, or 棟 without 号: 若葉団地 12棟 305号): a number of two to four digits, no count. */
const WING_ROOM = "(?:\\s?[0-9]{2,4}(?:号室|号)?(?![0-9-]|\\s?[件個名人回円年月日時分秒%]))?";
/**
 * A building whose name holds a number (ラ・フォーレ南3条 1102号室, メゾン北12条 305号室, as Sapporo's buildings take their
 * grid's 条), then its room with 号室, which says the number is the name's and the last the room.
 */
const NUMBERED_NAME_ROOM = `${BREAK}${BUILDING_NAME}{1,12}[0-9]{1,3}[\\p{Script=Han}\\p{Script=Katakana}ー]{1,4}\\s?[0-9]{2,4}号室`;
/** A room by its wing's letter alone after the block (港島中町6-1 C-1203, 日吉本町1-2-3 B-204): three or four digits, no count. */
const LETTER_ROOM = "\\s[A-Z]-?[0-9]{3,4}(?![0-9A-Za-z-]|\\s?[件個名人回円年月日時分秒%便])";
/** A room named by its floor and a letter after the building's word (ノースハイム 3-B, コーポ山田 2-A). */
const FLOOR_LETTER_ROOM = "[0-9]{1,2}-[A-Z](?![A-Za-z0-9])";
/**
 * A firm's site named after the block, as a work order writes where to go (西大井6丁目1-22 鬼頭工務店 第二倉庫): the
 * firm's name and its numbered warehouse or works are the place's, and a surname the firm holds would stand there
 * beside the mask. Kanji or katakana first, not a particle's clause (1-22 にある倉庫).
 */
const FIRM_SITE = "\\s[\\p{Script=Han}\\p{Script=Katakana}][\\p{Script=Han}\\p{Script=Katakana}ー]{1,11}\\s?第?[0-9一二三四五六七八九十]{0,2}(?:倉庫|工場|資材置場|作業場|事業所|物流センター)(?![\\p{Script=Han}])";
/**
 * After the building's word, a second word of its name before the room (梅田スカイビル タワーイースト 3705), or the
 * number its name holds before a wing (エルザタワー55 ウエスト棟 2104).
 */
const BUILDING_SECOND_WORD = `(?:\\s${HOLDS_KATAKANA}${BUILDING_NAME}{2,16}(?=\\s?[0-9]{3,4}(?![0-9])))?`;
/**
 * The room alone after a block of three numbers and a space, no building named (高松市番町4-1-10 1101, 日吉本町2-3-5 302):
 * three or four digits, not a count, a price, a time or a year.
 */
const ROOM_AFTER_THREE_NUMBERS = "(?<=\\d-\\d{1,4}-\\d{1,4})[ 　][0-9]{3,4}(?:号室|号)?(?![0-9:.,-]|\\s?[件個名人回円年月日時分秒%]|\\s?(?:に|から|まで))";
const BUILDING = `(?:${BREAK}(?:${BUILDING_NAME}|第[0-9]+){0,16}${BUILDING_WORD}(?:[\\p{Script=Han}\\p{Script=Katakana}\\p{Script=Hiragana}ー]{0,8}(?<![でにはをがとへも])(?=\\s?(?:${WING_SIDE}?棟|${LETTERED_WING}|[0-9]|[A-Z]-[0-9]))|[\\p{Script=Katakana}ー]{0,6})${BUILDING_SECOND_WORD}(?:[0-9]{1,3}(?=\\s?${WING_SIDE}棟))?(?:${ROMAN_NUMERAL}|[A-Z])?(?:\\s?(?:${WING_SIDE}棟|${LETTERED_WING}))?\\s?(?:${FLOOR_LETTER_ROOM}|[0-9]{1,3}号?棟${WING_ROOM}|(?:[A-Z]-|[0-9]{1,2}-(?:[0-9]{1,3}-)?(?=[0-9]{3}))?[0-9]+(?:階|F|号室|号)?)?|${BREAK}${BUILDING_NAME}{0,16}\\s?[0-9]+(?:階|F|号室|号棟${WING_ROOM}|号)|${NUMBERED_NAME_ROOM}|${NAMED_ROOM}|${LETTER_ROOM}|${ROOM_AFTER_THREE_NUMBERS}|${FIRM_SITE})?`;
/**
 * In a transcript, a building said after a pause (、えー、ハイツ芝の 203): only with its building word and its room, which
 * say it is still the address; or a name holding katakana and a room of three or four digits (、ヴェルデ中津 の 105).
 */
const SPOKEN_BUILDING = `(?:、 ?${FILLERS}(?:${BUILDING_NAME}{0,16}${BUILDING_WORD}${BUILDING_NAME}{0,8}?の? ?[0-9]+(?:階|F|号室|号)?|(?=[\\p{Script=Han}A-Za-z]{0,12}[\\p{Script=Katakana}])${BUILDING_NAME}{2,16} ?の? ?[0-9]{3,4}(?:号室|号)?${NO_COUNT_AFTER}))`;
const MUNICIPALITY = "(?:\\p{Script=Han}{1,6}?[市郡](?:\\p{Script=Han}{1,4}?[区町村])?|\\p{Script=Han}{1,4}?区|\\p{Script=Han}{1,4}?[町村])";
/**
 * A city named in kana (さいたま市, つくば市, いわき市), perhaps ending in one kanji (ふじみ野市): after its prefecture, or
 * before its ward.
 */
const KANA_CITY = "\\p{Script=Hiragana}{2,6}\\p{Script=Han}?市";
/**
 * The cities Japan names in hiragana (うるま市, いわき市, ひたちなか市, ふじみ野市, いちき串木野市), by their names, so that they
 * stand with no prefecture before them as a local form writes its own city: any run of kana before 市 would take a
 * particle with it (住所はうるま市).
 */
const KANA_NAMED_CITY =
  "(?:さいたま|つくばみらい|つくば|いわき|ひたちなか|かすみがうら|うるま|えびの|いちき串木野|ふじみ野|みどり|さくら|いすみ|かほく|あわら|いなべ|みよし|あま|たつの|南あわじ|みやま|うきは|さぬき|東かがわ|むつ|つがる|にかほ|伊豆の国)市";
/** The town, with Sapporo's and Asahikawa's numbered 条 (北3条西, 東十条) before the block. */
const TOWN = `[\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}ー々ヶ]{0,12}?(?:${KANJI_NUMBER}条[\\p{Script=Han}]{0,3}?)?`;

/**
 * Between the town and its block, a line break (大通西⏎8丁目2番地39) or one space, as forms and spreadsheets often write
 * it (名古屋市中区栄 3丁目15-27, ふじみ野市上福岡 4-7-2, 烏丸通御池下る虎屋町 566-1).
 */
const TOWN_GAP = "(?:\\n|[ 　])?";
/**
 * A rural lot: its number alone straight after a town named with 大字 or 字 (白馬村大字北城1234, 恩納村字恩納123番地の2, 番地 and
 * its branch number with nothing between: 大字島崎812番地3; its
 * 字 perhaps numbered in kanji with の: 字北宿二の切58), or after a town of a county's town or village (河内郡上三川町上神主1427:
 * a 郡's 大字, its word left out, numbers its lots with no chome; so does a ward's rural town's, a hamlet's name after its
 * 町: 北区淡河町神影 318): the 字, the 郡 or the hamlet says the number is the lot's, where a number after a town alone may
 * be a count, and a chome's (中津 2丁目) the block's start.
 */
const AZA_LOT = `(?<=字\\p{Script=Han}(?:の?\\p{Script=Han}){0,6}|郡\\p{Script=Han}{1,4}[町村]\\p{Script=Han}{1,6}|区\\p{Script=Han}{1,4}町\\p{Script=Han}{2,4})${TOWN_GAP}\\d{1,5}(?:番地?\\d{0,4})?(?:[-の]\\d{1,4}){0,2}(?![\\d-]|丁目|\\s?[件個名人回円年月日時分秒%])${BUILDING}`;
/**
 * A town's lot of one number, then a building by its word and a room (不老町1 名大東山寮 B-214, 本町12 コーポ山田 203号): the
 * building and its room say the number is the lot's, where a number after a town alone may be a count; or, after a space,
 * a name holding katakana and its room of three or four digits (鶴賀緑町1612 ｸﾞﾗﾝﾃﾞｭｰﾙ長野 701).
 */
const LOT_THEN_ROOM = `${TOWN_GAP}\\d{1,5}(?:番地?)?(?:${BREAK}${BUILDING_NAME}{0,16}${BUILDING_WORD}${BUILDING_NAME}{0,8}?\\s?(?:[A-Z]-?)?\\d{2,4}(?:号室|号)?(?![\\d-]|\\s?[件個名人回円年月日時分秒%])|(?<=\\p{Script=Han}\\d{1,5})[ 　]${NAMED_ROOM})`;
/**
 * Between the city or ward and its town, a line break and the next line's indent, as an address written over two
 * lines is (東京都渋谷区⏎恵比寿1-2-3), or one space after a city or a ward, as a delivery list spaces its parts (上尾市 緑丘
 * 3-6-15; not after 町 or 村, which end words too: 隣町, 城下町): only before the town's name, so that a number opening the
 * next line stays.
 */
const CITY_BREAK = "(?:(?:\\n[ \\t　]{0,4}|(?<=[市区])[ 　])(?=[\\p{Script=Han}\\p{Script=Katakana}\\p{Script=Hiragana}]))?";
/**
 * Japanese addresses from the municipality (市区町村, after a prefecture when one is written) through the block
 * number, where the number is what makes it one person's or one office's address: `東京都千代田区丸の内1-2-3`,
 * `大阪市北区梅田二丁目4番9号`, `札幌市中央区大通西4丁目1`, a line break before the block (大通西⏎8丁目2番地39). A city
 * alone (東京都千代田区) is not masked.
 */
const JAPANESE_ADDRESS = new RegExp(
  `(?:(?:${PREFECTURES})\\s?(?:${KANA_CITY}(?:\\p{Script=Han}{1,4}?区)?|${MUNICIPALITY})|${MUNICIPALITY}|${KANA_CITY}\\p{Script=Han}{1,4}?区|${KANA_NAMED_CITY})${CITY_BREAK}${TOWN}(?:${AZA_LOT}|${LOT_THEN_ROOM}|${TOWN_GAP}${SPOKEN_CHOME}${SPOKEN_BUILDING}?|${TOWN_GAP}${BLOCK}${BUILDING}|${SPOKEN_BLOCK}${SPOKEN_BUILDING}?)`,
  "dgu",
);

/**
 * A chome alone after a town or a village named with no prefecture, city or county before it (中村橋三丁目, 本町二丁目: a
 * station's or a site's neighbourhood, its 村 or 町 a word's end) names hundreds of homes: without its block's number,
 * no address. After a city (旭川市4条通9丁目) the chome alone is kept as one.
 */
const PREFECTURE_FIRST = new RegExp(`^(?:${PREFECTURES})`, "u");
const isBareChomeOfTown = (address: string): boolean => address.endsWith("丁目") && !/[市郡区]/u.test(address) && !PREFECTURE_FIRST.test(address);
/**
 * A chome alone before 地番 (土地 北区赤羽台三丁目 地番 1872番4): the land register's place of a parcel, its lot numbered in
 * the register's own series, not where anyone lives; a home's block after the chome is an address still.
 */
const LAND_LOT_AFTER = /^[ \t　]*地番/u;
const isParcelsChome = (match: RegExpExecArray, shadow: string): boolean => match[0].endsWith("丁目") && LAND_LOT_AFTER.test(shadow.slice(match.index + match[0].length, match.index + match[0].length + 4));

/**
 * An issuer's ward or city, then a serial between 第 and 号 (道路占用許可 港区 第3-1234号, 渋谷区 第8-17号): a permit's or a
 * certificate's number, no lot; an address writes its blocks bare.
 */
const SERIAL_IN_DAI_GO = /第\s?[0-9][0-9-]*$/u;
const isIssuersSerial = (match: RegExpExecArray, shadow: string): boolean =>
  SERIAL_IN_DAI_GO.test(match[0]) && shadow.startsWith("号", match.index + match[0].length);

/**
 * A Kyoto address, which names the street (通), the crossing and the way from it (上る, 下る, 西入, 東入) before the town,
 * whose lot may be one number alone (京都市中京区烏丸通御池下る虎屋町 566-1, 上京区河原町通今出川上る青龍町 231): the
 * directions say it is an address where a number alone after a town would not. Two ways may follow the crossing, north or
 * south then west or east (堀川通今出川下ル西入ル北舟橋町862).
 */
const KYOTO_ADDRESS = new RegExp(
  `${MUNICIPALITY}\\p{Script=Han}{1,6}?通\\p{Script=Han}{0,6}?(?:[上下](?:る|ル)|[東西]入(?:る|ル)?){1,2}\\p{Script=Han}{1,6}?町${TOWN_GAP}${KANJI_NUMBER}(?:番地?)?(?:[-の]${KANJI_NUMBER}){0,2}(?![0-9]|\\s?[件個名人回円年月日時分秒%])${BUILDING}`,
  "dgu",
);

const STREET_TYPES =
  "Street|St\\.?|Avenue|Ave\\.?|Road|Rd\\.?|Boulevard|Blvd\\.?|Lane|Ln\\.?|Drive|Dr\\.?|Way|Court|Ct\\.?|Place|Pl\\.?|Parkway|Pkwy\\.?|Terrace|Highway|Hwy\\.?|Square|Sq\\.?|Loop|Circle|Cir\\.?|Crescent|Close|Row|Trail|Alley|Gardens|Grove|Mews|Rise|Parade|Esplanade|Quay|Wharf|Promenade|Soi";
const PO_BOX = "(?:P\\.?\\s?O\\.?|[Pp]ost [Oo]ffice)\\s?(?:Box|BOX)";
const STREET_TYPE = new RegExp(`${STREET_TYPES}|${PO_BOX}`);
/**
 * The town and its postcode after a P.O. box, as New Zealand, Australia and Europe write them (PO Box 218, Wellington
 * 6140): with the box they name its holder; the US's state and ZIP are left to the ZIP's rule.
 */
const PO_BOX_TOWN = "(?:,\\s+[A-Z][a-z]+(?:\\s[A-Z][a-z]+)?\\s\\d{4,5}(?![\\d-]))?";
/**
 * US- and UK-style street addresses: `221B Baker Street`, `350 Fifth Avenue, Suite 3300`, `350 5th Avenue`,
 * `10 W 42nd St`, `12 NW Oak St`, `1600 Pennsylvania Avenue NW, Apt. 12` (a direction of one or two letters before the
 * name or after the street type, the flat after a comma), and P.O. boxes; a Singapore or Malaysian block, its street
 * numbered after its type, and the flat (Blk 412 Ang Mo Kio Ave 10, #08-1147); the flat before the house's number, as
 * Australia and New Zealand write it (Unit 5/12 Smith Street). A full stop among the street's words only after an
 * abbreviation (10 St. Johns Road, 5 Mt. Pleasant Avenue): after a word it ends a sentence (12 Boxes. Station Road is …).
 * A suite's or a flat's number may open with its letters and a hyphen (Suite MIA-44172: a forwarder's customer box; Apt B-12).
 */
const UNIT = "(?:(?:Apt|Apartment|Suite|Ste|Unit|Room|Flat|Floor|Fl|Level|#)\\.?\\s*#?(?:[A-Z]{1,4}-)?\\d+(?:-\\d+)?[A-Z]?|\\d{1,3}(?:st|nd|rd|th)\\s(?:Floor|Fl\\.))";
/**
 * A tower or building named after the street, as Hong Kong and Singapore write them: ", Admiralty Centre Tower 2"; or a
 * block of flats named before it, as Britain writes them (Flat 12, Harbour View, 88 Marine Parade).
 */
const NAMED_BUILDING = "(?:[A-Z][a-z]+\\s+){0,3}(?:Tower|Building|Centre|Center|House|Plaza|Mansion|Court|Square|Block|View|Lodge|Heights|Point)(?:\\s+\\d{1,3}[A-Z]?)?";
/**
 * Before the street, what Hong Kong writes first, from the flat up: Room 1203, 15/F, Tower 2, Times Square, 1 Matheson
 * Street.
 */
const UPPER_FLOOR = "\\d{1,3}\\/F";
/** A street whose type comes first and its name after "of the", as New York and Los Angeles name some (Avenue of the Americas, Avenue of the Stars). */
const AVENUE_OF_THE = "(?:Avenue|Ave\\.|Boulevard|Blvd\\.)\\s+of\\s+the\\s+[A-Z][a-z]+(?:\\s[A-Z][a-z]+)?";
const STREET_ADDRESS = new RegExp(
  `(?:\\b(?:${UNIT}|${UPPER_FLOOR}|${NAMED_BUILDING}),\\s+){0,4}(?:\\b(?:Blk|Block)\\.?\\s)?(?:\\b(?:Unit|Apt|Flat|Shop)\\s)?(?:\\b\\d{1,4}[A-Z]?\\/)?\\b\\d{1,6}[A-Z]?\\s+(?:(?:[NS][EW]|[NSEW])\\.?\\s+)?(?:(?:(?:[A-Z][a-z]?\\.|[A-Z][a-z]+|\\d{1,3}(?:st|nd|rd|th))\\s+){1,3}(?:${STREET_TYPES})(?:\\s\\d{1,3}[A-Z]?\\b(?=,))?|[A-Z][a-z]+way|${AVENUE_OF_THE})(?:\\s+(?:[NS][EW]?|[EW])\\b\\.?)?(?:,?\\s+${UNIT})?(?:,\\s+${NAMED_BUILDING})?(?![A-Za-z])|\\b${PO_BOX}\\s+\\d{1,6}\\b${PO_BOX_TOWN}`,
  "dg",
);
/** Between a street and its postcode and town: a comma, or a line break where the postcode's line follows (Musterstraße 12⏎10115 Berlin). */
const BEFORE_POSTCODE = "(?:,\\s|,?[ \\t]*\\n[ \\t]*)";
/** A Danish flat's floor and side (3. tv, 2. th, st. mf, 1. sal): the floor's number or st. (stuen), then til venstre, til højre or midtfor. */
const DANISH_FLOOR = "(?:\\d{1,2}|st)\\.\\s?(?:tv|th|mf)\\b|\\d{1,2}\\.\\s?sal\\b";
/**
 * The flat after the house's number, as a European address notes it before the postcode: its floor and side
 * (Lindenstraße 42, 3. OG links; 2. Stock rechts; EG; 4e étage gauche), its flat's or stair's number (Whg. 12, Top 7,
 * Stiege 2, Bât. B, Apt 3), or the stair and door after slashes, as Austria writes them (Neubaugasse 10/2/14).
 */
const EUROPEAN_FLAT =
  `(?:\\/\\d{1,3}){0,2}(?:,\\s(?:\\d{1,2}\\.\\s?(?:OG|Obergeschoss|Stock|Etage)|EG|DG|UG|Erdgeschoss|Dachgeschoss|Hochparterre|\\d{1,2}(?:e|er|ème)\\s?étage|(?:Whg|Wohnung|Top|Stiege|App|Apt|Appartement|Bât|Bâtiment|Escalier)\\.?\\s?[A-Z0-9]{1,4}\\b|${DANISH_FLOOR})(?:\\s(?:links|rechts|Mitte|gauche|droite)\\b)?)?`;
/** The postal district after Copenhagen's or Aarhus's name (København N, Aarhus C, Frederiksberg C, København SV). */
const TOWN_DISTRICT = "(?:\\s(?:NV|SV|NØ|SØ|[NSVKCØ])(?![A-Za-zÀ-ÿ0-9]))?";
/** The country written after the town. */
const NORTHERN_COUNTRY = "(?:,\\s(?:Denmark|Danmark|Sweden|Sverige|Norway|Norge|Germany|Deutschland|Netherlands|Nederland|Austria|Österreich|Switzerland|Schweiz))?";
/**
 * Streets named first and numbered after, as continental Europe writes them (Drottninggatan 71, Hauptstraße 5,
 * Keizersgracht 123), with the postcode and town that follow (111 36 Stockholm, 10115 Berlin, and the Dutch four digits
 * and two letters: 1015 CJ Amsterdam — only after a street's word, where 2024 EU Release would otherwise read as one).
 */
const EUROPEAN_STREET = new RegExp(
  `\\b[A-ZÀ-Þ][a-zà-ÿ]*(?:gatan|vägen|gränd|gata|veien|vej|gade|straße|strasse|str\\.|weg|gasse|platz|allee|straat|laan|gracht|plein)\\s\\d{1,4}[a-z]?\\b${EUROPEAN_FLAT}(?:${BEFORE_POSTCODE}(?:\\d{3}\\s\\d{2}|\\d{4}\\s?[A-Z]{2}|\\d{4,5})\\s[A-ZÀ-Þ][a-zà-ÿ]+${TOWN_DISTRICT}${NORTHERN_COUNTRY})?`,
  "dg",
);
/**
 * A German, Austrian or Swiss street whose word stands apart after a place's name (Mariahilfer Straße 45, 1060 Wien;
 * Kölner Str. 12, 2. OG, 50667 Köln; Berliner Allee 5, 40212 Düsseldorf), with its postcode of four or five digits and
 * its town: the postcode says it is an address, where a noun before Platz 3 or Weg 5 is a sentence's (Der Weg 5 ist lang; Unser Weg 5, 1234 Schritte).
 */
const GERMAN_WORD_STREET = new RegExp(
  String.raw`\b(?!(?:Unser|Euer|Aber|Oder|Jeder|Dieser|Jener|Welcher|Mancher|Einer|Keiner|Meiner|Deiner|Seiner|Ihrer)[ -])[A-ZÄÖÜ][a-zäöüß]+er[ -](?:Straße|Strasse|Str\.|Gasse|Platz|Weg|Allee|Ring|Damm|Ufer|Chaussee|Gürtel|Kai)\s\d{1,4}[a-z]?\b${EUROPEAN_FLAT}${BEFORE_POSTCODE}\d{4,5}\s[A-ZÀ-Þ][a-zà-ÿ]+`,
  "dgu",
);
/**
 * A continental street of any name, numbered after, then a comma and a postcode and its town: five digits as Germany,
 * France, Italy or Spain write them (Am Kanal 14, 10997 Berlin; Unter den Linden 77, 10117 Berlin, Germany), or
 * Portugal's four and three (Rua Augusta 100, 1100-053 Lisboa; not Poland's two and three, as Chapter 2, 12-345 Notes
 * would read), perhaps the flat's note between (Am Kanal 14, Whg. 12, 10997 Berlin): the postcode and town after the
 * number say it is an address, whatever the street is called. Four digits, as Norway, Denmark, Switzerland, Austria
 * and Belgium write them, only with the country named after the town (Universitetstunet 3, 1433 Ås, Norway): alone,
 * four digits and a word may be a year's (Kapitel 3, 2024 Ausgabe).
 */
const FOUR_DIGIT_POSTCODE_COUNTRIES = "Norway|Norge|Denmark|Danmark|Switzerland|Schweiz|Suisse|Svizzera|Austria|Österreich|Belgium|Belgique|België|Luxembourg";
const POSTCODE_TOWN_ADDRESS = new RegExp(
  String.raw`\b[A-ZÀ-Þ][a-zà-ÿß]+(?:[ -](?:[A-ZÀ-Þ][a-zà-ÿß]+|der|dem|den|des|de|la|du|del|am|an|im|zum|zur)){0,3}\s\d{1,4}[a-z]?${EUROPEAN_FLAT},\s(?:\d{5}|\d{4}-\d{3}|\d{4}(?=\s[A-ZÀ-Þ][a-zà-ÿß]+(?:[ -][A-ZÀ-Þ][a-zà-ÿß]+)?,\s(?:${FOUR_DIGIT_POSTCODE_COUNTRIES})\b))\s[A-ZÀ-Þ][a-zà-ÿß]+(?:[ -][A-ZÀ-Þ][a-zà-ÿß]+)?(?:,\s(?:Germany|Deutschland|France|Italy|Italia|Spain|España|Finland|Portugal|${FOUR_DIGIT_POSTCODE_COUNTRIES}))?`,
  "dgu",
);

/**
 * A street word first and the house's number after the name, then a postcode of four or five digits and the town, as
 * Switzerland, Belgium and Luxembourg write a French or Italian street (Rue de la Loi 16, 1000 Bruxelles; Via Nassa 5,
 * 6900 Lugano; Avenue de la Gare 10, CH-1003 Lausanne): the street's word and the postcode after the number say it.
 */
const ROMANCE_STREET_WORD = "(?:Rue|Avenue|Boulevard|Chemin|Place|Quai|Allée|Impasse|Via|Viale|Piazza|Piazzale|Corso|Vicolo|Largo|Calle|Avenida|Rua)";
const ROMANCE_NAME_WORD = "(?:[A-ZÀ-Þ][a-zà-ÿ'’-]+|de|du|des|la|le|les|del|della|delle|dei|di|da|do|dos|d'|l')";
const ROMANCE_STREET_NUMBER_AFTER = new RegExp(
  `\\b${ROMANCE_STREET_WORD}\\s(?:${ROMANCE_NAME_WORD}\\s?){1,5}(?<=[a-zà-ÿ])\\s\\d{1,4}[a-z]?(?:\\s?(?:bis|ter))?${EUROPEAN_FLAT}${BEFORE_POSTCODE}(?:[A-Z]{1,2}-)?\\d{4,5}\\s[A-ZÀ-Þ][a-zà-ÿ-]+(?:,\\s(?:Suisse|Schweiz|Svizzera|Switzerland|Belgique|België|Belgium|Luxembourg|France|Italia|Italy))?`,
  "dgu",
);

/**
 * French, Spanish and Italian streets, numbered first: 14 Rue de Rivoli, 75004 Paris; 23 Via del Corso; 8 rue Oberkampf,
 * 4e étage, 75011 Paris; and the Spanish names of American streets, their word first (2217 Alameda de las Pulgas, Apt 4;
 * 1450 Camino del Mar, Unit 12), known by what follows the name: a flat's word or a town, its state and ZIP (not the
 * 2024 Camino de Santiago, all of it). Via only capitalised: after a number, "via" is English's (booking 1824 via
 * Hostelworld).
 */
const AMERICAN_TAIL = String.raw`[^,\n]{1,40},\s(?:(?:Apt|Apartment|Suite|Ste|Unit|#)\.?\s?#?[A-Z]?\d|(?:[A-Z][a-z]+\s){0,2}[A-Z][a-z]+,\s[A-Z]{2}\s\d{5})`;
const ROMANCE_STREET = new RegExp(
  `\\b\\d{1,4}(?:\\s?(?:bis|ter))?,?\\s+(?:[Rr]ue|[Aa]venue|[Bb]oulevard|[Qq]uai|[Cc]hemin|[Aa]llée|[Ii]mpasse|[Cc]alle|Via|[Vv]iale|[Cc]orso|[Pp]iazza|(?:Alameda|Avenida|Camino|Paseo)(?=${AMERICAN_TAIL}))\\s+(?:(?:de|du|des|la|las|los|el|le|del|della|di|d')\\s*)*[A-ZÀ-Þ][a-zà-ÿ-]+(?:\\s[A-ZÀ-Þ][a-zà-ÿ-]+)?${EUROPEAN_FLAT}(?:,?\\s+${UNIT})?(?:${BEFORE_POSTCODE}\\d{5}\\s[A-ZÀ-Þ][a-zà-ÿ-]+)?`,
  "dg",
);
/**
 * A Japanese address written in romaji: 1-14-3 Shibaura, Minato-ku, Tokyo 108-0023 (a -ku, -shi or -cho says it), the
 * town perhaps in two words joined by a hyphen (Ebisu-minami, Nishi-Shinjuku, Kanda-cho),
 * perhaps after the building or the flat (Otemachi One Tower 15F, 1-2-1 Otemachi, …; Apt 1102, 2-15-8 …; a building's
 * name and its room, Park Court Ebisu 702, 1-2-3 …, or with # before the room, Sunny Court Ojima #204, 3-14-8 …, not an
 * order's or a ticket's number, Order #204, …; its place's word hyphenated either way, Park Axis Shirokane-dai 1204;
 * a hotel's room, room 1412, 1-2-3 …; the flat, then the building, Apt 1102, Park Court Ebisu, 1-2-3 …);
 * the prefecture and postcode perhaps on the next line (…, Meguro-ku⏎Tokyo 153-0063) or after the ward with no comma
 * (…, Shibuya-ku Tokyo 150-0001); the floor alone first (5F, 2-14-8
 * Ebisu, …) and the town and ward without a comma between (2-14-8 Ebisu Shibuya-ku); the ban and go before a town and
 * its chome (14-9 Motoazabu 2-chome, Minato-ku), the room as a fourth number (3-5-2-1203 Kachidoki, Chuo-ku), the flat
 * written last (…, Tokyo, Apt 501), and the city after the ward (2-3-1 Umeda, Kita-ku, Osaka-shi, Osaka 530-0001), its
 * long vowels perhaps written with macrons (…, Chōsei-gun, Chiba): the address whole, not cut at the city's name.
 */
/**
 * A Kyoto address's street and the way from its crossing in romaji, between the town and the ward (586-2 Banocho,
 * Sanjo-agaru, Karasuma-dori, Nakagyo-ku): the address goes on through them.
 */
const KYOTO_WAYS_ROMAJI = "(?:,?\\s+[A-Z][a-z]+(?:-[A-Za-z][a-z]+)?-(?:agaru|sagaru|iru|dori)\\b){0,3}";
const ROMAJI_ADDRESS = new RegExp(
  String.raw`(?:\b(?:[A-Z][a-z]+\s){1,3}(?:Tower|Building|Bldg\.?|Center|Centre|Plaza|Hills|Mansion|Heights)(?:\s\d{1,3}F)?,\s+|\b(?!(?:Order|Invoice|PO|Ref|Ticket|Case|Item|No|Room)\b)(?:[A-Z][A-Za-z]+(?:-[A-Za-z][a-z]+)?\s){1,4}#?\d{2,4}[A-Z]?,\s+(?=\d)|\b(?:Apt|[Rr]oom|Unit|Flat|Suite)\.?\s*\d+[A-Z]?,\s+(?:(?:[A-Z][A-Za-z]+\s){0,3}[A-Z][A-Za-z]+,\s+(?=\d))?|\b\d{1,3}F,\s+(?=\d))?\b\d{1,4}-\d{1,4}(?:-\d{1,4}){0,2}\s+[A-Z][a-z]+(?:-[A-Za-z][a-z]+)?(?:\s\d{1,2}-chome)?${KYOTO_WAYS_ROMAJI},?\s+[A-Z][a-z]+-(?:ku|shi|gun|cho|machi|mura|son)\b(?:,?\s+[A-Z][a-zāēīōū]+-(?:shi|gun)\b)?(?:,\s+${ROMAJI_PREFECTURE}|\s+(?:${JAPAN_PREFECTURES_ROMAJI})(?:-(?:ken|to|fu))?\b|[ \t]*\n[ \t]*[A-Z][a-z]+(?:-(?:ken|to|fu))?(?=,?\s+\d{3}-\d{4}))?(?:,?\s+\d{3}-\d{4})?${ROMAJI_FLAT_AFTER}`,
  "dg",
);

/**
 * A Vietnamese address: a house number (Số 14, down its lanes: ngõ 82) and a street, then the ward (Phường, Xã, P.)
 * and the district (Quận, Huyện, Q.), capitalised or not, and the city or province after them, its word written or not
 * (45 Nguyễn Trãi, Phường 2, Quận 5, TP. Hồ Chí Minh; …, Quận Ba Đình, Hà Nội); each word also without its diacritics,
 * as a form or a Latin keyboard writes it (So 27 ngo 112 Tran Duy Hung, …, Phuong 2, Quan 5).
 */
const VIETNAMESE_LANE = "(?:ngõ|ngách|hẻm|kiệt|ngo|ngach|hem|kiet)";
const VIETNAMESE_HOUSE = `(?:\\b[Ss](?:ố|o) )?\\b\\d{1,4}[A-Z]?(?:/\\d{1,4})?`;
const VIETNAMESE_STREET_WORD = "(?:(?:Đường|đường|Duong|duong|Phố|phố|Pho|pho) )?";
const VIETNAMESE_PART = "[\\p{L}\\d][\\p{L}\\d.]*(?: [\\p{L}\\d][\\p{L}\\d.]*){0,3}";
const VIETNAMESE_ADDRESS = new RegExp(
  `${VIETNAMESE_HOUSE}(?: ${VIETNAMESE_LANE} \\d{1,4}(?:/\\d{1,4})?)*,? ${VIETNAMESE_STREET_WORD}\\p{Lu}\\p{Ll}*(?: \\p{Lu}\\p{Ll}*){0,3}, (?:[Pp]hường|[Pp]huong|Xã|xã|Xa|Thị trấn|Thi tran|P\\.) ?${VIETNAMESE_PART}, (?:[Qq]uận|[Qq]uan|[Hh]uyện|[Hh]uyen|Thị xã|Thi xa|Q\\.) ?${VIETNAMESE_PART}(?:, (?:(?:TP\\.|Thành phố|Thanh pho|Tỉnh|Tinh) ?${VIETNAMESE_PART}|\\p{Lu}\\p{Ll}*(?: \\p{Lu}\\p{Ll}*){0,3}))?`,
  "dgu",
);

/**
 * A Vietnamese address down its lanes with no ward's or district's word (Số 27 ngõ 115 Nguyễn Khang, Yên Hòa, Cầu Giấy,
 * Hà Nội; 14 hẻm 52 Lê Văn Sỹ, Tân Bình, TP. Hồ Chí Minh): the lane's word after the house's number says it, and the
 * places after the street, each capitalised, are its ward, its district and its city.
 */
const VIETNAMESE_PLACE = "(?:TP\\. )?\\p{Lu}\\p{Ll}*(?: \\p{Lu}\\p{Ll}*){0,3}";
const VIETNAMESE_LANE_ADDRESS = new RegExp(
  `${VIETNAMESE_HOUSE}(?: ${VIETNAMESE_LANE} \\d{1,4}(?:/\\d{1,4})?)+,? ${VIETNAMESE_STREET_WORD}${VIETNAMESE_PLACE}(?:, ${VIETNAMESE_PLACE}){1,3}`,
  "dgu",
);

/**
 * A Japanese block in its full form (1丁目9番24号, 二丁目4番地9) straight after a town's name with no city before it
 * (堅田1丁目9番24号, 緑が丘3丁目⏎12番7号, its ban wrapped onto the next line): the three numbers name one plot, where a
 * bare 3丁目 or 5番 may be a stop or a counter. The town's name may hold が between its kanji (緑が丘, 自由が丘).
 */
const TOWN_BLOCK = new RegExp(
  `(?<![\\p{Script=Han}ヶ々が])[\\p{Script=Han}ヶ々](?:が?[\\p{Script=Han}ヶ々]){0,4}${KANJI_NUMBER}丁目(?:${KANJI_NUMBER}番地?${KANJI_NUMBER}号?|${WRAPPED_BAN})(?![0-9])${BUILDING}`,
  "dgu",
);

/**
 * A grid address of Sapporo, Asahikawa or Obihiro with no city before it: its 条 and its chome, each numbered in digits
 * or kanji (北24条西6丁目, 南一条東二丁目, 4条通8丁目, 西2条南9丁目, 東光1条1丁目), then the block's number (1-20, 3番5号): the
 * grid and the number name one plot, where 北24条 alone is a station and 西6丁目 a stop. Read before a town's block, which
 * would take the grid from its 条 on (北3[ADDRESS]).
 */
const GRID_ADDRESS = new RegExp(
  `(?<![\\p{Script=Han}ヶ々])[\\p{Script=Han}ヶ々]{0,4}?${KANJI_NUMBER}条(?:[東西南北]|通)?${KANJI_NUMBER}丁目(?:${BAN}${AFTER_BAN}|\\d+(?:${HYPHEN}\\d+){0,2}(?!\\d)${NO_COUNTER}|${SPACED_BAN_GO})${BUILDING}`,
  "dgu",
);

/**
 * A town and its block with no city before it, then a building named in katakana and its room (東住吉14-3 グリーンコート
 * 所沢 502号室, as a 住民票's 方書 is written): the building and 号室 say it is an address, where 東住吉14-3 alone may be a
 * stop or a score.
 */
const TOWN_BLOCK_ROOM =
  /(?<![\p{Script=Han}ヶ々])[\p{Script=Han}ヶ々]{2,5}\d{1,4}-\d{1,4}(?:-\d{1,4})?\s?(?=\p{Script=Han}{0,4}\p{Script=Katakana})[\p{Script=Han}\p{Script=Katakana}ー・]{2,16}\s?\d{2,4}号室/dgu;

/**
 * A Japanese address in romaji whose block or town is written in a way the pattern above does not take: a town and
 * its block after words that say someone lives there (lives at Zeze 4-6-12, address: Karasaki 5-2-30), or a plot's
 * number before a town ending in -cho or -machi , its chome, its ward or city and its
 * prefecture (room 1418, 901 Higashi-Shiokoji-cho, Shimogyo-ku, Kyoto; 412 Miyagawa-cho 4-chome, Higashiyama-ku, Kyoto),
 * the city without -shi when the prefecture's name follows it (1-12 Higashi-machi, Inuyama, Aichi): the address whole,
 * not its town cut from its city. The town must read as romaji (consonant–vowel syllables), so that Model 4-6-12 stays.
 */
const ROMAJI_BLOCK = new RegExp(
  `(?<=\\b(?:(?:[Ll]ives?|[Ll]iving|[Rr]esides?|[Rr]esiding|[Ss]taying|[Mm]oved|[Mm]oving)(?:\\salone)?\\s(?:at|in|to)|[Aa]ddress(?:\\sis)?:?)\\s)(?=[A-Z])${ROMAJI_WORD}(?:-${ROMAJI_WORD})?\\s\\d{1,4}-\\d{1,4}-\\d{1,4}(?![\\d-]|\\s?(?:am|pm|AM|PM)\\b)|(?:\\b(?:[Rr]oom|Rm\\.?)\\s?\\d{1,5}[A-Z]?,\\s+)?\\b\\d{1,4}(?:-\\d{1,4}){0,2}\\s+[A-Z][a-z]+(?:-[A-Z][a-z]+)*-(?:cho|machi|mura)(?:\\s\\d{1,2}-chome)?(?:,\\s+[A-Z][a-z]+(?:-(?:ku|shi|gun))?,\\s+(?:${JAPAN_PREFECTURES_ROMAJI})(?:-(?:ken|fu|to))?\\b(?:,?\\s+\\d{3}-\\d{4}(?!\\d))?|,\\s+[A-Z][a-z]+-(?:ku|shi|gun))?`,
  "dgu",
);

/**
 * A UK or Irish address: the house and street, perhaps its town and county, then the postcode (27 Hillside Gardens,
 * London N6 5SU) or the Eircode (12 Ardmore Park, Bray, Co. Wicklow, A98 X2K7) that says it is one; a flat may come
 * first (Flat 3B, …), and the block's name after it (Flat 12, Harbour View, …). A UK postcode is left to its own detector (POSTAL_CODE) and the town before it stays, as it
 * does after a street; an Eircode has no detector of its own, so it is taken here with the places before it.
 */
const UK_POSTCODE = "[A-Z]{1,2}\\d[A-Z\\d]?\\s\\d[A-Z]{2}";
/** A street named in Irish, with its fadas and its article (14 Sráid an Droichid, 3 Bóthar na Trá): before an Eircode too. */
const IRISH_STREET_WORD = "(?:[A-ZÁÉÍÓÚ][a-záéíóú]+|an|na)";
const EIRCODE = "(?:[AC-FHKNPRTV-Y]\\d{2}|D6W)\\s[0-9AC-FHKNPRTV-Y]{4}";
/** The town and the county, after a comma or on a line of their own; Dublin's with its postal district (Dublin 4, Dublin 6W). */
const PLACES = "(?:(?:,\\s+|[ \\t]*\\n[ \\t]*)(?:Co\\.\\s)?[A-ZÁÉÍÓÚ][a-záéíóú]+(?:[\\s-][A-ZÁÉÍÓÚ][a-záéíóú]+){0,2}(?:\\s\\d{1,2}W?)?){0,3}";
const BRITISH_ISLES_ADDRESS = new RegExp(
  `(?:\\b${UNIT},\\s+)?(?:\\b${NAMED_BUILDING},\\s+)?\\b\\d{1,4}[A-Z]?\\s+(?:${IRISH_STREET_WORD}\\s+){0,3}[A-ZÁÉÍÓÚ][a-záéíóú]+(?:${PLACES},?\\s+${EIRCODE}\\b|(?=${PLACES},?\\s+${UK_POSTCODE}\\b))`,
  "dg",
);

/**
 * A Hungarian street: its name, its word (út, utca, u., körút, tér, köz, fasor, rakpart) and its number, then perhaps
 * the four-digit postcode and town (Andrássy út 64, 1062 Budapest, Hungary; Váci u. 12/B) or with them first, as a
 * Hungarian envelope writes them (1052 Budapest, Petőfi Sándor utca 5): the street's word says it is an address.
 */
const HUNGARIAN_STREET_WORD = "(?:út|utca|u\\.|körút|krt\\.|sugárút|tér|köz|fasor|rakpart)";
const HUNGARIAN_TOWN = "\\d{4}\\s\\p{Lu}\\p{Ll}+";
const HUNGARIAN_ADDRESS = new RegExp(
  `(?<![\\p{L}\\d])(?:${HUNGARIAN_TOWN},\\s)?\\p{Lu}[\\p{L}-]+(?:\\s\\p{Lu}[\\p{L}-]+){0,2}\\s${HUNGARIAN_STREET_WORD}\\s\\d{1,4}(?:\\/[A-Za-z])?(?![\\p{L}\\d])(?:,\\s${HUNGARIAN_TOWN}(?:,\\s(?:Hungary|Magyarország))?)?`,
  "dgu",
);

/** A Norwegian or Danish street of two words, numbered after, with its postcode and town: Thereses gate 14B, 0168 Oslo. */
const NORDIC_STREET = new RegExp(
  `\\b(?:[A-ZÆØÅ][a-zæøåé]+\\s)?[A-ZÆØÅ][a-zæøåé]+s?\\s(?:gate|gata|vei|veien|vegen|allé|plass|vej|stræde)\\s\\d{1,4}[A-Za-z]?\\b(?:${BEFORE_POSTCODE}\\d{4}\\s[A-ZÆØÅ][a-zæøå]+)?`,
  "dgu",
);

/**
 * A Taiwanese address: the city or county, the district, the road and its section, then lane (巷), alley (弄), number
 * (號) and floor (樓) — 台北市大安區忠孝東路四段 216 巷 27 弄 5 號 3 樓; and the mainland's in simplified characters, with
 * its building, entrance and room (上海市浦东新区世纪大道100号 2号楼 1203室; a tower by its letter, 维多利广场A座2208室).
 */
const TAIWANESE_ADDRESS =
  /\p{Script=Han}{1,3}[市縣县]\p{Script=Han}{1,3}?[區区鄉乡鎮镇市县]\p{Script=Han}{1,8}?(?:路|街|大道|大街)(?:[一二三四五六七八九十]+段)?\s?(?:\d+\s?巷\s?)?(?:\d+\s?弄\s?)?\d+\s?[號号](?:院)?(?:\s?\p{Script=Han}{0,8}?(?:\d+|[A-Z])\s?(?:号楼|號樓|栋|棟|幢|座))?(?:\s?\d+\s?(?:单元|單元))?(?:\s?\d+\s?(?:樓|楼|层|層|室))*(?:之\d+)?/dgu;

/**
 * A town with no city before it and its block read out with の, after a caller is asked for the address (住所は、えっと、
 * 同じ市内の、下荻野 の 1182 の 3): three numbers' worth of の after 住所 say it is one, where 資料 の 2 の 3 is a section.
 */
const SAID_TOWN_BLOCK = new RegExp(
  `(?<=住所[^\\n。]{0,24}?)(?<![\\p{Script=Han}ヶ々])[\\p{Script=Han}ヶ々]{2,5}(?:${SPOKEN_PARTICLE}| ?)\\d{1,4}(?:${SPOKEN_PARTICLE}\\d{1,4}){1,2}(?!\\d|${SPOKEN_PARTICLE}\\d| ?[件個名人回円年月日時分秒%番])`,
  "dgu",
);

/**
 * A post office box in Japanese (大阪中央郵便局私書箱第1182号, 私書箱 25号): its number names the one who rents it, as a P.O.
 * box's does.
 */
const JAPANESE_PO_BOX = /(?:\p{Script=Han}{1,8}郵便局\s?)?私書箱\s?第?\s?\d{1,5}号?/dgu;

/**
 * A building and its room written before the address they belong to, as a form filled from the door inwards writes
 * them (ライオンズマンション吉祥寺第3 407号、武蔵野市吉祥寺南町2-11-5, グランドメゾン白金 1102 東京都港区…): a building's word
 * or a name holding katakana and a room's number, then a comma or a space and a city or a prefecture, which say the
 * room is the address's; a floor (本社ビル 5階) is no room, nor a year after a name (キャンペーン 2026、東京都で).
 */
const BUILDING_BEFORE_ADDRESS = new RegExp(
  `(?:${BUILDING_NAME}{0,16}${BUILDING_WORD}${BUILDING_NAME}{0,8}?(?:第[0-9一二三四五六七八九十]{1,3})?\\s?(?:[A-Z]-?)?[0-9]{2,4}|${HOLDS_KATAKANA}${BUILDING_NAME}{2,16}\\s?(?!(?:19|20)[0-9]{2}(?![0-9]))[0-9]{3,4})(?:号室|号)?(?=\\s?[、,]\\s?(?:${PREFECTURES}|${MUNICIPALITY}|${KANA_CITY})|\\s(?:${PREFECTURES}|${MUNICIPALITY}|${KANA_CITY}))`,
  "dgu",
);

/**
 * The UK, Irish, Indian, Philippine, Thai and Malaysian forms and Sapporo's grid in romaji come before the street and
 * romaji patterns, which would take only their middle (21 Residency Road; Seksyen 7, 40000 Shah Alam; 4 Chome 1-5,
 * Chuo-ku). A Korean address written in Japanese comes first of all: the Japanese pattern would take its district and
 * road and leave its floor (…[ADDRESS]階).
 */
export const ADDRESS_DETECTORS: readonly PiiDetector[] = [
  ...KOREAN_ADDRESS_IN_JAPANESE_DETECTORS,
  ...RURAL_LOT_ADDRESS_DETECTORS,
  gated(/[市郡区町村]/, withHomeBuildingAfter(withFloorsAfterFloor(withRoomAfterFloor(patternDetector("ADDRESS", JAPANESE_ADDRESS, (match, shadow) => !isBareChomeOfTown(match[0]) && !isIssuersSerial(match, shadow) && !isParcelsChome(match, shadow) && !chomeRangeGoesOn(shadow, match.index + match[0].length)))))),
  gated(/通\p{Script=Han}{0,6}(?:[上下][るル]|[東西]入)/u, patternDetector("ADDRESS", KYOTO_ADDRESS)),
  // After the Japanese address rule, which reads a block's building and room where it finds the block.
  ...LOT_AFTER_TOWN_NAME_DETECTORS,
  ...KYOTO_WAYS_FIRST_DETECTORS,
  gated(/住所/u, patternDetector("ADDRESS", SAID_TOWN_BLOCK)),
  gated(/私書箱/u, patternDetector("ADDRESS", JAPANESE_PO_BOX)),
  gated(/\d(?:号室|号)?\s?[、,]?\s?[\p{Script=Han}\p{Script=Hiragana}]{1,7}[都道府県市区郡町村]/u, patternDetector("ADDRESS", BUILDING_BEFORE_ADDRESS)),
  gated(/\b\d[A-Z]{2}\b|\b(?:[A-Z]\d{2}|D6W) [0-9A-Z]{4}\b/, patternDetector("ADDRESS", BRITISH_ISLES_ADDRESS)),
  ...CITY_CODE_ADDRESS_DETECTORS,
  THAI_ADDRESS_DETECTOR,
  ...MALAYSIAN_ADDRESS_DETECTORS,
  ...ROMAJI_GRID_ADDRESS_DETECTORS,
  ...HONG_KONG_ESTATE_FLAT_DETECTORS,
  ...UNIT_FIRST_STREET_ADDRESS_DETECTORS,
  gated(STREET_TYPE, patternDetector("ADDRESS", STREET_ADDRESS)),
  gated(/[a-z]way\b/, patternDetector("ADDRESS", STREET_ADDRESS)),
  gated(/, (?:\d{4,5}|\d{4}-\d{3}) [A-ZÀ-Þ]/u, patternDetector("ADDRESS", POSTCODE_TOWN_ADDRESS, (match) => !holdsCountedPart(match[0]))),
  ...DUTCH_ADDRESS_DETECTORS,
  gated(/(?:gatan|vägen|gränd|gata|veien|vej|gade|straße|strasse|str\.|weg|gasse|platz|allee|straat|laan|gracht|plein) \d/, patternDetector("ADDRESS", EUROPEAN_STREET)),
  gated(/er[ -](?:Straße|Strasse|Str\.|Gasse|Platz|Weg|Allee|Ring|Damm|Ufer|Chaussee|Gürtel|Kai) \d/, patternDetector("ADDRESS", GERMAN_WORD_STREET)),
  ...ROMAJI_LOT_BEFORE_TOWN_DETECTORS,
  gated(/-(?:ku|shi|gun|cho|machi|mura|son)\b/, patternDetector("ADDRESS", ROMAJI_ADDRESS)),
  gated(/[Pp]hư(?:ờ|o)ng|Xã|[Qq]u(?:ậ|a)n|[Hh]uy(?:ệ|e)n|, P\. /u, patternDetector("ADDRESS", VIETNAMESE_ADDRESS)),
  gated(/\d (?:ngõ|ngách|hẻm|kiệt|ngo|ngach|hem|kiet) \d/u, patternDetector("ADDRESS", VIETNAMESE_LANE_ADDRESS)),
  ...VIETNAMESE_PARK_LOT_DETECTORS,
  ...VIETNAMESE_HAMLET_ADDRESS_DETECTORS,
  ...ENGLISH_WARD_ADDRESS_DETECTORS,
  gated(/条/u, patternDetector("ADDRESS", GRID_ADDRESS)),
  gated(/丁目/u, patternDetector("ADDRESS", TOWN_BLOCK)),
  gated(/\d号室/u, patternDetector("ADDRESS", TOWN_BLOCK_ROOM)),
  gated(/\d-\d{1,4}-\d|-(?:cho|machi|mura)\b/, patternDetector("ADDRESS", ROMAJI_BLOCK)),
  gated(/ (?:út|utca|u\.|körút|krt\.|sugárút|tér|köz|fasor|rakpart) \d/u, patternDetector("ADDRESS", HUNGARIAN_ADDRESS)),
  gated(/ (?:gate|gata|vei|veien|vegen|allé|plass|vej|stræde) \d/u, patternDetector("ADDRESS", NORDIC_STREET)),
  gated(/號|[路街道]\s?\d+\s?号/u, patternDetector("ADDRESS", TAIWANESE_ADDRESS)),
  gated(new RegExp(`${ROMANCE_STREET_WORD} `, "u"), patternDetector("ADDRESS", ROMANCE_STREET_NUMBER_AFTER)),
  gated(/\d,? (?:[Rr]ue|[Aa]venue|[Bb]oulevard|[Qq]uai|[Cc]hemin|[Aa]llée|[Ii]mpasse|[Cc]alle|Via|[Vv]iale|[Cc]orso|[Pp]iazza|Alameda|Avenida|Camino|Paseo) /, patternDetector("ADDRESS", ROMANCE_STREET)),
  ...WORLD_ADDRESS_DETECTORS,
  ...ROMAJI_TOWN_BLOCK_DETECTORS,
  ...LODGING_ROOM_DETECTORS,
  ...ESTATE_ROOM_DETECTORS,
  ...TOWN_BLOCK_HOME_DETECTORS,
  ...ROMAJI_LOT_WITH_UNIT_DETECTORS,
  ...ROMAJI_BLOCK_BEFORE_POSTCODE_DETECTORS,
];
