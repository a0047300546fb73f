import type { PiiDetector, Span } from "../detector.js";
import { isMarkedExample } from "./example-values.js";

/**
 * What a cue's word is followed by in code, a page's markup or a link, never the value itself: a markup tag (合言葉
 * </th></tr>…), a call or an index (env.get(, require(, pathKey(), process.env[), an environment's lookup
 * (process.env.API_KEY, os.environ), or an address with its scheme (the password-selector's https://… page). A value
 * before `()` or before `(` or `[` and a quote is called too (faker.string.uuid(), get('KEY')); before `(` alone it is a
 * value and its aside, as the shadow writes a full-width bracket (hanamizuki2027（当日…）, AB12345678CD（本人）).
 */
const MARKUP_TAG = /<\/?[A-Za-z][\w:-]*(?:\s[^<>]*)?\/?>/;
const CALL_OR_INDEX = /^[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)*(?:\(\)?|\[)$/;
const ENVIRONMENT_LOOKUP = /^(?:process\.env|import\.meta\.env|os\.environ|System\.getenv|Deno\.env)(?![\w$])/;
const SCHEME = /^[A-Za-z][A-Za-z0-9+.-]*:\/\//;

export function isProgramText(shadow: string, start: number, end: number): boolean {
  const value = shadow.slice(start, end);
  const called = /^(?:\(\)|[([]["'`])/.test(shadow.slice(end, end + 2)) ? value + shadow[end] : value;
  return MARKUP_TAG.test(value) || CALL_OR_INDEX.test(called) || ENVIRONMENT_LOOKUP.test(value) || SCHEME.test(value);
}

/** The detector's spans but those that are program text (see isProgramText) or marked as an example (example-values.ts). */
export function valuesOnly(detector: PiiDetector): PiiDetector {
  return {
    type: detector.type,
    gate: detector.gate,
    find: (shadow, found) => {
      const spans = detector.find(shadow, found);
      // Most texts give none: then no new list, nor a closure's context (a new list at each text was a quarter of the
      // masking threads' allocations).
      return spans.length === 0 ? spans : valuesIn(shadow, spans);
    },
  };
}

const valuesIn = (shadow: string, spans: readonly Span[]): Span[] => spans.filter((span) => !isProgramText(shadow, span.start, span.end) && !isMarkedExample(shadow, span.end));
