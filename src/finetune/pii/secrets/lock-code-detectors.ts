import { digitsOf, gated, matchesOf, patternDetector, type PiiDetector } from "../detector.js";
import { columnHeading } from "../context/number-context.js";

/**
 * Codes named by what they open: a lock, a door, a safe, a delivery box or a locker. The code right after its cue
 * (オートロックの番号は #1470, 金庫のコード：4417, 南京錠の番号は 5-1-9-2, gate code is #1470), or a few words later, over a
 * sentence's end or a line break (宅配ボックスの番号を書いておきます。7719 です, 宅配ボックスの暗証番号が…共用の⏎ 0427 のまま).
 */

/**
 * The digits of a code: three to eight with # or * (a keypad's second press and digit kept with it: #0612*3), four to
 * eight without, or three to eight in groups as a dial lock's are read out (5-1-9-2, 12-34-56) or a keypad's pressed one
 * by one, the # or * last (1・9・7・3・#); no count, amount, date,
 * time or room after them, nor a year's or a count's unit after a space (金庫は 2024 年に購入).
 */
const CODE_VALUE = String.raw`(?<secret>[#*]\d{3,8}(?:[#*]\d{1,4})?[#*]?|\d{4,8}[#*]?|\d{1,4}(?:[-・ ]\d{1,4}){1,7}(?:[-・ ]?[#*])?|\d(?: [-・] \d){3,7})(?![\d桁文字回円年月日件分秒時%人個歳号階/:-]|[.,]\d|[ \t]+[年台個件円人回桁])`;
const DATE_LIKE = /^(?:19|20)\d\d[-・ ]\d{1,2}[-・ ]\d{1,2}$/;
const codeDigits = (value: string): boolean => {
  const count = digitsOf(value).length;
  return count >= 3 && count <= 8 && !DATE_LIKE.test(value);
};

/**
 * The cue right before the code: a lock's, a safe's or a box's number or code, or unlocking's (オートロック解錠は ＃2580,
 * キーボックスの番号 0812, door code 2580, a rental's guest code is 4471: a smart lock's code for a stay, where a
 * guest's or a visitor's number is a count; a shared car's key code is 305 118, the padlock combination is 12-34-56);
 * the lock alone before a code keyed with # or *, after は, a colon or a space (オートロックは #7128, オートロック ＃0917＊ の後に
 * 部屋番号), or the entrance it stands at (エントランスは #2741, 玄関 ＊5820, lobby: #3391), where a bare number might be
 * a year or a count (エントランス 0930 is a time);
 * an alarm disarmed with its code (disarm with 0612, 警報解除 4417), a key box's number (鍵箱の番号は 0-2-2-7);
 * a box's or a letterbox's key number or dial (箱の鍵番号 3851, ポストのダイヤル番号 0412: what opens it, where a locker's
 * key number says which key); a master code, or the new master a desk sets (New master 5082: it opens every locker).
 */
const LOCK_CODE = new RegExp(
  String.raw`(?:(?:箱|ボックス|BOX|ポスト|郵便受け?)の?(?:鍵|ダイヤル)の?(?:番号|ナンバー)|(?:(?:オート|スマート|ドア)?ロック|キーボックス|キーケース|鍵箱|金庫|(?:南京|ダイヤル|電子|暗証)?錠)(?:の)?(?:(?:解除|解錠|開錠)(?:の)?(?:番号|コード|ナンバー)?|番号|コード|ナンバー)|(?:解錠|開錠)(?:番号|コード)|(?:(?:オート|スマート|ドア)ロック|(?:共用)?エントランス|(?:共用|正面)?玄関|(?<![A-Za-z])(?:[Ee]ntrance|[Ll]obby|[Ff]ront door))(?=[ \t　]*[は:：]?[ \t　]*[#*]\d)|(?<![A-Za-z])(?:(?:[Dd]oor|[Kk]ey|[Gg]ate|[Ll]ock|[Ee]ntry|[Kk]eypad|[Aa]larm|[Aa]ccess|[Gg]arage|[Pp]adlock|[Ll]ockbox|[Kk]ey ?safe|[Ll]ocker)[ -]?(?:code|number|combination)|(?:[Gg]uest|[Vv]isitor)[ -]?code|(?:[Mm]aster|MASTER)[ -]?(?:code|PIN|combination)|[Nn]ew master|(?:[Pp]adlock|[Ll]ocker|[Ss]afe|[Ll]ock)'s (?:code|combination)|(?:[Dd]isarm|[Uu]nset)(?:[ \t]+(?:it|the alarm|the system))?[ \t]+(?:with|using))(?![A-Za-z])|(?:警報|アラーム|警備|セキュリティ)の?(?:解除|解錠)(?:番号|コード)?)\s*(?:は|:|=|is)?\s*${CODE_VALUE}`,
  "dgu",
);

