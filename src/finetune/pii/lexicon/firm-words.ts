import { FAMILIAR_HONORIFICS, FORMAL_HONORIFICS, honorificAlternation, POLITE_HONORIFICS } from "./honorifics.js";

/**
 * Words of a firm's name that stand after a founder's name (Sato Coffee Roasters, Okafor Dental): a capitalised run
 * holding one is no person, though it starts with a surname. Not words that are common surnames too (Hall, Court).
 */
const FIRM_WORDS =
  "Coffee|Roasters?|Health|Healthcare|Medical|Bakery|Cafe|Café|Kitchen|Dental|Clinic|Pharmacy|Salon|Studio|Farms?|Brewery|Motors|Trading|Holdings|Partners|Management|Investments?|Properties|Foods?|Consulting|Services|Brokers|Brokerage|Repairs?|Boatyard|Chandlery|Advisory|Advisors|Advisers|Accountants|Solutions|Industries|Logistics|Realty|Travel|Tours|Insurance|Capital|Ventures|Labs?|Media|Apparel|Electric|Works|Supply|Academy|Institute|Foundation|Association|Agency|Mobile|Estate|Securities|Telecom|Communications|Networks|Energy|Pharma|Pharmaceuticals?|Electronics|Airways|Railways?|Restaurant|Bistro|Diner|Grill|Pizzeria|Trattoria|Eatery|Catering|Seafood|Steakhouse|Tavern|Butchers|Florists?|Jewell?ers|Opticians|Optical|Veterinary|Hardware|Automotive|Auto|Collision|" +
  // A trade's word (Dawson Plumbing, Kowalski Roofing, Hale Decorating): a tradesman's firm, never a given name after a comma.
  "Plumbing|Roofing|Heating|Cleaning|Landscaping|Decorating|Glazing|Joinery|Carpentry|Fencing|Scaffolding|Removals|Flooring|Electrical|" +
  // A Nordic builder's or a carpenter's word before its legal form (Sjöberg Bygg AB, Heikkinen Rakennus Oy).
  "Bygg|Byggservice|Rakennus|Snekkeri|" +
  // A travel or a hire firm's trade after its founder's name or a catchword (Nowak Rentals, Ibarra Journeys, Sunny Holidays).
  "Rentals|Hire|Journeys|Holidays|Expeditions|Excursions|Voyages|Cruises|Charters|Getaways|Safaris|" +
  // A trader's or an office's trade after its founder's surname (Quintero Imports, Kuji Accounting Office, Novak Exports).
  "Imports|Importers|Exports|Exporters|Accounting|Bookkeeping|Auctions|Wholesale|" +
  // A food a shop sells, its sign's word after its keeper's given name (Hana Cookies, Maria Ramen, Rosa Tacos).
  "Cookies|Ramen|Noodles|Burgers|Donuts|Doughnuts|Bagels|Cupcakes|Cakes|Sweets|Chocolates?|Creamery|Gelato|Dumplings|Tacos|Pizza|Sushi|Deli|Patisserie|Bakehouse|Confectionery|" +
  // A shop's trade after its keeper's surname (Oyamada Sports, Kato Cycles, Mori Outdoors): the shop, no person.
  "Sports|Outdoors|Cycles|Bicycles|Opticians?|Optical|Florists?|Tailors|Hardware|Sporting Goods|" +
  // A show, a prize or an event named after a person (the Chris Evans Show, the Walter Scott Prize, the Ryder Cup).
  "Show|Podcast|Festival|Prize|Awards?|Cup|Trophy|Memorial|Lectures?|Scholarship|Fellowship|" +
  // A field of work ending in -ics (Kanda Robotics, Ito Analytics, Mori Diagnostics): a science's or a trade's, no name.
  "[A-Z][a-z]{3,}ics|" +
  // A Japanese firm's word in romaji (Kanemori Seiki, Ueda Kogyo): not Shoji, Koki, Seiko, given names too.
  "Seiki|Kogyo|Sangyo|Shoten|Seisakusho|Denki|Denko|Kensetsu|Seiyaku|Shokai|Bussan|Tsusho|Unyu|Kikai|Jidosha|Kanko|Kotsu|Kaiun|Kisen|" +
  // A sake or soy brewery's word after its family's name (Hanagaki Shuzo, Marukin Jozo): a person called Shuzo is
  // written given name first in an English text (Shuzo Matsuoka), where no surname stands before it.
  "Shuzo|Jozo|" +
  // A restaurant's word after its founder's name (Rossi di Stefano Ristorante, Okafor Restaurant, Moreau Brasserie).
  "Restaurant|Ristorante|Trattoria|Osteria|Pizzeria|Bistro|Brasserie|Taverna|Churrascaria|" +
  // A newspaper's word after the family or the town that founded it (Matsuura Shimbun, Okada Nippo, Kowalski Gazette).
  "Shimbun|Shinbun|Nippo|Shimpo|Gazette|Chronicle|Tribune|Newspapers?|" +
  // A carrier's vehicle or vessel (Shirakawa Kanko Bus, Tokunaga Marine Launch, Mori Taxi): the operator's name.
  "Bus|Buses|Coach|Coaches|Taxi|Cabs|Ferry|Ferries|Launch|Tugs?|" +
  // A carrier's service after its name (Seino Express, Brandt Freight, Okuda Couriers): the carrier, no one who sends.
  "Express|Freight|Cargo|Couriers?|Haulage|Transport|Parcels";
