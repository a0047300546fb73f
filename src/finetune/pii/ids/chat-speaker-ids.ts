import { CHAT_ROLE as ROLE } from "../context/chat-roles.js";
import { BRACKETED_STAMP } from "../context/chat-stamps.js";
import { gated, patternDetector, type PiiDetector } from "../detector.js";
import { isNoPersonAccount } from "../context/no-person-accounts.js";

/**
 * A staff member's code as a chat turn's speaker: after the turn's time and a person's role, before the colon
 * (`[22:14] ドライバー DRV-30418: …`, `08:03 Agent AG-2231: …`): the code stands for the person who speaks. A role of a
 * person only (a driver, an agent, a nurse …), and a code of letters with digits: a numbered speaker (Driver 2:) or a
 * thing's code after a time (`10:02 PR-1234: merged`) stays.
 */
const SPEAKER_CODE = new RegExp(
  String.raw`(?<![0-9:])\[?\d{1,2}:\d{2}(?::\d{2})?\]?[ \t]+${ROLE}[ \t]+(?<secret>[A-Za-z]{1,6}[-_]?\d{3,}[A-Za-z0-9]*)[ \t]*[:：]`,
  "dg",
);

/** A user's handle: small letters joined by `.`, `_` or `-`, or holding a digit. */
const HANDLE = String.raw`[a-z][a-z0-9]*(?:[._-][a-z0-9]+)+|[a-z](?=[a-z0-9]*\d)[a-z0-9]{2,30}`;

/**
 * A user's handle as a chat turn's speaker, after the turn's bracketed time and date (`[2026-11-30 21:04] minami_illust:`,
 * `[09:12] tsuyoshi.k:`, `[15:38] yamane_fp（税理士事務所）:`): an app's or a forum's support chat names its users by their
 * handles. Small letters joined by `.`, `_` or `-`, or holding a digit; a capitalised name is the name rules'. Not a
 * bot or the system (ci-bot:, system:), nor a file or a logger before its message (main.py:, app.log:).
 */
const SPEAKER_HANDLE = new RegExp(
  String.raw`${BRACKETED_STAMP}[ \t]*(?<secret>${HANDLE})(?:[ \t]*[（(][^）)\n]{1,16}[）)])?[ \t]*[:：]`,
  "dg",
);
/** The same handle in an IRC log's angle brackets after the turn's time (`[22:14] <hikari_z> 退会したいです`, `09:12 <tsuyoshi.k>`). */
const SPEAKER_HANDLE_IN_ANGLES = new RegExp(
  String.raw`(?<![0-9:])\[?(?:\d{4}[-/.]\d{1,2}[-/.]\d{1,2}[ T])?\d{1,2}:\d{2}(?::\d{2})?\]?[ \t]*<(?<secret>${HANDLE})>[ \t]`,
  "dg",
);
/**
 * A game player's or a transcript speaker's handle after its word (player xX_DarkRyu_Xx, プレイヤー kuro_neko99,
 * Speaker: neko_master77, IGN Gamer123): words joined by `_`, or letters ending in two digits or more; a plain word
 * (player one, Speaker: Host), a version or a format (player v2.0, player mp3) stays, and a name is the name rules'.
 */
const PLAYER_HANDLE =
  /(?:(?<![A-Za-z])(?:[Pp]layer|PLAYER|[Ss]peaker|[Gg]amer ?[Tt]ag|IGN)|プレイヤー|プレーヤー)[ \t]*(?:[:：]|名[:：]?)?[ \t]*(?<secret>[A-Za-z][A-Za-z0-9]*(?:_[A-Za-z0-9]+)+|[A-Za-z]{2,}[A-Za-z0-9]*\d{2,})(?![A-Za-z0-9._-])/dg;
/**
 * A handle opening a chat-like line before its colon, with no time stamp, and a message in Japanese after it (ryo.k: 了解,
 * mika_t22: 了解です): small letters joined by a dot (a version's digits after its dot stay: v1.2:), or ending in digits.
 * A setting's key (max_retries: 3, display_name: 山田) has neither shape; a file, a logger (main.py:) or a bot stays.
 */
const LINE_HANDLE = /(?<=^|\n)(?<secret>[a-z][a-z0-9]*(?:\.[a-z][a-z0-9]*)+|[a-z][a-z0-9]*(?:_[a-z0-9]+)*_?[a-z]+\d+)[ \t]*[:：][ \t]*(?=[^\x00-\x7F])/dg;
const FILE_OR_LOGGER = /\.(?:py|js|ts|go|rb|java|php|c|cc|cpp|rs|sh|log|txt|md|json|ya?ml|xml|html?|csv|ini|conf|cfg)$|^(?:com|org|net|io|java|android|kotlin|app|core|http|db|sql)\./;
const handleOfAPerson = (match: RegExpExecArray): boolean => {
  const handle = match.groups!.secret!;
  return !isNoPersonAccount(handle) && !FILE_OR_LOGGER.test(handle);
};

export const CHAT_SPEAKER_ID_DETECTORS: readonly PiiDetector[] = [
  gated(new RegExp(String.raw`\d:\d\d\]?[ \t]+${ROLE}[ \t]+[A-Za-z]`), patternDetector("PERSONAL_ID", SPEAKER_CODE)),
  gated(/\d:\d\d(?::\d\d)?\][ \t]*[a-z]/, patternDetector("PERSONAL_ID", SPEAKER_HANDLE, handleOfAPerson)),
  gated(/\d:\d\d(?::\d\d)?\]?[ \t]*<[a-z]/, patternDetector("PERSONAL_ID", SPEAKER_HANDLE_IN_ANGLES, handleOfAPerson)),
  gated(/[Pp]layer|PLAYER|[Ss]peaker|[Gg]amer ?[Tt]ag|IGN|プレ[イー]ヤー/, patternDetector("PERSONAL_ID", PLAYER_HANDLE, handleOfAPerson)),
  gated(/^[a-z][a-z0-9._-]*[ \t]*[:：]|\n[a-z][a-z0-9._-]*[ \t]*[:：]/, patternDetector("PERSONAL_ID", LINE_HANDLE, handleOfAPerson)),
];
