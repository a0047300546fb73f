import { gated, patternDetector, type PiiDetector } from "../detector.js";

/**
 * A researcher's ORCID iD (0000-0002-7714-3096, 0000-0001-9283-114X, https://orcid.org/0009-0006-3387-1145): four groups
 * of four from 0000 or 0009, the last character a digit or X (a check digit of ten, no letter to stop at). Taken where
 * its ISO 7064 MOD 11-2 check holds, or, copied with a slip, where ORCID is named shortly before (its column's heading,
 * the line's label): a serial or an order's number of the same layout has neither.
 */
const ORCID_SHAPE = /(?<![\dA-Za-z-])(?<secret>000[09]-\d{4}-\d{4}-\d{3}[\dX])(?![\dA-Za-z-])/dg;

export function hasOrcidCheck(id: string): boolean {
  const characters = id.replace(/-/g, "");
  let total = 0;
  for (const digit of characters.slice(0, 15)) total = ((total + Number(digit)) * 2) % 11;
  const check = (12 - (total % 11)) % 11;
  return characters[15] === (check === 10 ? "X" : String(check));
}

/** How far before an iD its name is looked for: a table's heading a few rows up. */
const ORCID_NAME_REACH = 600;
const ORCID_NAME = /ORCID|[Oo]rcid/;

export const ORCID_IDS: readonly PiiDetector[] = [
  gated(
    /000[09]-\d{4}-/,
    patternDetector("PERSONAL_ID", ORCID_SHAPE, (match, shadow) => hasOrcidCheck(match.groups!.secret!) || ORCID_NAME.test(shadow.slice(Math.max(0, match.index - ORCID_NAME_REACH), match.index))),
  ),
];
