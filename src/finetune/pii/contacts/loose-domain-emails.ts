import { gated, patternDetector, type PiiDetector } from "../detector.js";

/** The endings a domain written loosely must close on: spaces alone between words say nothing without them. */
const TOP_LEVEL = "(?:com|net|org|info|biz|io|me|fm|jp|de|uk|fr|it|es|nl|cn|kr|tw|hk|sg|au|nz|ca|us|edu|gov)";
/**
 * An e-mail whose @ stands but whose domain's dots were mistyped or spaced, as a form or a hand-typed note keeps it: a
 * comma for a dot (h.inoue@gmail,com), a dot with a space beside it (olivia.brown@gmail .com, d.nguyen @ gmail . com),
 * or spaces for the dots after a tight @ (saito-aya@docomo ne jp). The domain must end on a top-level word, so that a
 * mention (@tanaka can you) or a sentence after an address stays.
 */
const LOOSE_DOMAIN_EMAIL = new RegExp(
  String.raw`(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]+(?:@|\s@\s(?=[A-Za-z0-9-]+\s?\.))[A-Za-z0-9-]+(?:(?:\s?\.\s?|,|\s)[A-Za-z0-9-]+){0,3}?(?:\s\.\s?|\.\s|,|\s)${TOP_LEVEL}(?![A-Za-z0-9-]|\.[A-Za-z])`,
  "dg",
);

export const LOOSE_DOMAIN_EMAIL_DETECTOR: PiiDetector = gated(
  /@\s|\s@|@[A-Za-z0-9-]+(?:[ ,]|\.\s)/,
  patternDetector("EMAIL", LOOSE_DOMAIN_EMAIL),
);
