import { gated, matchesOf, type PiiDetector, type Span } from "../detector.js";
import { commonNouns, nameLexicon } from "../lexicon/japanese-name-lexicon.js";

/**
 * A duty rota by weekday, one person to a line (月: 比嘉 / 火: 栗花落 / 水曜：仲村渠 さくら): the line holds the day and
 * a name alone. A surname the dictionary lists and reads as no common noun, or that surname and a given name after a
 * space; what else a weekday's line holds stays (月: 休診, 火: 燃えるごみ, 水: 資源回収, 木: 中村橋店).
 */
const ROTA_LINE =
  /^[ \t]*[月火水木金土日](?:曜日?)?[ \t]*[:：][ \t]*(?<name>(?<surname>\p{Script=Han}[\p{Script=Han}々]{0,3})(?:[ 　](?<given>[\p{Script=Han}々]{1,3}|\p{Script=Hiragana}{2,4}))?)[ \t]*$/dgmu;

const isSurname = (word: string): boolean => nameLexicon().surnames.has(word) && !commonNouns().has(word);

export const WEEKDAY_ROTA_NAME: PiiDetector = gated(/(?:^|\n)[ \t]*[月火水木金土日](?:曜日?)?[ \t]*[:：]/u, {
  type: "PERSON",
  find: (shadow) =>
    matchesOf(ROTA_LINE, shadow).flatMap((match): Span[] => {
      if (!isSurname(match.groups!.surname!)) return [];
      const [start, end] = match.indices!.groups!.name!;
      return [{ start, end }];
    }),
});
