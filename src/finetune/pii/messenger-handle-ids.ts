import { gated, patternDetector, type PiiDetector } from "./detector.js";

/** The messengers, each in its own spelling: the pattern's start and its gate. */
const MESSENGER = "LINE|WeChat|Wechat|微信|Skype|Telegram|Kakao(?:Talk)?|カカオトーク|Zalo|Viber|Threema";

/**
 * A person's handle on a messenger after the messenger's name (LINE ID：sato_k88, WeChat chenjing_yh88, Skype: j.doe.42,
 * KakaoTalk ID kim_minji01): whoever holds it is reached by it. The messenger's name in its own spelling (LINE in
 * capitals: a line is no messenger), perhaps its ID's word and a separator, then a handle of letters with a digit or `_`
 * (WeChat Pay, LINE group, Skype meeting are words, no handle); after ID or a separator also one with `.` or `-`. Not
 * a shop's official account (公式LINE：@sakura_cafe01).
 */
const MESSENGER_HANDLE = new RegExp(
  String.raw`(?<![A-Za-z])(?:${MESSENGER})(?:[ \t]*の?[ \t]*(?<idWord>ID|Id|ＩＤ|アカウント|ユーザー名|[Uu]sername|[Hh]andle))?[ \t]*(?<separator>[:：=]|は|is(?= ))?[ \t]*@?(?<secret>[A-Za-z][A-Za-z0-9._-]{2,30}[A-Za-z0-9])(?![A-Za-z0-9_@-]|\.[A-Za-z0-9])`,
  "dg",
);

/** A shop's or a brand's own account (公式LINE, official WeChat) is the firm's, no person's. */
const OFFICIAL_BEFORE = /(?:公式|(?<![A-Za-z])[Oo]fficial)[ \t]*$/;

const handleShaped = (match: RegExpExecArray, shadow: string): boolean => {
  const { secret, idWord, separator } = match.groups!;
  if (OFFICIAL_BEFORE.test(shadow.slice(Math.max(0, match.index - 12), match.index))) return false;
  return /[\d_]/.test(secret!) || ((idWord !== undefined || separator !== undefined) && /[.-]/.test(secret!));
};

export const MESSENGER_HANDLE_IDS: readonly PiiDetector[] = [
  gated(new RegExp(MESSENGER), patternDetector("PERSONAL_ID", MESSENGER_HANDLE, handleShaped)),
];
