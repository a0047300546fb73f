import { gated, patternDetector, type PiiDetector } from "../detector.js";

/**
 * Two-factor backup or recovery codes listed after their word, within the sentence (2FA backup codes photographed in
 * the chat: 5521-0932 7741-2208, バックアップコード：8831 2290、1175 6603): each code signs in once in the password's
 * place. Codes of two groups of four to six letters or digits, a digit in each, or one of six to ten digits; the list
 * whole. A date, a time or a count (10個) has no such group, and words ("saved offline") no digit.
 */
const CODE = String.raw`(?=[A-Za-z]{0,5}\d)[A-Za-z0-9]{4,6}[- ](?=[A-Za-z]{0,5}\d)[A-Za-z0-9]{4,6}|\d{6,10}`;
const BACKUP_CODE_LIST = new RegExp(
  String.raw`(?:(?:バックアップ|リカバリー?|復旧|予備)コード|(?<![A-Za-z])(?:[Rr]ecovery|[Bb]ackup)[ -]codes?(?![A-Za-z]))(?:[^\n。.!?]|\n(?![ \t]*\n)){0,40}?(?<![A-Za-z0-9-])(?<secret>(?:${CODE})(?:(?:[ \t]*[,、，/][ \t]*|[ \t]+)(?:${CODE}))*)(?![A-Za-z0-9-])`,
  "dg",
);

export const BACKUP_CODE_LISTS: readonly PiiDetector[] = [gated(/(?:バックアップ|リカバリ|復旧|予備)コード|[Rr]ecovery[ -]code|[Bb]ackup[ -]code/, patternDetector("SECRET", BACKUP_CODE_LIST))];
