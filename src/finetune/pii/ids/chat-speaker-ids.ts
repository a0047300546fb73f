import { CHAT_ROLE as ROLE } from "../context/chat-roles.js";
import { gated, patternDetector, type PiiDetector } from "../detector.js";

/**
 * A staff member's code as a chat turn's speaker: after the turn's time and a person's role, before the colon
 * (`[22:14] ドライバー DRV-30418: …`, `08:03 Agent AG-2231: …`): the code stands for the person who speaks. A role of a
 * person only (a driver, an agent, a nurse …), and a code of letters with digits: a numbered speaker (Driver 2:) or a
 * thing's code after a time (`10:02 PR-1234: merged`) stays.
 */
const SPEAKER_CODE = new RegExp(
  String.raw`(?<![0-9:])\[?\d{1,2}:\d{2}(?::\d{2})?\]?[ \t]+${ROLE}[ \t]+(?<secret>[A-Za-z]{1,6}[-_]?\d{3,}[A-Za-z0-9]*)[ \t]*[:：]`,
  "dg",
);

export const CHAT_SPEAKER_ID_DETECTORS: readonly PiiDetector[] = [
  gated(new RegExp(String.raw`\d:\d\d\]?[ \t]+${ROLE}[ \t]+[A-Za-z]`), patternDetector("PERSONAL_ID", SPEAKER_CODE)),
];