export const FIRM_WORD = new RegExp(`^(?:${FIRM_WORDS})$`);

/**
 * A device's word that ends a product's name after words that read as a name (Roger Touchscreen Mic, Jabra Evolve
 * Headset): a microphone, a hearing aid's or a phone's accessory; none of these words is a name.
 */
const DEVICE_WORD = /^(?:Mic|Microphone|Headset|Headphones|Earbuds|Earphones|Speaker|Speakerphone|Soundbar|Transmitter|Receiver|Streamer|Charger|Adapter|Dongle|Remote|Stylus|Webcam|Router)$/;

/** A premises' word that ends a firm's name after another word (Sharma Curry House, Okoro Noodle Bar); right after a name it is a surname too (Gregory House). */
const PREMISES_END = /^(?:House|Inn|Bar|Shop|Store|Lodge|Hut)$/;

/**
 * Words that make a firm of the name right before them (Nakamura Group, Smith Baking, Tanaka Shoji), and only there:
 * further on, or in a cell of their own, Group, Bank or Paper is a word of the sentence and Shoji a given name. So do
 * the partners an ampersand adds to a founder's name (Kwan & Partners Talent, Okafor &amp; Associates, Baker & Sons),
 * never a person's list. So does a staffing agency's trade (Kanemura Staff Service, Oda Staffing, Ueno Personnel Services):
 * the agency its founder's surname names, not one of its workers.
 */
const FIRM_WORD_STRAIGHT_AFTER =
  /^[ \t]*(?:Company|Group|Bank|Systems|Technologies|& Co|&(?:amp;)? (?:Partners|Associates|Sons|Daughters|Brothers|Bros)|Baking|Brewing|Chemicals?|Steel|Shipping|Airlines?|Construction|Manufacturing|Textiles?|Paper|Printing|Products|Enterprises|Associates|Software|Publishing|Hospital|Hotels?|Shoji|Marine|Staffing|Staff[ \t]+Services?|Personnel[ \t]+Services?|Recruitment)(?![A-Za-z])/;

/** A firm's legal form, or a law firm's words, after the name (Ltd, K.K., Co., Ltd, Law Office, Attorneys). */
const LEGAL_FORM = "K\\.K\\.|Co\\.|Corp\\b|Corporation\\b|Inc\\b|Ltd\\b|Limited\\b|LLC\\b|LLP\\b|plc\\b|PLC\\b|GmbH\\b|AB\\b|ASA\\b|Oyj?\\b|ApS\\b|Law (?:Office|Firm)s?|Attorneys";
/** A partner's name in a firm's: a capitalised word, an apostrophe's or a Mc's inner capital too (O'Brien, McKenna). */
const PARTNER_NAME = "[A-Z][a-z]*['’]?[A-Z]?[a-z]+";
/**
 * A firm named after people: its legal form up to three words on, a comma allowed before it (Kanda Precision K.K.,
 * Whitcombe & Kanda Law Office, Kanda, Ltd), or an ampersand after a word or two (Kowalski Roofing & Building).
 */
