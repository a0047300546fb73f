import { isEastAsianFamilyCommaGiven } from "../names/east-asian-family-comma-given.js";
import { isInHongKongPlace } from "../look-alikes/hong-kong-places.js";
import { isLanguageName } from "../look-alikes/language-names.js";
import { isDistrictBeforeCity } from "../look-alikes/districts-before-cities.js";
import { gated, matchesOf, type PiiDetector, type Span } from "../detector.js";
import { COMMON_WORD_NAME, isEnglishWord, isFirmName, isPlaceName, lexiconTags, PLACE_FIRST } from "../names/english-person-tagger.js";
import { isCommonEnglishWord } from "./common-english-words.js";
import { FIRM_OR_THING_WORD, firmAfterName, NOUN_FORM, TITLE_WORD } from "./firm-words.js";
import { readsAsParts, spellsAsRomaji } from "../names/latin-name-cues.js";
import { ONE_SUBJECT_VERB } from "../names/work-title-pairs.js";
import { NOT_A_PERSON, ORGANISATION_WORD } from "../names/name-detectors.js";
import { voiceAssistantAtWork } from "../context/voice-assistant-at-work.js";
import { VIETNAMESE_GIVEN_NAMES } from "./vietnamese-given-names.js";
import { worldNames } from "./world-name-lexicon.js";
import { fullNameAfterAmpersand } from "../names/ampersand-joined-names.js";
import { firmWordFamilyBeforeGiven } from "../names/firm-word-family-names.js";

/**
 * Latin names with no cue a rule was written for, known by the names of many countries (world-name-lexicon): a first
 * name and a last name both listed (Mateus Carvalho, Tomasz Wiśniewski), a listed first name before a word no English
 * dictionary holds (Hamid Rostami), and a name alone where a person's role or team stands beside it (Kwame (IT),
 * Priscila 担当, CTO Benedikt, SV Usami's approval, インストラクター Sofia, Chiamaka (chiamaka.n@…), Natalie asked). A name that is an English word too (Will, Mark, May,
 * Brown, Bill) is left to the cue detectors and the tagger.
 */

/** A capitalised word: O'Brien, McKenna and Okonkwo-Brandt too; not a possessive's 's. */
export const WORD = "\\p{Lu}(?:['’]\\p{Lu})?\\p{Ll}+(?:\\p{Lu}\\p{Ll}+)?(?:-\\p{Lu}?\\p{Ll}+)?";
/** Two or three capitalised words, not inside a longer run of letters, digits or a dotted name (a.Kwame). */
const WORDS = new RegExp(`(?<![\\p{L}\\p{N}'’.@_-])(${WORD})[ \\t]+(${WORD})(?:[ \\t]+(${WORD}))?(?![\\p{L}\\p{N}@_-]|['’](?!s(?!\\p{L})))`, "gu");

/** A firm's, a thing's, a title's or a place's word, or one no person is called by (Support, Team). */
export const isThing = (word: string): boolean =>
  ORGANISATION_WORD.test(word) || FIRM_OR_THING_WORD.test(word) || NOUN_FORM.test(word) || TITLE_WORD.test(word) || NOT_A_PERSON.test(word) || PLACE_WORD.test(word);
/** A word only a name is: no English word, thing's word or place (Nakamura; not Grace, Support or Paris). */
export const isNameOnlyWord = (word: string): boolean => !isEnglishWord(word) && !isThing(word) && !isPlaceName(word);
/** A place's word, a landform's too (Kent Ridge, Pacific Heights, Clarke Quay): a campus, a district or a waterfront. */
const PLACE_WORD =
  /^(?:Street|Road|Lane|Boulevard|Avenue|Drive|Way|Square|Ward|District|Bridge|Market|School|College|University|Hospital|Clinic|Building|Tower|Station|Airport|Hotel|Church|Temple|Shrine|Castle|Museum|Library|Gardens?|Park|Hall|Valley|Hill|Beach|Bay|Island|River|Lake|Mount|Port|Villa|House|Court|Place|Plaza|Centre|Center|Mall|Arena|Stadium|Terminal|Ridge|Heights|Cove|Creek|Harbour|Harbor|Quay|Wharf)$/;
/** A firm's, a place's or a thing's word after the name (Carvalho Imports, Kwame Nkrumah Mausoleum, Mateus Carvalho Ltd). */
const THING_AFTER = /^[ \t]+(\p{Lu}\p{Ll}+)/u;
/** An article or a possessive before: a thing's or a place's name follows (the Sophia Grand, our Nadia Suite). */
const DETERMINER_BEFORE = /(?<!\p{L})(?:[Tt]he|[Aa]n?|[Oo]ur|[Yy]our|[Tt]his)[ \t]+$/u;
/**
 * A venue's label before: a hall's, a hotel's or a park's name follows, often a founder's or a saint's (venue: Belle
 * Salle Akihabara, Location: Maria Luisa Park, 会場：Grace Hall).
 */
const VENUE_BEFORE = /(?<!\p{L})(?:[Vv]enue|VENUE|[Ll]ocation|会場|開催地|開催場所)[ \t]*[:：][ \t]*$/u;

/** Two words compromise's lexicon holds together as a place, a firm or a thing (Abu Dhabi, Costa Rica, Hong Kong). */
const knownPhrase = (first: string, second: string): boolean => isEnglishWord(`${first} ${second}`);

/**
 * A first name of the lexicon that is no English word, hyphened as listed (Seo-yeon) or two joined by a hyphen
 * (Anna-Lena, François-Xavier); or a Japanese given name in romaji the dictionary reads (Setsuko, Nanami), which faker's
 * locales write only in kanji.
 */
const givenName = (word: string): boolean =>
  (worldNames().latinGiven.has(word) && !isEnglishWord(word) && !isThing(word)) ||
  word.split("-").every((part) => (worldNames().latinGiven.has(part) || romajiGivenName(part)) && !isEnglishWord(part) && !isThing(part));
/**
 * A first name that is an English word too (Hunter, Grant, Frank) before a listed last name that is none, inside a
 * sentence (the laptop of Hunter Jones): at a sentence's head it may be the verb (Grant Kowalski access).
 */
