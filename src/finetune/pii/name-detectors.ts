import { tokenizeJapanese, type Morpheme } from "../../scoring/ifeval/japanese-morphology.js";
import type { PiiDetector, Span } from "./detector.js";
import { nameLexicon } from "./japanese-name-lexicon.js";

const NAME_CHARS = "[\\p{Script=Han}\\p{Script=Katakana}ー々ヶ]";
const HONORIFIC = "(?:様|さま|さん|氏|殿|君|くん|ちゃん|先生)";
/** A name before an honorific: kanji or katakana, a space or a ・ inside, a hiragana given name (山田さくら) at the end. */
const BEFORE_HONORIFIC = new RegExp(`(?<name>${NAME_CHARS}+(?:[ ・]${NAME_CHARS}+)?(?<tail>\\p{Script=Hiragana}{2,4})?)\\s?${HONORIFIC}`, "dgu");
/** Role cues a name follows: 担当の鈴木, 担当：佐藤 太郎, 差出人: ヤマダ. */
const AFTER_ROLE = new RegExp(
  `(?:担当者名|担当者|担当|氏名|お名前|名前|差出人|送信者|申請者|依頼者|作成者|承認者|記入者|対応者|受取人)\\s*(?:[:：]|は|の)?\\s*(?<name>${NAME_CHARS}+(?:[ 　]${NAME_CHARS}+)?)`,
  "dgu",
);
/** What comes before an honorific without being a person: お客様, 皆様, ご担当者様, 社長様, 御中. */
const NOT_A_NAME =
  /(?:客|皆|者|各位|家族|員|方|子供|親|父|母|兄|姉|弟|妹|夫|妻|主人|奥|神|仏|王|社|店|部|課|係|局|室|窓口|先|宛|人|様|殿|相手|大家|近所|隣|息子|娘|孫|友達|生徒|学生|選手|業者|御中|施設|病院|医|師|長|官|士|屋|会|中|内|全体|各|地域|自治体|みな|みんな)$/u;
const isProperNoun = (morpheme: Morpheme): boolean => morpheme.partOfSpeech.startsWith("名詞,固有名詞");
const isPersonName = (morpheme: Morpheme): boolean => morpheme.partOfSpeech.startsWith("名詞,固有名詞,人名");
const isKatakana = (text: string): boolean => /^[\p{Script=Katakana}ー・]+$/u.test(text);

/**
 * The part of the words before an honorific that is the name: the trailing run of proper nouns (or katakana) as
 * kuromoji reads them (新規会員山田様 → 山田); a short run kuromoji does not know (小鳥遊様) is taken whole.
 */
function nameBeforeHonorific(words: string): number | undefined {
  const morphemes = tokenizeJapanese(words);
  let length = 0;
  for (let index = morphemes.length - 1; index >= 0; index--) {
    const morpheme = morphemes[index]!;
    const blank = morpheme.surface.trim() === "" || morpheme.surface === "・";
    if (!(isProperNoun(morpheme) || isKatakana(morpheme.surface) || (blank && length > 0))) break;
    length += morpheme.surface.length;
  }
  if (length > 0) return words.length - length;
  return words.length <= 5 ? 0 : undefined;
}

const japaneseHonorific: PiiDetector = {
  type: "PERSON",
  find(shadow) {
    const { givenNames } = nameLexicon();
    const spans: Span[] = [];
    for (const match of shadow.matchAll(BEFORE_HONORIFIC)) {
      const words = match.groups!.name!;
      const tail = match.groups!.tail;
      if (tail !== undefined && !givenNames.has(tail) && /[のがはをにでとへもや]/u.test(tail)) continue;
      if (NOT_A_NAME.test(words)) continue;
      const offset = nameBeforeHonorific(tail === undefined ? words : words.slice(0, -tail.length));
      if (offset === undefined) continue;
      const start = match.indices!.groups!.name![0];
      spans.push({ start: start + offset, end: start + words.length });
    }
    return spans;
  },
};

const japaneseRole: PiiDetector = {
  type: "PERSON",
  find(shadow) {
    const spans: Span[] = [];
    for (const match of shadow.matchAll(AFTER_ROLE)) {
      const words = match.groups!.name!;
      const [start] = match.indices!.groups!.name!;
      if (isKatakana(words.replace(/\s/g, ""))) {
        spans.push({ start, end: start + words.length });
        continue;
      }
      const { surnames, givenNames } = nameLexicon();
      let length = 0;
      for (const morpheme of tokenizeJapanese(words)) {
        const blank = morpheme.surface.trim() === "";
        const known = length === 0 ? surnames.has(morpheme.surface) : givenNames.has(morpheme.surface);
        if (!(isPersonName(morpheme) || known || (blank && length > 0))) break;
        length += morpheme.surface.length;
      }
      const name = words.slice(0, length).trimEnd();
      if (name) spans.push({ start, end: start + name.length });
    }
    return spans;
  },
};

/**
 * A surname and a given name written together with no cue (山田太郎がご案内します): a kanji run ending in a surname of
 * kuromoji's dictionary followed by one of its given names, confirmed by kuromoji tagging both as 人名 in context.
 */
