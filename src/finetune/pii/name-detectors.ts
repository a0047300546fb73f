import { gated, type PiiDetector, type Span } from "./detector.js";
import { nameLexicon } from "./japanese-name-lexicon.js";

const NAME_CHARS = "[\\p{Script=Han}\\p{Script=Katakana}ー々ヶ]";
const HONORIFICS = "様|さま|さん|氏|殿|君|くん|ちゃん|先生";
const HONORIFIC = `(?:${HONORIFICS})`;
/** A name before an honorific: kanji or katakana, a space or a ・ inside, a hiragana given name (山田さくら) at the end. */
const BEFORE_HONORIFIC = new RegExp(`(?<name>${NAME_CHARS}+(?:[ ・]${NAME_CHARS}+)?(?<tail>\\p{Script=Hiragana}{2,4})?)\\s?${HONORIFIC}`, "dgu");
/** Role cues a name follows: 担当の鈴木, 担当：佐藤 太郎, 差出人: ヤマダ. */
const ROLES = "担当者名|担当者|担当|氏名|お名前|名前|差出人|送信者|申請者|依頼者|作成者|承認者|記入者|対応者|受取人";
const AFTER_ROLE = new RegExp(
  `(?:${ROLES})\\s*(?:[:：]|は|の)?\\s*(?<name>${NAME_CHARS}+(?:[ 　]${NAME_CHARS}+)?)`,
  "dgu",
);
/** What comes before an honorific without being a person: お客様, 皆様, ご担当者様, 社長様, 御中. */
const NOT_A_NAME =
  /(?:客|皆|者|各位|家族|員|方|子供|親|父|母|兄|姉|弟|妹|夫|妻|主人|奥|神|仏|王|社|店|部|課|係|局|室|窓口|先|宛|人|様|殿|相手|大家|近所|隣|息子|娘|孫|友達|生徒|学生|選手|業者|御中|施設|病院|医|師|長|官|士|屋|会|中|内|全体|各|地域|自治体|みな|みんな)$/u;
const isKatakana = (text: string): boolean => /^[\p{Script=Katakana}ー・]+$/u.test(text);

/** The longest entry of `names` that `text` starts with (or, `atEnd`, ends with), up to 5 characters. */
function longestName(text: string, names: ReadonlySet<string>, atEnd = false): number {
  for (let length = Math.min(5, text.length); length >= 1; length--) {
    if (names.has(atEnd ? text.slice(-length) : text.slice(0, length))) return length;
  }
  return 0;
}

/**
 * Where the name starts in the words before an honorific, by kuromoji's dictionary of person names: a given name
 * after a surname (山田太郎様, 佐藤 健一様), else a surname at the end (新規会員山田様 → 山田); katakana is taken whole
 * (ヤマダ タロウ様), and so is a short run the dictionary does not know (小鳥遊様).
 */
function nameBeforeHonorific(words: string): number | undefined {
  if (isKatakana(words.replace(/[ ・]/g, ""))) return 0;
  const { surnames, givenNames } = nameLexicon();
  const compact = words.replace(/[ ・]$/, "");
  for (let givenLength = Math.min(4, compact.length - 1); givenLength >= 1; givenLength--) {
    if (!givenNames.has(compact.slice(-givenLength))) continue;
    const before = compact.slice(0, -givenLength).replace(/[ ・]$/, "");
    const surname = longestName(before, surnames, true);
    if (surname > 0) return before.length - surname;
  }
  const surname = longestName(compact, surnames, true);
  if (surname > 0) return compact.length - surname;
  return words.length <= 5 ? 0 : undefined;
}

const japaneseHonorific: PiiDetector = gated(new RegExp(HONORIFICS), {
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
});

/** After a role cue the name comes first: a surname of the dictionary, then perhaps a given name (佐藤 太郎). */
const japaneseRole: PiiDetector = gated(new RegExp(ROLES), {
  type: "PERSON",
  find(shadow) {
    const { surnames, givenNames } = nameLexicon();
    const spans: Span[] = [];
    for (const match of shadow.matchAll(AFTER_ROLE)) {
      const words = match.groups!.name!;
      const [start] = match.indices!.groups!.name!;
      if (isKatakana(words.replace(/\s/g, ""))) {
        spans.push({ start, end: start + words.length });
        continue;
      }
      const surname = longestName(words, surnames);
      if (surname === 0) continue;
      const rest = words.slice(surname);
      const gap = /^[ 　]?/.exec(rest)![0].length;
      const given = longestName(rest.slice(gap), givenNames);
      spans.push({ start, end: start + surname + (given > 0 ? gap + given : 0) });
    }
    return spans;
  },
});

