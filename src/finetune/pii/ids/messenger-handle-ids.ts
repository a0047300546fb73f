import { gated, patternDetector, type PiiDetector } from "../detector.js";
import { worldNames } from "../lexicon/world-name-lexicon.js";
import { columnHeading } from "../context/number-context.js";

/**
 * The networks a person is reached or known by, each in its own spelling: messengers, social networks and games'
 * networks (a Riot ID, a PSN ID, a Discord name), and code hosts (GitHub は mohan-k-dev). The pattern's start and its gate.
 */
export const NETWORK =
  "LINE|WeChat|Facebook|フェイスブック|Wechat|微信|Skype|Telegram|Kakao(?:Talk)?|カカオトーク|Zalo|Viber|Threema|Discord|Instagram|インスタ(?:グラム)?|IG(?![A-Z])|TikTok|Twitch|Steam|Riot|PSN|Xbox|BattleTag|[Gg]it[Hh]ub|[Gg]it[Ll]ab|Bitbucket";

/**
 * A handle, and a game's tag after # where it has one (aoma_fuwa#4417, minseo#KR77): the tag is part of the name. With a
 * tag, a name of two or three letters is one too (Kaz#4410): the tag makes it unique. After @, a digit may open it
 * (@0xaarav), a letter in it.
 */
const HANDLE = String.raw`(?<secret>(?:@\d(?=[A-Za-z0-9._-]*[A-Za-z])|@?[A-Za-z])(?:[A-Za-z0-9._-]{2,30}[A-Za-z0-9]|[A-Za-z0-9._-]{0,1}[A-Za-z0-9](?=#[A-Za-z0-9]{2,6}))(?<tag>#[A-Za-z0-9]{2,6})?)(?![A-Za-z0-9_@#-]|\.[A-Za-z0-9])`;

/**
 * A person's handle on a network after the network's name (LINE ID：sato_k88, WeChat chenjing_yh88, Skype: j.doe.42,
 * KakaoTalk ID kim_minji01, Discord は aoma_fuwa#4417, Instagram @maria_ukai_hair, LINEの表示名は chitose_golf77, my github
 * is taro-yamamoto-jp, on LINE as yuki.m.1990, My Facebook is vu.thanh.1207, LINE（@saya_t）, LINE kenji-hakuba-shuttle):
 * whoever holds it is reached by it. The network's name in its own spelling (LINE in capitals: a line is no
 * messenger), perhaps its ID's word and a separator, then a handle of letters with a digit, `_` or a tag (WeChat Pay,
 * LINE group, Discord Bot are words, no handle); after ID or a separator also one with `.` or `-`. A shop's
 * official account (公式LINE：@sakura_cafe01) is kept by look-alikes/firm-accounts.ts. A log's channel in brackets, then an @handle (【LINE】@ageo_kurib から): the
 * message's sender. A handle alone in brackets after the network, perhaps a particle between (写真は LINE で（miho.tsuda）,
 * LINE (k.arai-22)): given as one, as after a colon; a version in them (LINE (ver.13.2)) is the app's. The handle
 * perhaps in quotes (LINE ID「mika.tanaka_77」): quoted, it is given as one.
 */
const NETWORK_HANDLE = new RegExp(
  String.raw`(?<![A-Za-z])(?:${NETWORK})(?![a-z])(?:[】\]](?=[ \t]*@))?(?:[ \t]*(?:で|に|から)?[ \t]*(?<bracket>[（(])(?=[ \t]*@|[ \t]*(?!ver\.?\d|v\d)[A-Za-z][A-Za-z0-9._-]{2,30}[ \t]*[）)]))?(?:[ \t]*の?[ \t]*(?<idWord>ID|Id|ＩＤ|アカウント|ユーザー名|表示名|[Uu]sername|[Hh]andle|[Dd]isplay name))?[ \t]*(?<separator>[:：=]|は|is(?= )|as(?= ))?[ \t]*(?<quote>[「『"“'])?${HANDLE}`,
  "dg",
);

