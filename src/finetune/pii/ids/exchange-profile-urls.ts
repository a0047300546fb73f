import { gated, patternDetector, type PiiDetector } from "../detector.js";

/**
 * A work-exchange or hospitality site's member page whole (workaway.info/en/workawayer/OisinMGP,
 * couchsurfing.com/people/mika-t): its path's word says the page is one traveller's, and the address left beside a
 * masked handle still leads to them. A host's or the site's own pages (workaway.info/en/hostlist) are no member's.
 */
const MEMBER_PROFILE_URL =
  /(?<![\w.-])(?:https?:\/\/)?(?:www\.)?(?:workaway\.info\/(?:[a-z]{2}\/)?workawayer|couchsurfing\.com\/people)\/[A-Za-z0-9][A-Za-z0-9._%-]*[A-Za-z0-9_%-]?(?![A-Za-z0-9_%-]|\.[A-Za-z0-9])/dg;

export const EXCHANGE_PROFILE_URLS: readonly PiiDetector[] = [gated(/workaway\.info|couchsurfing\.com/, patternDetector("PERSONAL_ID", MEMBER_PROFILE_URL))];
