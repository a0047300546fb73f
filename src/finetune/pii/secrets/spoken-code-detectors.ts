import { gated, matchesOf, patternDetector, type PiiDetector, type Span } from "../detector.js";
import { OTHER_NUMBER_BETWEEN } from "./lock-code-detectors.js";

/**
 * Secrets given the way a person says or sets them rather than types them: a code read out digit by digit, a pass
 * phrase of words, a PIN or password a reset sets to its default, a dial's combination.
 */

/** A thing's code (version code, error code, zip code, promo code): no one's secret. */
const THING_BEFORE_CODE = String.raw`(?:[Vv]ersion|[Ee]rror|[Ss]tatus|[Aa]rea|[Cc]ountry|[Zz]ip|[Pp]ostal|[Pp]ost|[Pp]romo|[Dd]iscount|[Cc]oupon|[Pp]roduct|[Ss]ource|QR|[Bb]ar|[Cc]olou?r|[Ii]tem|[Oo]rder|[Tt]racking|[Rr]eference|[Ii]nvoice)`;

/**
 * A code's, a PIN's or a number's word (暗証番号, ロッカーの番号, パスコード, PIN, code, combination), then at most a few words
 * with no digit and no sentence's end (を告げて実施：), then four to eight single digits spaced or hyphened one by one
 * (4 8 1 9, 0-4-1-7), with the # or * that ends a keypad's entry (Keypad: 4 1 9 9 #): a code read out as it is keyed. The old or the new number (旧番号, 新番号) is the
 * same code's. A thing's number (電話番号, 部屋番号, 注文番号: a word right before 番号) or code (version code) is no code;
 * nor are numbers spaced one by one past eight digits (a phone's read out).
 */
const SPACED_CODE = new RegExp(
  String.raw`(?:暗証(?:番号)?|パスコード|(?<![\p{Script=Han}\p{Script=Katakana}ー])[旧新]?番号|(?:解除|解錠|開錠)(?:番号|コード)?|(?<![A-Za-z])(?:PIN|[Pp]in|(?<!${THING_BEFORE_CODE}[ -])[Cc]ode|[Pp]asscode|[Cc]ombination|[Kk]eypad)(?![A-Za-z])|キーパッド|テンキー)(?<gap>[^\n\d。.!?]{0,24}?)(?<!\d|\d |\d-)(?<secret>\d(?:(?: \d){3,7}|(?:-\d){3,7})(?: ?[#*](?![#*\d]))?)(?! ?\d|-\d)`,
  "dgu",
);

/**
 * Four to eight single digits spaced or hyphened one by one, then within the sentence or the next that they open (8 2 4 6 1 9 です。
 * これで開くはずですよね？, 0 4 1 7 で解錠できます, 5 5 1 9 unlocks the gate): a code read out, said by what it opens
 * after it, "by this it opens" (で開く) or unlocks. A figure spaced out (結果は 3 1 4 1 5 です) opens nothing, and a file
 * or an app opened (ファイルを開く, open the file) is opened by no code.
 */
