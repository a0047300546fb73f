/** Shapes shared by the statistics (src/analysis/stats/*) and everything that reports them. */

/** A mean with a 95% (or `level`) confidence interval. */
export interface Interval {
  estimate: number;
  low: number;
  high: number;
  level: number;
}

/** One model's scores on a suite's items: per item, the values of its samples (several when samples > 1). */
export type ItemScores = ReadonlyMap<string, readonly number[]>;

/** A pairwise-judge verdict between two models, as stored (one per order shown). */
export interface PairwiseOutcome {
  modelA: string;
  modelB: string;
  /** 'a' or 'b' won, or a tie; both orders of one pair are consolidated before fitting. */
  verdict: "a" | "b" | "tie";
  strong: boolean;
}

export interface Rating {
  model: string;
  /** Stored verdicts the model took part in (one per order shown). */
  verdicts: number;
  /**
   * Of those, the ones against its own group — all a rating rests on: a verdict against a model of another group, or
   * against one that won or lost every verdict, went the way all of them did and cannot size a gap. 0 for a model
   * without a group (a perfect record) or alone in one.
   */
  counted: number;
  /**
   * Bradley–Terry strength on the Elo-like scale (400 · log10 odds, 1000 the mean of the rated models); null when
   * `unrated` says why there is no number to trust.
   */
  rating: Interval | null;
  /**
   * Fewer verdicts than the minimum (inside its group), every verdict won or every one lost, alone in its group (no
   * finite fit), or the only one of its group with enough verdicts (a rating is a gap to another rated model: there is
   * none); null when rated.
   */
  unrated: "too-few" | "won-all" | "lost-all" | "alone" | "unmatched" | null;
  /**
   * When every verdict between some groups of models went one way (the gaps between them have no finite estimate):
   * this model's group, 1 the group that won, and how many; `rating` is then on its group's own scale. Null when the
   * models (those without a perfect record) form one group.
   */
  group: { number: number; of: number } | null;
}
