import { gated, patternDetector, type PiiDetector } from "../detector.js";

/**
 * A Vietnamese village address, from the hamlet (Thôn 4, Xóm Đông, Ấp 3, Bản Lác) through its commune or township (Xã,
 * Thị trấn), its district (Huyện, Thị xã) and perhaps its province and the country (…, Tỉnh Nam Định, Việt Nam); each
 * word also without its diacritics, as a form or a Latin keyboard writes it. A village has no street or house number:
 * the hamlet under a commune and a district names the household's door, where a commune alone is a place.
 */
const PLACE = String.raw`\p{Lu}[\p{L}\d]*(?: \p{Lu}[\p{L}\d]*){0,3}`;
const HAMLET = String.raw`(?<![\p{L}\d])(?:Thôn|Thon|Xóm|Xom|Ấp|Ap|Bản|Ban) (?:\d{1,3}[A-Z]?|${PLACE})`;
const COMMUNE = String.raw`, (?:Xã|xã|Xa|xa|Thị trấn|Thi tran) ${PLACE}`;
const DISTRICT = String.raw`, (?:[Hh]uyện|[Hh]uyen|Thị xã|Thi xa|[Qq]uận|[Qq]uan) ${PLACE}`;
const PROVINCE = String.raw`(?:, (?:(?:Tỉnh|Tinh|TP\.|Thành phố|Thanh pho) )?${PLACE})?(?:, (?:Việt Nam|Viet Nam|Vietnam))?`;
const HAMLET_ADDRESS = new RegExp(`${HAMLET}${COMMUNE}${DISTRICT}${PROVINCE}`, "dgu");

export const VIETNAMESE_HAMLET_ADDRESS_DETECTORS: readonly PiiDetector[] = [
  gated(/(?<![\p{L}\d])(?:Thôn|Thon|Xóm|Xom|Ấp|Ap|Bản|Ban) [^,\n]{1,20}, (?:Xã|xã|Xa|xa|Thị trấn|Thi tran) /u, patternDetector("ADDRESS", HAMLET_ADDRESS)),
];