const FIRM_NAMED_AFTER_PEOPLE = new RegExp(`^(?:[ \\t]+(?:&|and)?[ \\t]*${PARTNER_NAME}){0,3}[ \\t]*,?[ \\t]*(?:${LEGAL_FORM})|^(?:[ \\t]+${PARTNER_NAME}){1,2}[ \\t]+&[ \\t]+[A-Z]`);
const AMPERSAND_STRAIGHT_AFTER = /^[ \t]*,?[ \t]*&/;
/** An ampersand, an HTML page's escaped one too (Raman &amp; Iyer Consulting), and a partner's name. */
const PARTNER_AFTER_AMPERSAND = new RegExp(`^[ \\t]*&(?:amp;)?[ \\t]+${PARTNER_NAME}(?=[ \\t])`);

/**
 * Words a company's name ends in after a founder's surname: 佐藤製薬さん, 吉田ハムさん, 鈴木工務店様, 仁科 工房 are companies (a
 * company is addressed with さん and 様 too), 佐藤健一さん a person; a shop's or a restaurant's words too (松本本舗,
 * 喜多方ラーメン本舗, 田中本家, 山田食堂, 北京飯店); a tradesman's firm by its trade (宗像造園, 宇野石材, 平井塗装, 千葉板金).
 */
export const COMPANY_WORD =
  /^(?:製薬|製作所|工業|興業|商事|商店|商会|建設|工務店|運送|運輸|物産|産業|電機|電気|電工|電装|電設|食品|ハム|製菓|製パン|薬品|化学|技研|精機|機工|印刷|観光|交通|銀行|証券|保険|不動産|ホールディングス|グループ|病院|医院|クリニック|薬局|事務所|法律事務所|屋|堂|工房|農園|牧場|酒造|醸造|書房|写真館|整骨院|接骨院|治療院|本舗|本家|食堂|飯店|造園|園芸|石材|塗装|板金|鉄工|木工|建具|畳店|設計|測量|解体|不動産管理|ビル管理)$/u;
/** Goods a town's shop is named by, in kana, before の and its keeper's surname (でんきの…, めがねの…, とうふの…). */
const GOODS_IN_KANA = "でんき|くすり|めがね|メガネ|とうふ|ふとん|きもの|はんこ|とけい|たたみ|おこめ|さかな|くだもの|かぐ";
/**
 * A shop's word before a surname and a space (そば処 早川 様, 居酒屋 まるや, 割烹 田村, 旅館 松本, ホテル 小谷), or the dish a
 * restaurant is known by, perhaps after its town's or style's word (博多ラーメン 大楠, 中華そば 青木, 手打ちうどん 村上, 焼肉
 * 金田, 手打ちそば 神保; not そば alone, "near"): the name is the shop's, as a sign writes it, not its keeper's; so is a
 * funeral or a ceremony hall's branch, named by its town (セレモニーホール 大曽根, 斎場 平岡, メモリアルホール 川島).
 * So is a shop's kind in katakana or a trade's 処 (フラワーショップ 森下, バイクガレージ 宮内, 呉服処 松井), or its goods in kana and の joined
 * straight to the surname (くすりの森下, めがねの宮内, とうふの松井), as a town's shop signs itself.
 */
