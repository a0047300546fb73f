/**
 * What one correct answer costs: total spend on a suite over the answers scored correct (fractional scores add up:
 * two answers at 0.5 make one). Undefined when the cost is unknown or nothing was correct: "no correct answers" has
 * no price, and Infinity would sort and print badly.
 */
export function costPerCorrectAnswer(totalCostUsd: number | null | undefined, correct: number): number | undefined {
  if (totalCostUsd === null || totalCostUsd === undefined || !(correct > 0)) return undefined;
  return totalCostUsd / correct;
}
