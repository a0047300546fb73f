import { scoreDetailText } from "../../src/report/i18n/score-detail-text.js";
import type { ScoreDetail } from "../../src/scoring/score-detail.js";

/** A score's detail as the English report words it: free text as it is, a coded detail through the catalogue. */
export function detailText(detail: string | ScoreDetail | undefined): string | undefined {
  return typeof detail === "object" ? scoreDetailText(detail, "en") : detail;
}