export const SHOP_WORD_BEFORE = new RegExp(
  String.raw`(?:セレモニーホール|メモリアルホール|斎場|葬祭場|葬儀場|(?:手打ち?|十割|二八|立ち食い)(?:そば|蕎麦)|(?:そば|蕎麦|寿司|鮨|すし|うどん|お?食事|甘味|酒|呑み|焼鳥|やきとり|きもの|着物|呉服|お?茶|和?菓子)処|[\p{Script=Katakana}ー]{0,8}(?:ショップ|ストア|ガレージ)|居酒屋|割烹|料亭|小料理|喫茶|旅館|民宿|ホテル|ペンション|ゲストハウス|ラーメン|らーめん|拉麺|中華そば|つけ麺|うどん|焼肉|焼き?鳥|とんかつ|天ぷら|お好み焼き?|鉄板焼き?|珈琲|ベーカリー)[ 　]$|(?<![\p{Script=Hiragana}\p{Script=Katakana}ー\p{Script=Han}])(?:${GOODS_IN_KANA})の$`,
  "u",
);
/** Whether a shop's word stands before `index` within its reach (a katakana shop's word of twelve and its space, 13). */
export const shopWordBefore = (shadow: string, index: number): boolean => SHOP_WORD_BEFORE.test(shadow.slice(Math.max(0, index - 16), index));
/**
 * An association's own name written "…の会" (縁結びの会, ひまわりの会, 友の会) or an agency's word (結婚相談所), then a space and
 * a surname standing alone, no honorific and no given name after it: the association's name goes on with its founder's
 * or its town's (縁結びの会 中条 の担当は …), as a shop's sign does. With さん or a given name it is a member of its staff.
 */
const ASSOCIATION_NAME_BEFORE = /(?:[\p{Script=Hiragana}\p{Script=Han}ー]の会|相談所)[ 　]$/u;
/** An honorific, or a space and a kanji or katakana given name, after the surname: a person. */
const PERSON_AFTER_SURNAME = new RegExp(
  `^(?:[ 　]?(?:${honorificAlternation(...POLITE_HONORIFICS, ...FORMAL_HONORIFICS, ...FAMILIAR_HONORIFICS)}|先生)|[ 　][\\p{Script=Han}\\p{Script=Katakana}])`,
  "u",
);
/** Whether the surname between `before` and `after` is an association's name going on (ASSOCIATION_NAME_BEFORE). */
export const associationNameGoesOn = (before: string, after: string): boolean => ASSOCIATION_NAME_BEFORE.test(before) && !PERSON_AFTER_SURNAME.test(after);
/**
 * A trade's word in katakana that names a firm by itself straight after a founder's or a place's name (常陸セキュリティ,
 * 山本エンジニアリング, 佐藤デザイン, 大和ハウス, 林ベーカリー); not a post's word (佐藤マネージャー, 田中リーダー), which follows a person.
 * A clinic named by its district (駅前中央クリニック) too.
 */
const KATAKANA_TRADE_WORD =
  "セキュリティ|エンジニアリング|ハウジング|テクノ(?:ロジー)?|デザイン|ハウス|ホーム|リフォーム|ペイント|クリーニング|メンテナンス|ベーカリー|フーズ|ファーム|モータース|オート|トランスポート|ロジスティクス|コンサルティング|プランニング|コーポレーション|カンパニー|エンタープライズ|インダストリー|ネットワーク|ソフト|ラボ|スタジオ|サロン|ホテル|ストアー?|マート|ゼミナール|ワークス|プロダクツ|トレーディング|エステート|クリニック";
/**
 * A katakana name of a school, a shop or a club ending in its kind's word, joined straight to its founder's or its
 * town's name (北上ドライビングスクール, 佐藤ダンススクール, 森フィットネスクラブ, 山田カーショップ); not a person's katakana given
 * name (佐藤ケン), which ends in no such word.
 */
const KATAKANA_FIRM_END =
  "[\\p{Script=Katakana}ー]{0,10}(?:スクール|センター|ショップ|ストア|ガレージ|クラブ|ジム|アカデミー|教室)(?![\\p{Script=Katakana}ー])";
/**
 * A Japanese firm's legal form written before its name (株式会社 島津理化, 有限会社山田, (株) 佐伯): the kanji after it are the
 * firm's name, though a surname and a given name of the dictionary may be read in them.
 */
const LEGAL_FORM_BEFORE = /(?:株式会社|有限会社|合同会社|合資会社|合名会社|[(（][株有][)）])[ 　]?$/u;
/** Whether a firm's legal form stands right before `index` (LEGAL_FORM_BEFORE; 株式会社 and its space are the longest, 5). */
export const legalFormBefore = (shadow: string, index: number): boolean => LEGAL_FORM_BEFORE.test(shadow.slice(Math.max(0, index - 5), index));
/**
 * A hiragana word of three letters or more opening a clinic's or a shop's name after its founder's (椎葉こどもクリニック,
 * 佐伯こども歯科, 森ひだまり薬局); not a particle or an honorific after a person (佐藤さんのクリニック, 田中はクリニックへ).
 */
