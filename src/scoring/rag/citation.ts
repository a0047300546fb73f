import { z } from "zod";
import { storedExtracted } from "../score-detail.js";
import type { ScorerDefinition } from "../types.js";
import { clip } from "../verdict.js";
import { citedIds, fileOf } from "./citations.js";
import { goldSources, requireSources } from "./gold-sources.js";

const options = z.object({}).strict();

/** Cited documents (from passage ids in brackets) against the item's gold source documents. */
function citationScorer(kind: "precision" | "recall"): ScorerDefinition<typeof options> {
  const name = `citation-${kind}`;
  return {
    name,
    description:
      kind === "precision"
        ? "share of the documents the answer cites ([file#n]) that are gold sources of the item"
        : "share of the item's gold source documents that the answer cites ([file#n])",
    options,
    checkItem: requireSources(name),
    create: () => (item, response) => {
      const gold = new Set(goldSources(item) ?? []);
      const cited = [...new Set(citedIds(response.text).map(fileOf))];
      const hits = cited.filter((file) => gold.has(file)).length;
      const denominator = kind === "precision" ? cited.length : gold.size;
      // No citation at all: nothing cited is right, and nothing gold is found.
      const value = denominator === 0 ? 0 : hits / denominator;
      return {
        value,
        passed: value === 1,
        extracted: cited.length > 0 ? clip(cited.join(", "), 200) : storedExtracted({ code: "no-citation" }),
        detail: { code: "citations", kind, hits, of: denominator },
      };
    },
  };
}

export const citationPrecisionScorer = citationScorer("precision");
export const citationRecallScorer = citationScorer("recall");
