import { isThingsIdCue } from "./thing-ids.js";
import { AUTHENTICATOR_SECRETS } from "./authenticator-secrets.js";
import { BACKUP_CODE_LISTS } from "./backup-code-lists.js";
import { RECOVERY_PHRASES } from "./recovery-phrases.js";
import { CREDENTIAL_FILE_DETECTORS } from "./credential-file-detectors.js";
import { FOREIGN_CREDENTIAL_DETECTORS } from "./foreign-credential-labels.js";
import { gated, hasRun, isAlphanumeric, matchesOf, patternDetector, type PiiDetector } from "../detector.js";
import { lexiconTags } from "../names/english-person-tagger.js";
import { KANA_TRANSFER_CODES } from "./kana-transfer-codes.js";
import { KEY_HIDING_PLACES } from "./key-hiding-places.js";
import { LOCK_CODE_DETECTORS, OTHER_NUMBER_BETWEEN } from "./lock-code-detectors.js";
import { PASSWORD_SHAPE_DETECTORS } from "./password-shape-detectors.js";
import { APP_PASSWORDS } from "./app-passwords.js";
import { CURRENT_PASSWORD_VALUES } from "./current-password-values.js";
import { RESET_PIN_VALUES } from "./reset-pin-values.js";
import { PIN_AFTER_ARROW } from "./pins-after-arrows.js";
import { PIN_REPLY_DETECTORS } from "./pin-reply-detectors.js";
import { valuesOnly } from "../context/program-text.js";
import { NETWORK_KEY_DETECTORS } from "./network-key-detectors.js";
import { SECRET_COLUMN } from "./secret-columns.js";
import { SERVICE_KEY_DETECTORS } from "./service-key-detectors.js";
import { WEBHOOK_PATHS } from "./webhook-paths.js";
import { SECRET_KEYS_AFTER_KEY_IDS } from "./secret-keys-after-key-ids.js";
import { KEY_CUTTING_CODES } from "./key-cutting-codes.js";
import { DESCRIBED_KEY_DETECTORS } from "./described-key-values.js";
import { PEM_PRIVATE_KEYS } from "./pem-private-keys.js";
import { GROUP_INVITE_LINKS } from "./group-invite-links.js";
import { SHARED_DOCUMENT_LINKS } from "./shared-document-links.js";
import { LAND_REGISTRY_CODES } from "../ids/land-registry-codes.js";
import { LICENCE_KEY_DETECTORS } from "./licence-key-detectors.js";
import { PASS_PHRASE_OF_WORDS, SPOKEN_CODE_DETECTORS } from "./spoken-code-detectors.js";
import { FILLERS } from "../contacts/spoken-detectors.js";

const isBase64 = (code: number): boolean => isAlphanumeric(code) || code === 43 || code === 47;
const isHex = (code: number): boolean => (code >= 48 && code <= 57) || (code >= 65 && code <= 70) || (code >= 97 && code <= 102);

/**
 * The prefixes of Stripe's object ids (a PaymentIntent pi_, a charge ch_, a customer cus_, an event evt_ …): ids quoted
 * in support threads and logs, no credentials — Stripe's keys are sk_/rk_/pk_ and whsec_ (detected above and below).
 */
const STRIPE_OBJECT_ID = /^(?:pi|pm|ch|cus|evt|in|ii|il|sub|si|py|re|txn|src|tok|seti|prod|price|acct|po|cs|tr|ba|card|dp|file|plink|mandate|sched|cn|ipi|ic|sess)_[A-Za-z0-9]{8,}$/;

const isTokenChar = (code: number): boolean => isAlphanumeric(code) || code === 45 || code === 95;

/**
 * Upper case, lower case and digits mixed as random text mixes them: digits in three separate runs or more, and the
 * case switching at least four times between letters (a CamelCase name with a year, MyProjectSettings2024, has one
 * run of digits; a tracking number, no lower case).
 */
function looksRandom(token: string): boolean {
  const digitRuns = token.match(/\d+/g)?.length ?? 0;
  const caseSwitches = token.match(/[a-z](?=[A-Z])|[A-Z](?=[a-z])/g)?.length ?? 0;
  return digitRuns >= 3 && caseSwitches >= 4;
}

/**
 * The name of an encoding, a hash or a cipher (Decode DB_PASSWORD from base64, hashed with sha256): what a text says a
 * secret is written or kept in, never the secret.
 */
const ENCODING_NAME = /^(?:base(?:16|32|58|64)(?:url)?|utf-?(?:8|16|32)|ascii|latin-?1|hex|sha-?(?:1|224|256|384|512)|md5|aes-?\d*|rsa-?\d*|bcrypt|argon2(?:id|i|d)?|scrypt|pbkdf2|hmac(?:-?sha\d+)?)$/i;

