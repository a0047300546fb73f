import { gated, patternDetector, type PiiDetector } from "../detector.js";

/**
 * A player's account number in a game or on a game's store: a Steam account's 64-bit ID (17 digits opening 7656119,
 * written wherever a profile is pasted: no other number has that shape), and a game's numeric ID after its word
 * (ゲームID 281933047, Game ID: 1029 3847 56): eight digits or more, so a level's or a match's short number stays (a
 * UID is read with other accounts named in prose: prose-account-numbers.ts).
 */
const STEAM_ID_64 = /(?<![\dA-Za-z])(?<secret>7656119\d{10})(?![\dA-Za-z])/dg;
const GAME_ID = /(?:ゲーム(?:内)?ID|(?<![A-Za-z])(?:[Gg]ame ?ID|[Ss]team ?ID(?:64)?))[ \t]*(?:は|:|：|=|#)?[ \t]*(?<secret>\d{8,12}|\d{3,4}(?:[ -]\d{2,4}){2,3})(?![\d-])/dg;

export const GAME_ACCOUNT_NUMBERS: readonly PiiDetector[] = [
  gated(/7656119/, patternDetector("PERSONAL_ID", STEAM_ID_64)),
  gated(/ゲーム(?:内)?ID|[Gg]ame ?ID|[Ss]team ?ID/, patternDetector("PERSONAL_ID", GAME_ID)),
];
