import type { Span } from "../detector.js";
import { NETWORK } from "../ids/messenger-handle-ids.js";

/**
 * A shop's or a brand's own account, called its official one or the shop's (公式アカウント @sakura_cafe01, 公式LINE：
 * hanaya_shop2, 公式LINE（@cafe_mori01）, 当店のアカウント @bistro_kobe7, official WeChat: shop_2026, our store handle:
 * @bakery_mina3): the firm's, no person's handle, whatever rule reads a login after アカウント, a network's name or handle.
 * A letter in it, as a handle has: a number after 公式 (公式 090-…) is no account's name.
 */
const FIRM_OWNER = String.raw`(?:公式|(?:お店|当店|弊社|当社|店舗|ショップ|ストア|ブランド|サロン)の?|(?<![A-Za-z])(?:[Oo]fficial|(?:[Tt]he|[Oo]ur)[ \t]+(?:shop|store|brand|salon|caf[eé]|restaurant)|(?:[Ss]hop|[Ss]tore|[Bb]rand)(?:'s|’s))[ \t]+)`;
const ACCOUNT_WORD = String.raw`(?:アカウント|ユーザー?(?:名|ID)|[Uu]ser ?(?:name|ID)|${NETWORK}|Twitter|ツイッター|X(?![A-Za-z])|account|handle)`;
const FIRM_ACCOUNT_HANDLE = new RegExp(
  String.raw`${FIRM_OWNER}(?:[ \t]?${ACCOUNT_WORD})+(?:[ \t]?(?:ID|名))?[ \t]*(?:[:：=]|は|is(?= ))?[ \t]*[「『"“（(]?(?<handle>@?(?=[A-Za-z0-9._-]*[A-Za-z])[A-Za-z0-9][A-Za-z0-9._-]{1,30})`,
  "dg",
);
/** Words that say a firm owns what follows them: each way FIRM_OWNER opens (its gate), and a company's or ours. */
const FIRM_OWNER_WORD = /公式|店|弊社|当社|ショップ|ストア|ブランド|サロン|[Oo]fficial|[Ss]hop|[Ss]tore|[Bb]rand|[Tt]he (?:salon|caf[eé]|restaurant)|[Cc]ompany|[Oo]ur /;

/**
 * Whether the words before a profile's link say it is a firm's own (公式Instagram：instagram.com/…, our company's
 * x.com/…, 当社の…): a shop's or a brand's page, as its handle is (firmAccountSpans).
 */
export const firmOwnsLinkAfter = (before: string): boolean => FIRM_OWNER_WORD.test(before);

/** The spans of firms' own accounts' handles in a width-folded text. */
export function firmAccountSpans(shadow: string): Span[] {
  if (!FIRM_OWNER_WORD.test(shadow)) return [];
  return [...shadow.matchAll(FIRM_ACCOUNT_HANDLE)].map((match) => {
    const [start, end] = match.indices!.groups!.handle!;
    return { start, end };
  });
}
