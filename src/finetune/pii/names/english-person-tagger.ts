import { createRequire } from "node:module";
import { US_STATES } from "../contacts/contact-detectors.js";
import { gated, type Found, type PiiDetector, type Span } from "../detector.js";
import { CHAIN_GOODS_AFTER_POSSESSIVE, FIRM_OR_THING_WORD, firmAfterName, NOUN_FORM, ORGANISATION_WORD, TITLE_WORD, VOICE_ASSISTANT } from "../lexicon/firm-words.js";
import { PLACE_SUFFIX_AFTER } from "../addresses/romaji-city-cues.js";
import { romajiReadings } from "../lexicon/romaji-reading.js";
import type { SpanIndex } from "../span-index.js";
import { voiceAssistantAtWork } from "../context/voice-assistant-at-work.js";
import { packedGoods } from "../look-alikes/packed-goods.js";
import { inWorkTitlePair } from "./work-title-pairs.js";
import { worldNames } from "../lexicon/world-name-lexicon.js";
import { fullNameAfterAmpersand, fullNameBeforeAmpersand } from "./ampersand-joined-names.js";

/**
 * English names with no cue beside them (Ingrid Solberg left on 30 November; Gavin said …), by compromise's person
 * tagger, which reads a first name from its lexicon and a surname from the grammar around it. compromise reads about
 * 70 KB/s, so it only sees the sentences that hold a capitalised word its lexicon lists as a first name.
 */

interface Compromise {
  (text: string): { people(): { json(options: { offset: true; terms: true }): { terms: { offset: { start: number; length: number } }[] }[] } };
  model(): { one: { lexicon: Record<string, string | string[]> } };
}

// Loaded on the first sentence that needs it: most builds hold no English first name, and loading costs ~100 ms.
let loaded: { nlp: Compromise; firstNames: Set<string>; lexicon: Record<string, string | string[]> } | undefined;
function tagger(): { nlp: Compromise; firstNames: Set<string>; lexicon: Record<string, string | string[]> } {
  if (loaded !== undefined) return loaded;
  const nlp = createRequire(import.meta.url)("compromise") as Compromise;
  const firstNames = new Set<string>();
  const lexicon = nlp.model().one.lexicon;
  for (const [word, tags] of Object.entries(lexicon)) {
    if (!/^[a-z]{2,}$/.test(word)) continue;
    if ((Array.isArray(tags) ? tags : [tags]).some((tag) => tag === "MaleName" || tag === "FemaleName" || tag === "FirstName")) firstNames.add(word);
  }
  return (loaded = { nlp, firstNames, lexicon });
}

/** compromise's tags of a word (["Comparative"] for brown, ["Person"] for Hamid), none if its lexicon lacks it (Rostami). */
export function lexiconTags(word: string): readonly string[] {
  const tags = tagger().lexicon[lexiconForm(word)];
  return tags === undefined ? [] : Array.isArray(tags) ? tags : [tags];
}

const NAME_TAG = /^(?:MaleName|FemaleName|FirstName|LastName|Person)$/;
/** Whether compromise's lexicon knows a word as a place's and not a name's (Tokyo, Japan, California; not Jordan, Sydney). */
export const isPlaceName = (word: string): boolean => {
  const tags = lexiconTags(word);
  return tags.some((tag) => /^(?:City|Country|Region|Place)$/.test(tag)) && !tags.some((tag) => NAME_TAG.test(tag));
};
/** Whether compromise's lexicon knows a word as a firm's (Dell, Nike, Lexus, Avis), though the lists hold it as a given name. */
export const isFirmName = (word: string): boolean => lexiconTags(word).includes("Organization");
/** Whether a word is an English one too (brown, will, august, grant; not Hamid, Tomasz): compromise's lexicon tags it so, or it is a name that is a word. */
export const isEnglishWord = (word: string): boolean => COMMON_WORD_NAME.test(word) || lexiconTags(word).some((tag) => !NAME_TAG.test(tag));

/**
 * First names that are also common English words (Grant access, Mark as read, Will you, Chase the invoice): alone
 * they are a name only before a person's verb (Grant said), and a form's label is the word (Buddy: Lena Fischer).
 */