/**
 * A year straight after the code's word, no separator between, and the sentence going on in small letters (Guest code
 * 2026 changes on Friday, door code 2025 rollout, the lockbox, code 2026 rollout): the code's edition or its year's, not
 * the code (the guest code is 2026, door code: 2025 stay codes).
 */
function yearOfTheCode(match: RegExpExecArray, shadow: string): boolean {
  const [start, end] = match.indices!.groups!.secret!;
  return /^(?:19|20)\d\d$/.test(match.groups!.secret!) && /(?:code|number|combination)[ \t]+$/.test(shadow.slice(match.index, start)) && /^[ \t]+[a-z]/.test(shadow.slice(end, end + 3));
}

/**
 * What a code opens and the code's word (宅配ボックスの暗証番号, a keypad's: テンキー暗証番号, a shared one: オートロック共用番号, 南京錠の番号, 金庫のコード, 金庫（番号 …）, 金庫のダイヤルは …, locker combination; a clause on
 * where it is between: キーボックスは玄関横、番号は「3096」, キーボックスに入れておきます。番号は 0-4-7-1; a few words
 * between in English: the key safe by the back door: code …, the keybox under the meter holds the spare key, code …),
 * then the code a few words on: no digit between, at most
 * one line break and no blank line. A locker's or a door's bare 番号 says which
 * locker or room (ロッカーの番号は 1024), no code: only its 暗証番号 or コード is one.
 */
/**
 * A clause on where the box is or what goes in it, between it and its code's word (キーボックスは玄関横、番号は …), or a
 * bare comma after the lock named (南京錠、番号は毎月変わる（今月 …）).
 */
const CLAUSE_BETWEEN = String.raw`(?:[はがにへを][^\n\d#*。]{0,24}?[、。][ \t]*|[、,][ \t]*)?`;
/** A code every resident keys, its word before 番号 (オートロック共用番号, 共通番号). */
const SHARED = "(?:共用|共通|共有)?";
/** The word before "code" that makes it a thing's code, not the lock's (the keybox shows error code 1042). */
const THING_CODE_WORD = String.raw`[ \t](?:error|status|discount|promo|coupon|order|product|item|postal|zip|area|country|reference|tracking)`;
const CODE_NAMED_BEFORE = new RegExp(
  String.raw`(?:(?<opener>(?:宅配|キー|ロック|暗証)(?:ボックス|BOX)|ロッカー|(?:南京|ダイヤル|電子|暗証)?錠|金庫|(?:オート|スマート|ドア)ロック|ドア|扉|キーケース|テンキー)${CLAUSE_BETWEEN}(?:の|[ \t]*[（(])?${SHARED}(?<word>暗証番号|暗証|パスコード|(?:解錠|開錠|解除)(?:番号|コード)?|ダイヤル(?:番号)?|番号|コード|ナンバー)(?<gap>(?:[^\n\d#*]|\n(?![ \t]*\n)){0,40}?)|(?<![A-Za-z])(?:(?:[Dd]oor|[Gg]ate|[Pp]adlock|[Ll]ockbox|[Kk]ey ?box|[Kk]ey ?safe|[Ll]ocker|[Ss]afe|[Kk]eypad|[Gg]arage)(?:'s)?|(?:[Dd]oor|[Gg]ate|[Pp]adlock|[Ll]ockbox|[Kk]ey ?box|[Kk]ey ?safe|[Kk]eypad)(?:[ \t]+[a-z]+){1,7}?(?<!${THING_CODE_WORD})[ \t]*[:,]?)[ \t]+(?:code|combination|PIN)(?![A-Za-z])(?<gapEn>(?:[^\n\d#*.!?]|\n(?![ \t]*\n)){0,40}?))(?<![A-Za-z0-9_-])${CODE_VALUE}`,
  "dgu",
);

/**
 * Another number named between a code's cue and the value (暗証番号は部屋番号 1203 の下4桁, 電話番号 0120…): the value is
 * that number's. A bare 番号 (新しい番号は …) is the code's own.
 */
