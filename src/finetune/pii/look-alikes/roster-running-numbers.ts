/**
 * A term's code and a count (a boat school's March class, KS-2603-01, KS-2603-02 …; a check-in desk's CK-2611-001 …):
 * letters, the term (its year and month, 2603, or its year, 2026, perhaps with the month) and a count of two or three
 * digits.
 */
const DATED_COUNT = /^(?<series>[A-Z]{1,5}-(?:\d\d(?:0[1-9]|1[0-2])|(?:19|20)\d\d(?:0[1-9]|1[0-2])?)-)(?<count>\d{2,3})$/;

/**
 * Whether a column's codes are a roster's running numbers: three or more of one term's series (DATED_COUNT), counting up
 * by one from row to row. The list numbers its rows anew each term, a seat in that class or a slot of that day: the row's
 * place, no one's lasting number (a member's or a student's is kept from term to term and carries no term's date).
 */
export function areRunningNumbers(codes: readonly string[]): boolean {
  if (codes.length < 3) return false;
  const parts = codes.map((code) => DATED_COUNT.exec(code)?.groups);
  return parts.every((part, index) => part !== undefined && part.series === parts[0]!.series && (index === 0 || Number(part.count) === Number(parts[index - 1]!.count) + 1));
}