/** A value that looks like a password: holds a digit or a symbol (a plain word after "password" is usually prose). */
const PASSWORD_LIKE = /[\d!-/:-@[-`{-~]/;

/**
 * A quantity with its unit (90days, 8 chars, 12文字, 3回): what a password's rule or expiry says (パスワードの有効期限：90days),
 * never the password.
 */
const QUANTITY =
  /^\d+(?:[.,]\d+)?\s?(?:days?|d|hours?|hrs?|h|min(?:ute)?s?|sec(?:ond)?s?|s|weeks?|wks?|w|months?|mos?|years?|yrs?|y|chars?|characters?|digits?|letters?|times|attempts?|tries|回|日|日間|時間|分|秒|週間?|[かヶカケ]月|年|文字|桁)$/i;

/**
 * A ticket's word before "pass" (Commuter pass: Musashi-Kosugi → Otemachi, season pass: Zone 1-3, boarding pass: 32A):
 * a travel or entry pass, whose value is its route, zone or seat, no password.
 */
const TICKET_PASS_BEFORE = String.raw`(?<!(?:[Cc]ommuter|[Ss]eason|[Rr]ail|[Bb]us|[Tt]rain|[Tt]ransit|[Mm]etro|[Ss]ubway|[Bb]oarding|[Ss]ki|[Pp]arking|[Tt]ravel)[ \t])`;

/**
 * A secret written in prose after its cue: `パスワードは abc123 です`, `仮パスワード「Xk9#mQ2p」`, `暗証番号は4821`,
 * `Your PIN: 7392`, `pin: 0420`, `PIN番号は0420`, `pw: Xk9mQ2p`, `pw → hikari7788`, `PW hkd7733kk で`, `pass: greenTea2024`, `the password is hunter2`,
 * `password: "correct horse"`, `鍵のパスフレーズは …`, `暗証 2580`, `閲覧パス：…`, `（ID …、PW Qa_Yk2026nov）は`, `pass Aoi!returns7` (a bare "pass" only
 * before a value holding a letter and a digit or symbol), a filler said before the value (`パスワードはたぶん …`), the old or
 * new value of a change (`changed the password from … to …`), a value before a Japanese aside in brackets (`初期パスワード：
 * …（別送）`, `…（12/28 以降無効）`: a bracket closed after a space, which no unquoted value holds; `…（3月1日に変更予定）`: a
 * date's number, then Japanese), what the cue is for or a label's word between it and the value (`password hint: …`, `the PIN for her badge
 * is 3391`, `Passcode for the bridge: 880217`) and an arrow after a verb (`パスワード教えます → …`).
 * Unquoted, the value is ASCII without spaces and must look like a password (so "password must be at least 8
 * characters" stays), a PIN four or more digits; in double quotes or 「」 it may hold spaces (a passphrase), in single
 * quotes not (`the password's length`). A cue joined to a word by a hyphen is a compound's name, no cue
 * (password-reset-2026, pin-pad).
 */
const PROSE_SECRET =
  new RegExp(
    String.raw`(?:(?:仮|初期|新しい|新)?パスワード|パスフレーズ|のキー(?=\s*[:：])|(?:閲覧|ログイン|接続|解凍|展開|共有)パス(?!ワ)|暗証(?:番号)?|セキュリティコード|(?<![A-Za-z])(?:CVV2?|CVC2?|CV2|CID|security code)(?![A-Za-z])|パスコード|合言葉|PIN(?:コード|番号)|(?<![A-Za-z])(?:PIN|[Pp]in)(?:[ -]?(?:code|number))?(?![A-Za-z])|(?<![A-Za-z])(?:[Pp]ass(?:word|code|phrase)|PASSWORD|pass code|pwd|PWD)(?![A-Za-z])|${TICKET_PASS_BEFORE}(?<![A-Za-z])(?:[Pp]ass)(?=\s*[:=：＝]|\s+[!-~]*[A-Za-z][!-~]*[\d!-/:-@]|\s+[!-~]*[\d!-/:-@][!-~]*[A-Za-z])|(?<![A-Za-z])(?:pw|PW)(?=\s*(?:[:=：＝]|は|→|->|⇒)|\s+[!-~]{6,}))(?![-_][A-Za-z])(?:\s+(?:for|of|on)\s+[A-Za-z' ]{1,30}?(?=\s*(?::|is\s|was\s))|(?<label>\s+[A-Za-z]{2,16})(?=\s*:)|[^\n→。]{0,10}?(?=→|->|⇒))?\s*(?:は|:|：|=|＝|を|が|is|was|(?:from|to)(?![A-Za-z])|→|->|⇒)?\s*${FILLERS}(?:[「『"“](?<quoted>[^」』"”\n]{3,64})[」』"”]|'(?<single>[^'\s]{3,64})'|(?<secret>[!-~]{3,64}?)(?=[」』"'”]|\s|です|でした|と|で|に|を|、|。|$|[.,;)](?:\s|$)|[()](?=[^\x00-\x7f]|\d{1,4}[^\x00-\x7f])|\((?=[^\s)]*\s[^)\n]{0,40}\))))`,
    "dg",
  );

/**
 * An unquoted value after `cue`: a card's security code is 3 or 4 digits, a PIN 4 or more; any other value must look
 * like a password and have 4 characters or more. "pin" in lower case is also a verb (pin the tab): after it, only
 * digits are a PIN. `labelled`: a label's word stood between the cue and a colon (password hint: …).
 */
function acceptSecret(cue: string, value: string, after: string, labelled: boolean): boolean {
  if (/セキュリティコード|CVV|CVC|CV2|CID|security code/i.test(cue)) return /^\d{3,4}$/.test(value);
  if (/PIN|暗証|パスコード|passcode/i.test(cue) && /^\d{4,}$/.test(value)) return true;
  // A word with a colon is a label (password tokens:), a URL or a mail address no password.
  if (/[:：]$|:\/\/|@[A-Za-z0-9-]+\.[A-Za-z]/.test(value) || QUANTITY.test(value) || ENCODING_NAME.test(value)) return false;
  // After "from" or "to" (the password from 2019) or a label's word (password hint: …), only a value with a letter and a
  // digit or symbol.
  if ((labelled || /(?:from|to)\s*$/.test(cue)) && !(/[A-Za-z]/.test(value) && /[\d!-/:-@]/.test(value))) return false;
  if (PLAIN_WORD_CUE.test(cue) && /^[a-z]{4,32}$/.test(value) && !NOT_A_PASSWORD.test(value) && !sentenceGoesOn(value, after)) return true;
  return value.length >= 4 && PASSWORD_LIKE.test(value) && !/^pin/.test(cue);
}

/**
 * A password's word, then は or a colon, straight before the value (パスワードは sakuranbo です, password: bluebird): there a
 * plain word in small letters is the password, unless it says something of it (required, none, same).
 */
const PLAIN_WORD_CUE = /(?:パスワード|パスフレーズ|合言葉|(?<![A-Za-z])(?:[Pp]assword|[Pp]assphrase|PASSWORD))[ \t]*(?:は|:|：)[ \t]*$/;
/** A verb, an adverb or a word of courtesy with the sentence going on in small letters is prose, not the password (password: please choose one). */
const sentenceGoesOn = (value: string, after: string): boolean =>
  /^[ \t]+[a-z]/.test(after) && lexiconTags(value).some((tag) => /^(?:Expression|Adverb|Infinitive|Verb|PresentTense|Pronoun|Preposition|Conjunction|Determiner|Modal)$/.test(tag));
const NOT_A_PASSWORD =
  /^(?:required|optional|none|null|nil|blank|empty|unknown|unset|same|hidden|masked|redacted|changed|reset|expired|sent|email|mail|below|above|attached|separately|later|needed|necessary|incorrect|wrong|invalid|correct|ok|okay|yes|true|false|default|protected|secret|private|public|the|your|my|his|her|their|our|from|see|set|not|also)$/;

/**
 * A card's security code by a bare code's word after the card's expiry (…、期限 03/28、コード 906; exp 11/27, code 4410):
 * number, expiry and code are how a card payment is given, and a code of three or four digits after the expiry is the
 * card's. A word before コード makes another code (割引コード, クーポンコード), which the expiry is then that one's.
 */
const CODE_AFTER_EXPIRY =
  /(?:期限|有効年月|(?<![A-Za-z])(?:[Ee]xp(?:iry|ires|\.)?|EXP|[Vv]alid (?:thru|through|until))(?![A-Za-z]))\s*[:：]?\s*\d{1,2}\s?\/\s?\d{2,4}[^\n\d]{0,12}?(?<![\p{L}])(?:コード|[Cc]ode|CVV2?|CVC2?)\s*(?:は|:|：|=)?\s*(?<secret>\d{3,4})(?![\d/:.,-]|\s?[円件個人年月日時分桁回%])/dgu;

/** Credentials and secrets inside URLs: read before anything else looks inside a URL. */
export const URL_DETECTORS: readonly PiiDetector[] = [
  // The user may be empty: `redis://:password@host` is how Redis and others take a password alone.
  gated(/:\/\//, patternDetector("URL_CREDENTIALS", /\b[a-z][a-z0-9+.-]*:\/\/(?<secret>[^\s/?#@:]*:[^\s/?#@]+)@/dgi)),
  // The value is URL characters only (a connection string's `;Password=P@ss!`, an Azure one's `;AccountKey=…` too)
  // and never ends with a sentence's full stop or comma.
  gated(
    /[?&;][\w-]+=/,
    patternDetector(
      "URL_SECRET",
      /[?&;](?:access_token|refresh_token|id_token|token|api[_-]?key|key|account_?key|shared_?access_key|sig|signature|secret|client_secret|password|passwd|pwd|auth|code|x-amz-signature|x-amz-credential|x-amz-security-token)=(?<secret>[A-Za-z0-9\-_~%+/=.@!$*:,]*[A-Za-z0-9\-_~%+/=@!$*])/dgi,
    ),
  ),
];

/**
 * A value a cue names a few words earlier: in brackets (`the temporary passcode you sent (river-7734)`, `パスワードは
 * 社員番号の下4桁です（例：12340401）`), after "was" or "is" (`I forgot the password, the old one was Paris#2024`), or as the
 * only long number of the next clause (`暗証番号を忘れました。前は 1357 だったと思います`): a PIN of four to eight digits,
 * a keypad's # or * pressed after it kept with it (0426#),
 * that is no count (a counter after a space too: 3310 台, machines), amount, date or time, unless that clause is a new sentence naming another number (`暗証番号を聞かれる。
 * カード番号末尾 0827` is a card's last four: see OTHER_NUMBER_AFTER_STOP; or in quotes, as said: 暗証番号は…※ご本人が「0926 だよ」); or set
 * off by commas, as an aside (`the temporary password you sent, Tmp-8842-xk, no longer works`), or in quotes later in the
 * sentence (`his Windows password; he wrote it on a sticky note — "Wrexham!1987"`), or between dashes (the wiki password
 * — wiki-R00t-Hama — is in the vault; the shadow folds every dash to `-`): then a value with a lower-case letter and a digit or symbol, as a password is
 * written; in quotes as said, a hedge may follow it inside them (「okuiz…77 だったと思う」). A card's security code a few
 * words after its name, three or four digits (セキュリティコードも口頭で伺った（一度 …）). A PIN after an aside in brackets
 * that says its length or its kind (暗証番号（4桁）1357, PINロック解除コード（PUK）12345678), a SIM's unblocking key (PUK) too.
 * A date or a time alone in the brackets (暗証番号を 4821 に変更（11/1）, the PIN changed (10:30)) says when, no secret: the
 * PIN's own branch reads the value before it. Last, a PIN's or a Japanese cue in an English sentence, then what it is (the暗証番号
 * I set is …), tried after the PIN's digits.
 */
const SECRET_NEARBY =
  /(?:(?:(?<![A-Za-z])(?:[Pp]ass(?:word|code|phrase)|PIN)(?![A-Za-z])|パスワード|暗証番号)[^\n()（）]{0,30}?[(（](?:例[:：]\s*)?(?!(?:\d{2,4}[/.-])?\d{1,2}[/.-]\d{1,2}[)）]|\d{1,2}:\d{2}[)）])(?<secret>[!-~]{4,64}?)[)）]|(?<![A-Za-z])[Pp]ass(?:word|code)(?![A-Za-z])[^\n.。"]{0,30}?\b(?:was|is)\s+(?<told>(?!https?:)[!-~]{4,64}?)(?=["'”」]|\s|$|[.,;](?:\s|$))|(?:暗証番号|パスコード|PIN|PUK)[^\n\d]{0,30}?(?:(?<=[はがを：:\s「『"“])|[（(][^()（）\n\d]{0,6}\d?[^()（）\n\d]{1,6}[)）][ \t]*(?:は|:|：)?[ \t]*)(?<pin>\d{4,8}(?:[#*](?!\d))?)(?![\d桁文字回円年月日件分秒時%人個歳台.,/:-]|[ \t][台個件枚人円桁])|(?:(?<![A-Za-z])[Pp]ass(?:word|code|phrase)(?![A-Za-z])|パスワード)[^\n.。"“「]{0,60}?["“「](?<written>[!-~]{6,64}?)(?:[ \t]*[ぁ-ん][^"”」\n]{0,12})?["”」]|(?:セキュリティコード|(?<![A-Za-z])(?:CVV2?|CVC2?|[Ss]ecurity code)(?![A-Za-z]))[^\n\d]{0,30}?(?<=[はがを：:\s「『"“])(?<cvc>\d{3,4})(?![\d桁文字回円年月日件分秒時%人個歳.,/:-])|(?:(?<![A-Za-z])PIN(?![A-Za-z])|暗証番号|パスワード|パスコード)[^\n.。"]{0,30}?\b(?:was|is)\s+(?<toldAfterCue>(?!https?:)[!-~]{4,64}?)(?=["'”」]|\s|$|[.,;](?:\s|$)))/dg;
/** A PIN's own cue in brackets right before it (ロック解除コード（PUK）12345678): the nearest word names it, whatever came before. */
const CUE_IN_ASIDE = /[（(](?:PUK|PIN|暗証番号)[)）][ \t]*(?:は|:|：)?[ \t]*$/;

/**
 * A value set off by commas or dashes after a password's cue, read on its own: the rule above, tried first at the cue,
 * took `the password was reset (the temporary one, Tmp-…, was read to him)` for "was reset" and never came to the aside.
 */
const SECRET_APPOSED = /(?:(?<![A-Za-z])[Pp]ass(?:word|code|phrase)(?![A-Za-z])|パスワード|暗証番号)[^.。,、"]{0,30}?(?<aside>[,、]|[ \t]-(?=[ \t]))\s*(?<apposed>(?!["'`])[!-~]{6,64}?)(?=\s*\k<aside>|[,、]|[.。](?:\s|$))/dg;

/** A sentence's end, then another number's label before the PIN: the cue's sentence is over, and the number is that label's. */
const OTHER_NUMBER_AFTER_STOP = /(?:。|[.!?]\s)[^。]*(?:[\p{Script=Han}\p{Script=Katakana}ー](?:番号|ID|コード|ナンバー)|末尾|下\d桁|(?<![A-Za-z])(?:number|no\.|ending|last)(?![A-Za-z]))/iu;

/**
 * A password after its cue, a few words and a colon (仮パスワードを発行しました：Tmp-4821-kq, the password we set for you:
 * Welcome-2931; at a sentence's end, its full stop left out: the wiki's admin password was hers: wiki-R00t-Hama.):
 * letters with a digit or a symbol, as a password is written, and no address (a URL's scheme is no colon
 * of this kind: the password reset link is https://…) or version (パスワード変更の手順：v2.1 以降).
 */
const SECRET_AFTER_COLON =
  /(?:パスワード|パスコード|暗証番号|(?<![A-Za-z])[Pp]ass(?:word|code)(?![A-Za-z]))[^\n:。.!?]{1,20}?:[ \t]*(?<secret>[!-~]{4,64}?)(?=[」』"'”)]|\s|$|[、。,;](?:\s|$)?|\.(?:\s|$))/dg;
const secretAfterColon = (value: string): boolean =>
  !QUANTITY.test(value) && /[A-Za-z]/.test(value) && /[\d!-/:-@[-`{-~]/.test(value) && !/^\/|:\/\/|@[A-Za-z0-9-]+\.[A-Za-z]|^\[[A-Z_]+\]$|[,.;:]$|^v?\d+(?:\.\d+)+$/.test(value);

/**
 * A login and its password given as a pair after a login's or an administrator's word (ログインは pta@example.com /
 * wakaba3nen! です, login: ops01 / Xk9-pq2!, 管理者 root-kanda / Kd#2031x, ログイン（desk-02 / Nite@44）, an admin screen's:
 * 管理画面：form_admin ／ pass-2291!; an account's ID: 管理 ID nvr-admin / Naha#Cam2026), or after a machine's (Back office PC: pbr-frontdesk / Niseko*Pow2026!, 受付端末
 * uketsuke / Hana#2291): the value after the slash, written as a password is (a lower-case letter and a digit or symbol),
 * perhaps before an aside in brackets (…／Ageo2026hanbai（12月末 変更）); the login before it is the account's.
 */
const LOGIN_THEN_SECRET =
  /(?:ログイン|サインイン|アカウント|認証情報|管理(?:者|画面|ページ|サイト)|(?<![A-Za-z])(?:[Ll]og ?in|[Ss]ign[- ]?in|[Cc]redentials|[Aa]ccount|[Aa]dmin(?:istrator)?|ID(?![A-Za-z]))|(?<machine>パソコン|端末|(?<![A-Za-z])(?:PC|[Ll]aptop|[Ww]orkstation|[Tt]erminal|[Kk]iosk)(?![A-Za-z])))[^\n/]{0,12}?(?:は|:|=|is)?\s*(?<login>[A-Za-z0-9._%+@-]{3,64})\s*\/\s*(?<secret>[!-~]{4,64}?)(?=\s|です|でした|で|、|。|[)」』]|$|[.,;\]](?:\s|$)|\((?=[^)\n]{0,20}[^\x00-\x7f]))/dg;
const LOGIN_PAIR_GATE = (shadow: string): boolean =>
  shadow.includes("/") && /ログイン|サインイン|アカウント|認証情報|管理(?:者|画面|ページ|サイト)|[Ll]og ?in|[Ss]ign|[Cc]redentials|[Aa]ccount|[Aa]dmin|ID|パソコン|端末|PC|[Ll]aptop|[Ww]orkstation|[Tt]erminal|[Kk]iosk/.test(shadow);
/**
 * After a machine's word, a spec's pair (PC: Dell-XPS / i7-1360P) is no login: only a login in lower case is one; and
 * after a thing's ID, two of its IDs.
 */
const loginPair = (match: RegExpExecArray): boolean =>
  apposedSecret(match.groups!.secret!) &&
  !HOST_AND_PATH.test(match[0]) &&
  (match.groups!.machine === undefined || /^[a-z][a-z0-9._-]*$/.test(match.groups!.login!)) &&
  !isThingsIdCue(match.input, match.index);

/**
 * A device's or a site's default administrator, a slash and its password (管理画面 http://10.20.1.15/ admin / canon7720,
 * root / Tk-2291x, in code quotes: `admin` / `Stg-Pass-2026`): the account's name is everyone's, the password after it the device's. Not one of a list of roles
 * (admin / editor2 / viewer) and written as a password is (a small letter and a digit or symbol).
 */
const DEFAULT_ADMIN_THEN_SECRET =
  /(?<![A-Za-z0-9_.@-])(?<quote>[`'"]?)(?:[Aa]dmin(?:istrator)?|root)\k<quote>[ \t]*\/[ \t]*(?<open>[`'"]?)(?<secret>[!-~]{6,64}?)\k<open>(?=\s|$|です|で|、|。|[)」』]|[.,;](?:\s|$))(?![ \t]*\/)/dg;

/**
 * A code given to sign in once or to recover an account (臨時コード 7Q2K-9XMD, バックアップコード：482913, recovery code
 * 7Q2K-9XMD-3LPA), or a game's or an app's code that moves the account to a new phone (引き継ぎコード：A7K9-M2Q4-X8,
 * データ引継ぎコード, transfer code), or one that links the account to another service (マイナポータル連携のコード, 連携用コード):
 * six characters or more in groups, holding a digit.
 */
const ONE_TIME_CODE =
  /(?:(?:臨時|一時|仮|予備|緊急|バックアップ|リカバリー?|復旧|ワンタイム|認証|引き?継ぎ?|データ移行|機種変更|連携(?:用)?の?)コード|(?<![A-Za-z])(?:[Rr]ecovery|[Bb]ackup|[Oo]ne-time|[Tt]emporary|MFA|2FA|[Tt]ransfer)[ -]codes?(?![A-Za-z]))\s*(?:は|:|=|is)?\s*(?<secret>[A-Za-z0-9]{3,8}(?:-[A-Za-z0-9]{2,8}){0,3})(?![A-Za-z0-9-])/dg;
const oneTimeCode = (value: string): boolean => /\d/.test(value) && value.replace(/-/g, "").length >= 6;

/** A host and its path (account x.com/acme_jp), not a login and its password: a domain glued to the slash, no @ before it. */
const HOST_AND_PATH = /(?<![@\w.%+-][\w.%+-]*)[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}\/\S/;

/** A value set off by commas after a password's cue: a lower-case letter and a digit or symbol, and no address or version. */
const apposedSecret = (value: string): boolean =>
  /[a-z]/.test(value) && /[\d!-/:-@[-`{-~]/.test(value) && !/:\/\/|@[A-Za-z0-9-]+\.[A-Za-z]|^v?\d+(?:\.\d+)+$/.test(value);

/**
 * Cues that name a key or token: the value after one is a secret however it is spelt (a license key, a 40-hex token),
 * an aside in brackets between them too (`APIキー（検証用）: …`).
 */
const KEY_CUE =
  /(?:API\s?キー|(?<![A-Za-z])(?:API|api)[ _-]?(?:key|Key|KEY)|アクセスキー|(?<![A-Za-z])access[ _-]?key|シークレット(?:キー)?|(?<![A-Za-z])(?:[Ss]ecret|SECRET)(?:[ _-]?key)?|client[ _-]?secret|アクセストークン|トークン|(?<![A-Za-z])(?:[Tt]oken|TOKEN)|ライセンスキー|プロダクトキー|シリアルキー|(?<![A-Za-z])(?:[Ll]icen[cs]e|[Pp]roduct)[ _-]?key)(?![A-Za-z])(?:\s*[（(][^）)\n]{1,12}[）)])?\s*(?:は|が|を|:|：|=|＝|is|was)?\s*(?<secret>[A-Za-z0-9][A-Za-z0-9_\-./+=]{15,}[A-Za-z0-9=])(?![A-Za-z0-9_\-/+])/dg;

/**
 * A secret known by its cue's form, not by a list: any word holding パス, 暗証, 秘密, 合言葉 or キー (管理者パス, 金庫の暗証,
 * 秘密の質問の答え, 無線キー), or an English word ending in pass, key, secret or PIN, joined by _ or - or in camel case (admin_pass,
 * wifiKey, DB-PASSWORD) or a Wi-Fi's or a VPN's pre-shared key (PSK, wpa_psk), then は, : or = (or, after a Japanese word, a
 * space: 暗証 2580), then a value shaped like a secret, perhaps before an aside in brackets (Ebara-1F-wifi!（掲示と同じ）):
 * letters and digits mixed, or four to eight
 * digits after a cue of a number (暗証, PIN, コード, 番号) or a meeting host's key (Zoom のホストキー 408122, Host key:
 * 551902); in quotes, the value without them (key: 'Xk9#mQ2p'), nor a bracket after it holding a barcode's word
 * (キーボックス KB-230X（JAN …）: the goods' model, products-before-barcodes.ts keeps it). A path
 * (保存パス：D:\data2), an address or a version is no secret.
 */
/**
 * The cue's word as a matter's topic (キーの件は INC-2026-0412-77 で対応, パスの問題は REQ-2025-1130-02 に記録), then a
 * ticket's number (capitals, a hyphen, groups of digits): the matter's record, not the secret. A bare value after the
 * topic (暗証の件は 4412 で) may be the secret itself.
 */
const MATTER_OF_CUE = /の(?:件|話|問題|案件|不具合|障害)(?:について)?[はがを]?[ 　]*$/u;
const TICKET_NUMBER = /^[A-Z]{2,6}-\d+(?:-\d+)+$/;
const ticketOfMatter = (cue: string, value: string): boolean => MATTER_OF_CUE.test(cue) && TICKET_NUMBER.test(value);

/**
 * A key's or a PIN's device as the cue's word (キーボックス, キーケース, PINパッド), then a model's code (capitals, digits,
 * perhaps a capital after: KB-118S): the box bought or fitted, not its code, which is digits alone (キーボックス 0-4-1-7).
 */
const DEVICE_CUE = /(?:ボックス|ケース|パッド)[ 　]*(?:は|[:：])?[ 　]*$/u;
const MODEL_CODE = /^[A-Z]{1,4}-?\d{2,5}[A-Z]{0,3}$/;
const deviceModel = (cue: string, value: string): boolean => DEVICE_CUE.test(cue) && MODEL_CODE.test(value);
/**
 * An aside in brackets naming the service a key is for, in capitalised words (stream key …（Twitch Studio）, token …
 * (Google Drive)): the shadow folds the full-width bracket, and a key ends before it.
 */
const SERVICE_ASIDE = String.raw`[A-Z][a-z][A-Za-z]*(?: [A-Z][A-Za-z]*){0,2}\)`;
const SECRET_BY_FORM = new RegExp(
  String.raw`(?:[\p{Script=Han}\p{Script=Katakana}ー]{0,6}(?:(?<!キャン|コン|バイ)パス(?!ポート|ワード|タ)|暗証|秘密|合言葉|キー)[\p{Script=Han}\p{Script=Katakana}ー]{0,6}(?:の[\p{Script=Han}\p{Script=Katakana}ー]{1,6}[ぁ-ん]?){0,2}|${TICKET_PASS_BEFORE}(?<![A-Za-z])(?:[A-Za-z]+[_-]|[a-z]+(?=[A-Z]))?(?:pass|Pass|PASS|PIN|key|Key|KEY|secret|Secret|SECRET|PSK|psk)(?:word|code|phrase|WORD|CODE|_?id|_?ID)?(?![A-Za-z]))(?:\s*(?:は|:|：|=|＝)\s*|(?<space>(?<=[\p{Script=Han}\p{Script=Katakana}ー])[ 　]+))['"]?(?<secret>[!-~]{4,64}?)(?=[」』"'”【]|\s|です|でした|で|と|に|を|、|。|$|[.,;)](?:\s|$)|\((?=[^\x00-\x7f]|(?:JAN|EAN|UPC|ISBN)\b|${SERVICE_ASIDE}))`,
  "dgu",
);

/**
 * Keys that name a record or a request, not a secret: an HTTP idempotency or request key (a UUID the client makes up),
 * a cache, partition or sort key, a table's primary or foreign key.
 */
const IDENTIFIER_KEY = /(?:idempotency|request|correlation|trace|cache|partition|sort|primary|foreign|dedup\w*)[ _-]?key/i;

/**
 * A password's short word alone (パス 552017, 管理パス：204817): a login's password of six to eight digits, as a site's
 * reset gives one. A ride's or a season's pass (定期パス, フリーパス, 1日パス) is a ticket, its number no secret.
 */
const BARE_PASS_CUE = /(?<!定期|年間|フリー|日|デイ|シーズン|ワンデー)パス[ 　]*(?:は|[:：])?[ 　]*$/u;
function secretShaped(cue: string, value: string): boolean {
  if (IDENTIFIER_KEY.test(cue)) return false;
  // A path, a URL, a login at a host or a handle (user@db01, @ops) is no password; an @ inside one is (Sc@n5fMail!).
  if (/[/\\]|:\/\/|^@|@[A-Za-z0-9-]+(?:\.[A-Za-z]|$)|^\[[A-Z_]+\]$|^v?\d+(?:\.\d+)+$/.test(value) || QUANTITY.test(value)) return false;
  if (/^\d+$/.test(value)) return (/暗証|PIN|コード|番号|code|CODE|ホストキー|[Hh]ost[ _-]?[Kk]ey/.test(cue) && value.length >= 4 && value.length <= 8) || (BARE_PASS_CUE.test(cue) && value.length >= 6 && value.length <= 8);
  return value.length >= 6 && /[A-Za-z]/.test(value) && /[\d!-/:-@[-`{-~]/.test(value);
}

// A secret's value is never program text (markup, a call, an environment's lookup, a URL: program-text.ts).
/**
 * A second guess after a secret found (たぶん 0927 か 9270, 1234 or 4321, Tulip#88 または Tulip#89): the speaker's
 * alternative is the same secret, so of the same shape (a PIN's digits, or a password's letters with a digit or symbol).
 */
// A sentence's full stop after it is no part of it (the password is … or similar.: a word, no second guess).
const ALTERNATIVE_AFTER = /^\s?(?:か|or(?=\s)|または|もしくは|\/)\s?(?:たぶん|多分|maybe\s)?\s?(?<value>[!-~]{4,64}?)(?=\.?(?:[。、,;)）」]|\s|です|$))/;
const sameShape = (value: string, alternative: string): boolean =>
  /^\d+$/.test(value) ? /^\d+$/.test(alternative) && Math.abs(alternative.length - value.length) <= 1 : PASSWORD_LIKE.test(alternative) && /[A-Za-z]/.test(alternative);

/**
 * A secret said again corrected or changed (一度 828 と言ってから 882 と訂正, 1234、いや 1243, 暗証番号 *4418# を 12/1 に *7352#
 * へ変更): the new value, of the very same shape (digit for digit, symbol for symbol), is the same lock's or card's.
 */
const CORRECTED_AFTER =
  /^\s?(?:と言って(?:から|、)|と言った後で?|、?\s?(?:いや|いえ|じゃなくて|ではなくて?)、?|,?\s(?:no|sorry|I mean),?(?=\s)|(?:から|を)[^\n。、]{0,12}?(?<=\s|に))\s?(?<value>[!-~]{3,64}?)(?=\s?(?:と(?:訂正|言い直)|に訂正|(?:へ|に)(?:変更|更新|変え|切り?替え))|\s?(?:と|です)?[。、,;)）」]|\s(?:and|then)\s|$)/;
const shapeOf = (value: string): string => value.replace(/\d/g, "9").replace(/[a-z]/g, "a").replace(/[A-Z]/g, "A");

/** The value said right after a secret that is the same secret (an alternative of its shape, or a correction of its very shape), if any. */
function sameSecretSaidNext(after: string, value: string): RegExpExecArray | null {
  const alternative = ALTERNATIVE_AFTER.exec(after);
  if (alternative !== null && sameShape(value, alternative.groups!.value!)) return alternative;
  const correction = CORRECTED_AFTER.exec(after);
  return correction !== null && correction.groups!.value !== value && shapeOf(correction.groups!.value!) === shapeOf(value) ? correction : null;
}

const SECRET_ALTERNATIVES: PiiDetector = {
  type: "SECRET",
  find(shadow, found) {
    const spans = [];
    for (const secret of found?.list ?? []) {
      if (secret.type !== "SECRET") continue;
      let end = secret.end;
      for (let value = shadow.slice(secret.start, end), alternative; (alternative = sameSecretSaidNext(shadow.slice(end, end + 80), value)); ) {
        const start = end + alternative.index + alternative[0].length - alternative.groups!.value!.length;
        spans.push({ start, end: start + alternative.groups!.value!.length });
        value = alternative.groups!.value!;
        end = start + value.length;
      }
    }
    return spans;
  },
};

export const SECRET_DETECTORS: readonly PiiDetector[] = [
  // A credential file's line (.pgpass, .netrc) by its fields, before a password's shape takes the line's run whole.
  ...CREDENTIAL_FILE_DETECTORS,
  // A pass phrase of words whole, before a password's cue takes its first word.
  PASS_PHRASE_OF_WORDS,
  // Stripe's sk_/rk_/pk_live_ and other services' keys of the same shape (hk_test_…): a short prefix, live or test, perhaps
  // after the service's own name (ocr_sk_live_…); a service's sk_/pk_ before 32 hex digits or more, perhaps after its
  // own name too (la_pk_…: a platform's public key is written beside its secret and names the account); a JWT by its header (eyJ…, a JSON object), whatever its payload's encoding;
  // a personal access token by the _pat_ GitHub's opens with and other services copy after their own short name (rvb_pat_…).
  gated(
    /_live_|_test_|sk-|sk_|rk_|pk_|gh[pousr]_|_pat_|AKIA|ASIA|xox|AIza|eyJ/,
    patternDetector(
    "API_KEY",
    /(?<![A-Za-z0-9_-])(?:sk-(?:proj-|ant-(?:api\d\d-)?)?[A-Za-z0-9_-]{20,}|(?:[a-z]{2,8}_)?[a-z]{2,8}_(?:live|test)_[A-Za-z0-9]{16,}|gh[pousr]_[A-Za-z0-9]{36,}|[a-z]{2,8}_pat_(?=[A-Za-z0-9_]*\d)[A-Za-z0-9_]{22,}|(?:AKIA|ASIA)[0-9A-Z]{16}|xox[abposr]-[A-Za-z0-9-]{10,}|AIza[0-9A-Za-z_-]{35}|eyJ[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,}|(?:[a-z]{2,8}_)?(?:sk|rk|pk)_[0-9a-f]{32,64})(?![A-Za-z0-9_-])/dg,
  ),
  ),
  // Keys of other services by their documented prefixes: npm, GitLab, Stripe webhook secrets, SendGrid (SG., its id and
  // its secret, a digit in them; an id shortened when copied by hand), Twilio API
  // keys (SK + 32 hex), Slack app tokens, Hugging Face, Shopify, DigitalOcean; a DeepL API Free key by its suffix (a
  // UUID, then :fx); and a Slack or Discord webhook URL whole: the URL is the credential (anyone holding it posts to the
  // channel), and its host left beside a mask says whose it was.
  gated(
    /npm_|glpat-|whsec_|SG\.|SK[0-9a-f]|xapp-|hf_|shp(?:at|ss)_|dop_v1_|:fx|hooks\.slack\.com|discord(?:app)?\.com\/api\/webhooks/,
    patternDetector(
      "API_KEY",
      /(?<![A-Za-z0-9_-])(?:npm_[A-Za-z0-9]{36}|glpat-[A-Za-z0-9_-]{20,}|whsec_[A-Za-z0-9+/=]{24,}|SG\.(?=[A-Za-z0-9_.-]*\d)[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{30,}|SK[0-9a-f]{32}|xapp-[A-Za-z0-9-]{20,}|hf_[A-Za-z0-9]{30,}|shp(?:at|ss)_[a-fA-F0-9]{32}|dop_v1_[a-f0-9]{64}|[0-9a-f]{8}(?:-[0-9a-f]{4}){3}-[0-9a-f]{12}:fx)(?![A-Za-z0-9_-])|(?:https?:\/\/)?hooks\.slack\.com\/(?:services|workflows|triggers)\/[A-Z0-9]+\/[A-Za-z0-9]+\/[A-Za-z0-9/]*[A-Za-z0-9]|(?:https?:\/\/)?(?:(?:canary|ptb)\.)?discord(?:app)?\.com\/api\/webhooks\/\d+\/[A-Za-z0-9_-]+/dg,
    ),
  ),
  ...PEM_PRIVATE_KEYS,
  ...SERVICE_KEY_DETECTORS,
  ...WEBHOOK_PATHS,
  ...SECRET_KEYS_AFTER_KEY_IDS,
  ...DESCRIBED_KEY_DETECTORS,
  ...GROUP_INVITE_LINKS,
  ...SHARED_DOCUMENT_LINKS,
  ...LAND_REGISTRY_CODES,
  // A product or license key of five groups of five (XKQ7P-3MJ9D-W2R8T-H6VNB-4CYFG), as Microsoft's and many vendors'
  // are printed: letters and digits mixed. A ledger's line may wrap at a hyphen, leaving the rest on the next line.
  gated(
    /[A-Z0-9]{5}-[A-Z0-9]{5}-/,
    patternDetector("API_KEY", /(?<![A-Za-z0-9-])[A-Z0-9]{5}(?:-(?:\n[ \t]*)?[A-Z0-9]{5}){4}(?![A-Za-z0-9-])/dg, (match) => /[A-Z]/.test(match[0]) && /\d/.test(match[0])),
  ),
  // Other vendors' keys and serials in groups of three to six after a licence's cue in their sentence.
  ...LICENCE_KEY_DETECTORS,
  gated(/[Bb]earer/, patternDetector("API_KEY", /\b[Bb]earer\s+(?<secret>[A-Za-z0-9._~+/-]{16,}=*)/dg)),
  // A storage or a bus connection string's key by its field's name, where the string is quoted from its first field on
  // (接続文字列に AccountKey=…== が): the key opens the account whatever stands before it (URL_DETECTORS read it after `;`).
  gated(/AccountKey=|SharedAccessKey=/, patternDetector("API_KEY", /(?<![A-Za-z0-9])(?:AccountKey|SharedAccessKey)=(?<secret>[A-Za-z0-9+/]{16,}={0,2})(?![A-Za-z0-9+/=])/dg)),
  // HTTP Basic credentials: base64 of user:password (RFC 7617).
  gated(/[Bb]asic\s/, patternDetector("API_KEY", /\b(?:Authorization|authorization|AUTHORIZATION)\s*:\s*[Bb]asic\s+(?<secret>[A-Za-z0-9+/]{4,}={0,2})/dg)),
  // A key of a vendor no rule names (hk_test_…, a private service's token): a run of 24 or more characters of letters,
  // digits, _ and - that mixes upper case, lower case and digits the way random text does (see looksRandom), perhaps
  // before the full stop that ends its sentence (… script is cr_dep_9fL2…Hy.). Not a Stripe object's id (pi_…, cus_…,
  // evt_…): it names a payment or a customer record and opens nothing.
  gated(
    hasRun(24, isTokenChar),
    patternDetector("API_KEY", /(?<![A-Za-z0-9_\-./+=])[A-Za-z0-9_-]{24,}(?![A-Za-z0-9_\-/+=]|\.[A-Za-z0-9_\-/+=])/dg, (match) => looksRandom(match[0]) && !STRIPE_OBJECT_ID.test(match[0])),
  ),
  // An AWS secret access key: 40 characters of base64 with upper case, lower case and a digit (a hex digest has no upper case).
  gated(
    hasRun(40, isBase64),
    patternDetector("API_KEY", /(?<![A-Za-z0-9/+])[A-Za-z0-9/+]{40}(?![A-Za-z0-9/+=])/dg, (match) => /[A-Z]/.test(match[0]) && /[a-z]/.test(match[0]) && /\d/.test(match[0])),
  ),
  // A 32-hex token (API keys of many services, session ids), in one case, with both digits and letters.
  gated(
    hasRun(32, isHex),
    patternDetector(
      "API_KEY",
      /(?<![A-Za-z0-9_-])(?:[0-9a-f]{32}|[0-9A-F]{32})(?![A-Za-z0-9_-])/dg,
      (match) => /\d/.test(match[0]) && /[a-fA-F]/.test(match[0]),
    ),
  ),
  gated(/パスワード|パスフレーズ|のキー|パス|暗証|パスコード|合言葉|セキュリティコード|PIN|[Pp]in|[Pp]ass|PASSWORD|pwd|PWD|pw|PW|CV|CID|security code/, {
    type: "SECRET",
    find(shadow) {
      const spans = [];
      for (const match of matchesOf(PROSE_SECRET, shadow)) {
        const groups = match.indices!.groups!;
        const value = match.groups!.quoted ?? match.groups!.single ?? match.groups!.secret ?? "";
        if (/^\[[A-Z][A-Z0-9_]*\]$/.test(value)) continue; // already masked: `パスワードは [SECRET] です`
        const quoted = groups.quoted ?? groups.single;
        if (quoted) spans.push({ start: quoted[0], end: quoted[1] });
        else if (groups.secret && acceptSecret(match[0].slice(0, groups.secret[0] - match.index), value, shadow.slice(groups.secret[1], groups.secret[1] + 20), match.groups!.label !== undefined)) {
          spans.push({ start: groups.secret[0], end: groups.secret[1] });
        }
      }
      return spans;
    },
  }),
  gated(/[Pp]ass|PIN|PUK|暗証番号|パスコード|パスワード|セキュリティコード|CVV|CVC|[Ss]ecurity code/, {
    type: "SECRET",
    find(shadow) {
      const spans = [];
      for (const match of [...matchesOf(SECRET_NEARBY, shadow), ...matchesOf(SECRET_APPOSED, shadow)]) {
        const groups = match.indices!.groups!;
        const [start, end] = groups.secret ?? groups.told ?? groups.pin ?? groups.cvc ?? groups.apposed ?? groups.toldAfterCue ?? groups.written!;
        const value = shadow.slice(start, end);
        if ((match.groups!.apposed ?? match.groups!.written) !== undefined && !apposedSecret(value)) continue;
        // After "was" or "is", a word with a colon introduces the value (the password was his: …), no password itself.
        if ((match.groups!.told ?? match.groups!.toldAfterCue) !== undefined && /[:：]$/.test(value)) continue;
        // In brackets after the cue, a list of symbols is the rule's (記号（!#$%）を含めます), no password.
        if (match.groups!.secret !== undefined && !/[A-Za-z0-9]/.test(value)) continue;
        const digits = match.groups!.pin ?? match.groups!.cvc;
        if (digits !== undefined && OTHER_NUMBER_AFTER_STOP.test(shadow.slice(match.index, start))) continue;
        if (digits !== undefined && !CUE_IN_ASIDE.test(shadow.slice(match.index, start)) && OTHER_NUMBER_BETWEEN.test(shadow.slice(match.index, start).replace(/^(?:暗証番号|パスコード|PIN|PUK|セキュリティコード|CVV2?|CVC2?|[Ss]ecurity code)/, ""))) continue;
        if (digits !== undefined || (PASSWORD_LIKE.test(value) && !/^\[[A-Z][A-Z0-9_]*\]$/.test(value))) spans.push({ start, end });
      }
      return spans;
    },
  }),
  gated(
    /キー|[Kk]ey|KEY|[Ss]ecret|SECRET|シークレット|トークン|[Tt]oken|TOKEN/,
    patternDetector("API_KEY", KEY_CUE, (match) => /\d/.test(match.groups!.secret!) && /[A-Za-z]/.test(match.groups!.secret!)),
  ),
  gated(/コード|[Cc]ode|CVV|CVC/, patternDetector("SECRET", CODE_AFTER_EXPIRY)),
  ...LOCK_CODE_DETECTORS,
  ...KEY_HIDING_PLACES,
  ...SPOKEN_CODE_DETECTORS,
  ...PIN_REPLY_DETECTORS,
  PIN_AFTER_ARROW,
  gated(/パスワード|パスコード|暗証番号|[Pp]ass/, patternDetector("SECRET", SECRET_AFTER_COLON, (match) => secretAfterColon(match.groups!.secret!))),
  gated(LOGIN_PAIR_GATE, patternDetector("SECRET", LOGIN_THEN_SECRET, loginPair)),
  // The pair's login, a word of letters (a mail address the e-mail rule takes): it names the account the password opens.
  gated(LOGIN_PAIR_GATE, {
    type: "PERSONAL_ID",
    find: (shadow) =>
      matchesOf(LOGIN_THEN_SECRET, shadow)
        .filter((match) => loginPair(match) && /[A-Za-z]/.test(match.groups!.login!) && !match.groups!.login!.includes("@"))
        .map((match) => ({ start: match.indices!.groups!.login![0], end: match.indices!.groups!.login![1] })),
  }),
  gated(/(?:dmin|dministrator|root)[`'"]?[ \t]*\//, patternDetector("SECRET", DEFAULT_ADMIN_THEN_SECRET, (match) => apposedSecret(match.groups!.secret!))),
  ...FOREIGN_CREDENTIAL_DETECTORS,
  // A list of backup codes whole before one code of it is read alone.
  ...BACKUP_CODE_LISTS,
  ...AUTHENTICATOR_SECRETS,
  ...RECOVERY_PHRASES,
  gated(/コード|[Cc]ode/, patternDetector("SECRET", ONE_TIME_CODE, (match) => oneTimeCode(match.groups!.secret!))),
  ...KANA_TRANSFER_CODES,
  // After the key cues: a license key is an API key, not a password.
  gated(/パス|暗証|秘密|合言葉|キー|[Pp]ass|PASS|PIN|[Kk]ey|KEY|[Ss]ecret|SECRET|PSK|psk/, {
    type: "SECRET",
    find(shadow) {
      const spans = [];
      for (const match of matchesOf(SECRET_BY_FORM, shadow)) {
        const [start, end] = match.indices!.groups!.secret!;
        // The word before an English key's (Host key: …) says which key it is: a meeting host's, a PIN of digits.
        const host = /(?<![A-Za-z])[Hh]ost[ _-]?$/.test(shadow.slice(Math.max(0, match.index - 6), match.index)) ? "host " : "";
        const cue = host + match[0].slice(0, start - match.index);
        if (!ticketOfMatter(cue, match.groups!.secret!) && !deviceModel(cue, match.groups!.secret!) && secretShaped(cue, match.groups!.secret!)) spans.push({ start, end });
      }
      return spans;
    },
  }),
  ...NETWORK_KEY_DETECTORS,
  ...KEY_CUTTING_CODES,
  SECRET_COLUMN,
  // Last: a secret known by its shape near a cue, where no rule above read a cue right before it.
  ...PASSWORD_SHAPE_DETECTORS,
  ...APP_PASSWORDS,
  ...RESET_PIN_VALUES,
  ...CURRENT_PASSWORD_VALUES,
  SECRET_ALTERNATIVES,
].map((detector) => (detector.type === "SECRET" ? valuesOnly(detector) : detector));
