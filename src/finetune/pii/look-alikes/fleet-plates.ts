import { before } from "../detector.js";

/**
 * A fleet's word right before a plate (社用車 品川 …, 運搬車：相模 …, a driving service's escort car 随伴車 群馬 …), or the firm's
 * use or ownership alone (トラック（社用 多摩 …）, 社有の …), or the fleet's plates or one of them named (社用車の登録番号（…）,
 * 社用車のうち …), or the writer's own firm's (車両は弊社の …, 当社便（…）, the firm's own delivery run), or a collection round's
 * truck (収集車は …, 回収車は …): the plate is the firm's or the town's truck, van or car, which names no person, so it is left
 * as written.
 */
const FLEET_WORD_BEFORE = /(?:(?:社用|社有)車?(?:の(?:うち|登録番号|ナンバー|車両番号)?)?|(?:弊社|当社)の(?:車両?|社用車)?|(?:弊社|当社|自社)便|(?:回収|収集)車|営業車|運搬車|配送車|作業車|公用車|随伴車|伴走車|業務用車両?|(?:スクール|送迎|路線|観光|移動\p{Script=Han}{1,3})バス|配送トラック)[ 　:：(（]*(?:は[ 　]*)?$/u;
/**
 * A firm's name with its legal form right before the bracket holding the plate (星野観光バス株式会社（多摩 200 か …、中型）):
 * the firm's coach or truck; so with a carrier's trade word instead (大隅運送（鹿児島 100 か …）), as no person is named so.
 */
const FIRM_BEFORE_BRACKET = /(?:株式会社|有限会社|合同会社|[（(][株有][）)]|運送|運輸|物流|通運)[ 　]*[（(]$/u;
/**
 * A carrier's vehicle in English right before its plate, "plate" perhaps between (bus 品川 200 あ …, shuttle van: …,
 * truck plate …), or a firm's own (company vehicle …, fleet car …), or a plate on a line that names the vehicle a
 * carrier's or a firm's (Delivery truck driver: …, plate …; school bus), or a hired car's (Limo plate …; Taxi receipt: …,
 * car no. …): an operator's bus, truck, van, taxi or limousine, no person's car. Not one a person owns (his van, my
 * truck, her company car).
 */
const CARRIER_VEHICLE_BEFORE =
  /(?<![A-Za-z])(?:bus|coach|shuttle|truck|lorry|van|taxi|cab|limo|limousine|(?:company|fleet|business|commercial)[ \t]+(?:vehicle|car))(?:[ \t]+(?:plate|reg(?:istration)?|no\.?))?[ \t:(]*$/i;
const PLATE_WORD_BEFORE = /(?<![A-Za-z])(?:plate|reg(?:istration)?|car)(?:[ \t]+no\.?)?[ \t:]*$/i;
/**
 * A body's possessive right before the bracket holding the plate, perhaps after the vehicle's model (the car is the limo
 * company's (Alphard, …), the vans are the hotel's (…)): the operator's or the lodging's vehicle, no guest's.
 */
const BODY_POSSESSIVE_BEFORE_BRACKET =
  /(?<![A-Za-z])(?:company|firm|operator|agency|hotel|guesthouse|guest house|inn|ryokan|lodge|resort|club|school|shop|store|office)['’]s[ \t]*\((?:[^()\n,]{1,30},[ \t]*)?$/i;
/**
 * A vehicle borrowed or hired from a firm, the firm named by its trade or legal form right before (クレーン車は 佐野重機 から借用
 * （…）, 丸山建設からリース（…）): the lending firm's vehicle. Not one borrowed from a person (父から借りた車（…）).
 */
const HIRED_FROM_FIRM_BEFORE =
  /(?:重機|建設|工業|工務店|運送|運輸|商会|商事|株式会社|[（(][株有][）)]|レンタカー|リース)[ 　]*から(?:借用|借り(?:た|て)|レンタル|リース)[^\n（()）]{0,6}[（(]$/u;
/** A hired car's word on the line (Taxi receipt: Nihon Kotsu, car no. …): the operator's taxi or limousine. */
const CARRIER_VEHICLE_ON_LINE =
  /(?<![A-Za-z])(?:(?:delivery|school|company|fleet|courier|tour|shuttle)[ \t]+(?:bus|coach|truck|lorry|van)|taxi|cab|limo|limousine)(?![A-Za-z])/i;
const OWNER_ON_LINE = /(?<![A-Za-z])(?:my|his|her|their|own|private|personal|rental|rented)[ \t]+(?:\w+[ \t]+)?(?:bus|coach|truck|lorry|van|car|vehicle)(?![A-Za-z])/i;

/**
 * Vehicles in the plural right before the plates, each plate perhaps after another joined by "and" or a comma (plates of
 * our rental vans 湘南 500 わ 61-52 and …, the crew trucks: 品川 100 あ 12-34, …): a firm's or a production's fleet, as
 * no one person keeps several. Not a person's own (my vans, her trucks).
 */
const PLURAL_VEHICLES_BEFORE =
  /(?<![A-Za-z])(?<owner>(?:my|his|her)[ \t]+(?:[a-z]+[ \t]+)?)?(?:vans|trucks|lorries|buses|coaches|shuttles|vehicles)(?:[ \t:(]+[^\n;.]{1,30}?(?:,|and|&))?[ \t:(]*$/i;

/**
 * 車両 alone right before a plate is the firm's where its log lists the vehicle (・車両 品川 400 す 21-47 の ETC カードは総務へ
 * 返却); where the line addresses or names a person (井上様、…車両（品川 …）, 会員: 車両 …, 本人の免許証…、車両 …) it is the
 * customer's car.
 */
const VEHICLE_BEFORE = /車両[ 　:：(（]*(?:は[ 　]*)?$/u;
/**
 * A fleet's running number right before a plate (1号車 盛岡 500 か …, 三号車：…): an operator numbers its buses or vans for
 * a day's run; a person's own car has no number. Where the line names a person (…様の車) it is theirs, as with 車両.
 */
const NUMBERED_CAR_BEFORE = /(?:\d{1,2}|[一二三四五六七八九十]{1,2})号車[ 　:：]*$/u;
/**
 * One of a counted fleet (軽 4台（うち1台は 習志野 …）): the writer counts the firm's vehicles and names one of them.
 */
const FLEET_COUNT_BEFORE = /うち[ 　]?\d+[ 　]?台(?:は|が|、)?[ 　]*$/u;
/**
 * A vehicle's class right before its plate (軽 千葉 …, 4t 相模 …, 冷凍車 …) in a carrier's own log, one that dispatches
 * its vehicles and drivers (配車, 運行, 乗務): the firm's truck or van, as a fleet's word would say.
 */
const VEHICLE_CLASS_BEFORE = /(?:軽(?:トラ|バン)?|\d+(?:\.\d)?[tｔ](?:車|トラック)?|トラック|ダンプ|冷凍車|冷蔵車|ワゴン車?)[ 　]*$/u;
const CARRIER_LOG = /配車|運行|乗務|(?:配達|配送)(?:ルート|コース|員)/;
/**
 * A firm named by its legal form or its trade, then の and perhaps the vehicle's class right before the plate (丸山建設の
 * 2tトラック 相模 …, 有限会社 森田運輸の 4tダンプ …, 株式会社 堀内工業の バン …): the firm's truck or van. Not a person's (父の軽トラ).
 */
const FIRMS_VEHICLE_BEFORE =
  /(?:株式会社|有限会社|合同会社|[（(][株有][）)]|運送|運輸|物流|建設|工業|重機|工務店|商会|商事)[ 　]*の[ 　]*(?:軽(?:トラ|バン)?|\d+(?:\.\d)?[tｔ](?:車|トラック|ダンプ)?|トラック|ダンプ|冷凍車|バン|ワゴン車?|車両?)?[ 　]*$/u;
/**
 * A taxi or a hire car's operator named earlier in the plate's sentence (送迎は介護タクシー 〇〇交通、車両 …; ハイヤー
 * 〇〇、車 …): the operator's car, whoever rides in it; a person's own car said in between (父の車, 自家用) is theirs.
 */
const HIRE_CAR_IN_SENTENCE = /(?:タクシー|ハイヤー)[^。\n]{0,30}$/u;
const OWN_CAR_IN_SENTENCE = /(?:(?:自分|本人|家族|父|母|夫|妻|息子|娘|[様さ]ん)の(?:車|クルマ)|自家用|マイカー)[^。\n]*$/u;
/**
 * Several vehicles counted right before a plate (トラック3台 相模 100 か …, 車両 5台：…) on a line that names a firm as the
 * party (株式会社 …, 車両祓（法人）): the firm's fleet, though its representative is addressed there (代表取締役 … 殿).
 */
const COUNTED_VEHICLES_BEFORE = /(?:トラック|ダンプ|バス|バン|車両?|社用車)[ 　]?\d+[ 　]?台[ 　:：(（]*$/u;
const FIRM_ON_LINE = /株式会社|有限会社|合同会社|[（(](?:株|有|法人)[）)]/u;
const PERSON_ON_LINE = /様|さん|くん|ちゃん|氏|殿|お客|相手|会員|利用者|契約者|本人|私|自分|うちの|僕|俺|ご(?=[\p{Script=Han}])/u;

/**
 * A public body or a residents' council (社協, a town's council of social welfare; 自治会, 役場): its vehicles are lent to
 * its volunteers and staff, no one's own.
 */
const PUBLIC_BODY = "社協|協議会|自治会|町内会|役所|役場";
/**
 * A plate with its owner in brackets after it, a shop, a club, a firm, a school or a public body (店の送迎車 多摩 480 あ
 * 12-34（店所有）, クラブのワゴンは 所沢 400 さ 31-50（クラブ所有）, 品川 300 す 10-01 (当社所有)), or named its vehicle there
 * (相模原 400 ゆ 11-82（協会の車）, 軽トラ 盛岡 480 あ 31-07（社協の車）, …（市の車、車検 …）), perhaps by its model (…（クラブの
 * ハイエース）), a page's closing tag perhaps between: the vehicle is the body's, no person's. Not a person's (本人所有, 個人所有,
 * 父所有).
 */
const BODY_OWNER_AFTER = new RegExp(
  `^[^\\n（()）]{6,20}?(?:</[a-z]+>)?[ 　]*[（(](?:当?店|クラブ|当?社|会社|弊社|法人|団体|教室|学校|園|協会|組合|チーム|事務所|ホテル|旅館|市|町|村|${PUBLIC_BODY})(?:の?所有|の(?:車両?|トラック|バン|ワゴン|バス|社用車|\\p{Script=Katakana}[\\p{Script=Katakana}ー]{1,8}))[）)、,]`,
  "u",
);
/** The same in English: a plate, then a body's vehicle in brackets ((hotel car), (company van), (the club's bus)). */
const BODY_VEHICLE_AFTER_LATIN =
  /^[^\n()]{6,20}?[ \t]*\((?:the[ \t]+)?(?:hotel|company|firm|shop|store|school|club|office|agency)(?:'s)?[ \t]+(?:car|van|bus|truck|lorry|limo|limousine|shuttle|vehicle)\)/i;

/**
 * A plate, then in the same brackets whose vehicle it is, a body's (仙台 800 ひ 21-44、センターのトラック; 品川 400 す 21-47、
 * 営業所のバン; 相模 100 か 12-34, 会社の車; 宇都宮 200 さ 41-07、センター所有車): the firm's vehicle, whoever drove it. Not a
 * person's (父の車, 本人の車).
 */
const BODY_VEHICLE_AFTER =
  /^[^\n（()）、,]{6,20}?[ 　]*[、,][ 　]*(?:当?店|センター|営業所|支店|配送所|当?社|会社|弊社|法人|団体|協会|組合|生協|事務所|学校|園)(?:の(?:トラック|車両?|バン|ワゴン|社用車|配送車|バス)|の?所有(?:車両?|の車)?)[）)]/u;

/**
 * Plates listed, then one bracket saying all of them are a body's (軽トラ 松本 480 あ 12-34、2tダンプ 松本 100 さ 56-78（いずれも
 * 会社の車両）, …（どちらも組合所有）): the firm's fleet, the bracket's "all" reaching back over each plate of the list.
 */
const ALL_SAID_A_BODYS_AFTER =
  /^[^\n（()）]{6,60}?[（(](?:いずれも|どちらも|ともに|すべて|全て|全車|両方とも?)[ 　、]*(?:当?店|センター|営業所|当?社|会社|弊社|法人|団体|協会|組合|事務所)(?:の?所有|の(?:車両?|トラック|バン|ワゴン|社用車|配送車|バス))/u;

/**
 * A body's vehicle named right before the bracket holding its plate (団体の車（湘南 800 さ 11-22、譲渡会用のワゴン）, 会社のバン
 * (品川 400 す 21-47)): the group's or the firm's, whoever drives it. Not a person's (父の車（…）).
 */
const BODY_VEHICLE_BEFORE_BRACKET =
  /(?:当?店|センター|営業所|支店|当?社|会社|弊社|法人|団体|協会|組合|生協|事務所|学校|園|クラブ|施設)の(?:車両?|トラック|バン|ワゴン|社用車|配送車|バス)[ 　]*[（(]$/u;
/**
 * A plate said after it to be for business use (伊那 480 あ 12-34 → 事業用; …（営業用）; …、事業用の軽トラ), or a firm's or a
 * town's own car (…（社有車、協賛）, …（社用車）, …（公用車）): a business's vehicle, the opposite of a private car's 自家用.
 */
const BUSINESS_USE_AFTER = /^[^\n（()）]{6,20}?[ 　]*(?:→|[、,（(:：]|は)[ 　]*(?:事業用|営業用|社有車?|社用車|公用車)/u;

/**
 * A plate listed right after another (社用（相模 400 す 12-06、相模 400 す 12-07）, 社用車のうち 品川 … と 品川 …): the list's
 * words before its first plate say whose every plate in it is.
 */
const PLATE_THEN_JOIN_BEFORE = /(?<![\p{Script=Han}\p{Script=Hiragana}])\p{Script=Han}{1,4}[ 　]?\d{1,3}[ 　]?\p{Script=Hiragana}[ 　]?(?:\d{1,2}-\d{2}|\d{4})[ 　]*(?:、|,|と|及び)[ 　]*$/u;
/** How far before a plate the plate listed before it is looked for: a region, the numbers and a join. */
const LISTED_PLATE_REACH = 24;

const lineOf = (shadow: string, index: number): string => {
  const end = shadow.indexOf("\n", index);
  return shadow.slice(shadow.lastIndexOf("\n", index - 1) + 1, end === -1 ? undefined : end);
};

/**
 * A plate with a person's ownership in brackets after it (車両 沖縄 800 さ 41-07（個人所有）, …（本人所有）, …（父の所有）,
 * …（自家用）): a person's car, whatever word of a fleet stands before it.
 */
const PERSON_OWNER_AFTER = /^[^\n（()）]{6,20}?[ 　]*[（(](?:(?:個人|本人|私|自分|家族|父|母|夫|妻|息子|娘)の?所有|自家用)[^）)\n]{0,8}[）)]/u;

/** Whether the plate starting at `index` is a company's own vehicle's, by the word written right before it. */
export function isFleetPlate(shadow: string, index: number): boolean {
  const listed = PLATE_THEN_JOIN_BEFORE.exec(before(shadow, index, LISTED_PLATE_REACH));
  if (listed !== null && isFleetPlate(shadow, index - listed[0].length)) return !PERSON_OWNER_AFTER.test(shadow.slice(index, index + 40));
  const lead = before(shadow, index, 12);
  const after = shadow.slice(index, index + 40);
  if (PERSON_OWNER_AFTER.test(after)) return false;
  if (FLEET_WORD_BEFORE.test(lead) || FIRM_BEFORE_BRACKET.test(lead) || BODY_VEHICLE_BEFORE_BRACKET.test(lead) || BUSINESS_USE_AFTER.test(after) || BODY_OWNER_AFTER.test(after) || BODY_VEHICLE_AFTER.test(after) || BODY_VEHICLE_AFTER_LATIN.test(after)) return true;
  if (ALL_SAID_A_BODYS_AFTER.test(shadow.slice(index, index + 80))) return true;
  const line = lineOf(shadow, index);
  const lead24 = before(shadow, index, 24);
  if (BODY_POSSESSIVE_BEFORE_BRACKET.test(before(shadow, index, 60)) || HIRED_FROM_FIRM_BEFORE.test(lead24)) return true;
  if ((CARRIER_VEHICLE_BEFORE.test(lead24) || (PLATE_WORD_BEFORE.test(lead24) && CARRIER_VEHICLE_ON_LINE.test(line))) && !OWNER_ON_LINE.test(line)) return true;
  const plural = PLURAL_VEHICLES_BEFORE.exec(before(shadow, index, 60));
  if (plural !== null && plural.groups!.owner === undefined) return true;
  if (COUNTED_VEHICLES_BEFORE.test(lead) && FIRM_ON_LINE.test(lineOf(shadow, index))) return true;
  if (FIRMS_VEHICLE_BEFORE.test(lead24)) return true;
  const sentenceBefore = before(shadow, index, 40);
  if (HIRE_CAR_IN_SENTENCE.test(sentenceBefore) && !OWN_CAR_IN_SENTENCE.test(sentenceBefore)) return true;
  const carrierWord = FLEET_COUNT_BEFORE.test(lead) || (VEHICLE_CLASS_BEFORE.test(lead) && CARRIER_LOG.test(shadow));
  return (carrierWord || VEHICLE_BEFORE.test(lead) || NUMBERED_CAR_BEFORE.test(lead)) && !PERSON_ON_LINE.test(lineOf(shadow, index));
}