const KANA_WORD_BEFORE_FIRM = "(?!の|は|が|を|に|へ|と|も|で|や|さん|さま|くん|ちゃん|から|まで|より)\\p{Script=Hiragana}{3,8}";
/**
 * A nursery's or a school's word written straight after what reads as a name (豊洲さくら保育園, 港南ひかり幼稚園, 青葉台学園,
 * 緑町小学校): the name is its town's and its own, no child's or teacher's, whom no one writes glued to it.
 */
const SCHOOL_WORD = "(?:保育園|保育所|幼稚園|こども園|学園|学院|小学校|中学校|高等学校|高校)";
/**
 * A grower's, a shop's or a school's word that ends a firm's name after a hiragana word (上條りんご園, 佐藤いちご農園, 山田せんべい店,
 * 豊洲さくら保育園), not a head's post (園長, 店長, 店主).
 */
export const GROWER_OR_SHOP_END = `(?:${SCHOOL_WORD}|(?:果樹|農)?園|農場|ファーム|商店|本舗|工房|[屋店堂])(?![長主])`;
/**
 * A care home's or a retreat's name written "…の郷", "…の里", "…の杜", "…の苑" after a surname or a place's name that
 * founded it (和気の郷, 小松の里): the facility's, not a person (佐藤の郷里, 森の里帰り go on in kanji).
 */
const FACILITY_AFTER = "の(?:郷|里|杜|苑)(?![\\p{Script=Han}\\p{Script=Katakana}ー])";
const FACILITY_AFTER_NAME = new RegExp(`^${FACILITY_AFTER}`, "u");
/** Whether a facility's name goes on after a surname (`rest`, from its end: 小松の里, 和気の郷). */
export const facilityNameGoesOn = (rest: string): boolean => FACILITY_AFTER_NAME.test(rest);
/**
 * A katakana word and a firm's word written straight after a surname (東海林ソーラー販売, 小池デザイン事務所), a katakana trade's
 * word or a nursery's or a school's word alone there (KATAKANA_TRADE_WORD, SCHOOL_WORD), or a partner's surname in kanji
 * after ・ and the firm's word (真壁・宇津木法律事務所, 森・浜田税理士事務所: a firm named by its partners).
 */
const JAPANESE_FIRM_AFTER = new RegExp(
  `^(?:(?:[\\p{Script=Katakana}ー・]{2,12}|${KANA_WORD_BEFORE_FIRM}[\\p{Script=Katakana}ー]*|・\\p{Script=Han}{2,4}?(?:税理士|会計士|弁護士|司法書士|行政書士|社労士|特許)?)(?:${COMPANY_WORD.source.slice(1, -1)}|歯科|販売|設備|工事|サービス|システムズ?|ソリューションズ?)|${KANA_WORD_BEFORE_FIRM}${GROWER_OR_SHOP_END}|(?:${KATAKANA_TRADE_WORD})(?![\\p{Script=Katakana}ー])|${KATAKANA_FIRM_END}|${FACILITY_AFTER}|${SCHOOL_WORD})`,
  "u",
);

/** A family name's particle and its capitalised word after a name (da Silva, di Stefano, van Dijk). */
export const PARTICLE_NAME_AFTER = /^[ \t]+(?:da|de|di|do|dos|das|del|della|van|von|du)[ \t]+[A-Z][a-zé]+(?=[ \t])/;

/** A firm's deed told of with "its" after the name (Morgan Stanley released its quarterly note): a firm named after people. */
const FIRM_DEED_AFTER = /^[ \t]+(?:announced|released|reported|posted|raised|cut|lowered|issued|published|launched|revised|upgraded|downgraded|recalled)[ \t]+its(?![A-Za-z])/;

export interface FirmAfterNameOptions {
  /**
   * An ampersand straight after the name makes it a firm's too (Carter & Lowe countersign). For a name read with no cue
   * (the person tagger); a name found by its cue elsewhere and repeated before one is one of a list of people (Tom &
   * Priya went home).
   */
  ampersandAlone: boolean;
}