/**
 * A player's name in a game after its word (IGN LIMJH_KR, gamertag: xX_kaito_Xx, プレイヤー名 Ryo_0412, ハンドルネーム
 * kuro_neko88), or a handle given as one (handle: @hana_88, handle @bonito_flake_dad, her handle is maria.k_2, Slackのハンドル
 * @ito-shun-dev; "we handle it_2" is a verb), perhaps with an aside in brackets (ゲーム内の名前（ハンドル）は ryu_no_kiba), or a name said to be a handle by its aside
 * (チャットでの名前（ハンドル）は neko_no_te), a user's name or ID on a platform (HackerOne user id h1_2291847), an event's
 * registered name (登録名 rinrin_cos), an account given with its @ (投稿者のアカウント @dance_photo_yk; a shop's 公式
 * アカウント stays), a handle in code's quotes (handle `@0xaarav`): the
 * name a person plays or posts under.
 */
const PLAYER_NAME = new RegExp(
  String.raw`(?:(?<![A-Za-z])(?:IGN|[Gg]amer ?[Tt]ag|[Ii]n-game name|[Pp]layer (?:ID|name)|[Hh]andle(?=[ \t]*(?:[:：=]|is |\x60?@[A-Za-z0-9]))|[Uu]ser ?(?:ID|id|name)|[Uu]sername)(?![A-Za-z])|プレイヤー(?:名|ID|ネーム)|登録名|アカウント(?=[ \t]*(?:[:：=]|は|@))|ハンドル(?:ネーム|名)?(?=[ \t]*(?:[:：=]|は|@))|ゲーム内の?名前?|名前(?=[ \t]*[（(](?:ハンドル(?:ネーム|名)?|HN)[）)]))(?:[ \t]*[（(][^）)\n]{1,12}[）)])?[ \t]*(?<separator>[:：=]|は|is(?= ))?[ \t]*\x60?${HANDLE}`,
  "dgu",
);

/** Each opening quote's closing one: a quoted handle is the whole of its quotes (「Wei-Ling 陳」 is a display name, no handle). */
const CLOSING_QUOTE: Record<string, string> = { "「": "」", "『": "』", '"': '"', "“": "”", "'": "'" };

/** A branch's name after a code host (GitHub は main-branch を保護, GitLab: release-2.4) is the repository's, no one's. */
const BRANCH_NAME = /^(?:main|master|develop|dev|feature|release|hotfix|bugfix|fix|staging|production|prod)(?:[-_./]|$)/i;

/**
 * Three words or more joined by - or . that open with a person's first or last name (kenji-hakuba-shuttle, maria.lopez.nyc):
 * a name made up for the network, where a channel's or a rule's words (group-chat-rules) are no one's.
 */
function namedHandle(handle: string): boolean {
  const words = /^[a-z]+(?:[.-][a-z]+){2,}$/.test(handle) ? handle.split(/[.-]/) : [];
  if (words.length === 0) return false;
  const first = words[0]!.charAt(0).toUpperCase() + words[0]!.slice(1);
  const { latinGiven, latinFamily } = worldNames();
  return latinGiven.has(first) || latinFamily.has(first);
}

/**
 * Small words joined by dots straight after the network's name (LINE jiahui.run, WeChat mei.lin): a name made up for the
 * network, as a word or a sentence has no dot inside; not a site's host (LINE line.me, 公式 shop.jp). So is a name with
 * an initial after a dot (LINE ngoc.t, WeChat k.ishida): a host's name never ends or opens with a letter alone.
 */
const DOTTED_WORDS = /^[a-z]{2,}(?:\.[a-z]{2,}){1,2}$/;
const NAME_WITH_INITIAL = /^(?:[a-z]{3,}(?:\.[a-z]{2,})?\.[a-z]|[a-z]\.[a-z]{3,})$/;
const TOP_LEVEL_END = /\.(?:com|net|org|info|io|me|jp|co|ne|or|ac|go|app|dev|biz|tv|cn|kr|tw|hk|uk|us)$/;
const dottedWords = (handle: string): boolean => (DOTTED_WORDS.test(handle) && !TOP_LEVEL_END.test(handle)) || NAME_WITH_INITIAL.test(handle);