const japaneseFullName: PiiDetector = {
  type: "PERSON",
  find(shadow) {
    const { surnames, givenNames } = nameLexicon();
    const spans: Span[] = [];
    for (const match of shadow.matchAll(/\p{Script=Han}{3,}/gu)) {
      const run = match[0];
      const candidate = fullNameAtEnd(run, surnames, givenNames);
      if (candidate === undefined) continue;
      const context = shadow.slice(match.index + candidate, match.index + run.length + 2);
      const morphemes = tokenizeJapanese(context);
      if (morphemes.length >= 2 && isPersonName(morphemes[0]!) && isPersonName(morphemes[1]!)) {
        spans.push({ start: match.index + candidate, end: match.index + run.length });
      }
    }
    return spans;
  },
};

/** A surname kuromoji tags as one, followed by a given name written in hiragana (小林さくらがご案内します). */
const japaneseHiraganaGivenName: PiiDetector = {
  type: "PERSON",
  find(shadow) {
    const { surnames, givenNames } = nameLexicon();
    const spans: Span[] = [];
    for (const match of shadow.matchAll(/(?<!\p{Script=Han})(\p{Script=Han}{2,4})(\p{Script=Hiragana}{2,4})/gu)) {
      const surname = match[1]!;
      if (!surnames.has(surname)) continue;
      const given = [3, 2, 4].map((length) => match[2]!.slice(0, length)).find((candidate) => givenNames.has(candidate) || HIRAGANA_GIVEN.has(candidate));
      if (given === undefined || !isPersonName(tokenizeJapanese(surname)[0]!)) continue;
      spans.push({ start: match.index, end: match.index + surname.length + given.length });
    }
    return spans;
  },
};

/** Hiragana given names IPADIC does not list as 人名 (it reads さくら as the flower). */
const HIRAGANA_GIVEN = new Set(["さくら", "ひかり", "あおい", "ひなた", "さやか", "みどり", "あかね", "かおり", "ゆかり", "まどか"]);

function fullNameAtEnd(run: string, surnames: ReadonlySet<string>, givenNames: ReadonlySet<string>): number | undefined {
  const from = Math.max(0, run.length - 7);
  for (let start = from; start <= run.length - 3; start++) {
    for (let split = start + 2; split < run.length && split - start <= 4; split++) {
      if (surnames.has(run.slice(start, split)) && givenNames.has(run.slice(split))) return start;
    }
  }
  return undefined;
}

const EN_WORD = "(?!(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof)\\b)[A-Z][a-zA-Z'’-]+";
/** One or two capitalised words on one line, none of them a title (`Mr. Smith\nMs. Clark` is two names). */
const EN_NAME = `${EN_WORD}(?:[ \\t]+${EN_WORD})?`;
const NOT_A_PERSON =
  /^(?:Customer|Customers|Sir|Madam|Team|Support|All|Everyone|Valued|Friend|Friends|Member|Members|User|Users|Colleague|Colleagues|Partner|Partners|Client|Clients|Shopper|Shoppers|Hiring|Manager|Admin|There|The|Our|Your|This|That|Mr|Mrs|Ms|Dr|Prof|Guest|Guests|Owner|Owners|Applicant|Applicants|Recipient|Reader|Readers|Sales|Service|Account|Billing)$/;

function englishDetector(pattern: RegExp): PiiDetector {
  return {
    type: "PERSON",
    find(shadow) {
      const spans: Span[] = [];
      for (const match of shadow.matchAll(pattern)) {
        const name = match.groups!.secret!;
        if (NOT_A_PERSON.test(name.split(/\s+/)[0]!)) continue;
        const [start, end] = match.indices!.groups!.secret!;
        spans.push({ start, end });
      }
      return spans;
    },
  };
}

export const NAME_DETECTORS: readonly PiiDetector[] = [
  japaneseHonorific,
  japaneseRole,
  japaneseFullName,
  japaneseHiraganaGivenName,
  englishDetector(new RegExp(`\\b(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof)\\.?\\s+(?<secret>${EN_NAME})`, "dg")),
  englishDetector(new RegExp(`(?<![A-Za-z])(?:Dear|Hi|Hello|Hey|Attn:?|Attention:?)\\s+(?<secret>${EN_NAME})`, "dg")),
  englishDetector(
    new RegExp(
      `(?<![A-Za-z])(?:Regards|Best regards|Kind regards|Warm regards|Best wishes|Sincerely|Yours sincerely|Yours truly|Cheers|Thanks|Thank you|Best)\\s*,\\s*(?<secret>${EN_NAME})`,
      "dg",
    ),
  ),
  englishDetector(new RegExp(`(?<![A-Za-z])(?:[Mm]y name is|[Nn]ame:)\\s+(?<secret>${EN_NAME})`, "dg")),
  englishDetector(
    new RegExp(`(?<![A-Za-z])(?:I am|I'm|[Tt]his is|[Ss]igned by|[Hh]andled by|[Aa]ssigned to|[Cc]ontact person:?)\\s+(?<secret>${EN_WORD}[ \\t]+${EN_WORD})`, "dg"),
  ),
];
