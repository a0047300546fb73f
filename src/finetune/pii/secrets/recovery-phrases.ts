import { gated, patternDetector, type PiiDetector } from "../detector.js";

/**
 * A crypto wallet's recovery phrase after its word (seed: abandon ability able …, シードフレーズは「…」, mnemonic = …):
 * whoever reads it holds the coins. Twelve to twenty-four short lower-case words, a count of three (12, 15, 18, 21,
 * 24: the standard's lengths). An English sentence after "seed:" (seed: run the script with your test data) has words
 * the standard's list does not hold.
 */
const RECOVERY_PHRASE = new RegExp(
  String.raw`(?:(?<![A-Za-z])(?:[Ss]eed(?: phrase| words)?|[Mm]nemonic(?: phrase)?|[Rr]ecovery (?:phrase|words)|[Ss]ecret (?:recovery )?phrase|[Bb]ackup phrase)(?![A-Za-z])|シードフレーズ|シード|リカバリーフレーズ|復元フレーズ|ニーモニック)(?:[ \t]*[（(][^）)\n]{1,12}[）)])?[ \t]*(?:は|:|：|=|is)[ \t]*["「『]?(?<secret>[a-z]{3,8}(?:[ 　]+[a-z]{3,8}){11,23})(?![ 　]*[A-Za-z])`,
  "dg",
);

/** Words a sentence has and the standard's word list lacks. */
const SENTENCE_WORD = /(?:^|[ 　])(?:the|and|for|with|this|that|then|from|into|your|are|was|were|will|when|but|has|have|our|its)(?=[ 　]|$)/;

const recoveryPhrase = (match: RegExpExecArray): boolean => {
  const words = match.groups!.secret!.split(/[ 　]+/);
  return words.length % 3 === 0 && !SENTENCE_WORD.test(match.groups!.secret!);
};

export const RECOVERY_PHRASES: readonly PiiDetector[] = [
  gated(/[Ss]eed|[Mm]nemonic|[Rr]ecovery (?:phrase|words)|[Ss]ecret (?:recovery )?phrase|[Bb]ackup phrase|シード|リカバリーフレーズ|復元フレーズ|ニーモニック/, patternDetector("SECRET", RECOVERY_PHRASE, recoveryPhrase)),
];
