import { CHAT_ROLE as ROLE } from "../context/chat-roles.js";
import { gated, matchesOf, type PiiDetector } from "../detector.js";
import { isEnglishWord } from "./english-person-tagger.js";
import { FIRM_OR_THING_WORD } from "../lexicon/firm-words.js";
import { ORGANISATION_WORD } from "./name-detectors.js";
import { worldNames } from "../lexicon/world-name-lexicon.js";

/**
 * A turn's role, or the in-house channel's word a team's own turns carry in place of one (`[11:40] 社内 Wataru: …`,
 * a log that mixes customers' turns with staff talk): either stands before a staff member's name.
 */
const SPEAKER_ROLE = `(?:${ROLE}|社内)`;

/**
 * A staff member's Latin name as a chat turn's speaker: after the turn's time and a person's role, before the colon
 * (`[2026-11-06 09:05] サポート Kenji: …`, `14:40 Support Yuki: …`, `08:03 Agent Maria Lopez: …`). A word of a thing or
 * a desk (Support Team:, Agent Bot:) or an English word no name list holds (Staff Only:) is no speaker.
 */
const SPEAKER_NAME = new RegExp(
  String.raw`(?<![0-9:])\[?\d{1,2}:\d{2}(?::\d{2})?\]?[ \t]+${SPEAKER_ROLE}[ \t]+(?<name>[A-Z][a-z]{1,14}(?:[ \t][A-Z][a-z]{1,14})?)[ \t]*[:：]`,
  "dg",
);

const NOT_A_SPEAKER = /^(?:Bot|Chatbot|Auto|Automatic|System|Desk|Line|Chat|Only|Reply)$/;

function isSpeakerName(words: readonly string[]): boolean {
  const { latinGiven, latinFamily } = worldNames();
  return words.every(
    (word) =>
      !NOT_A_SPEAKER.test(word) && !FIRM_OR_THING_WORD.test(word) && !ORGANISATION_WORD.test(word) && (!isEnglishWord(word) || latinGiven.has(word) || latinFamily.has(word)),
  );
}

export const CHAT_SPEAKER_NAME: PiiDetector = gated(new RegExp(String.raw`\d:\d\d\]?[ \t]+${SPEAKER_ROLE}[ \t]+[A-Z][a-z]`), {
  type: "PERSON",
  find: (shadow) =>
    matchesOf(SPEAKER_NAME, shadow).flatMap((match) => {
      const [start, end] = match.indices!.groups!.name!;
      return isSpeakerName(match.groups!.name!.split(/[ \t]/)) ? [{ start, end }] : [];
    }),
});