/**
 * Whether what follows a name (`rest`, from the name's end) makes it a firm's: a firm's word straight after it or among
 * the next two capitalised words, a legal form up to three words on, an ampersand after a word or two, or a katakana
 * word and a firm's word after a Japanese surname, or a firm's deed told with "its". The one answer for every caller: a found name's repeat, the person
 * tagger's span, a name after a Japanese role.
 */
export function firmAfterName(rest: string, options: FirmAfterNameOptions): boolean {
  // A family name's particle and its word go on with the name before the firm's word (Dr. Santos da Silva Hospital).
  const particleName = PARTICLE_NAME_AFTER.exec(rest);
  if (particleName !== null) return firmAfterName(rest.slice(particleName[0].length), options);
  if (FIRM_WORD_STRAIGHT_AFTER.test(rest) || FIRM_NAMED_AFTER_PEOPLE.test(rest) || JAPANESE_FIRM_AFTER.test(rest) || FIRM_DEED_AFTER.test(rest)) return true;
  if (options.ampersandAlone && AMPERSAND_STRAIGHT_AFTER.test(rest)) return true;
  // A partner's name after an ampersand, then the firm's word (Raman & Iyer Consulting, Baker &amp; Hughes Dental).
  const words = /^(?:[ \t]+[A-Z][a-zé]+){1,2}/.exec(rest.replace(PARTNER_AFTER_AMPERSAND, ""))?.[0].trim().split(/[ \t]+/) ?? [];
  return words.some((word) => FIRM_WORD.test(word) || DEVICE_WORD.test(word)) || (words.length === 2 && PREMISES_END.test(words[1]!));
}

/**
 * A chain's food or its outlets after a possessive name (Wendy's burgers, Denny's pancakes, Domino's pizza menu): the
 * chain's, no person's.
 */
