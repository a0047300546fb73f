import { gated, matchesOf, type PiiDetector, type Span } from "../detector.js";

/**
 * A person's initials where a hand-over or a note is signed (Handover signed — C.W., Signed: M.K.T., initials: R.O.):
 * two or three capitals, each with its full stop, after the signing word and a dash or a colon. Not an abbreviation
 * written so (Signed: N.A., signed — U.S. office).
 */
const SIGNED_INITIALS = /(?<![\p{L}])(?:[Ss]igned(?:[ \t]+off)?|[Ii]nitials?|[Ii]nitialled)[ \t]*(?:[:：]|[—–-])[ \t]*(?<name>\p{Lu}\.[ \t]?\p{Lu}\.(?:[ \t]?\p{Lu}\.)?)(?![\p{L}\p{N}]|[ \t]+\p{L})/dgu;
const ABBREVIATION = /^(?:N\.A\.|N\.B\.|U\.S\.|U\.K\.|E\.U\.|P\.S\.|A\.M\.|P\.M\.|U\.N\.|D\.C\.)$/;

function findSignedInitials(shadow: string): Span[] {
  return matchesOf(SIGNED_INITIALS, shadow).flatMap((match) => {
    const [start, end] = match.indices!.groups!.name!;
    return ABBREVIATION.test(match.groups!.name!.replace(/[ \t]/g, "")) ? [] : [{ start, end }];
  });
}

export const SIGNED_INITIALS_NAME: PiiDetector = gated(/[Ss]igned|[Ii]nitial/, { type: "PERSON", find: findSignedInitials });