const handleShaped = (match: RegExpExecArray, shadow: string): boolean => {
  const { secret, idWord, separator, quote, tag, bracket } = match.groups!;
  if (quote !== undefined && shadow[match.index + match[0].length] !== CLOSING_QUOTE[quote]) return false;
  // A version (v2.3.1) is no one's, and a name before a slash is a repository's owner (GitHub: octo-org/api), maybe a firm.
  if (/^v\d/.test(secret!) || shadow[match.index + match[0].length] === "/" || BRANCH_NAME.test(secret!)) return false;
  // An @ before the handle marks it as one, as a separator does.
  // So does a bracket that holds the handle alone (LINE で（…）).
  const givenAsOne = idWord !== undefined || separator !== undefined || quote !== undefined || bracket !== undefined || secret!.startsWith("@");
  if (bracket !== undefined && !/^[ \t]*[）)]/.test(shadow.slice(match.index + match[0].length))) return false;
  return tag !== undefined || /[\d_]/.test(secret!) || (givenAsOne && /[.-]/.test(secret!)) || namedHandle(secret!) || dottedWords(secret!);
};

/**
 * A Skype ID of a Microsoft account (live:.cid.7f3a19c0e4b2d851, live:tanaka.yui_88): written wherever it is pasted, far
 * from the network's name. The cid form is Skype's alone; a name after live: only where the text names Skype (Go live:
 * 20:00, live:tomorrow in a plan are no one's).
 */
const SKYPE_LIVE_ID = /(?<![A-Za-z0-9])(?<secret>live:(?:\.cid\.[0-9a-f]{8,32}|[a-z][a-z0-9._-]{2,30}[a-z0-9]))(?![A-Za-z0-9])/dg;
const skypeIdShaped = (match: RegExpExecArray, shadow: string): boolean =>
  match.groups!.secret!.startsWith("live:.cid.") || (/Skype|スカイプ/i.test(shadow) && /[\d_.]/.test(match.groups!.secret!.slice(5)));

/**
 * A handle alone in a table's cell, or one of a cell's values split by a slash (| 7656119… / chinedu_plays#4471 |), in a
 * column a network's name heads (| Steam / Discord |, | LINE ID |): a register of players or members. A digit, `_`, `.`
 * or a tag in it, as a handle has and a word has not.
 */
const HANDLE_IN_CELL = new RegExp(String.raw`(?<=\|[ \t]*|[ \t]\/[ \t]*)${HANDLE}(?=[ \t]*(?:\||\/[ \t]))`, "dg");
const NETWORK_HEADING = new RegExp(String.raw`(?<![A-Za-z])(?:${NETWORK})(?![a-z])`);
const handleUnderNetwork = (match: RegExpExecArray, shadow: string): boolean =>
  /[\d_.#]/.test(match.groups!.secret!) && !/^v?\d+(?:\.\d+)+$/.test(match.groups!.secret!) && NETWORK_HEADING.test(columnHeading(shadow, match.index) ?? "");

export const MESSENGER_HANDLE_IDS: readonly PiiDetector[] = [
  gated((shadow) => shadow.includes("|") && NETWORK_HEADING.test(shadow), patternDetector("PERSONAL_ID", HANDLE_IN_CELL, handleUnderNetwork)),
  gated(/live:/, patternDetector("PERSONAL_ID", SKYPE_LIVE_ID, skypeIdShaped)),
  gated(new RegExp(NETWORK), patternDetector("PERSONAL_ID", NETWORK_HANDLE, handleShaped)),
  gated(/IGN|[Tt]ag|game name|[Pp]layer|[Hh]andle|[Uu]ser|プレイヤー|ハンドル|ゲーム内|登録名|アカウント/, patternDetector("PERSONAL_ID", PLAYER_NAME, handleShaped)),
];