export const CHAIN_GOODS_AFTER_POSSESSIVE =
  /^['’]s[ \t]+(?:burgers?|fries|nuggets|pizzas?|tacos|burritos|donuts|doughnuts|pancakes|waffles|milkshakes|frosty|menu|drive-thru|drive-through|franchises?|outlets|locations)(?![A-Za-z])/;

/**
 * Software and programming languages a text speaks of as it would of a colleague (Python さんに聞いて, ask Excel): none
 * is a given name or a surname (Ruby, Swift and Jenkins are, and are left out).
 */
const SOFTWARE_WORDS =
  "Python|Java|JavaScript|TypeScript|Perl|PHP|Kotlin|Golang|Excel|PowerPoint|Outlook|Slack|Zoom|Windows|Linux|Android|ChatGPT|GitHub|GitLab|Docker|Kubernetes|Salesforce|Notion|Figma";
/** A team's shared page or tool, named like a person after a role's word (Manager Kaizen Board, Lead Release Tracker). */
const TEAM_TOOL_WORDS = "Board|Boards|Dashboard|Tracker|Backlog|Kanban|Wiki|Calendar|Channel|Queue|Sheet|Spreadsheet|Checklist|Template|Roadmap|Workspace|Inbox";

/**
 * Words of a thing's or a firm's name that stand where a person's name does after a cue (Applicant Tracking System,
 * Patient Portal Login, Sato Coffee Roasters (merchant ID …)), and a contract's span of time after a word that is a
 * given name too (Grace Period, Trial Term).
 */
export const FIRM_OR_THING_WORD = new RegExp(
  `^(?:${FIRM_WORDS}|System|Systems|Portal|Tracking|Experience|Survey|Care|Record|Records|Form|Forms|Number|Information|Details|Data|Plan|Pool|Status|Journey|Relations|Guide|Handbook|Roster|Rosters|Ledger|Logbook|Directory|Agreement|Review|Profile|Login|Account|Policy|Program|Programme|Date|Period|Term|Deadline|Format|Field|Type|Name|Names|Address|Email|Phone|Birth|Gender|Nationality|Title|Summary|Safety|Allowance|Success|Satisfaction|Screening|Onboarding|Interviews?|Feedback|Rights|Privacy|Consent|Intake|Referral|Education|Transport|School|College|Society|Council|Committee|Bureau|Ministry|Plaza|Mall|Market|${SOFTWARE_WORDS}|${TEAM_TOOL_WORDS})$`,
);

/** A word of a noun's form that no name has (Improvement, Registration, Wellness, Membership). */
export const NOUN_FORM = /^[A-Z][a-z]{3,}(?:ment|tion|sion|ness|ship)$/;

/** Job titles beside a name in a signature or a list, never a name's part (Patient Safety Officer). */
export const TITLE_WORD =
  /^(?:Lead|Manager|Director|Engineer|Analyst|Specialist|Representative|Coordinator|Consultant|Officer|Agent|Executive|Associate|Counsel|Architect|Advisor|Adviser|Accountant|Secretary|Assistant|Supervisor|Administrator|Head|Chief|Senior|Junior|Clerk|Nurse|Physician|Surgeon|Therapist|Technician)$/;

/** A job's or a team's Latin abbreviation (CFO, PMO, SRE, QA): a post's or a desk's, written where a person's name may be. */
export const LATIN_JOB = "DBA|SRE|CEO|CTO|CFO|COO|CIO|CISO|PMO|PdM|PM|PL|QA|SE|EM|TL|SV";
/**
 * A table's cell that names a post or a team where a column of people is (| Owner | CFO |, | IT |, | Internal Audit |):
 * a job's abbreviation, a department's in capitals (HR, IT, GA), or words ending in a department's (Internal Audit,
 * Group Finance, Legal). A name in capitals (SATO, LEE) is none of these.
 */
const POST_OR_TEAM_CELL = new RegExp(
  `^(?:${LATIN_JOB}|HR|IT|GA|PR|IR|CS|R&D|FP&A|(?:[A-Z][a-z]+[ \t]+){0,2}(?:Audit|Finance|Legal|Compliance|Procurement|Accounting|Payroll|Facilities|Treasury|Purchasing|Operations|Engineering|Security|Admin|Administration))$`,
);
export const isPostOrTeamCell = (cell: string): boolean => POST_OR_TEAM_CELL.test(cell);

/** A group's word in the Romance languages, which leads a firm's name (Grupo Marcopolo, Groupe Renault, Gruppo Lavazza). */
export const ROMANCE_GROUP_WORDS = "Grupo|Gruppo|Groupe";
/**
 * Words of a team's, a desk's, a company's or a product's name, never of a person's: a display name holding one
 * (Kurabe Shop Support <support@…>, Tokyo Office (03-…), Microsoft Teams (…)) is not masked.
 */
export const ORGANISATION_WORD = new RegExp(
  `^(?:Microsoft|Google|Apple|Amazon|Azure|AWS|Teams|Zoom|Slack|Webex|Windows|Outlook|Exchange|Adobe|Cisco|Oracle|Salesforce|Dropbox|GitHub|GitLab|Chrome|Excel|SharePoint|OneDrive|Android|iPhone|iPad|Support|Team|Desk|Helpdesk|Service|Services|Sales|Shop|Store|Office|Center|Centre|Department|Dept|Inc|Ltd|Corp|Co|Company|LLP|LLC|PLC|Plc|GmbH|Pty|Pvt|Group|${ROMANCE_GROUP_WORDS}|Gruppe|Info|Notifications?|Billing|Accounts|Newsletter|Marketing|News|No-?[Rr]eply|New|North|South|East|West|Bank|University|Hotel|Airlines?|Station|Street|Road|Avenue|Park|City|Tower|Building|Branch|Hotline|Reception|Headquarters)$`,
);

/**
 * What a person is to the writer, written before their name (the organist Florentina, Rider Mirela, tenant Okafor, the
 * cleaner Sakurako, and friend Anatole, her travel buddy Marketa): a job, a part or a companion, in lower case. The word
 * is the person's part, never their given name (PERSON_JOB_WORD).
 */
export const PERSON_JOBS =
  "rider|driver|assistant|organist|pianist|accompanist|conductor|counsell?or|tester|volunteer|coordinator|tutor|teacher|coach|guide|interpreter|translator|receptionist|caretaker|intern|trainee|clerk|cashier|nurse|midwife|carer|caregiver|therapist|pharmacist|dentist|neighbou?r|roommate|flatmate|watchman|watchwoman|doorman|janitor|lifeguard|concierge|cleaner|housekeeper|nanny|babysitter|gardener|handyman|porter|friend|buddy|" +
  // A team's, a class's or a band's part (our sub Hyeri, my teammate Torvald, the caddie Tevita).
  "teammate|classmate|bandmate|captain|sub|substitute|goalkeeper|referee|umpire|caddie|instructor";
export const PERSON_JOB_WORD = new RegExp(`^(?:${PERSON_JOBS})$`, "i");

/** A voice assistant's name, which a greeting wakes (Hey Siri, OK Google): no person. */
export const VOICE_ASSISTANT = "(?:Siri|Alexa|Google|Cortana|Bixby|Clova|Gemini|Copilot)(?![\\p{L}'’-])";
const VOICE_ASSISTANT_WORD = new RegExp(`^${VOICE_ASSISTANT}$`, "u");
/** Whether a word is a voice assistant's name (Alexa, Siri): a product's, though a given name too. */
export const isVoiceAssistant = (word: string): boolean => VOICE_ASSISTANT_WORD.test(word);

/**
 * A bank's mark of a firm's legal form beside an account holder's kana (ｶ)ﾔﾏﾀﾞｼｮｳｼﾞ, ﾔﾏﾀﾞ ｼｮｳｼﾞ(ｶ, ﾕ)ｻﾄｳｼｮｳﾃﾝ, カ)ヤマダ):
 * 株式会社, 有限会社, 合同会社 or a medical or other corporation's, so the name is the firm's.
 */
const FIRM_MARK_BEFORE = /(?:^|[^\uFF66-\uFF9F\p{Script=Katakana}ー])(?:[ｶﾕｲｼカユイ]|ﾄﾞ|ｻﾞ|ｶﾌﾞ|ﾕｳ|ｺﾞｳ)[)）][ 　]?$/u;
const FIRM_MARK_AFTER = /^[ 　]?[(（](?:[ｶﾕｲカユ]|ﾄﾞ|ｶﾌﾞ|ﾕｳ|ｺﾞｳ)(?![\uFF66-\uFF9F\p{Script=Katakana}ー])/u;
/** A firm's kind as a bank's half-width record spells it, small kana written large (ｶﾌﾞｼｷｶﾞｲｼﾔ, ﾕｳｹﾞﾝｶﾞｲｼﾔ), read NFKC-folded. */
export const FIRM_KIND_BANK_FORM = /カブシキ|[カガ]イシヤ|ユウゲン|ゴウドウ|シヤダン|ザイダン|ホウジン|クミアイ/u;
/** The kana word right before and right after a span (a bank's half-width record's words). */
const KANA_WORD_AFTER = /^[ 　]?[\uFF66-\uFF9F\p{Script=Katakana}ー]+/u;
const KANA_WORD_BEFORE = /[\uFF66-\uFF9F\p{Script=Katakana}ー]+[ 　]?$/u;
/** A firm's kind spelt out in or beside the kana (ﾐﾄﾞﾘ ｼﾖｳｼﾞ ｶﾌﾞｼｷｶﾞｲｼﾔ, ｶﾌﾞｼｷｶﾞｲｼﾔ ﾎｼﾉ ﾃﾞﾝｷ): the words are the firm's name. */
const firmKindBeside = (shadow: string, start: number, end: number): boolean =>
  [KANA_WORD_AFTER.exec(shadow.slice(end, end + 16))?.[0], KANA_WORD_BEFORE.exec(shadow.slice(Math.max(0, start - 16), start))?.[0], shadow.slice(start, end)].some(
    (words) => words !== undefined && FIRM_KIND_BANK_FORM.test(words.normalize("NFKC")),
  );
export const isFirmAccount = (shadow: string, start: number, end: number): boolean =>
  FIRM_MARK_BEFORE.test(shadow.slice(Math.max(0, start - 4), start)) || FIRM_MARK_AFTER.test(shadow.slice(end, end + 5)) || firmKindBeside(shadow, start, end);
