import { describe, expect, it } from "vitest";
import { evaluateInstructions } from "../../../src/scoring/ifeval/evaluate.js";
import { makeItem } from "../make-item.js";
import { quirkCases } from "./reference-quirks.js";

describe("reference behaviour at the edges of each checker", () => {
  it.each(quirkCases.map((c) => [`${c.id}: ${c.name}`, c] as const))("%s", (_title, c) => {
    const item = makeItem({ fields: { instruction_id_list: [c.id], kwargs: [c.kwargs] } });
    expect(evaluateInstructions(item, c.response).strict.instructions).toEqual([c.followed]);
  });
});
