import { gated, patternDetector, type PiiDetector } from "../detector.js";

/**
 * A closed Wi-Fi network's name after SSID or its network's name's word (SSID は Buffalo-G-7C21、パスワードは …, SSID
 * HOME-2G-4471 / key …, ネットワーク名 aterm-8a2b3c-g、パスワード …), its password or key given on the same line: a household's or a site's network, which Wi-Fi maps tie to its address, and half of
 * the pair that lets one into it. A name with a digit, six characters or more: the SSID's word in a sentence (SSID を変更,
 * SSID and password) stays, and so does a venue's open network (SSID GYM-FREE-5G はパスワード不要: its public name).
 */
const SSID_LABEL = "(?:(?<![A-Za-z])(?:SSID|[Nn]etwork name)|ネットワーク名|Wi-?Fi名)";
const SSID_VALUE = new RegExp(
  `${SSID_LABEL}[ \\t]*(?:[:：=]|は|is)?[ \\t]*[\`"'「]?(?<secret>(?=[A-Za-z0-9_-]*\\d)[A-Za-z0-9][A-Za-z0-9_.-]{4,30}[A-Za-z0-9])(?![A-Za-z0-9_@-]|\\.[A-Za-z0-9])`,
  "dg",
);
const NETWORK_KEY = /パスワード|パスフレーズ|暗号化キー|(?<![A-Za-z])(?:PW|[Pp]ass(?:word|phrase)|[Kk]ey|WPA2?)(?![A-Za-z])/;
const OPEN_NETWORK = /不要|なし|無し|フリー|(?<![A-Za-z])(?:[Ff]ree|[Oo]pen|no password)(?![A-Za-z])/;

/**
 * A business's network by its line's word (Office Wi-Fi: SSID HIO-Office-5G, 店舗Wi-Fi, 事務所の Wi-Fi, 本部テントの Wi-Fi): the firm's or its staff's,
 * which names and locates no household; its key is still masked as a secret.
 */
const BUSINESS_NETWORK = /(?<![A-Za-z])(?:[Oo]ffice|[Ss]hop|[Ss]tore|[Cc]linic|[Ss]alon|[Cc]lassroom)[ \t-]?Wi-?Fi|(?:事務所|店舗?|社内|オフィス|教室|医院|本部|テント|受付)の?[ \t]?Wi-?Fi/;
/**
 * A network named for a workplace's people (minato40-staff, CAFE_GUEST_5G, hq.office2): a staff's or guests' network,
 * as an event or a shop runs, no household's.
 */
const WORKPLACE_NETWORK_NAME = /(?:^|[-_.])(?:staff|guest|office|event|crew|shop|store)(?=$|[-_.\d])/i;

function closedNetwork(match: RegExpExecArray, shadow: string): boolean {
  const lineStart = shadow.lastIndexOf("\n", match.index) + 1;
  const lineEnd = shadow.indexOf("\n", match.index);
  const line = shadow.slice(lineStart, lineEnd === -1 ? undefined : lineEnd);
  const name = match.groups!.secret!;
  return NETWORK_KEY.test(line) && !OPEN_NETWORK.test(line.replace(name, "")) && !BUSINESS_NETWORK.test(line) && !WORKPLACE_NETWORK_NAME.test(name);
}

export const WIFI_NETWORK_NAMES: readonly PiiDetector[] = [gated(new RegExp(SSID_LABEL), patternDetector("PERSONAL_ID", SSID_VALUE, closedNetwork))];
