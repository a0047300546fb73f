/**
 * The place names in kanji that Japanese number plates carry (運輸支局 and 自動車検査登録事務所 names and the local
 * "ご当地" names), as one alternation. A plate of the full shape with one of these is a vehicle's registration without
 * any word for a vehicle near it (a contract's column headed 登録番号); any other kanji before a number and a kana
 * (会議室 330 は 10-12) is no plate.
 */
const PLATE_REGIONS = [
  "札幌", "函館", "旭川", "室蘭", "苫小牧", "釧路", "知床", "帯広", "北見",
  "青森", "八戸", "弘前", "岩手", "盛岡", "平泉", "宮城", "仙台", "秋田", "山形", "庄内",
  "福島", "会津", "郡山", "白河", "水戸", "土浦", "栃木", "宇都宮", "那須", "群馬", "高崎", "前橋",
  "品川", "世田谷", "練馬", "杉並", "板橋", "足立", "江東", "葛飾", "八王子", "多摩",
  "横浜", "川崎", "湘南", "相模", "大宮", "川口", "所沢", "川越", "熊谷", "春日部", "越谷",
  "千葉", "成田", "習志野", "市川", "船橋", "袖ケ浦", "野田", "柏", "松戸",
  "山梨", "富士山", "新潟", "長岡", "上越", "長野", "松本", "諏訪", "富山", "石川", "金沢", "福井",
  "岐阜", "飛騨", "静岡", "浜松", "沼津", "伊豆", "名古屋", "豊橋", "三河", "岡崎", "豊田", "尾張小牧", "一宮", "春日井",
  "三重", "鈴鹿", "四日市", "滋賀", "京都", "大阪", "和泉", "堺", "奈良", "和歌山", "神戸", "姫路",
  "鳥取", "島根", "岡山", "倉敷", "広島", "福山", "山口", "下関", "徳島", "香川", "高松", "愛媛", "高知",
  "福岡", "北九州", "久留米", "筑豊", "佐賀", "長崎", "佐世保", "熊本", "大分", "宮崎", "鹿児島", "奄美", "沖縄",
];

export const PLATE_REGION = new RegExp(`^(?:${PLATE_REGIONS.join("|")})$`);

/** A plate's class number, kana and serial right after its region (土浦 100 か 98-76, 品川 300 さ ・・・1). */
const PLATE_AFTER_REGION = /^[ 　]?\d{1,3}[ 　]?\p{Script=Hiragana}[ 　]?(?:\d{1,2}-\d{2}|\d{4}|[・･.]{1,3}\d{1,3})(?![\d-])/u;

/** Whether the word at start…end is a plate's region with the rest of the plate after it: a place, no surname. */
export const isPlateRegionAt = (shadow: string, start: number, end: number): boolean =>
  PLATE_REGION.test(shadow.slice(start, end)) && PLATE_AFTER_REGION.test(shadow.slice(end, end + 16));
