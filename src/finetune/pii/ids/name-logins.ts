import { gated, matchesOf, type PiiDetector } from "../detector.js";

/**
 * A login made of a person's name that a name detector found in the text (Bold's PC: ログイン ebold; Maria Lopez's
 * account mlopez, lopez.m, maria.lopez): a company's logins are its staff's names, an initial or a given name joined
 * to the family name. After a login's word (ログイン, ユーザー名, アカウント, login, username, user), in lower case, holding a
 * found name's word of three letters or more and at most three other letters, digits or joins besides.
 */
const LOGIN_AFTER_WORD =
  /(?:ログイン(?:ID|名)?|ユーザー?(?:ID|名)?|アカウント(?:名)?|(?<![A-Za-z])(?:[Ll]og ?in|[Uu]ser ?name|[Uu]ser|[Aa]ccount)(?![A-Za-z]))[ \t]*(?:[:：=]|は|is)?[ \t]*(?<login>[a-z][a-z0-9._-]{2,30}[a-z0-9])(?![A-Za-z0-9@_-]|\.[A-Za-z0-9])/dg;

/** How many characters a login may hold besides the name's word in it (an initial, a dot, a digit or two). */
const BESIDES_NAME = 3;

/** The Latin words, three letters or more, of the people found, in lower case. */
function nameWords(shadow: string, found: readonly { start: number; end: number; type?: string }[]): Set<string> {
  const words = new Set<string>();
  for (const person of found) {
    if (person.type !== "PERSON") continue;
    for (const word of shadow.slice(person.start, person.end).match(/[A-Za-z]{3,}/g) ?? []) words.add(word.toLowerCase());
  }
  return words;
}

/** Whether a login holds a found name's word, and besides it only a few characters or another word of the names. */
function madeOfName(login: string, words: ReadonlySet<string>): boolean {
  const letters = login.replace(/[._-]/g, "");
  for (const word of words) {
    // The name's word alone after "user" is a sentence going on (the user will …), no login: a login adds to it.
    if (letters === word || !letters.includes(word)) continue;
    const rest = letters.replace(word, "").replace(/\d+$/, "");
    if (rest.length <= BESIDES_NAME || words.has(rest)) return true;
  }
  return false;
}

export const NAME_LOGIN_DETECTORS: readonly PiiDetector[] = [
  gated(/ログイン|ユーザ|アカウント|[Ll]og ?in|[Uu]ser|[Aa]ccount/, {
    type: "PERSONAL_ID",
    find(shadow, found) {
      const words = nameWords(shadow, found?.list ?? []);
      if (words.size === 0) return [];
      return matchesOf(LOGIN_AFTER_WORD, shadow).flatMap((match) => {
        if (!madeOfName(match.groups!.login!, words)) return [];
        const [start, end] = match.indices!.groups!.login!;
        return [{ start, end }];
      });
    },
  }),
];
