import { gated, patternDetector, type PiiDetector } from "../detector.js";

/**
 * An application's code after 申込 alone, its number's word left out (申込書（申込 CR-2611-018）, 申込み：AP-26-0412): the
 * applicant's file, as 申込番号 is. A code of capitals and two groups of digits or more, so that a form's edition or a
 * date after the word (申込 TR-3, 申込 11-30) stays; 申込書, 申込金 and 申込日 name the form, the fee and the day.
 */
const BARE_APPLICATION =
  /(?<![\p{Script=Han}])申込み?(?![書金日者先])[ \t　]*(?:[:：]|は)?[ \t　]*(?<secret>[A-Z]{1,4}-\d{2,6}(?:-\d{2,6}){1,2})(?![A-Za-z0-9-])/dgu;
/**
 * The desk saying right after the code that it took the application (ネット申込 W-… は受付済み, … で承りました): the desk's
 * reception number, an order's look-alike as 受付番号 is, not an applicant's file.
 */
const DESK_RECEIVED_AFTER = /^[ \t　]*(?:は|で|を)[ \t　]*(?:受付済|受け?付け?(?:済|ました|完了)|承り)/u;

export const BARE_APPLICATION_NUMBERS: readonly PiiDetector[] = [
  gated(
    /申込/,
    patternDetector("PERSONAL_ID", BARE_APPLICATION, (match, shadow) => {
      const end = match.indices!.groups!.secret![1];
      return !DESK_RECEIVED_AFTER.test(shadow.slice(end, end + 12));
    }),
  ),
];
