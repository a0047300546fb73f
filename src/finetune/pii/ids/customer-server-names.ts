import { gated, patternDetector, type PiiDetector } from "../detector.js";

/**
 * A customer's server by the name a host gave it, right after the server's word (from VPS vps-tyo2-55817, サーバー
 * web-osk1-20417 の負荷, instance kanda-shop-0412): a hosting desk's ticket names its customer by it. Small letters and
 * digits in three parts or more joined by `-`, one of them a number of four digits or more, as a host numbers its
 * customers' machines; a system's name and version (Windows Server 2022, サーバ ubuntu-22-04, instance t3-micro) has
 * no such part.
 */
const SERVER_NAME = new RegExp(
  String.raw`(?:(?<![A-Za-z])(?:VPS|vps|[Ss]erver|[Ii]nstance|[Hh]ost|VM)(?:[ \t]+name)?|サーバー?|インスタンス|ホスト)(?:名|の名前)?[ \t　]*[:：]?[ \t　]*(?<![A-Za-z0-9._@/-])(?<secret>[a-z][a-z0-9]*(?:-[a-z0-9]+){2,5})(?![A-Za-z0-9_@-]|\.[A-Za-z0-9])`,
  "dg",
);

const numberedByHost = (match: RegExpExecArray): boolean => match.groups!.secret!.split("-").some((part) => /^\d{4,}$/.test(part));

export const CUSTOMER_SERVER_NAMES: readonly PiiDetector[] = [
  gated(/VPS|vps|erver|nstance|[Hh]ost|VM|サーバ|インスタンス|ホスト/, patternDetector("PERSONAL_ID", SERVER_NAME, numberedByHost)),
];