const wordGivenBeforeFamily = (first: string, second: string, before: string): boolean =>
  COMMON_WORD_NAME.test(first) && worldNames().latinFamily.has(second) && WORD_OF_SENTENCE_BEFORE.test(before);
const WORD_OF_SENTENCE_BEFORE = /\p{Ll}[ \t]+$/u;
const romajiGivenName = (word: string): boolean => spellsAsRomaji(word) && readsAsParts(word).given && !isPlaceName(word);
/**
 * After a romaji given name only, a last name must be known for one: listed, written with a letter English lacks
 * (Yumi Lefèvre), or followed by the person's kanji or former name in brackets (Nanami Tsurugaoka (鶴ヶ岡 七海), Setsuko
 * Kaleikini（旧姓 小国）). Any other word is as often a firm's or a thing's (Hikari Tsushin, Takami Bridal, Hokusai Goods).
 */
const unknownAfterRomajiGiven = (first: string, second: string, after: string): boolean =>
  !worldNames().latinGiven.has(first) &&
  romajiGivenName(first) &&
  !(worldNames().latinFamily.has(second) || /[^\x00-\x7F]/.test(second) || NAME_WRITING_IN_BRACKETS.test(after) || doubleBarrelledFamily(second));
/**
 * Two family names joined by a hyphen, one of the lists' names and a romaji surname or another listed one (Aoki-Bennett,
 * Hughes-Tanabe): a couple's or each parent's, which no firm or thing is called.
 */
const doubleBarrelledFamily = (word: string): boolean => {
  const parts = word.split("-");
  const listed = (part: string): boolean => (worldNames().latinFamily.has(part) || worldNames().latinGiven.has(part)) && !isThing(part) && !isPlaceName(part);
  return parts.length === 2 && parts.some(listed) && parts.every((part) => listed(part) || (spellsAsRomaji(part) && readsAsParts(part).surname));
};
const NAME_WRITING_IN_BRACKETS = /^[ \t]?[（(](?:旧姓|[\p{Script=Han}々ヶ]{1,4}[ 　][\p{Script=Han}々]{1,4}[）)])/u;
/**
 * A last name of the lexicon or of compromise's, or a word of no English dictionary (Rostami), that is no thing's word:
 * compromise's lexicon lacks many common nouns that faker's English words hold (Big Mac Meal, Leo Snack), no surname there.
 */
export const familyName = (word: string): boolean =>
  !isThing(word) &&
  !isEnglishWord(word) &&
  (worldNames().latinFamily.has(word) || worldNames().latinGiven.has(word) || lastNameOnly(word) || (lexiconTags(word).length === 0 && !DERIVED_WORD.test(word) && !isCommonEnglishWord(word)));
/** A word compromise's lexicon knows only as a family name, which faker's lists may lack (Volkov). */
const lastNameOnly = (word: string): boolean => {
  const tags = lexiconTags(word);
  return tags.length > 0 && tags.every((tag) => tag === "LastName");
};
/**
 * A last name of the lexicon written before the given name, as forms and registers do (Lewandowski Jan, Wiśniewska
 * Anna): a Slavic woman's -ska, -cka or -dzka of a listed -ski, -cki or -dzki too.
 */
const listedFamily = (word: string): boolean =>
  !isThing(word) && !isEnglishWord(word) && (worldNames().latinFamily.has(word) || (/(?:sk|ck|dzk)a$/.test(word) && worldNames().latinFamily.has(`${word.slice(0, -1)}i`)));
/** A word English derives with a noun's or an adjective's ending, which the dictionary need not list (Dev Dependency, Data Portability). */
const DERIVED_WORD = /^\p{Lu}\p{Ll}{2,}(?:ency|ancy|ity|ism|ness|ment|tion|sion|able|ible)$/u;
/**
 * A word the text also writes in small letters, on its own, is a common word (ask for ransom … Ransom Trojan); an
 * address's mateus.carvalho@ is not on its own. The text's words are listed once, at the first candidate that asks:
 * a search of the whole text per candidate made masking a long text grow with the square of its length.
 */
const writtenSmall = (shadow: string, word: string): boolean => {
  if (listed?.shadow !== shadow) listed = { shadow, starts: wordStarts(shadow), answers: new Map() };
  const small = word.toLowerCase();
  let answer = listed.answers.get(small);
  if (answer === undefined) listed.answers.set(small, (answer = onItsOwn(shadow, small, listed.starts)));
  return answer;
};
let listed: { shadow: string; starts: Map<string, number[]>; answers: Map<string, boolean> } | undefined;

/** Where a word starts on its own — no letter, digit, dot, @, _, / or - before it —, by the run of letters and digits it opens. */
const WORD_START = /(?<![\p{L}\p{N}.@_/-])[\p{L}\p{N}]+/gu;
const LEADING_RUN = /^[\p{L}\p{N}]+/u;
/** What a word on its own has not after it: a letter, a digit, @, _, /, - or a dot before a letter (a domain's). */
const JOINED_AFTER = /[\p{L}\p{N}@_/-]|\.\p{L}/uy;

function wordStarts(shadow: string): Map<string, number[]> {
  const starts = new Map<string, number[]>();
  WORD_START.lastIndex = 0;
  for (let match = WORD_START.exec(shadow); match !== null; match = WORD_START.exec(shadow)) {
    const places = starts.get(match[0]);
    if (places) places.push(match.index);
    else starts.set(match[0], [match.index]);
  }
  return starts;
}

/**
 * Whether `small` stands in the text on its own. It opens with a letter, and where it stands on its own, the run of
 * letters and digits it opens is the one the text's word opens with: only the places of that word are tried.
 */
function onItsOwn(shadow: string, small: string, starts: ReadonlyMap<string, number[]>): boolean {
  for (const start of starts.get(LEADING_RUN.exec(small)?.[0] ?? "") ?? []) {
    if (!shadow.startsWith(small, start)) continue;
    JOINED_AFTER.lastIndex = start + small.length;
    if (!JOINED_AFTER.test(shadow)) return true;
  }
  return false;
}
/** Two words that both read as romaji are left to the Japanese name rules and their dictionary (Asahi Kasei, Sakura Mochi). */
const bothRomaji = (first: string, second: string): boolean => {
  const [one, two] = [readsAsParts(first), readsAsParts(second)];
  return (one.given || one.surname) && (two.given || two.surname);
};

