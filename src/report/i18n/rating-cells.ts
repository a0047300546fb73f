import type { Rating } from "../../analysis/types.js";
import { MIN_VERDICTS, PRIOR_SD_POINTS } from "../../analysis/stats/index.js";
import type { Messages } from "./messages.js";
import type { NumberFormat } from "./number-format.js";

/** A ratings row's cells after the model, as every format prints them: verdicts, rating, and interval or why none. */
export function ratingCells(r: Rating, m: Messages, f: NumberFormat): [verdicts: string, rating: string, interval: string] {
  const intervalOrWhy = r.rating === null ? whyUnrated(r, m, f) : f.ratingInterval(r.rating);
  const group = r.group === null ? [] : [m.unrated.group(f.count(r.group.number), f.count(r.group.of))];
  return [f.count(r.verdicts), f.decimal(r.rating?.estimate ?? null, 0), [intervalOrWhy, ...group].join(" · ")];
}

function whyUnrated(r: Rating, m: Messages, f: NumberFormat): string {
  switch (r.unrated) {
    case "won-all":
      return m.unrated.wonAll;
    case "lost-all":
      return m.unrated.lostAll;
    case "alone":
      return m.unrated.alone;
    case "unmatched":
      return m.unrated.unmatched(f.count(MIN_VERDICTS));
    default:
      return m.unrated.tooFew(f.count(MIN_VERDICTS), r.counted === r.verdicts ? null : f.count(r.counted));
  }
}

/** The ratings' notes, with the rule's numbers; what groups are when some suite's models split into them. */
export function ratingsNotes(m: Messages, f: NumberFormat, suites: ReadonlyArray<{ ratings: readonly Rating[] }>): string[] {
  const split = suites.some((suite) => suite.ratings.some((r) => r.group !== null));
  return [m.notes.ratings(f.count(MIN_VERDICTS), f.decimal(PRIOR_SD_POINTS, 0)), ...(split ? [m.notes.ratingGroups] : [])];
}