export const OTHER_NUMBER_BETWEEN =
  /(?<=[\p{Script=Han}\p{Script=Katakana}ー])(?<!暗証)(?:番号|ナンバー|コード)|(?<![A-Za-z])(?:ID|No\.?|[Nn]umber|[Rr]oom|[Pp]hone|[Uu]nit|[Ff]lat|[Aa]pt)(?![A-Za-z])|部屋|号室|携帯|TEL|FAX|末尾|下\d桁|〒/u;

const codeNamedBefore = (match: RegExpExecArray): boolean => {
  const { opener, word, gap, gapEn, secret } = match.groups!;
  if (opener !== undefined && /^(?:番号|ナンバー)$/.test(word!) && /^(?:ロッカー|ドア|扉)$/.test(opener)) return false;
  return !OTHER_NUMBER_BETWEEN.test(gap ?? gapEn!) && codeDigits(secret!);
};

/**
 * A code named, then keyed or changed a sentence or two later (The door code for the back gate doesn't work. I tried
 * 2468 …; The code changed on Nov 1, it's now #9316*; door code for C-102 changed after a lost key: new code 48 21 7):
 * what a resident tried or what the code is now. After a door's,
 * a gate's or a lock's code, or a device's passcode (the iPad passcode is now 041207), any code's digits; after a bare
 * "code" (a discount's, an error's) only one keyed with # or *, as a keypad's is.
 */
const CODE_KEYED_LATER = new RegExp(
  String.raw`(?<![A-Za-z])(?<opener>(?:[Dd]oor|[Gg]ate|[Ll]ock|[Ee]ntry|[Kk]eypad|[Aa]ccess|[Gg]arage|[Pp]adlock|[Ll]ockbox|[Kk]ey ?safe|[Ll]ocker)[ -]?)?(?<word>code|combination|passcode)(?![A-Za-z])(?<gap>[^
]{0,100}?)(?<![A-Za-z])(?:tried|typed|entered|keyed(?: in)?|punched(?: in)?|put in|it'?s now|is now|changed to|new (?:code|combination)(?:[ 	]+is)?[ 	]*[:：]?)[ 	]+(?:in[ 	]+)?${CODE_VALUE}`,
  "dgu",
);

