import type { Span } from "../detector.js";

/**
 * A name in brackets after the word that says it is one a writer chose (ラジオネーム「河原のカワセミ」, ペンネーム『夜更けの
 * 猫』, RN「みかん畑」): a listener's or a writer's pen name, which a show reads out and no register ties to a person. A
 * surname or a given name the rules read inside it names no one.
 */
const PEN_NAME = /(?:ラジオネーム|ペンネーム|リスナーネーム|(?<![A-Za-z])(?:RN|PN|P\.N\.))[ 　]*(?:[:：][ 　]*)?(?:は[ 　]*)?(?:「[^「」\n]{1,24}」|『[^『』\n]{1,24}』)/gu;

/** The spans of such pen names, their brackets with them. */
export function penNameSpans(shadow: string): Span[] {
  if (!/ネーム|RN|PN|P\.N\./.test(shadow)) return [];
  return [...shadow.matchAll(PEN_NAME)].map((match) => ({ start: match.index, end: match.index + match[0].length }));
}
