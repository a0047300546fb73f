import { gated, patternDetector, type PiiDetector } from "../detector.js";

/**
 * An app password as a mail or cloud account issues it, sixteen small letters in four groups of four, after its name
 * (アプリパスワード qvzt mkpe rhaw lsnd, App password: bxkw-trmp-qzea-lonv, アプリ用パスワードは wxyzqbdfghtjklmn): a
 * login to the account. Only after the app password's own name, and random: written whole, or a group holding no vowel,
 * as four words of four letters in prose always do (app password page then send them back).
 */
const APP_PASSWORD =
  /(?:アプリ(?:用)?[ \t　]?パスワード|(?<![A-Za-z])(?:[Aa]pp(?:lication)?(?:-specific)?[ -][Pp]assword|APP PASSWORD))s?[ \t　]*(?:は|[:：]|is)?[ \t　]*(?<secret>[a-z]{4}(?:([ -]?)[a-z]{4}(?:\2[a-z]{4}){2}))(?![A-Za-z0-9])/dgu;

const RANDOM_LETTERS = /^[a-z]{16}$|(?:^|[ -])[b-df-hj-np-tv-xz]{4}(?:[ -]|$)/;

export const APP_PASSWORDS: readonly PiiDetector[] = [gated(/アプリ|[Aa]pp|APP/, gated(/パスワード|[Pp]assword|PASSWORD/, patternDetector("SECRET", APP_PASSWORD, (match) => RANDOM_LETTERS.test(match.groups!.secret!))))];