/** Japanese straight after a name, perhaps after a space: a Japanese sentence goes on. */
const JAPANESE_AFTER = /^[ \t]?[、。（\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;

/** A capitalised word right before a found pair, on its line. */
const WORD_BEFORE = new RegExp(`(?<![\\p{L}\\p{N}'’.@_-])(${WORD})[ \\t]+$`, "u");
/** compromise's tags a first given name may carry before a pair (Jean: a noun, Jacques: a name), not a month's or a modal's (June, May). */
const NAME_OR_NOUN_TAG = /^(?:Noun|Singular|ProperNoun|FirstName|MaleName|FemaleName|Person)$/;
/** Given names that are verbs too, which may be the sentence's verb before a name (Grant Anna Rossi access, Bill Ana Souza). */
const VERB_GIVEN_NAME = /^(?:Grant|Mark|Bill|Pat|Chase|Sue|Jack|Drew|Wade|Nick|Lance|Pierce|Rob|Skip|Chuck|Hope|Don|Will|May|Sandy|Rusty)$/;
/**
 * A given name of the lists that is an English word only as a name (Grace, Amber): compromise tags it a name and nothing
 * else, and it is no verb a sentence may open with (Mark, Grant). After a person's cue it is the person's.
 */
export const isNameTaggedWord = (word: string): boolean => {
  const tags = lexiconTags(word);
  return worldNames().latinGiven.has(word) && tags.length > 0 && tags.every((tag) => NAME_TAG.test(tag)) && !VERB_GIVEN_NAME.test(word) && !isThing(word) && !isPlaceName(word);
};
const NAME_TAG = /^(?:FirstName|MaleName|FemaleName)$/;

/**
 * A lexicon's given name before a found pair that is a second given name and a family name (Jean | Jacques Rousseau, Anna
 * | Maria Rossi): the first given name of the same name, even one that is an English word too (Jean).
 */
const firstGivenName = (word: string): boolean =>
  worldNames().latinGiven.has(word) && !VERB_GIVEN_NAME.test(word) && !isThing(word) && lexiconTags(word).every((tag) => NAME_OR_NOUN_TAG.test(tag));

/**
 * A given name that is a verb too before a found pair, inside a sentence (friends Sue Ellen Hartley, with Pat Mary Doyle):
 * after a small word a capital is no verb's, which opens a sentence or an order (Grant Anna Rossi access), but for a word
 * a verb follows (please, will, to, we: please Grant Anna Rossi access, we will Sue Ellen Hartley).
 */
const verbGivenInSentence = (word: string, before: string): boolean =>
  VERB_GIVEN_NAME.test(word) && worldNames().latinGiven.has(word) && WORD_OF_SENTENCE_BEFORE.test(before) && !VERB_LEAD.test(before);
const VERB_LEAD = /(?<!\p{L})(?:[Pp]lease|will|would|shall|should|can|could|may|might|must|to|not|never|also|then|just|did|do|does|[Ww]e|you|they|[Ii])[ \t]+$/u;

/**
 * A listed family name that is a city's too (Lima, Paris, Lisboa) as a name's third word, where the field ends after it
 * (| Rafael Souza Lima |, a line's end, a comma): the second family name of a Portuguese or Spanish name, the place's
 * word being one of no sentence there.
 */
const FIELD_END_AFTER = /^[ \t]*(?:$|[\n|｜\t,，、;；／/(（)）])/u;
const placeFamilyEndingField = (word: string, after: string): boolean => isPlaceName(word) && !isThing(word) && FIELD_END_AFTER.test(after);

/**
 * A first name the lists lack before a family name they hold, the two filling a table's cell (<td>Ingeborg Sandqvist</td>,
 * | Ottilie Bergström |): a cell of a register holds a person's name or a thing's, and neither word is an English one, a
 * thing's or a place's.
 */
const CELL_OPENS = /(?:<td[^>]*>|\|)[ \t]*$/u;
const CELL_CLOSES = /^[ \t]*(?:<\/td>|\|)/u;
const unlistedGivenFillingCell = (first: string, second: string, shadow: string, start: number, matched: string): boolean =>
  worldNames().latinFamily.has(second) &&
  isNameOnlyWord(first) && isNameOnlyWord(second) &&
  CELL_OPENS.test(shadow.slice(Math.max(0, start - 12), start)) &&
  CELL_CLOSES.test(shadow.slice(start + matched.indexOf(second) + second.length, start + matched.indexOf(second) + second.length + 6));

/**
 * A second given name after a name written family name first (Tamang Pasang Dorje、, Lama Nima Tsering |), a word of no
 * English dictionary, thing or place where the field ends after it: Nepali and Tibetan names so written run to three words.
 */
const secondGivenEndingField = (word: string, after: string): boolean => familyName(word) && !isPlaceName(word) && FIELD_END_AFTER.test(after);

/**
 * A Japanese surname in romaji as a name's third word, a parent's family name after a Latin given and family name
 * (Lucas Ramírez Yamaguchi, Sofía Herrera Takeda): one that is a place's too (Yamaguchi) only where the name ends a
 * field or a Japanese sentence goes on (… Yamaguchi の父), not before more English (Carlos Silva Osaka office). A
 * fourth word after it leaves the family names to name-halves.ts, which reads them together (Sandra Yukie Higa Takara).
 */
const WORD_GOES_ON = /^[ \t]+\p{Lu}/u;
const romajiFamilyAfterPair = (word: string, after: string): boolean =>
  !WORD_GOES_ON.test(after) &&
  spellsAsRomaji(word) && readsAsParts(word).surname && !isEnglishWord(word) && !isThing(word) && (!isPlaceName(word) || FIELD_END_AFTER.test(after) || JAPANESE_AFTER.test(after));

function findPairs(shadow: string): Span[] {
  const spans: Span[] = [];
  WORDS.lastIndex = 0;
  for (let match = WORDS.exec(shadow); match !== null; match = WORDS.exec(shadow)) {
    const [, first, second, third] = match as unknown as [string, string, string, string | undefined];
    const start = match.index;
    let end = start + first.length + match[0].slice(first.length).indexOf(second) + second.length;
    const listedPair = worldNames().latinFamily.has(second);
    const familyFirst = !givenName(first) && listedFamily(first) && givenName(second);
    // In a Japanese sentence a listed family name that is an English word too is the name's (担当を Hannah Lee に, CS
    // Grace Young、): English prose around it would make it the word as often (Anna Rose garden).
    const family = familyName(second) || (listedPair && !isThing(second) && JAPANESE_AFTER.test(shadow.slice(end, end + 2)));
    if ((!givenName(first) && !familyFirst && !wordGivenBeforeFamily(first, second, shadow.slice(Math.max(0, start - 8), start)) && !unlistedGivenFillingCell(first, second, shadow, start, match[0])) || PLACE_FIRST.test(first) || !family || knownPhrase(first, second) || (!listedPair && bothRomaji(first, second)) || unknownAfterRomajiGiven(first, second, shadow.slice(end, end + 16)) || writtenSmall(shadow, first) || writtenSmall(shadow, second) || DETERMINER_BEFORE.test(shadow.slice(Math.max(0, start - 6), start)) || VENUE_BEFORE.test(shadow.slice(Math.max(0, start - 16), start)) || isDistrictBeforeCity(shadow, start, end) || isInHongKongPlace(shadow, start, end) || isLanguageName(shadow, start, end)) {
      // The second word may start the next pair (Dear Tomasz Wiśniewski): step back onto it.
      WORDS.lastIndex = start + match[0].indexOf(second, first.length);
      continue;
    }
    const afterThird = shadow.slice(start + match[0].length, start + match[0].length + 4);
    if (third !== undefined && ((worldNames().latinFamily.has(third) && (familyName(third) || placeFamilyEndingField(third, afterThird))) || romajiFamilyAfterPair(third, afterThird) || (familyFirst && secondGivenEndingField(third, afterThird)))) end = start + match[0].length;
    const after = shadow.slice(end, end + 30);
    const next = THING_AFTER.exec(after)?.[1];
    if ((next !== undefined && isThing(next)) || firmAfterName(after, { ampersandAlone: !fullNameAfterAmpersand(after) })) continue;
    const before = WORD_BEFORE.exec(shadow.slice(Math.max(0, start - 30), start));
    const firstGiven = before !== null && (firstGivenName(before[1]!) || verbGivenInSentence(before[1]!, shadow.slice(Math.max(0, start - before[0].length - 8), start - before[0].length)));
    const from = firstGiven && (spans.at(-1)?.end ?? 0) <= start - before[0].length ? start - before[0].length : start;
    spans.push({ start: from, end });
    WORDS.lastIndex = end;
  }
  return spans;
}

/**
 * A name alone: a lexicon's first name that is no word, a Vietnamese given name (Trinh), or a Japanese given name or
 * surname in romaji (Kenta, Usami).
 */
const loneName = (word: string): boolean => {
  if (isThing(word) || isEnglishWord(word)) return false;
  if (worldNames().latinGiven.has(word) || VIETNAMESE_GIVEN_NAMES.has(word)) return true;
  const reads = readsAsParts(word);
  return reads.given || reads.surname;
};

const NAME = `(?<name>${WORD})`;
/**
 * Where a clause starts: the text's or a line's start, after a stop, a colon, a bar or a tag, or a list's bullet; after a
 * Japanese sentence's end or opening quote too, as a note that mixes the two writes (…伝えます。Chitose will text you, 伝言「Oriane
 * will come」).
 */
const CLAUSE_START = "(?:^|(?<=[.!?;:>|。！？「『][ \\t　]*|^[ \\t]*[-*•][ \\t]+))";
/**
 * A person's role or team beside a lone name: a team or department in brackets after it (Kwame (IT), Kenta (billing
 * team)), 担当 after it (Priscila 担当), an executive's or a supervisor's title, a colleague or a tradesperson sent out
 * before it (CTO Benedikt, SV Usami's approval, my colleague Kenta, technician Liam, the plumber Declan), a staff member's job in Japanese before it (インストラクター Sofia), a contact's
 * e-mail in brackets after it (Chiamaka (chiamaka.n@…)), a family member's word in Japanese before it (娘 Anika), a
 * request to the person in Japanese after it (Declan に頼んで), a person's verb after it at a clause's start (Natalie asked),
 * a pronoun in brackets after it (Bence (he left)), a person's belonging after its possessive (Anil's laptop), a pronoun
 * before it in Japanese (彼女は Emily です).
 */
export const TEAM = "IT|HR|PR|QA|CS|Legal|Finance|Accounts|Payroll|Billing|Sales|Support|Ops|Operations|Security|Facilities|Procurement|Reception|Admin|Engineering|Marketing|Logistics";
const ROLE = "CEO|CTO|CFO|COO|CIO|CISO|CPO|CMO|VPoE|VP|SV|PM|PdM|EM|TL|[Cc]olleague|[Ss]upervisor|[Mm]anager|[Tt]eam lead|[Tt]echnician|[Mm]echanic|[Pp]lumber|[Ee]lectrician|[Ii]nspector";
const VERB = "asked|wants|said|flagged|spotted|noticed|says|wrote|suggested|requested|confirmed|agreed|promised|mentioned|noted|left|forgot|called|phoned|emailed|visited|arrived|complained|sent|booked|fixed|joined|covered|brought|will";
/**
 * A staff member's job in Japanese before their name (インストラクター Sofia, 担当 Bruno, 管理員 Ferreira, サポート Trinh), a
 * hired hand's too (カメラマン Kiko, 通訳 Aigerim, シッター Maribel).
 */
const STAFF_JA = "インストラクター|トレーナー|コーチ|スタッフ|ドライバー|講師|看護師|担当者?|係員?|店員|管理員|管理人|清掃員|警備員|サポート|カメラマン|フォトグラファー|通訳|シッター|ヘルパー";
/** A family member's word in Japanese before their name (娘 Anika（6）, 夫 Marco が). */
const KIN_JA = "娘|息子|長男|長女|次男|次女|三男|三女|妻|夫|母|父|兄|姉|弟|妹|孫|祖母|祖父";
/**
 * A request or a word passed on to a person, in Japanese, after their name (Declan に頼んで, Priya に確認, Tom から聞いた), or
 * what one writes or calls in their stead (Nhung の代わりに書きます).
 */
const ASKED_JA = "に(?:頼|聞|伝え|確認|相談|連絡|依頼|お願い|渡)|から(?:聞|連絡|電話)|の(?:代わりに|代理で)(?:書|連絡|返信|電話|申し込|応募|記入)";
/** A person's pronoun opening a note in brackets after their name (Bence (he left us in October), Ana (she/her)). */
const PRONOUN_NOTE = "[(（](?:he|she|they|his|her|their)(?![A-Za-z])";
/** A person's own things and kin after a name's possessive (Bence's laptop, Anil's account, Dana's husband). */
const BELONGING =
  "laptop|notebook|PC|computer|phone|mobile|desk|seat|account|mailbox|inbox|email|e-mail|login|password|badge|licen[cs]e|car|bike|wife|husband|partner|son|daughter|mother|father|mom|mum|dad|kids?|children|birthday|address|contract";
/**
 * Where a person comes from or how they are employed, in a note after the name (Ariunaa（派遣、モンゴル出身）, Angon
 * Chowdhury、バングラデシュ出身): 出身 is said of people, and these contracts are people's.
 */
const ORIGIN_OR_CONTRACT_NOTE = "[ \\t]*(?:[（(、,][^()（）\\n]{0,16}出身|[（(](?:派遣|パート|アルバイト|バイト|契約社員|正社員|業務委託|フリーランス|個人事業主|インターン|技能実習生?|研修生|留学生))";
/** A family name given after 姓は, 苗字は or 名字は (姓は Batbold, 苗字は Okafor です). */
const FAMILY_NAME_LABEL_JA = "(?:姓|苗字|名字)は";
/** A pronoun for a person before は and the name, in a Japanese sentence (彼女は Emily です, 彼の名前は Marco). */
const PRONOUN_JA = "彼女?(?:は|の名前は)";
/** What follows two people joined by と: a particle a person takes, or an honorific. */
const PAIR_GOES_ON = "が|は|も|の|に|を|さん|様";
/** Each cue with the literal words it holds, tested first: most texts hold brackets or 担当 with no Latin name beside. */
const LONE_NAME_CUES: readonly [gate: RegExp, cue: RegExp][] = [
  [new RegExp(`[(（](?:${TEAM}|[A-Za-z]+ team)[)）]`), new RegExp(`(?<![\\p{L}\\p{N}'’.@_-])${NAME}[ \\t]*[(（](?:${TEAM}|[a-z]+ team|[A-Z][a-z]+ team)[)）]`, "gu")],
  [/[a-z][ \t　]?担当/, new RegExp(`(?<![\\p{L}\\p{N}'’.@_-])${NAME}[ \\t　]?担当`, "gu")],
  [new RegExp(`(?:${ROLE})[ \\t]+[A-Z]`), new RegExp(`(?<![\\p{L}\\p{N}])(?:${ROLE})[ \\t]+${NAME}(?:['’]s)?(?![\\p{L}\\p{N}@_-]|[ \\t]+\\p{Lu})`, "gu")],
  // An e-mail address in brackets after the name, as a contact is written (his assistant Chiamaka (chiamaka.n@…)).
  [/[(（][\w.+-]+@/, new RegExp(`(?<![\\p{L}\\p{N}'’.@_-])${NAME}[ \\t]*[(（](?=[\\w.+-]+@)`, "gu")],
  [new RegExp(`(?:${KIN_JA})[ \\t　]+[A-Z]`), new RegExp(`(?<![\\p{Script=Han}])(?:${KIN_JA})[ \\t　]+${NAME}(?![\\p{L}\\p{N}@_-]|[ \\t]+\\p{Lu})`, "gu")],
  [new RegExp(`[a-z][ \\t]?(?:${ASKED_JA})`), new RegExp(`(?<![\\p{Script=Latin}\\p{N}'’.@_-])${NAME}[ \\t]?(?:${ASKED_JA})`, "gu")],
  // Two names joined by と before a person's particle, in a Japanese sentence (Connor と Yuki が退職).
  [/[a-z][ \t　]?と[ \t　]?[A-Z]/, new RegExp(`(?<![\\p{L}\\p{N}'’.@_-])${NAME}[ \\t　]?と[ \\t　]?${WORD}[ \\t　]?(?:${PAIR_GOES_ON})`, "gu")],
  [/[a-z][ \t　]?と[ \t　]?[A-Z]/, new RegExp(`(?<![\\p{L}\\p{N}'’.@_-])${WORD}[ \\t　]?と[ \\t　]?${NAME}[ \\t　]?(?:${PAIR_GOES_ON})`, "gu")],
  // A name joined to the writer by と (ログインは私と Hemi だけ, 僕と Kai で行きます): the writer's companion, a person.
  [/(?:私|僕|わたし|自分)と[ \t　]?[A-Z]/, new RegExp(`(?:私|僕|わたし|自分)と[ \\t　]?${NAME}(?![\\p{L}\\p{N}@_-]|[ \\t]+\\p{Lu})`, "gu")],
  [new RegExp(PRONOUN_NOTE), new RegExp(`(?<![\\p{L}\\p{N}'’.@_-])${NAME}[ \\t]*${PRONOUN_NOTE}`, "gu")],
  [new RegExp(`['’]s[ \\t]+(?:${BELONGING})(?![A-Za-z])`), new RegExp(`(?<![\\p{L}\\p{N}'’.@_-])${NAME}['’]s[ \\t]+(?:${BELONGING})(?![A-Za-z])`, "gu")],
  [new RegExp(`${PRONOUN_JA}[ \\t　]*[A-Z]`), new RegExp(`${PRONOUN_JA}[ \\t　]*${NAME}(?![\\p{L}\\p{N}@_-]|[ \\t]+\\p{Lu})`, "gu")],
  // A name joined by "and" to the one written to or the writer (could you and Ayane join, Daigo and I will come, me and
  // Rustam): two people.
  [/(?:[Yy]ou|[Mm]e) and [A-Z]/, new RegExp(`(?<![\\p{L}])(?:[Yy]ou|[Mm]e)[ \\t]+and[ \\t]+${NAME}(?![\\p{L}\\p{N}@_'’-]|[ \\t]+\\p{Lu})`, "gu")],
  [/[a-z] and (?:I|me)\b/, new RegExp(`(?<![\\p{L}\\p{N}'’.@_-])${NAME}[ \\t]+and[ \\t]+(?:I|me)(?![\\p{L}])`, "gu")],
  [new RegExp(`[a-z] (?:${VERB})\\b`), new RegExp(`${CLAUSE_START}${NAME}[ \\t]+(?:${VERB})\\b`, "gmu")],
];

/**
 * Cues only a person stands by, so that any word of no English dictionary, thing or place is the name, listed or not
 * (Ariunaa（派遣、モンゴル出身）, 姓は Batbold).
 */
const PERSON_ONLY_CUES: readonly [gate: RegExp, cue: RegExp][] = [
  [/出身|派遣|パート|バイト|契約社員|正社員|業務委託|フリーランス|個人事業主|インターン|実習生|研修生|留学生/, new RegExp(`(?<![\\p{L}\\p{N}'’.@_-])${NAME}(?=${ORIGIN_OR_CONTRACT_NOTE})`, "gu")],
  [new RegExp(`${FAMILY_NAME_LABEL_JA}[ \\t　]*[A-Z]`), new RegExp(`${FAMILY_NAME_LABEL_JA}[ \\t　]*${NAME}(?![\\p{L}\\p{N}@_-]|[ \\t]+\\p{Lu})`, "gu")],
];

/**
 * A family member's name of two or three Latin words after the kin's word in Japanese (兄 Zaw Min Htet、, 母 Maria Luisa
 * Santos が), whatever the lists know: no word of it a thing's or a place's.
 */
const KIN_FULL_NAME = new RegExp(`(?<![\\p{Script=Han}])(?:${KIN_JA})[ \\t　]+(?<name>${WORD}(?:[ \\t]+${WORD}){1,2})(?![\\p{L}\\p{N}@_-]|[ \\t]+\\p{Lu})`, "dgu");
/**
 * A party to a tenancy, a contract or an application named by the party's word in Japanese (前の入居者は Tuvshin Erdene、,
 * 契約者 Ama Owusu さん, 名義人：Rahul Varma。), two or three Latin words closing the clause: the word says a person follows.
 */
const PARTY_JA = "入居者|契約者|申込者|申請者|名義人|借主|貸主|家主|大家|所有者|依頼者|世帯主|飼い主|持ち主";
const PARTY_FULL_NAME = new RegExp(
  `(?:${PARTY_JA})(?:は|が|[:：])?[ \\t　]*(?<name>${WORD}(?:[ \\t]+${WORD}){1,2})(?=[ \\t]?(?:[、。,，（(]|さん|様|氏|です|$))`,
  "dgmu",
);
const fullNamesAfter = (pattern: RegExp) => (shadow: string): Span[] =>
  matchesOf(pattern, shadow).flatMap((match) => {
    const words = match.groups!.name!.split(/[ \t]+/);
    const [start, end] = match.indices!.groups!.name!;
    // A middle name may be a word too (Zaw Min Htet); the first and the last are not (兄 Apple Watch, 母 Mark Smith).
    const wordy = words.some((word) => isThing(word) || isPlaceName(word)) || [words[0]!, words.at(-1)!].some(isEnglishWord);
    return wordy ? [] : [{ start, end }];
  });

/**
 * A message signed on its last line by a name and the writer's role in brackets (Okonkwo (RA), Ōsuga (front desk)), or
 * closed by the name and the role together in brackets ((Ōsuga, office)): a word no dictionary or list of things holds.
 */
const SIGNED_WITH_ROLE = new RegExp(`(?:(?<=^|\\n)[ \\t]*(?<name>${WORD})[ \\t]*[(（][A-Za-z][A-Za-z &/-]{0,19}[)）]|[(（](?<inside>${WORD}),[ \\t]*[A-Za-z][A-Za-z &/-]{0,19}[)）])[ \\t]*$`, "dgu");
function findSignedWithRole(shadow: string): Span[] {
  return matchesOf(SIGNED_WITH_ROLE, shadow).flatMap((match) => {
    const group = match.groups!.name !== undefined ? "name" : "inside";
    const word = match.groups![group]!;
    const [start, end] = match.indices!.groups![group]!;
    return isThing(word) || isEnglishWord(word) || isPlaceName(word) ? [] : [{ start, end }];
  });
}

/** A staff member's job in Japanese before the name: staff go by the family name too (管理員 Ferreira). */
const STAFF_NAME_CUE: [gate: RegExp, cue: RegExp] = [new RegExp(`(?:${STAFF_JA})[ \\t　]+[A-Z]`), new RegExp(`(?:${STAFF_JA})[ \\t　]+${NAME}(?![\\p{L}\\p{N}@_-]|[ \\t]+\\p{Lu})`, "gu")];
/**
 * A state or a turn after a name at a clause's start, a note in brackets between perhaps (Ezinne was the other candidate,
 * Chioma (the referral) gets the bonus, Fionnuala covers Sunday), before another name and a verb, and the next of a
 * weekday rota after it (…, Ravi Monday): a place is as often said so (Paris was lovely), so no place's name.
 */
const WEEKDAY = "(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day";
const TURN_VERB = "was|is|gets|got|covers|takes|did|does|has|had";
/** The verbs two people joined by "and" take: not one of one subject, a work's title's (work-title-pairs.ts). */
const PAIR_VERB = [...VERB.split("|"), ...TURN_VERB.split("|")].filter((verb) => !ONE_SUBJECT_VERB.test(verb)).join("|");
const STATE_OR_TURN_CUES: readonly [gate: RegExp, cue: RegExp][] = [
  [
    new RegExp(`[a-z)][ \\t](?:${TURN_VERB})\\b`),
    new RegExp(`${CLAUSE_START}${NAME}(?:[ \\t]*\\([a-z][^()\\n]{0,30}\\))?[ \\t]+(?:${TURN_VERB})\\b`, "gmu"),
  ],
  // Two people opening the clause, joined by "and" (Caoimhe and Tadhg asked, Hyunwoo and Marguerite did the loop): the
  // first here, the second by the rule that joins a name to a found one.
  [
    /[a-z][ \t]+(?:and|&)[ \t]+[A-Z]/,
    new RegExp(`${CLAUSE_START}${NAME}[ \\t]+(?:and|&)[ \\t]+${WORD}[ \\t]+(?:${PAIR_VERB})\\b`, "gmu"),
  ],
  [
    new RegExp(`(?:covers|takes|works)[ \\t]+${WEEKDAY},`),
    new RegExp(`(?<=(?:covers|takes|works)[ \\t]+${WEEKDAY}(?:,[ \\t]*${WORD}[ \\t]+${WEEKDAY})*,[ \\t]*(?:and[ \\t]+)?)${NAME}[ \\t]+${WEEKDAY}`, "gu"),
  ],
];
const nameNoPlace = (word: string): boolean => loneName(word) && !isPlaceName(word);

const staffName = (word: string): boolean => loneName(word) || (worldNames().latinFamily.has(word) && familyName(word) && !isPlaceName(word));

function findLoneNames(cue: RegExp, isName: (word: string) => boolean = loneName): (shadow: string) => Span[] {
  return (shadow) =>
    [...shadow.matchAll(cue)].flatMap((match) => {
      const name = match.groups!.name!;
      const start = match.index + match[0].indexOf(name);
      return isName(name) && !voiceAssistantAtWork(name, shadow.slice(start + name.length, start + name.length + 80)) ? [{ start, end: start + name.length }] : [];
    });
}

/**
 * A field that holds only a family name, a comma and the given names, as a register or a patient list writes them
 * (／Sørensen, Mette／, | Haddad, Layla Noor |, a mail header's "SCHMIDT, Katharina"), or a Japanese sentence that names a
 * foreigner so (参加者は Rivera, Camila さん, 監修：Cheng, Ivy（税理士）), or ends a line of a Japanese sentence with it
 * (— 本部IT Kapoor, Rohan), a middle initial closing it (Brennan, Colleen M.), a mail's address after it (From: Delgado,
 * Marisol T. <…>), a list's bullet before it (- Santos, Noel B. — 口座): the family name listed and no English word,
 * the first given name listed or no word, or both read as a Japanese name in romaji (Fujimoto, Akira); a family name of
 * two parts joined by a particle too, its first part no word (| Ferreira da Silva, João Pedro |). A line's,
 * a cell's or a Japanese word's edge before and after it: "Sorry, Anna" or "Paris, France" in an English sentence is
 * no field.
 */
const JAPANESE = "\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}ー";
/** A particle inside a family name of two parts (Ferreira da Silva, Kok van der Berg), its first part read as the family name's. */
const FAMILY_PARTICLE = "(?:da|das|de|del|della|di|do|dos|du|van|von|van der|van den|de la)";
const FIELD_SURNAME_FIRST = new RegExp(
  `(?:^|(?<=[／/|\t:："“「『${JAPANESE}]|\\d,|[ \t]{2}|^[ \t]*(?:[-*][ \t]|[•・][ \t]?))|(?<=[${JAPANESE}][^\\n]*[ \t])(?=[^\\n]*$))[ \t　]*(?<name>(?:(?<lead>${WORD})[ \t]+${FAMILY_PARTICLE}[ \t]+)?(?<family>${WORD}|\\p{Lu}{2,}),[ \t]*(?<given>${WORD})(?:[ \t]+${WORD}){0,2}(?:[ \t]+\\p{Lu}\\.)?)[ \t]*(?=$|[／/|\t(（,，、;"”」』　<${JAPANESE}]|[ \t]-[ \t]|(?<=[ \t])[+\\d\\[])`,
  "dgmu",
);
/** A family name in capitals, as a passport or a mail header writes it (SCHMIDT), read as the lexicon lists it. */
const capitalised = (word: string): string => (/^\p{Lu}+$/u.test(word) ? word.charAt(0) + word.slice(1).toLowerCase() : word);
/**
 * A first given name after a listed family name and a comma: one that is an English word too is a name here (Cheng,
 * Ivy), and so is one the lists lack that is no word and no place (Reyes, Maricel).
 */
const givenAfterFamily = (word: string): boolean => (worldNames().latinGiven.has(word) || !isEnglishWord(word)) && !isThing(word);

/**
 * A family name the lists lack before a comma and a given name they hold (Holloway, Grace; Tsuji-Whitfield, Naomi):
 * each of its words, hyphened too, no English word, thing or place; or a double family name (Adeyemi-Cole, Tobi); or a
 * firm's word (Ford, Harrison).
 */
const unlistedFamilyBeforeGiven = (family: string, given: string): boolean =>
  (worldNames().latinGiven.has(given) && family.split("-").every(isNameOnlyWord)) ||
  doubleFamilyBeforeGiven(family, given) ||
  firmWordFamilyBeforeGiven(family, given) ||
  romajiFamilyBeforeGiven(family, given);
/**
 * A double family name joined by a hyphen, a part of it listed, before a given name the lists lack (Adeyemi-Cole, Tobi;
 * Okafor-Lindqvist, Emeka): the hyphened family says it is a name; no part and no given name an English word or a place,
 * and the two parts no firm the lexicon knows (Coca-Cola, Sprite).
 */
const doubleFamilyBeforeGiven = (family: string, given: string): boolean => {
  const parts = family.split("-");
  return parts.length === 2 && parts.some((part) => worldNames().latinFamily.has(part)) && [...parts, given].every(isNameOnlyWord) && !knownPhrase(parts[0]!, parts[1]!);
};
/** A Japanese surname and given name in romaji (Tsutsumi, Kazuhiro), neither an English word nor a place. */
const romajiFamilyBeforeGiven = (family: string, given: string): boolean =>
  readsAsParts(family).surname && readsAsParts(given).given && ![family, given].some((word) => isEnglishWord(word) || isPlaceName(word));
/**
 * A listed family name that is a place's too, in capitals as a register writes it (MENDOZA, Carlos Jose; LIMA, Ana
 * Beatriz), before a listed given name: a place and its country or state (Paris, France; MENDOZA, Argentina) have none,
 * and two places in common case (Lima, Santiago) are no register's.
 */
const placeAsFamily = (family: string, given: string): boolean =>
  /^\p{Lu}{2,}$/u.test(family) &&
  isPlaceName(capitalised(family)) && worldNames().latinFamily.has(capitalised(family)) && worldNames().latinGiven.has(given) && !isPlaceName(given) && !isThing(given);
/**
 * A listed family name, or one compromise knows only as a family name, and a space before a family name and its comma:
 * the first of a double family name (Ruiz Fernández, Lucía; Condori Huanca, Marta), run into a Japanese sentence too
 * (ボリビア出身のCondori Huanca, Marta さん).
 */
const FIRST_FAMILY_BEFORE = new RegExp(`(?<![\\p{Script=Latin}\\p{N}'’.@_-])(${WORD})[ \t]$`, "u");

function findFieldsSurnameFirst(shadow: string): Span[] {
  return [...shadow.matchAll(FIELD_SURNAME_FIRST)].flatMap((match) => {
    const { lead, family, given, name } = match.groups!;
    if (lead !== undefined && !familyName(lead)) return [];
    const words = name!.split(/[\s,]+/).filter((word) => /^\p{Lu}/u.test(word));
    // A Chinese or Korean family name may be a place's word too (Park, Ji-hoon): the hyphened given name says whose.
    const eastAsian = lead === undefined && isEastAsianFamilyCommaGiven(family!, given!);
    const named = eastAsian || (listedFamily(capitalised(family!)) ? givenAfterFamily(given!) : unlistedFamilyBeforeGiven(family!, given!) || placeAsFamily(family!, given!));
    // A given name that is a firm's (Dell, Lexus) makes the field a list of firms (| Hewlett-Packard, Dell |).
    const thingOrPlace = (word: string, index: number): boolean =>
      !(eastAsian && index === 0) && (isThing(capitalised(word)) || (isPlaceName(capitalised(word)) && !(index === 0 && placeAsFamily(word, given!))));
    if (!named || isFirmName(given!) || words.some(thingOrPlace)) return [];
    const [start, end] = match.indices!.groups!.name!;
    const first = FIRST_FAMILY_BEFORE.exec(shadow.slice(Math.max(0, start - 20), start))?.[1];
    return [{ start: first !== undefined && (listedFamily(first) || lastNameOnly(first)) ? start - first.length - 1 : start, end }];
  });
}

/**
 * An e-mail address's local part of two words or more (deepa.krishnan.jp@, anna_kowalska@), its @ written out against
 * harvesters too (anna.kowalska (at) …, anna.kowalska[at]…).
 */
const SPELLED_LOCAL_PART = /(?<![\w.+-])([a-z]{2,}(?:[._-][a-z0-9]+)+)(?:@|[ \t]?[(\[]at[)\]])/g;

/**
 * Two capitalised words that an e-mail address of the same text spells, in either order (Deepa Krishnan …
 * deepa.krishnan.jp@…): the address's owner, whatever the lexicon knows. Not words of the dictionary or things' words
 * (Support Team … support.team@).
 */
function namesSpelledByAddresses(shadow: string): Span[] {
  const spans: Span[] = [];
  for (const [, local] of shadow.matchAll(SPELLED_LOCAL_PART)) {
    const parts = local!.split(/[._-]/).filter((part) => /^[a-z]{2,}$/.test(part));
    for (let index = 0; index + 1 < parts.length; index++) {
      const words = [parts[index]!, parts[index + 1]!].map((part) => part.charAt(0).toUpperCase() + part.slice(1));
      if (words.some((word) => isThing(word) || isEnglishWord(word))) continue;
      for (const [first, second] of [words, [...words].reverse()]) {
        const name = new RegExp(`(?<![\\p{L}\\p{N}.@_-])${first}[ \\t]+${second}(?![\\p{L}\\p{N}@_-])`, "gu");
        for (const match of shadow.matchAll(name)) spans.push({ start: match.index, end: match.index + match[0].length });
      }
    }
  }
  return spans;
}

/**
 * Read before the other name rules, so the whole name is one finding: a given name's own cue would take it alone
 * (Camila さん, | Ferreira, Joana Beatriz |).
 */
export const LATIN_FIELD_SURNAME_FIRST: PiiDetector = gated(/\p{L}, ?\p{Lu}/u, { type: "PERSON", find: findFieldsSurnameFirst });

/** A listed first name and a last name side by side (Mateus Carvalho, Hamid Rostami). */
export const LISTED_NAME_PAIRS: PiiDetector = gated(/\p{Lu}\p{Ll}+[ \t]+\p{Lu}\p{Ll}/u, { type: "PERSON", find: findPairs });

export const LEXICON_LATIN_NAME_DETECTORS: readonly PiiDetector[] = [
  LISTED_NAME_PAIRS,
  // Gated on an address's separator before its @: most texts hold no address, and most addresses one word.
  gated(/[a-z][._-][a-z0-9]+(?:@|[ \t]?[(\[]at[)\]])/, { type: "PERSON", find: namesSpelledByAddresses }),
  ...LONE_NAME_CUES.map(([gate, cue]) => gated(gate, { type: "PERSON", find: findLoneNames(cue) })),
  ...PERSON_ONLY_CUES.map(([gate, cue]) => gated(gate, { type: "PERSON", find: findLoneNames(cue, isNameOnlyWord) })),
  gated(STAFF_NAME_CUE[0], { type: "PERSON", find: findLoneNames(STAFF_NAME_CUE[1], staffName) }),
  ...STATE_OR_TURN_CUES.map(([gate, cue]) => gated(gate, { type: "PERSON", find: findLoneNames(cue, nameNoPlace) })),
  gated(/[)）][ \t]*$/, { type: "PERSON", find: findSignedWithRole }),
  // Small letters of any Latin script: a Vietnamese name's tone marks (娘 Bảo Ngọc) are letters no [a-z] holds.
  gated(new RegExp(`(?:${KIN_JA})[ \\t　]+\\p{Lu}\\p{Ll}+[ \\t]+\\p{Lu}`, "u"), { type: "PERSON", find: fullNamesAfter(KIN_FULL_NAME) }),
  gated(new RegExp(`(?:${PARTY_JA})(?:は|が|[:：])?[ \\t　]*\\p{Lu}\\p{Ll}+[ \\t]+\\p{Lu}`, "u"), { type: "PERSON", find: fullNamesAfter(PARTY_FULL_NAME) }),
];
