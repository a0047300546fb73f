import { gated, matchesOf, type PiiDetector, type Span } from "../detector.js";

/**
 * A software licence's key or serial as vendors print it: four to eight groups of three to six capitals and digits
 * joined by hyphens, perhaps after a prefix of two (ARQ7-M2KD-9XPW-44TC, SA26-PRO-7H3K-QW9M-2ZXB, HW-9C1E-44A7-B0D2),
 * most groups mixing letters and digits as random text does (an edition's word, PRO or STD, may stand among them). A
 * UUID's groups are longer, a part's or an order's code has fewer mixed groups.
 */
const DASHED_KEY = /(?<![A-Za-z0-9-])[A-Z0-9]{2,6}(?:-[A-Z0-9]{3,6}){3,7}(?![A-Za-z0-9-])/dg;

/**
 * The key's cue: a licence, a serial, an activation or product key, or a key of any other name (a game's tester or beta
 * key: tester key …, key re-issued as …, テスターキー; a recovery key is a secret's, its own rule's), earlier in the same
 * sentence (the activation code on her laptop was …, the new serial you sent for Arch 2026 is …, シリアル …); a line may
 * wrap between them. A serial
 * *number* (シリアル番号, serial no.) is a device's, printed on its label: the goods', not a secret. Each word is spelt
 * in its three cases rather than with the `i` flag: the cue is the detector's gate too, and a pattern's gate keeps
 * the grams of its words (lic, ライセ) only when they are literal (gate-cues.ts).
 */
const LICENCE_CUE =
  /(?<![A-Za-z])(?:[Ll]icen[cs]e|LICEN[CS]E|[Aa]ctivation|ACTIVATION|(?:[Ss]erial|SERIAL)(?![ -]?(?:[Nn]umbers?|NUMBERS?|[Nn][Oo]s?\b|#))|[Pp]roduct [Kk]ey|PRODUCT KEY|[Rr]egistration [Kk]ey|REGISTRATION KEY|(?<!(?:[Rr]ecovery|RECOVERY) )(?:[Kk]eys?|KEYS?))(?![A-Za-z])|ライセンス|シリアル(?!番号|ナンバー|No|NO|№)|プロダクトキー|アクティベーション|(?:認証|製品|テスター|ベータ|招待|アクセス|アクティベート)キー/;

/**
 * A licensed machine's id in the same groups (MID-7F3A-21C9-E004), named a few words before it (the leaver's machine
 * ID (it is … in our portal)): the seat's holder is known by it, as by a device's serial.
 */
const MACHINE_ID_CUE =
  /(?<![A-Za-z])(?:[Mm]achine|MACHINE|[Hh]ardware|HARDWARE|[Hh]ost|HOST|[Cc]omputer|COMPUTER)[ -]?(?:ID|[Ii]d|[Ff]ingerprint|FINGERPRINT)(?![A-Za-z])|マシンID|ハードウェアID|端末ID/;

const CUE_REACH = 80;
const SENTENCE_END = /[.!?](?:\s|$)|[。！？]|\n\s*\n/g;

const mixedGroups = (key: string): number => key.split("-").filter((group) => /[A-Z]/.test(group) && /\d/.test(group)).length;

/** The text of the key's sentence before it, within reach. */
function sentenceBefore(shadow: string, at: number): string {
  const before = shadow.slice(Math.max(0, at - CUE_REACH), at);
  let start = 0;
  for (const end of matchesOf(SENTENCE_END, before)) start = end.index + end[0].length;
  return before.slice(start);
}

/** Hyphened groups, three of them mixed, after the cue in their sentence: a text without the cue is not read. */
function groupsAfterCue(type: string, cue: RegExp): PiiDetector {
  return gated(cue, {
    type,
    find(shadow) {
      const spans: Span[] = [];
      for (const match of matchesOf(DASHED_KEY, shadow)) {
        if (mixedGroups(match[0]) >= 3 && cue.test(sentenceBefore(shadow, match.index))) spans.push({ start: match.index, end: match.index + match[0].length });
      }
      return spans;
    },
  });
}

export const LICENCE_KEY_DETECTORS: readonly PiiDetector[] = [
  groupsAfterCue("API_KEY", LICENCE_CUE),
  groupsAfterCue("PERSONAL_ID", MACHINE_ID_CUE),
];