export const COMMON_WORD_NAME =
  /^(?:Buddy|Grant|Mark|Will|May|Bill|Rose|Pat|Sue|Jack|Chase|Chuck|Rob|Drew|Grace|Skip|Wade|Pierce|Spike|Blaze|Blossom|Buck|Foster|Lance|Mack|Marshal|Nick|Peg|Stew|Don|Art|Ray|Dawn|Hope|Faith|Joy|Amber|Ruby|Summer|Hunter|Max|Frank|Gene|Jean|Guy|Eve|Lily|Iris|Ivy|Penny|Sandy|Rusty|Dusty|Bob|Carol|Kim|Ollie|Morgan|Kendall|Shelby|Devon|Blair|Kerry|Charlie|Lee|Mel|Jude|Marion|Casey|Quinn|Regan|Shay|Syd)$/;
/** A person's verb after a lone name (Gavin said, Fiona asked). */
export const PERSON_VERB =
  /^[ \t]*(?:said|says|asked|asks|wrote|writes|told|tells|called|calls|replied|replies|confirmed|explained|mentioned|left|joined|agreed|noted|reported|emailed|phoned|rang|visited|interviewed|thanked|complained|requested|resigned|signed|arrived|promised|suggested|insisted|refused|apologised|apologized)\b/;

/** A street's, a building's or a place's word in or after the span (Nguyen Hue Boulevard); not Park, Hall, Lane: surnames too. */
export const PLACE_WORD =
  /^(?:Street|St|Road|Rd|Boulevard|Blvd|Avenue|Ave|Drive|Parkway|Terrace|Highway|Square|Ward|District|Bridge|Market|School|University|Hospital|Building|Tower|Station|Airport|Hotel|Church|Temple|Shrine|Castle|Museum|Library|Gardens?)$/;

/**
 * A place named after a person whose name runs on through a particle (Leonardo da Vinci airport, Vincent van Gogh Museum,
 * Charles de Gaulle Airport): the particle, the family name, then a place's word, written small too.
 */