const SPACED_CODE_THEN_OPENING =
  /(?<![\d.,:/-]|\d )(?<secret>\d(?:(?: \d){3,7}|(?:-\d){3,7})(?: ?[#*](?![#*\d]))?)(?! ?\d|-\d)[^\n\d]{0,24}?(?:で(?:(?:扉|ドア|鍵|錠|ロック|ゲート)(?:が|は)?)?(?:開(?:く|け|か|き|い|錠)|解錠|解除)|(?<![A-Za-z])(?:unlocks?|unlocked|opens (?:the )?(?:door|gate|lock|box|safe))(?![A-Za-z]))/dg;

/**
 * A pass phrase or a secret question's answer after its word and a colon or は and a space (合言葉：あさがお, 秘密の質問の答え: ポチ,
 * パスフレーズ= つきよのはま, 秘密の質問の答えは「ぽち」), the question perhaps quoted or bracketed between (秘密の質問「母の旧姓」の答え：たかはし,
 * 秘密の質問（初めて飼ったペット）の答えは「ココア」): one
 * word of kana or kanji,
 * as it is said, closed by a bracket, a stop, a space or the line's end. Not a word that says something of it (未設定, なし,
 * 変更済み).
 */
const PHRASE_WORD =
  /(?:合言葉|あいことば|パスフレーズ|秘密の(?:質問(?:[「『（(][^」』）)\n]{1,24}[」』）)])?の?)?答え)[ \t]*(?:[:：=＝]|は[ \t]+|は(?=[「『]))[ \t]*[「『]?(?<secret>[\p{Script=Hiragana}\p{Script=Katakana}ー\p{Script=Han}々]{2,16})(?=[()（）「」』。、,.\s]|$)/dgu;
/**
 * The answer or the phrase quoted later, as what was set or registered (秘密の質問の答えを忘れました。前に設定したのは
 * 「初めて飼った犬はコタロウ」だったかも, 合言葉、登録したのは『しろくま』のはず): what was set is the secret, its question's words
 * and all, within the next sentence. A quoted word saying something of it (「なし」) stays.
 */
const PHRASE_SET_LATER =
  /(?:合言葉|あいことば|パスフレーズ|秘密の質問)[^\n「『]{0,40}?(?:設定し|登録し|決め)(?:た|てた|ていた|ておいた)(?:の|もの|答え|言葉)[ \t]*(?:は|が)[ \t]*[「『](?<secret>[^」』\n]{2,24})[」』]/dgu;
const SAYS_OF_IT = /未設定|なし|無し|不要|必要|変更|設定|確認|同じ|不明|済|登録|忘れ|初期/u;

/**
 * A pass phrase of words in small letters after its word (パスフレーズ kasumi no naka no fude, 合言葉は yama to kawa,
 * passphrase: correct horse battery staple): three to eight words of letters, romaji or English, to the clause's end.
 * Words that make a sentence of it (passphrase is required for the network) say what the phrase is, not the phrase.
 */
const PHRASE_OF_WORDS =
  /(?:合言葉|パスフレーズ|(?<![A-Za-z])[Pp]ass ?phrase(?![A-Za-z]))[ \t]*(?:[:：=＝]|は|(?<![A-Za-z])is(?![A-Za-z]))?[ \t]*[「"]?(?<secret>[a-z]{1,12}(?:[ \t][a-z]{1,12}){2,7})(?=[「」"()（）。、,.;<\n]|[ \t]*(?:です|だ|で|に|を|と|$))/dgmu;
const PHRASE_SAYS_OF_IT =
  /(?<![a-z])(?:is|are|was|be|been|must|should|will|can|please|required|needed|set|reset|changed|expired|the|your|for|of|with|from|by|this|that|here|below|above|not|see)(?![a-z])/;

/**
 * A security question's answer in English (Security question answer: Pochi, the answer to my secret question is Maple
 * Street, security answer = blue42): one to three words after a colon, = or is, perhaps a clause between that says who
 * gave it or what was asked (the bank's security answer she gave us (mother's maiden name) is Figueiredo — …). Not a word
 * that says something of it (not set, none, the same, unknown), nor a sentence going on in small words (the answer is
 * that we reset it); the clause holds no comma or stop, so a later sentence's "is" is not read as the answer's.
 */
const SECURITY_ANSWER_EN =
  /(?<![A-Za-z])(?:[Ss]ecurity|[Ss]ecret)[ \t]+(?:question[ \t]+)?answer|(?<![A-Za-z])[Aa]nswer to (?:the|my|your|her|his) (?:security|secret) question/dg;
const SECURITY_ANSWER_VALUE =
  /^(?:[^\n.,;:=!?]{0,48}?(?<=[ \t)]))?[ \t]*(?:[:=]|(?<![A-Za-z])is(?= ))[ \t]*["“']?(?<secret>[A-Za-z0-9][A-Za-z0-9'-]*(?: [A-Z0-9][A-Za-z0-9'-]*){0,2})["”']?(?=[ \t]*(?:[.,;!)]|-[ \t]|$))/dm;
const SAYS_OF_IT_EN = /^(?:not|none|n\/a|unknown|unset|the|same|blank|empty|required|missing|changed|reset|set|wrong|correct|incorrect|that|this|it)$/i;

function securityAnswers(shadow: string): Span[] {
  const spans: Span[] = [];
  for (const cue of matchesOf(SECURITY_ANSWER_EN, shadow)) {
    const after = cue.index + cue[0].length;
    const value = SECURITY_ANSWER_VALUE.exec(shadow.slice(after, after + 100));
    if (value === null || SAYS_OF_IT_EN.test(value.groups!.secret!.split(" ")[0]!)) continue;
    const [start, end] = value.indices!.groups!.secret!;
    spans.push({ start: after + start, end: after + end });
  }
  return spans;
}

/**
 * A PIN's or a password's value a reset or a factory sets (リセット後の初期値 000000, 初期設定値は 1234, default value 0000),
 * four to eight digits, where a PIN, a password or a passcode is named within the 80 characters before: a setting's
 * default (タイムアウトの初期値 3000) has no such word.
 */
const DEFAULT_VALUE =
  /(?:初期値|初期設定値|工場出荷時の値|デフォルト値|(?<![A-Za-z])(?:[Dd]efault|[Ff]actory|[Rr]eset) (?:value|setting))[ \t]*(?:は|:|：|=|is)?[ \t]*(?<secret>\d{4,8})(?![\d.,:/-]|[ \t]*[桁文字回円年月日件分秒時%人個歳号階]|[ \t]*(?:ms|sec|seconds?|minutes?|days?)\b)/dg;
const SECRET_WORD = /暗証|パスワード|パスコード|PIN|(?<![A-Za-z])(?:[Pp]ass(?:word|code)|[Pp]in)(?![A-Za-z])/;

/**
 * A combination after its word, a colon, is or a change's to (combination changed tonight to 61-27-45, ダイヤル番号は
 * 12-34-56): a dial's numbers in groups of one or two digits, three groups or more. "A combination of 3 colours" gives no
 * groups.
 */
const COMBINATION =
  /(?:(?<![A-Za-z])[Cc]ombination(?![A-Za-z])|ダイヤル(?:錠)?の?(?:番号|ナンバー))(?<gap>[^\n\d.;。]{0,32}?)(?:[:：]|\bis|\bto|は|→)[ \t]*(?<secret>\d{1,2}(?:[-・ ]\d{1,2}){2,4})(?![\d-]|[ \t]*[年月日時分])/dg;

/** Read before a password's cue takes the phrase's first word alone as the password. */
export const PASS_PHRASE_OF_WORDS = gated(
  /合言葉|パスフレーズ|[Pp]ass ?phrase/,
  patternDetector("SECRET", PHRASE_OF_WORDS, (match) => !PHRASE_SAYS_OF_IT.test(match.groups!.secret!)),
);

export const SPOKEN_CODE_DETECTORS: readonly PiiDetector[] = [
  gated(/\d([ -])\d\1\d\1\d/, patternDetector("SECRET", SPACED_CODE, (match) => !OTHER_NUMBER_BETWEEN.test(match.groups!.gap!))),
  gated((shadow) => /\d([ -])\d\1\d\1\d/.test(shadow) && /で[^\n]{0,4}(?:開|解錠|解除)|unlock|opens/.test(shadow), patternDetector("SECRET", SPACED_CODE_THEN_OPENING)),
  gated(/合言葉|あいことば|パスフレーズ|秘密の/, patternDetector("SECRET", PHRASE_WORD, (match) => !SAYS_OF_IT.test(match.groups!.secret!))),
  gated(/合言葉|あいことば|パスフレーズ|秘密の質問/, patternDetector("SECRET", PHRASE_SET_LATER, (match) => !SAYS_OF_IT.test(match.groups!.secret!))),
  gated(/[Ss]ecurity|[Ss]ecret/, { type: "SECRET", find: securityAnswers }),
  gated(/初期|工場出荷|デフォルト値|[Dd]efault|[Ff]actory|[Rr]eset/, patternDetector("SECRET", DEFAULT_VALUE, (match, shadow) => SECRET_WORD.test(shadow.slice(Math.max(0, match.index - 80), match.index)))),
  gated(/[Cc]ombination|ダイヤル/, patternDetector("SECRET", COMBINATION)),
];
