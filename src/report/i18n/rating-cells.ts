import type { Rating } from "../../analysis/types.js";
import { MIN_VERDICTS, PRIOR_SD_POINTS } from "../../analysis/stats/index.js";
import type { Messages } from "./messages.js";
import type { NumberFormat } from "./number-format.js";

/** A ratings row's cells after the model, as every format prints them: verdicts, rating, and interval or why none. */
export function ratingCells(r: Rating, m: Messages, f: NumberFormat): [verdicts: string, rating: string, interval: string] {
  const verdicts = f.count(r.verdicts);
  if (r.rating === null) {
    const why = r.unrated === "won-all" ? m.unrated.wonAll : r.unrated === "lost-all" ? m.unrated.lostAll : m.unrated.tooFew(f.count(MIN_VERDICTS));
    return [verdicts, f.decimal(null, 0), why];
  }
  return [verdicts, f.decimal(r.rating.estimate, 0), f.ratingInterval(r.rating)];
}

/** The ratings' note, with the rule's numbers. */
export function ratingsNote(m: Messages, f: NumberFormat): string {
  return m.notes.ratings(f.count(MIN_VERDICTS), f.decimal(PRIOR_SD_POINTS, 0));
}
