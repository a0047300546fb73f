import { gated, patternDetector, type PiiDetector } from "../detector.js";

/**
 * A wireless network's key after its SSID or its network's word (SSID `Cafe-Guest`, key mocha2024!; Wi-Fi のキーは
 * Tsuki#88net; the staff network key is not for guests: Kx-55#lan): the value a guest types to join, written as a
 * password is (a letter and a digit or symbol, six characters or more). A key of a keyboard, a table or a licence has
 * no network's word before it.
 */
const NETWORK_KEY =
  /(?:SSID|Wi-?Fi|WiFi|WIFI|[Nn]etwork|ネットワーク|無線LAN)[^\n]{0,40}?(?<![A-Za-z])(?:[Kk]ey|KEY|キー)(?![A-Za-z])(?:[^\n:：=]{0,32}[:：=]|\s*(?:は|is|:|：|=))?\s*`?(?<secret>[!-~]{6,40}?)`?(?=$|\s|[)」』、。,;]|\.(?:\s|$))/dg;

const keyShaped = (value: string): boolean =>
  /[A-Za-z]/.test(value) && /[\d!#$%&*+\-=?@^_~]/.test(value) && !/^\[|:\/\/|@[A-Za-z0-9-]+\.[A-Za-z]|^v?\d+(?:\.\d+)+$/.test(value);

/**
 * A wireless network's label, then its SSID and its key with a slash between (現場事務所 Wi-Fi：`NKM-GENBA` /
 * anzen-daiichi-2026, 無線LAN: Office-5G / Tk#2291lan, Wi-Fi は SSID `Kaede-Net` / Momiji-2291（口頭で）, the Wi-Fi in
 * the lobby is "Lobby-Guest" / ace&volley): the pair a guest types, the key second; a few words where the network is
 * before is, its name perhaps quoted. Not a standard's or a band's names (Wi-Fi: 802.11ax / WPA3-Personal, 2.4GHz / 5GHz).
 */
const NETWORK_PAIR =
  /(?:SSID|Wi-?Fi|WiFi|WIFI|無線LAN)(?:[ \t]*(?:[:：]|は)|(?:[ \t]+[a-z]+){0,4}[ \t]+is)[ \t]*(?:SSID[ \t]*[:：]?[ \t]*)?[`"「]?(?<ssid>[^\s`"」/]{2,32})[`"」]?[ \t]*\/[ \t]*`?(?<secret>[!-~]{6,40}?)`?(?=$|\s|[()（）」』、。,;]|\.(?:\s|$))/dg;
const WIRELESS_STANDARD = /^(?:WPA|WEP|802\.11|\d+(?:\.\d+)?\s?GHz)/i;
const networkPair = (match: RegExpExecArray): boolean =>
  keyShaped(match.groups!.secret!) && !WIRELESS_STANDARD.test(match.groups!.ssid!) && !WIRELESS_STANDARD.test(match.groups!.secret!);

export const NETWORK_KEY_DETECTORS: readonly PiiDetector[] = [
  gated(/(?:SSID|Wi-?Fi|WiFi|WIFI|無線LAN)[^\n]*\//, patternDetector("SECRET", NETWORK_PAIR, networkPair)),
  gated(/SSID|Wi-?Fi|WiFi|WIFI|[Nn]etwork|ネットワーク|無線LAN/, patternDetector("SECRET", NETWORK_KEY, (match) => keyShaped(match.groups!.secret!))),
];
