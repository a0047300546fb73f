import { z } from "zod";
import { storedExtracted } from "../score-detail.js";
import type { ScorerDefinition } from "../types.js";
import { isRefusal } from "./refusal-phrases.js";

const options = z.object({}).strict();

/**
 * Refuses exactly when it should: an item marked `answerable: false` (its source documents are not in the
 * collection) passes when the answer says it cannot answer from the documents; any other item passes when the
 * answer does not refuse.
 */
export const refusalScorer: ScorerDefinition<typeof options> = {
  name: "refusal",
  description: "refuses on unanswerable items (answerable: false) and answers the others",
  options,
  create: () => (item, response) => {
    const shouldRefuse = item.fields.answerable === false;
    const refused = isRefusal(response.text);
    const passed = refused === shouldRefuse;
    return { value: passed ? 1 : 0, passed, extracted: storedExtracted({ code: "refusal", refused }), detail: { code: "refusal", refused, shouldRefuse } };
  },
};
