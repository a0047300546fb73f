import { matchesOf, gated, type PiiDetector, type Span } from "../detector.js";
import { afterThingWord } from "./labelled-id-detectors.js";

/**
 * A residence card's number (two letters, eight digits, two letters: HK30291874EA, or spaced as it is copied: AB 12345678
 * CD, AB 1234 5678 CD) a few sentences after the card is
 * named (please upload the back of your residence card. The front shows …): the shape is the card's alone, and a
 * chat names the card in one sentence and reads its number out in the next. Only within REACH of the card's word, and
 * not after another thing's label (受付番号 KR20418873EX, 注文番号 …: the slip's).
 */
const RESIDENCE_CARD_NUMBER = /(?<![A-Za-z0-9-])[A-Z]{2}[ 　]?\d{4}[ 　]?\d{4}[ 　]?[A-Z]{2}(?![A-Za-z0-9-])/g;
const CARD_WORD = /在留カード|[Rr]esidence [Cc]ard|RESIDENCE CARD|zairyu/u;
const REACH = 200;

const residenceCardsNearby: PiiDetector = {
  type: "PERSONAL_ID",
  find: (shadow) =>
    matchesOf(RESIDENCE_CARD_NUMBER, shadow)
      .filter((match) => !afterThingWord(shadow, match.index) && CARD_WORD.test(shadow.slice(Math.max(0, match.index - REACH), match.index)))
      .map((match): Span => ({ start: match.index, end: match.index + match[0].length })),
};

export const RESIDENCE_CARDS_NEARBY: readonly PiiDetector[] = [gated(CARD_WORD, residenceCardsNearby)];
