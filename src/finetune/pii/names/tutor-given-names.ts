import { gated, matchesOf, type PiiDetector, type Span } from "../detector.js";

/**
 * A tutor's given name that is also an English word, after the capitalised title a lesson desk calls them by (Teacher
 * Joy, Teacher Lovely, Coach Precious): the words Filipino parents give as names. Other words after the title are
 * things (Teacher Training, Teacher Premium plan, Coach Pro); a name no dictionary holds is the job rule's (Coach
 * Arnel), and a second capitalised word after it the full-name rules' (Teacher Mark Anthony).
 */
const WORD_GIVEN_NAMES = "Joy|Lovely|Precious|Honey|Angel|Cherry|Princess|Charity|Mercy|Faith|Hope|Grace|Jewel|Pearl|Crystal|Sunshine|Heaven|Merry";
const TUTOR_NAME = new RegExp(`(?<![\\p{L}\\p{N}])(?:Teacher|Coach|Tutor|Sensei)[ \\t]+(?<name>${WORD_GIVEN_NAMES})(?![\\p{L}\\p{N}@_'’-]|[ \\t]+\\p{Lu})`, "dgu");

function findTutorNames(shadow: string): Span[] {
  return matchesOf(TUTOR_NAME, shadow).map((match) => {
    const [start, end] = match.indices!.groups!.name!;
    return { start, end };
  });
}

export const TUTOR_GIVEN_NAME: PiiDetector = gated(/(?:Teacher|Coach|Tutor|Sensei)[ \t]+\p{Lu}/u, { type: "PERSON", find: findTutorNames });