const codeKeyedLater = (match: RegExpExecArray): boolean => {
  const { opener, word, gap, secret } = match.groups!;
  return codeDigits(secret!) && !OTHER_NUMBER_BETWEEN.test(gap!) && (opener !== undefined || word === "passcode" || /[#*]/.test(secret!));
};

/**
 * The code named first, then what it opens and whose (the code to his locker is 9031, the combination for her padlock:
 * 4-1-7-2); or a locker, a safe or a padlock with its own number, then its code (locker L-0334 code 2719, Safe #3, PIN
 * 4410): the number says which one, the code opens it.
 */
const OPENED_THING = String.raw`(?:door|gate|padlock|lockbox|key ?box|key ?safe|locker|safe|keypad|garage)`;
const CODE_TO_WHOSE_LOCK = new RegExp(
  String.raw`(?<![A-Za-z])(?:code|combination|PIN)[ \t]+(?:to|for|of|on)[ \t]+(?:the|his|her|my|your|their|our)[ \t]+(?:[a-z]+[ \t]+)?${OPENED_THING}(?:[ \t]+is|[ \t]*[:：])[ \t]*${CODE_VALUE}`,
  "dgu",
);
const NUMBERED_LOCK_THEN_CODE = new RegExp(
  String.raw`(?<![A-Za-z])(?:[Ll]ocker|[Ss]afe|[Pp]adlock|[Ll]ockbox)[ \t]+(?:No\.?[ \t]*|#)?[A-Z]?-?\d{1,4}[ \t]*[,:]?[ \t]+(?:code|combination|PIN)[ \t]*(?:[:：=]|is)?[ \t]*${CODE_VALUE}`,
  "dgu",
);

/** A year with the sentence going on in small letters after it (the code for the gate is 2026 rollout) is the code's edition. */
const codeNotAYear = (match: RegExpExecArray, shadow: string): boolean => {
  const secret = match.groups!.secret!;
  const end = match.indices!.groups!.secret![1];
  return codeDigits(secret) && !(/^(?:19|20)\d\d$/.test(secret) && /^[ \t]+[a-z]/.test(shadow.slice(end, end + 3)));
};

/** When the code holds, between the lock and its code (キーボックス: 今月 3-9-0-2, keybox: now 4417). */
const CODE_IN_FORCE = String.raw`(?:(?:今月|今週|現在|当面|(?<![A-Za-z])(?:now|currently|this (?:month|week)))[ \t　]*[:：は]?[ \t　]*)?`;

/**
 * A padlock, a dial lock, a key box, a safe or a keypad named, then its code with no code's word between (門扉の南京錠
 * 4-0-7-1, キーボックス：0812, 部屋の金庫は 4-4-0-1, 宅配ボックス 0317, Studio B door keypad: 2468*), or "code" set off after it by a comma
 * (the grey lockbox, code 9318; キーボックス、番号 0812): what opens it, read off the note. A lock's name before a number
 * alone says nothing more than that (南京錠 2個, キーボックス 1000円: a count or a price, which CODE_VALUE leaves).
 */
const LOCK_THEN_CODE = new RegExp(
  String.raw`(?:(?:南京|ダイヤル|電子|暗証)錠|ダイヤルロック|キーボックス|宅配(?:ボックス|BOX|ロッカー)|金庫|(?<![A-Za-z])(?:[Kk]eypad|[Pp]adlock|[Kk]ey ?box|[Ll]ockbox|[Kk]ey ?safe)(?![A-Za-z]))(?:[ \t　]*[:：は][ \t　]*|[ \t　]*[,、][ \t　]*(?:code|combination|番号|暗証番号)[ \t　]*(?:[:：は=]|is)?[ \t　]*|[ \t　]+)${CODE_IN_FORCE}${CODE_VALUE}`,
  "dgu",
);

/**
 * A safe named in English, a colon, then its code read digit by digit or keyed with # or * (Shop safe: 0-3-7-7-1, Safe:
 * 12-34-56, safe: #4417): what opens it. "Safe" is an adjective too (safe: 2 hours), so a bare run of digits is left.
 */
const SAFE_THEN_CODE = new RegExp(String.raw`(?<![A-Za-z])(?:[Ss]afe|SAFE)[ \t]*[:：][ \t]*${CODE_IN_FORCE}${CODE_VALUE}`, "dgu");
const keyedOrGrouped = (secret: string): boolean => /[-・ #*]/.test(secret) && codeDigits(secret);

/**
 * A dial's combination in a table's column headed by a lock (| Locker | over | 3-16-44 |, | キーボックス | over | 0-4-7-1 |):
 * digits in three groups or more, as a dial is turned; a locker's own number (B-12, 112) has fewer, a date a year's four.
 */
const COMBINATION = /(?<![\d-])\d{1,2}(?:-\d{1,2}){2,5}(?![\d-])/g;
const LOCK_HEADING = /^(?:[Ll]ockers?|[Ll]ockbox|[Kk]ey ?box|[Kk]ey ?safe|[Pp]adlock|ロッカー|キーボックス|南京錠|ダイヤル錠)(?: ?(?:[Cc]ode|[Cc]ombination|暗証番号|番号))?$/;
const combinationsInLockColumn = (shadow: string) =>
  matchesOf(COMBINATION, shadow)
    .filter((match) => LOCK_HEADING.test(columnHeading(shadow, match.index) ?? ""))
    .map((match) => ({ start: match.index, end: match.index + match[0].length }));

/**
 * A dial safe's combination read as its turns (右36 左11 右74, R36-L11-R74, the way after the number: 38L-12R-27L): three
 * turns or more of one or two digits,
 * each the other way from the last, as a dial is worked; the turns alone say what the numbers open.
 */
const DIAL_TURNS =
  /(?<![\p{L}\d])(?:[右左][ \t]?\d{1,2}(?:[ \t、,・→-]*[右左][ \t]?\d{1,2}){2,5}|[RL]\d{1,2}(?:[ \t,–-]+[RL]\d{1,2}){2,5}|\d{1,2}[RL](?:[ \t,–-]+\d{1,2}[RL]){2,5})(?![\d.,:/]\d|\d|[\p{L}])/dgu;
const alternating = (turns: string): boolean => {
  const ways = turns.replace(/[^右左RL]/g, "");
  return [...ways].every((way, at) => at === 0 || way !== ways[at - 1]);
};

/**
 * A dial's turns after the dial is named, each way with its count of turns before the number as a note reads them out
 * (ダイヤルは「左に2回 3、右に 7」, ポストのダイヤル：右 12、左 5), perhaps with the verb that works it (ダイヤル式。開け方は 右に3回
 * まわして27、左に戻して14、右で53): two turns are enough once the dial is named, each the
 * other way from the last; a count of things after the number (右に 3 個) is a place, not a turn.
 */
const DIAL_TURN = String.raw`[右左](?:に|へ|で)?[ \t]?(?:\d{1,2}回[ \t、,]*)?(?:(?:まわ|回|戻|もど)して[ \t]*)?\d{1,2}`;
const TURNS_AFTER_DIAL = new RegExp(
  String.raw`(?<!フリー)ダイヤル[^\n\d右左]{0,8}?(?<secret>${DIAL_TURN}(?:[ \t、,・→-]*${DIAL_TURN}){1,5})(?![\d.,:/]\d|\d|\p{L}|[ \t]*(?:個|回|つ|本|枚|番目|cm|mm))`,
  "dgu",
);

/**
 * A dial set to its combination (ダイヤルは 5-9-0-2 に設定, ダイヤル番号：12-40-07): turns of one or two digits, three or
 * more, as a dial is read; a free-dial's number (フリーダイヤル 0120-…) or a date has groups of three digits or more.
 */
const DIAL_SET_TO = /(?<!フリー)ダイヤル(?:番号)?[ \t]*[はを:：]?[ \t]*「?(?<secret>(?<![\d-])\d{1,2}(?:-\d{1,2}){2,5})(?![\d-])/dgu;

/**
 * The codes quoted one after another after a code found in 「」 (候補は「1973#」「0426*」, 「6620*」、「4-1-9-9」):
 * the same code's other candidates, each of a code's digits.
 */
const QUOTED_NEXT = new RegExp(String.raw`」[ \t]*(?:[、,と]|または|or)?[ \t]*「${CODE_VALUE}(?=」)`, "uy");

/**
 * The code a found code changes to, after an arrow and perhaps the day or month it starts (3-9-0-2 → 11/16 から 7-1-4-8,
 * 0-2-2-7 → 12月から 5-5-1-8, 4417 -> from Dec 1: 0926): the same lock's next code; the day between is left, a date.
 */
const CHANGED_NEXT = new RegExp(
  String.raw`[ \t　]*(?:→|->|⇒)[ \t　]*(?:(?:\d{1,2}[/月]\d{1,2}日?|\d{1,2}月|(?:from )?[A-Z][a-z]{2} \d{1,2})[ \t　]*(?:から|より|以降|[:：])?[ \t　]*)?${CODE_VALUE}`,
  "duy",
);

/**
 * The code a found code changes to, said in words: when it starts, the code, and that it changes (1-0-2-8 で、来月から
 * 5-5-3-0 に変わる, 0812 ですが 12月から 4471 に変更, 4417, from next month 0926): the same lock's next code.
 */
const CHANGED_NEXT_IN_WORDS = new RegExp(
  String.raw`[^\n\d。.!?]{0,8}(?:\n[ \t]*)?(?:(?:来月|来週|明日|翌月|\d{1,2}月(?:\d{1,2}日)?|\d{1,2}/\d{1,2})[ \t　]*(?:から|より|以降)|(?<![A-Za-z])from next (?:month|week)[ \t]*[:,]?[ \t]*(?:it(?:'s| is| will be)[ \t]+)?)[ \t　]*${CODE_VALUE}(?=[ \t　]*(?:に|へ)(?:変わ|変更|切り?替)|[ \t　]*です|[ \t]*(?:[.,;)]|$))`,
  "duy",
);

/**
 * The next period's code listed after a found one (this week 6-0-3-8-*, next 4190#; 今週は 5-1-0-2、来週は 7731#): the
 * same lock's code for the week or month after.
 */
const LISTED_NEXT = new RegExp(
  String.raw`[ \t　]*[,、][ \t　]*(?:(?<![A-Za-z])next(?:[ \t]+(?:week|month))?|来週|翌週|来月|翌月)[ \t　]*(?:は|[:：])?[ \t　]*${CODE_VALUE}`,
  "duy",
);

/**
 * The key pressed after a code, as a keypad is worked (0612 then OFF, 4417 then ENTER, 2580 → 解除): part of what is
 * keyed, masked with the code.
 */
const KEY_AFTER = /[ \t]+then[ \t]+(?:OFF|ON|ENTER|OK|SET|UNSET|[#*])(?![A-Za-z])|[ \t]*(?:→|->)[ \t]*(?:OFF|ON|ENTER|OK|解除|確定)(?![A-Za-z])/uy;

function withCodesAfter(detector: PiiDetector): PiiDetector {
  return {
    type: detector.type,
    gate: detector.gate,
    find(shadow, found) {
      const spans = [...detector.find(shadow, found)];
      for (let index = 0; index < spans.length; index++) {
        const span = (spans[index] = { ...spans[index]! });
        KEY_AFTER.lastIndex = span.end;
        if (KEY_AFTER.exec(shadow) !== null) span.end = KEY_AFTER.lastIndex;
        for (const next of [CHANGED_NEXT, CHANGED_NEXT_IN_WORDS, LISTED_NEXT]) {
          next.lastIndex = span.end;
          const changed = next.exec(shadow);
          if (changed === null || !codeDigits(changed.groups!.secret!)) continue;
          const [start, end] = changed.indices!.groups!.secret!;
          spans.push({ start, end });
        }
        QUOTED_NEXT.lastIndex = span.end;
        const next = QUOTED_NEXT.exec(shadow);
        if (next === null || !codeDigits(next.groups!.secret!)) continue;
        const start = next.index + next[0].length - next.groups!.secret!.length;
        spans.push({ start, end: start + next.groups!.secret!.length });
      }
      return spans;
    },
  };
}

export const LOCK_CODE_DETECTORS: readonly PiiDetector[] = [
  gated(/[右左][ \t]?\d|[RL]\d|\d[RL]\b/, patternDetector("SECRET", DIAL_TURNS, (match) => alternating(match[0]))),
  gated(/ダイヤル/, patternDetector("SECRET", TURNS_AFTER_DIAL, (match) => alternating(match.groups!.secret!))),
  gated(/ダイヤル/, patternDetector("SECRET", DIAL_SET_TO)),
  gated((shadow) => shadow.includes("|") && /ocker|ockbox|[Kk]ey ?box|[Kk]ey ?safe|adlock|ロッカー|キーボックス|南京錠|ダイヤル錠/.test(shadow), { type: "SECRET", find: combinationsInLockColumn }),
  gated(/錠|ダイヤルロック|キーボックス|宅配|金庫|[Kk]eypad|[Pp]adlock|[Kk]ey ?box|[Ll]ockbox|[Kk]ey ?safe/, patternDetector("SECRET", LOCK_THEN_CODE, (match, shadow) => codeDigits(match.groups!.secret!) && !yearOfTheCode(match, shadow))),
  gated(/[Ss]afe[ \t]*[:：]|SAFE[ \t]*[:：]/, patternDetector("SECRET", SAFE_THEN_CODE, (match) => keyedOrGrouped(match.groups!.secret!))),
  gated(/ロック|キーボックス|キーケース|鍵箱|金庫|錠|鍵の?番号|エントランス|玄関|ntrance|obby|ront door|ダイヤルの?番号|[Cc]ode|[Nn]ew master|[Nn]umber|combination|isarm|nset|(?:警報|アラーム|警備|セキュリティ)の?(?:解除|解錠)/, patternDetector("SECRET", LOCK_CODE, (match, shadow) => codeDigits(match.groups!.secret!) && !yearOfTheCode(match, shadow))),
  gated(
    new RegExp(
      String.raw`(?:ボックス|BOX|ロッカー|錠|金庫|ロック|ドア|扉|キーケース|テンキー)${CLAUSE_BETWEEN}(?:の|[ \t]*[（(])?${SHARED}(?:暗証|パスコード|解錠|開錠|解除|ダイヤル|番号|コード|ナンバー)|(?:oor|ate|ock|ockbox|[Kk]ey ?box|afe|ocker|eypad|arage)\b[^\n\d]{0,48}?\b(?:code|combination|PIN)`,
    ),
    patternDetector("SECRET", CODE_NAMED_BEFORE, (match, shadow) => codeNamedBefore(match) && !yearOfTheCode(match, shadow)),
  ),
  gated(/(?:code|combination|PIN) (?:to|for|of|on) /, patternDetector("SECRET", CODE_TO_WHOSE_LOCK, codeNotAYear)),
  gated(/(?:ocker|afe|adlock|ockbox)[ \t]+(?:No|#|[A-Z]?-?\d)/, patternDetector("SECRET", NUMBERED_LOCK_THEN_CODE, codeNotAYear)),
  gated(/(?:code|combination)(?![A-Za-z])[^\n]{0,100}?(?:tried|typed|entered|keyed|punched|put in|now|changed to|new (?:code|combination))/, patternDetector("SECRET", CODE_KEYED_LATER, codeKeyedLater)),
].map(withCodesAfter);