const PARTICLE_THEN_WORDS = /^(?:[ \t]+(?:da|de|di|del|della|du|van|von|der|den|ter|le|la))+((?:[ \t]+[\p{L}'’-]+){1,4})/u;
const placeNamedAfter = (after: string): boolean => {
  const words = PARTICLE_THEN_WORDS.exec(after)?.[1]!.trim().split(/[ \t]+/) ?? [];
  const place = words.findIndex((word) => PLACE_WORD.test(word.charAt(0).toUpperCase() + word.slice(1)));
  return place >= 1 && words.slice(0, place).every((word) => /^\p{Lu}/u.test(word));
};

/** A place's first word that is a first name too (Santa Clara, San Marco, São Tomé, Santo Domingo). */
export const PLACE_FIRST = /^(?:Santa|Santo|San|São|Sankt|Saint|Sainte|Puerto|Porto|Costa|Monte|Mont|Rio|Villa|Ciudad|Nueva|Nuevo|Bad|Den|Las|Los|Port|Fort|Lake|Mount|Cape|Isla|Ile|Île)$/;

/**
 * A place's first word right before the span (Santa| Clara), or a saint's, a mount's or a fort's abbreviated (St. Louis,
 * Mt. Hood, Ft. Worth): the span is the place's second word, no one's.
 */
const PLACE_FIRST_BEFORE = new RegExp(`(?<!\\p{L})(?:${PLACE_FIRST.source.slice(1, -1)}|(?:St|Ste|Mt|Ft)\\.)[ \\t]+$`, "u");
/** An ampersand right before the span: a firm's second partner (Marks & Spencer, Procter & Gamble), as one before it is its first. */
const AMPERSAND_BEFORE = /&[ \t]*$/;

/**
 * A word between a number and a chome's number is an address's part (Chapter 3 Jo 4 Chome, Kita 3 Jo Nishi 4 Chome:
 * Sapporo's 条), not the name Jo.
 */
const NUMBER_BEFORE = /\d[ \t-]*$/;
const CHOME_AFTER = /^[ \t-]+(?:[A-Z][a-z]+[ \t]+)?\d{1,2}[ \t-]*[Cc]h[oō]me(?![a-z])/;

/** An office's or a branch's word closing a bracket after the words: (sales office), (Tokyo office), (Osaka branch), (HQ). */
const OFFICE_IN_BRACKETS_AFTER = /^[ \t]?[(（](?:[^()（）\n]{0,30}[ \t])?(?:[Oo]ffice|[Bb]ranch|HQ|[Hh]eadquarters|[Ss]ite|[Dd]epot|[Ww]arehouse|[Pp]lant|[Ff]actory|[Ss]tore|[Cc]ampus|[Ss]howroom)[)）]/;
/** A word that names where a place is or what it is (Grand Central, North Point, Harbour City); not Park or Hill: surnames too. */
const PLACE_DESCRIPTOR = /^(?:North|South|East|West|Central|Upper|Lower|Greater|Downtown|Midtown|Uptown|Harbour|Harbor|Heights|Valley|Plaza|City)$/;
const isPlaceWord = (word: string): boolean => isPlaceName(word) || PLACE_WORD.test(word) || PLACE_DESCRIPTOR.test(word);

/**
 * Whether words before an office's or a branch's word in brackets name the place the office is at (Santa Clara (sales
 * office), Grand Central (Tokyo office)): a place's first word before another, or a place's word among English ones.
 */
export const placeBeforeOffice = (words: readonly string[], after: string): boolean =>
  OFFICE_IN_BRACKETS_AFTER.test(after) &&
  ((words.length > 1 && PLACE_FIRST.test(words[0]!)) || (words.some(isPlaceWord) && words.every((word) => isPlaceWord(word) || isEnglishWord(word))));

/** An article right before the span: a thing's or a brand's name follows (the Škoda Octavia, a Ford Mustang), no person's. */
const ARTICLE_BEFORE = /(?<![\p{L}])(?:[Tt]he|[Aa]n?)[ \t]+$/u;

/** A model's or a voyage's code after the words (ONE Harmony 112S, Ever Grace 0917E): a ship's or a product's name, no person's. */
const MODEL_CODE_AFTER = /^[ \t]+\d{2,}[A-Z]{1,2}(?![\p{L}\d])/u;

/**
 * A brand in capitals before the words and a model's number after them (ARRI Alexa 35, DJI Mavic 3, SONY Venice 2): a
 * product's name, no person's; an age after a name (ANNA 35 years) is none.
 */
const CAPITALS_BRAND_BEFORE = /(?<![\p{L}\d])\p{Lu}{2,}[ \t]+$/u;
const MODEL_NUMBER_AFTER = /^[ \t]+\d{1,4}(?!\d|[,.:\/-]\d|[ \t]*(?:years?|yrs?|y\.?o\.?|歳|才)(?![\p{L}]))/u;

/**
 * A trade's word before a first name and its possessive (Trader Joe's, Farmer Jack's, Grocer Tom's): a shop named for
 * its keeper, as a sign writes it; a person is named by a title (Captain, Chef) or a kin word, not by a shop's trade.
 */
const SHOP_KEEPER_TRADE = /^(?:Trader|Farmer|Grocer|Baker|Butcher|Fishmonger)$/;
const POSSESSIVE_AFTER = /^['’]s(?!\p{L})/u;

/** A comma and a US state's two letters after a lone name: a city named so (Charlotte, NC; Tyler, TX; Florence, AL). */
const US_STATE_AFTER = new RegExp(`^,[ \\t]*(?:${US_STATES})(?![A-Za-z])`);

/**
 * A voice assistant woken by its name (Hey Alexa, OK Google), or named as the device it is (the assistant Alexa, our
 * smart speaker Alexa, the Alexa app, Alexa skill): a product, though its name is a first name too.
 */
const WOKEN_ASSISTANT = new RegExp(`^${VOICE_ASSISTANT}$`, "u");
const WAKE_WORD_BEFORE = /(?<![\p{L}])(?:Hey|Hi|OK|Okay|Ok|[Aa]ssistant|[Ss]peaker|[Dd]evice|Echo(?: Dot)?)[ \t,]+$/u;
const DEVICE_WORD_AFTER = /^[ \t]+(?:app|skill|skills|device|devices|speaker|routine|routines|account|Echo)\b/;

/** A capitalised word, accents allowed (Léa, Zoë): the lexicon lists first names without them (lea, zoe). */
const CANDIDATE = /(?<![\p{L}'’-])\p{Lu}\p{Ll}+(?!\p{L})/gu;
/** A word as the lexicon spells it: lower case, accents off. */
const lexiconForm = (word: string): string => word.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();

/**
 * Two English words run together, each capitalised (BusStop, PayPal, FaceTime): an app's or a team's name. A name
 * written so joins a particle to a name (MacDonald, DeAngelo, VanHorn), its first part no word of that kind.
 */
const CAMEL_PARTS = /^(?!(?:Mac|Mc|De|Di|Da|Du|Le|La|Van|Von|Der|Den|Ten|Ter)\p{Lu})(\p{Lu}\p{Ll}+)(\p{Lu}\p{Ll}+)$/u;
const englishCompound = (word: string): boolean => {
  const parts = CAMEL_PARTS.exec(word);
  return parts !== null && isEnglishWord(parts[1]!) && isEnglishWord(parts[2]!);
};

const isThingWord = (word: string): boolean => ORGANISATION_WORD.test(word) || FIRM_OR_THING_WORD.test(word) || NOUN_FORM.test(word) || TITLE_WORD.test(word) || englishCompound(word);

/**
 * Whether a sentence holds a capitalised word that compromise's lexicon lists as a first name, outside what earlier
 * detectors masked (most first names in a build are a cued name's, found already).
 */
function holdsFirstName(text: string, offset: number, firstNames: ReadonlySet<string>, found: SpanIndex<Found> | undefined): boolean {
  CANDIDATE.lastIndex = 0;
  for (let match = CANDIDATE.exec(text); match !== null; match = CANDIDATE.exec(text)) {
    const start = offset + match.index;
    if (firstNames.has(lexiconForm(match[0])) && !found?.overlaps({ start, end: start + match[0].length })) {
      CANDIDATE.lastIndex = 0;
      return true;
    }
  }
  return false;
}

/**
 * The sentences of a text with their offsets: lines, cut after a full stop, a question or an exclamation mark. A line
 * that ends without one is a sentence too (a table's row, a signature, a ticket's field). A lone capital's full stop
 * before a capitalised word is a middle initial's (Jonathan P. Whitcombe), not a sentence's end.
 */
function sentences(shadow: string): { text: string; start: number }[] {
  const found: { text: string; start: number }[] = [];
  const cut = /[^\n.!?。！？]+(?:(?<=(?<!\p{L})\p{Lu})\.(?=[ \t]+\p{Lu})[^\n.!?。！？]+)*(?:[.!?。！？]+|(?=\n)|$)/gu;
  for (let match = cut.exec(shadow); match !== null; match = cut.exec(shadow)) found.push({ text: match[0], start: match.index });
  return found;
}

/**
 * A katakana writing in brackets after the words that holds what no word of them reads as romaji (Paulo Yamamoto（パウロ）:
 * パウロ is no reading of Paulo's romaji): a foreign given name's writing, a person's. A dish's or a firm's writing is
 * their romaji read whole (Sakura Mochi（サクラモチ）, Asahi Kasei（アサヒカセイ）).
 */
const KATAKANA_WRITING_AFTER = /^[ \t]?[(（]([\p{Script=Katakana}ー・ 　]{2,})[)）]/u;
function foreignWritingAfter(words: readonly string[], after: string): boolean {
  const writing = KATAKANA_WRITING_AFTER.exec(after)?.[1];
  if (writing === undefined) return false;
  let rest = writing.replace(/[・ 　]/gu, "");
  for (const word of words) {
    const reading = romajiReadings(word)
      .sort((a, b) => b.length - a.length)
      .find((kana) => rest.includes(kana));
    if (reading !== undefined) rest = rest.replace(reading, "");
  }
  return rest.length >= 2;
}

/**
 * A first name and two words or more that are all English words and none a name the lists hold (Grace Premium Blend,
 * Olivia Dark Roast): a product's line named after someone, no person. A middle name is a listed one (Olivia Rose Hart).
 */
const productLine = (words: readonly string[]): boolean =>
  words.length > 2 && words.slice(1).every((word) => isEnglishWord(word) && !worldNames().latinGiven.has(word) && !worldNames().latinFamily.has(word));

/**
 * Whether compromise's span reads as a person and not a heading, a firm, a title, a street or a word that happens to be
 * a name. Words that all read as romaji (Asahi Kasei, Sakura Mochi) are left to the Japanese name rules and their
 * dictionary: compromise's lexicon lists Asahi and Sakura as first names.
 */
function accept(name: string, before: string, after: string, firstNames: ReadonlySet<string>): boolean {
  if (!/\p{Ll}/u.test(name) || /^['’]t\b/.test(after) || CHAIN_GOODS_AFTER_POSSESSIVE.test(after) || ARTICLE_BEFORE.test(before) || (WOKEN_ASSISTANT.test(name) && (WAKE_WORD_BEFORE.test(before) || DEVICE_WORD_AFTER.test(after))) || voiceAssistantAtWork(name, after)) return false;
  const words = name.split(/[ \t]+/);
  if (!words.some((word) => firstNames.has(lexiconForm(word)))) return false;
  if (words.some((word) => !/^\p{Lu}/u.test(word) || isThingWord(word))) return false;
  const next = /^[ \t]+([A-Z][a-z]+)/.exec(after)?.[1];
  if (MODEL_CODE_AFTER.test(after) || PLACE_SUFFIX_AFTER.test(after) || (CAPITALS_BRAND_BEFORE.test(before) && MODEL_NUMBER_AFTER.test(after))) return false;
  if (words.some((word) => PLACE_WORD.test(word)) || (next !== undefined && PLACE_WORD.test(next)) || placeNamedAfter(after) || (words.length > 1 && PLACE_FIRST.test(words[0]!))) return false;
  if (productLine(words) || (words.length === 2 && SHOP_KEEPER_TRADE.test(words[0]!) && POSSESSIVE_AFTER.test(after))) return false;
  if ((AMPERSAND_BEFORE.test(before) && !fullNameBeforeAmpersand(before)) || packedGoods(words, after) || (words.length === 1 && inWorkTitlePair(before, after))) return false;
  if (PLACE_FIRST_BEFORE.test(before) || (NUMBER_BEFORE.test(before) && CHOME_AFTER.test(after)) || placeBeforeOffice(words, after)) return false;
  // A firm's word compromise read as a surname follows the name as much as one after the span (Helena Marchetti Paper
  // is Ingrid Solberg Group's kind): a firm named after a person.
  // …unless an ampersand joins the name to another person's full name (Tom Reed & Priya Nair): two people, not partners.
  const joinedToPerson = fullNameAfterAmpersand(after);
  if (firmAfterName(after, { ampersandAlone: !joinedToPerson }) || (!joinedToPerson && words.some((_, index) => index > 0 && firmAfterName(` ${words.slice(index).join(" ")}${after}`, { ampersandAlone: true })))) return false;
  if (words.length > 1 && words.every((word) => romajiReadings(word).length > 0) && !foreignWritingAfter(words, after)) return false;
  if (words.length === 1 && ((COMMON_WORD_NAME.test(words[0]!) && !PERSON_VERB.test(after)) || US_STATE_AFTER.test(after))) return false;
  return true;
}

/**
 * A lone first name's surname that compromise left beside it (Ingrid| Solberg · Engineering Manager): a capitalised word
 * after it that its lexicon does not know, nor is a firm's, a title's or a place's word. Its possessive's 's is no part
 * of it (Ingrid Solberg's report; Sakura Mochi's recipe, whose words then read as romaji together and are refused).
 */
function surnameAfter(shadow: string, end: number, lexicon: Record<string, string | string[]>): number {
  const next = /^[ \t](\p{Lu}\p{Ll}+(?:['’-](?!s(?!\p{L}))\p{Lu}?\p{Ll}+)?)(?!\p{L})/u.exec(shadow.slice(end, end + 40))?.[1];
  if (next === undefined || isThingWord(next) || PLACE_WORD.test(next)) return end;
  const tags = lexicon[lexiconForm(next)];
  return tags === undefined || tags === "LastName" ? end + 1 + next.length : end;
}

/** A name that ends in a middle initial, then capitalised words (Maria S. Tokyo office): the words after the initial, by groups. */
const INITIAL_THEN_WORDS = /^(?<name>.*?(?<!\p{L})\p{Lu}\.)(?<words>(?:[ \t]+\p{Lu}\p{Ll}+)+)$/u;

/**
 * The length of a name compromise ran on past a middle initial into a place (Maria S. Tokyo, Kevin D. Osaka Japan): the
 * family name is missing and the place is where the person is, so the span ends at the initial (Maria S.). A family
 * name after the initial (Bryan K. Nakasone) stays.
 */
function withoutPlaceAfterInitial(name: string): number {
  const parts = INITIAL_THEN_WORDS.exec(name)?.groups;
  return parts !== undefined && parts.words!.trim().split(/[ \t]+/).every(isPlaceName) ? parts.name!.length : name.length;
}

/**
 * An HTML tag, opening or closing (<span class="author">, </li>): an element's name in small letters. A capitalised word
 * in angle brackets is a chat's speaker (<Wojciech>) or a component's name, and is read as a word.
 */
const TAG = /<\/?[a-z][a-z0-9]*(?:\s[^<>\n]*)?\/?>/g;
/**
 * A sentence with its HTML tags blanked, each by as many spaces: compromise reads a tag and the word it touches as one
 * word (<span>Olivia), and finds no name in <span>Olivia Grace</span>. The offsets stay the text's.
 */
const withoutTags = (text: string): string => (text.includes("<") ? text.replace(TAG, (tag) => " ".repeat(tag.length)) : text);

/**
 * A CSV cell's comma before a capitalised word or a quoted cell, read as a space: compromise reads the cell before and
 * the word as one word (忘れ物,"Orla), and its first name is lost. The offsets stay the text's; the comma still cuts a
 * name.
 */
const CELL_COMMA = /(?<=\S),(?=["“]?\p{Lu})/gu;
const withoutCellCommas = (text: string): string => (text.includes(",") ? text.replace(CELL_COMMA, " ") : text);

/**
 * compromise's people in a sentence, each by its first word's start and its last word's end in the sentence, read once
 * for a sentence however often it recurs: a text with a finding is read again masked (mask-pii.ts's second look), its
 * other sentences as they were, and a log's rows repeat their greetings and their signatures. compromise reads a
 * sentence the same way each time (its lexicon is not changed after it is loaded).
 */
const peopleRead = new Map<string, readonly (readonly [start: number, end: number])[]>();
const PEOPLE_READS = 1024;
function peopleIn(nlp: Compromise, sentence: string): readonly (readonly [start: number, end: number])[] {
  let people = peopleRead.get(sentence);
  if (people === undefined) {
    // Emptied when full: the sentences that recur are read again at once, the ones seen once are let go.
    if (peopleRead.size >= PEOPLE_READS) peopleRead.clear();
    people = nlp(withoutCellCommas(withoutTags(sentence)))
      .people()
      .json({ offset: true, terms: true })
      .map(({ terms }) => {
        // From the first word's letters to the last's: a person's own offset runs as long as its text with the bracket
        // or quote before it, past its end (Python (Monty Python) took the closing bracket).
        const last = terms[terms.length - 1]!.offset;
        return [terms[0]!.offset.start, last.start + last.length] as const;
      });
    peopleRead.set(sentence, people);
  }
  return people;
}

function findPeople(shadow: string, found?: SpanIndex<Found>): Span[] {
  const { nlp, firstNames, lexicon } = tagger();
  const spans: Span[] = [];
  for (const sentence of sentences(shadow)) {
    if (!holdsFirstName(sentence.text, sentence.start, firstNames, found)) continue;
    for (const [from, to] of peopleIn(nlp, sentence.text)) {
      let start = sentence.start + from;
      let end = sentence.start + to;
      // compromise's span may carry the punctuation around the words (“Gavin,”): the name is its letters.
      while (start < end && !/\p{L}/u.test(shadow[start]!)) start++;
      while (end > start && !/\p{L}/u.test(shadow[end - 1]!)) end--;
      // A comma with no space after it is a CSV cell's edge (Dela Cruz,open): no name goes on past it.
      const cellEdge = shadow.slice(start, end).search(/,(?=\S)/u);
      if (cellEdge >= 0) end = start + cellEdge;
      // Nor past a bracket or a tag (Roberto Nakamura（ホベルト）, Olivia Grace</span>): the name's other writing, a note or markup follows.
      const bracket = shadow.slice(start, end).search(/[(（<]/u);
      if (bracket >= 0) end = start + bracket;
      while (end > start && !/\p{L}/u.test(shadow[end - 1]!)) end--;
      // …nor into a word in small letters after it (Orla Brennan here, I left …): no name ends in one.
      end = start + shadow.slice(start, end).replace(/(?:[ \t]+\p{Ll}[\p{L}'’-]*)+$/u, "").length;
      // …and a possessive's ending before what the person has (Sasha's export): the name recurs without it. Before
      // a capitalised word the possessive names a thing, a film's or a shop's (Wayne's World, Claire's Accessories),
      // and one quoted alone is a word spoken of ("Wayne's").
      if (/['’]s$/u.test(shadow.slice(start, end))) {
        if (!/^[ \t]+\p{Ll}/u.test(shadow.slice(end, end + 4))) continue;
        end -= 2;
      }
      if (firstNames.has(lexiconForm(shadow.slice(start, end)))) end = surnameAfter(shadow, end, lexicon);
      end = start + withoutPlaceAfterInitial(shadow.slice(start, end));
      if (end > start && accept(shadow.slice(start, end), shadow.slice(Math.max(0, start - 16), start), shadow.slice(end, end + 24), firstNames)) spans.push({ start, end });
    }
  }
  return spans;
}

/** The cue: a capitalised Latin word of two letters or more; the lexicon's test runs per sentence after it. */
export const ENGLISH_PERSON_TAGGER: PiiDetector = gated(/[A-Z][a-z]/, { type: "PERSON", find: findPeople });
