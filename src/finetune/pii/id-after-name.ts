import { type PiiDetector, type Span } from "./detector.js";
import { THING_PREFIX } from "./named-id-detectors.js";

/**
 * A code written right after a person a name detector found, after a space or in brackets (渡会 聡 ST-0085530、…,
 * Sato Ken (EMP-204118)): a list or a slip names a person and then their staff, member or patient code. Capitals, perhaps
 * a hyphen, then five digits or more; not a thing's code by its prefix (佐藤 ORD-118822 is an order the person placed).
 * Read after the name detectors: only a name they found makes the code a person's.
 */
const CODE_AFTER = /^(?:[ \t　]+|[ \t]*[（(][ \t]*)(?<code>[A-Z]{1,4}-?\d{5,}(?:-\d+)?)(?![A-Za-z0-9]|-[A-Za-z0-9])/d;

export const ID_AFTER_NAME_DETECTORS: readonly PiiDetector[] = [
  {
    type: "PERSONAL_ID",
    find(shadow, found) {
      const spans: Span[] = [];
      for (const person of found?.list ?? []) {
        if (person.type !== "PERSON") continue;
        const after = CODE_AFTER.exec(shadow.slice(person.end, person.end + 32));
        if (after === null || THING_PREFIX.test(after.groups!.code!)) continue;
        const [start, end] = after.indices!.groups!.code!;
        spans.push({ start: person.end + start, end: person.end + end });
      }
      return spans;
    },
  },
];