/**
 * A surname and a given name written together with no cue (山田太郎がご案内します): a kanji run that ends in a surname
 * of kuromoji's dictionary of person names (at least two characters) followed by one of its given names.
 */
const TITLE_AT_END = /(?:副社長|社長|会長|専務|常務|部長|次長|課長|係長|室長|所長|店長|支店長|主任|理事長|院長|准教授|教授|監督|選手|議員|弁護士|税理士)$/u;

const japaneseFullName: PiiDetector = {
  type: "PERSON",
  find(shadow) {
    const { surnames, givenNames } = nameLexicon();
    const spans: Span[] = [];
    for (const match of shadow.matchAll(/\p{Script=Han}{3,}/gu)) {
      // A title written straight after the name (山田太郎部長, 鈴木一郎選手) is not part of it.
      const run = match[0].replace(TITLE_AT_END, "");
      const candidate = run.length >= 3 ? fullNameAtEnd(run, surnames, givenNames) : undefined;
      if (candidate !== undefined) spans.push({ start: match.index + candidate, end: match.index + run.length });
    }
    return spans;
  },
};

/** A surname of the dictionary followed by a given name written in hiragana (小林さくらがご案内します). */
const japaneseHiraganaGivenName: PiiDetector = {
  type: "PERSON",
  find(shadow) {
    const { surnames, givenNames } = nameLexicon();
    const spans: Span[] = [];
    for (const match of shadow.matchAll(/(?<!\p{Script=Han})(\p{Script=Han}{2,4})(\p{Script=Hiragana}{2,4})/gu)) {
      const surname = match[1]!;
      if (!surnames.has(surname)) continue;
      const given = [3, 2, 4].map((length) => match[2]!.slice(0, length)).find((candidate) => givenNames.has(candidate) || HIRAGANA_GIVEN.has(candidate));
      if (given === undefined) continue;
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

/** `cues`: the literal words every match starts with, tested before the pattern. */
function englishDetector(cues: RegExp, pattern: RegExp): PiiDetector {
  return gated(cues, {
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
  });
}

export const NAME_DETECTORS: readonly PiiDetector[] = [
  japaneseHonorific,
  japaneseRole,
  japaneseFullName,
  japaneseHiraganaGivenName,
  englishDetector(/Mr|Ms|Miss|Mx|Dr|Prof/, new RegExp(`\\b(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof)\\.?\\s+(?<secret>${EN_NAME})`, "dg")),
  englishDetector(/Dear|Hi|Hello|Hey|Attn|Attention/, new RegExp(`(?<![A-Za-z])(?:Dear|Hi|Hello|Hey|Attn:?|Attention:?)\\s+(?<secret>${EN_NAME})`, "dg")),
  englishDetector(
    /Regards|regards|Best|Sincerely|sincerely|Yours|Cheers|Thank/,
    new RegExp(
      `(?<![A-Za-z])(?:Regards|Best regards|Kind regards|Warm regards|Best wishes|Sincerely|Yours sincerely|Yours truly|Cheers|Thanks|Thank you|Best)\\s*,\\s*(?<secret>${EN_NAME})`,
      "dg",
    ),
  ),
  englishDetector(/[Mm]y name is|[Nn]ame:/, new RegExp(`(?<![A-Za-z])(?:[Mm]y name is|[Nn]ame:)\\s+(?<secret>${EN_NAME})`, "dg")),
  englishDetector(
    /I am|I'm|[Tt]his is|[Ss]igned by|[Hh]andled by|[Aa]ssigned to|[Cc]ontact person/,
    new RegExp(`(?<![A-Za-z])(?:I am|I'm|[Tt]his is|[Ss]igned by|[Hh]andled by|[Aa]ssigned to|[Cc]ontact person:?)\\s+(?<secret>${EN_WORD}[ \\t]+${EN_WORD})`, "dg"),
  ),
];
