import { gated, patternDetector, type PiiDetector } from "../detector.js";

/**
 * Where a spare key is hidden, after its word and a colon (合鍵の置き場所（ご家族の了承済み）: ガスメーターボックス内の赤い缶,
 * スペアキーの隠し場所：植木鉢の下): whoever reads it can let themselves in, as with a door's code. The place runs to the
 * sentence's end, a short one; an aside in brackets may stand between the word and its colon. Not a place still unknown
 * or kept elsewhere (未定, なし, 別紙, ご家族に確認).
 */
const KEY_PLACE =
  /(?:合鍵|合い鍵|スペアキー|予備の?鍵|[Ss]pare key)(?:の|'s)?[ \t]*(?:置き場所|隠し場所|保管場所|置き場|場所|[Ll]ocation|[Hh]iding place)[ \t]*(?:[（(][^）)\n]{0,30}[）)])?[ \t]*[:：][ \t]*(?<secret>[^\s。.、,;；:：!?！？][^\n。.、,;；:：!?！？]{0,38}?[^\s。.、,;；:：!?！？])(?=[。.、,;；!?！？]|[ \t]*$|[ \t]*\n)/dgmu;
const UNSAID = /^(?:未定|なし|無し|不明|別紙|別途|確認中|TBD|N\/A|none|unknown)$|確認|参照|記載/i;

/**
 * Where a key is hidden, told in a sentence (鍵は植木鉢の下に置いてあります, 合鍵は郵便受けの裏にテープで貼ってあります,
 * 置き配の鍵は メーターボックスの中の黒い袋 に入れてあります, スペアキーはガスメーターの上の缶の中, 合鍵は植木鉢の下にあります,
 * 鍵の場所は植木鉢の下です; where it stands set off by a space before the spot: 鍵の隠し場所は勝手口横の 灯油缶の中 です; the
 * thing told apart by an aside in brackets: 家の鍵は 室外機（北側の方）の下 に置いておきます):
 * a spot under, behind or inside a thing, or a box, a can or a bag somewhere that ends the sentence (鍵は物置の棚の赤い缶。),
 * then a verb of leaving it there that is done (置いてあります, 入れておきます), あります, or the sentence's end, or the spot
 * as someone told it (鍵の置き場所は 郵便受けの奥の茶封筒 と娘さんから伺った, 鍵は物置の中の青い缶 とのこと). A key to hand
 * back somewhere (鍵は箱の中に入れてください: a request, not a hiding place), a key handed over at a desk
 * (鍵はフロントでお渡しします) and a crypto key (秘密鍵, 公開鍵) are no hiding place.
 */
const KEY_SPOT_SAID =
  /(?<![公秘暗]|公開|秘密|暗号)(?:合鍵|合い鍵|スペアキー|予備キー|鍵|カギ)(?:の(?:場所|置き場所|隠し場所|保管場所))?は[ \t]*(?<secret>(?:[^\s。、,.!?！？「」()（）]{1,8}の[ \t]+)?[^\s。、,.!?！？「」()（）]{0,20}?(?:[（(][^\s（()）。\n]{1,12}[）)])?(?:の(?:下|裏|中|上|奥|後ろ|陰|横|隙間|底)|(?:ボックス|BOX|ケース|ポスト|ロッカー|[箱缶袋])内|の[^\s。、,.!?！？「」()（）にてでを]{0,8}?[箱缶袋](?=[ \t]*(?:です)?[ \t]*(?:[。.]|$)))[^\s。、,.!?！？「」()（）にてでを]{0,12}?)(?:[ \t]*に[ \t]*(?:テープで|袋に入れて)?[ \t]*(?:(?:置い|入れ|隠し|貼っ|しまっ|掛け|かけ|挟ん)て(?:あり|おき|おい|い|お)|あり(?:ます|。|$))|[ \t]*(?:です)?[ \t]*(?:[。.]|$)|[ \t]*(?:だ|です)?と[ \t]*(?:のこと|(?:お?聞|伺|言わ|言っ|教わ|教えてもら|[^\s。]{1,8}から(?:お?聞|伺))))/dgmu;

/** A spot under, behind or inside a thing (植木鉢の下, 郵便受けの裏, ポストの内側, メーターボックス内), as a hiding place is told. */
const SPOT = String.raw`[^\s。、,.!?！？「」()（）→]{0,20}?(?:の(?:下|裏|中|上|奥|後ろ|陰|横|隙間|底|内側)|(?:ボックス|BOX|ケース|ポスト|[箱缶袋])内)`;

/**
 * A key's usual place, the spot told in brackets after it (鍵はいつもの場所（車庫の棚の奥、工具箱の中の缶）から出した, 合鍵は例の
 * 場所（郵便受けの裏）です): the brackets hold a spot under, behind or inside a thing, masked whole. A place with no spot in
 * its brackets (鍵はいつもの場所（フロント）で受け取り) is a desk's.
 */
const KEY_PLACE_IN_BRACKETS = new RegExp(
  String.raw`(?<![公秘暗]|公開|秘密|暗号)(?:合鍵|合い鍵|スペアキー|予備キー|鍵|カギ)は[ \t]*(?:いつもの|例の|前回の|いつも通りの|決まった)?(?:場所|置き場所|隠し場所)[ \t]*[（(](?<secret>[^（()）\n]{0,24}?(?:の(?:下|裏|中|上|奥|後ろ|陰|横|隙間|底)|(?:ボックス|BOX|ケース|ポスト|[箱缶袋])内)[^（()）\n]{0,16})[）)]`,
  "dgu",
);

/**
 * A key fixed at its spot, and how (合鍵は郵便受けの裏にマグネットで貼ってある, 鍵は 室外機の裏に テープで留めてあります, or as
 * told in quotes: 鍵は「郵便受けの裏にマグネットで貼ってある」とのこと): the spot with the means and the fixing, masked
 * whole: the means says where to feel for it.
 */
const KEY_SPOT_FIXED = new RegExp(
  String.raw`(?<![公秘暗]|公開|秘密|暗号)(?:合鍵|合い鍵|スペアキー|予備キー|鍵|カギ)は[ \t]*[「『]?(?<secret>${SPOT}[ \t]*に[ \t]*(?:両面テープ|テープ|ガムテープ|マグネット|磁石|フック|針金|紐|ひも)で[ \t]*(?:貼っ|留め|とめ|付け|つけ|吊るし|掛け|かけ|くっつけ)て(?:ある|あります|おき(?:ます)?|います|いる))`,
  "dgu",
);

/**
 * A key's spot told in quotes after its word (鍵の置き場所は「物置の奥の青い缶の中」と聞いた, 鍵は「門柱の裏」): the quotes close
 * the spot, whatever verb follows; a spot under, behind or inside a thing, as above.
 */
const KEY_SPOT_QUOTED = new RegExp(
  String.raw`(?<![公秘暗]|公開|秘密|暗号)(?:合鍵|合い鍵|スペアキー|予備キー|鍵|カギ)(?:の(?:場所|置き場所|隠し場所|保管場所))?は[ \t]*「(?<secret>${SPOT}[^「」\n]{0,16})」`,
  "dgu",
);

/**
 * A key left at its spot, then the spot told more closely in brackets (鍵はポストの内側にかけてある（ポストの内側のフックに赤い
 * 紐）): the aside is where to feel for it, masked whole.
 */
const KEY_SPOT_ASIDE = new RegExp(
  String.raw`(?<![公秘暗]|公開|秘密|暗号)(?:合鍵|合い鍵|スペアキー|予備キー|鍵|カギ)は[ \t]*${SPOT}[ \t]*に[ \t]*(?:置い|入れ|隠し|貼っ|しまっ|掛け|かけ|挟ん|吊るし)て(?:ある|あります|おき|おい|いる|います)[ \t]*[（(](?<secret>[^（()）\n]{2,40})[）)]`,
  "dgu",
);

/**
 * A spot, then に and the spare key's word (左のシーサーの鉢植えの下に合鍵, 物置の中にスペアキーがあります): the key is there. Not
 * a key's form or a service (机の上に合鍵の申込書, 店の横に合鍵作成コーナー).
 */
const SPOT_THEN_KEY = new RegExp(
  String.raw`(?<secret>${SPOT}[ \t]*に[ \t]*(?:合鍵|合い鍵|スペアキー|予備の?鍵))(?=[ \t]*(?:[と。、,.]|が|を(?!作)|あり|です|$))`,
  "dgmu",
);

/**
 * The same told in English (The key is under the blue doormat, the spare key is kept behind the meter box, Spare key: under the gnome by the porch): a spot under,
 * behind or inside a thing with its article. A key of a program (API key, primary key) is no door's, and a matter in hand
 * (the key is under review) has no article.
 */
const KEY_SPOT_SAID_EN =
  /(?<![A-Za-z][ -]?)(?:(?:[Tt]he|[Mm]y|[Oo]ur|[Yy]our|[Hh]er|[Hh]is|[Aa])[ \t]+)?(?:(?:[Ss]pare|[Hh]ouse|[Dd]oor|[Ff]ront[ -]door|[Bb]ack[ -]door|[Rr]oom|[Aa]partment|[Ff]lat)[ \t]+)?[Kk]eys?(?:'s[ \t]+|[ \t]+(?:is|are|will be|has been|have been)[ \t]+|(?<=[Ss]pare key)[ \t]*[:：][ \t]*)(?:(?:hidden|kept|left|taped)[ \t]+)?(?<secret>(?:under|underneath|beneath|behind|inside|on top of)[ \t]+(?:the|a|my|our|your)[ \t]+[A-Za-z][A-Za-z -]{1,30}?)(?=[ \t]*(?:[.,;!]|$)|[ \t]+(?:at|by|near|next|in|on|of)[ \t])/dgm;

/**
 * A saying that opens as a spot does (the key's behind the scenes, the key is under the radar, on top of the world): what
 * is at work, not where a key lies.
 */
const SPOT_IDIOM = /^(?:behind the (?:scenes|times|curve)|under the (?:radar|weather|sun|microscope|spotlight)|on top of the (?:world|situation))(?![A-Za-z])/;

export const KEY_HIDING_PLACES: readonly PiiDetector[] = [
  gated(/合鍵|合い鍵|スペアキー|予備の?鍵|[Ss]pare key/, patternDetector("SECRET", KEY_PLACE, (match) => !UNSAID.test(match.groups!.secret!))),
  gated(/(?:鍵|カギ|キー)は[^\n]{0,40}で/, patternDetector("SECRET", KEY_SPOT_FIXED)),
  gated(/(?:鍵|カギ|キー)(?:の(?:場所|置き場所|隠し場所|保管場所))?は/, patternDetector("SECRET", KEY_SPOT_SAID)),
  gated(/(?:鍵|カギ)(?:の(?:場所|置き場所|隠し場所|保管場所))?は[ \t]*「/, patternDetector("SECRET", KEY_SPOT_QUOTED)),
  gated(/(?:鍵|カギ)は[^\n]{0,40}て(?:あ|お|い)[^\n]{0,8}[（(]/, patternDetector("SECRET", KEY_SPOT_ASIDE)),
  gated(/に[ \t]*(?:合鍵|合い鍵|スペアキー|予備の?鍵)/, patternDetector("SECRET", SPOT_THEN_KEY)),
  gated(/(?:鍵|カギ|キー)は[^\n]{0,8}場所[ \t]*[（(]/, patternDetector("SECRET", KEY_PLACE_IN_BRACKETS)),
  gated(/[Kk]eys?(?: is| are| will| ha|'s )|[Ss]pare key[ \t]*[:：]/, patternDetector("SECRET", KEY_SPOT_SAID_EN, (match) => !SPOT_IDIOM.test(match.groups!.secret!))),
];
