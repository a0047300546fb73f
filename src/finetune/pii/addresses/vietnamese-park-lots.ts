import { gated, patternDetector, type PiiDetector } from "../detector.js";

/**
 * A Vietnamese address in an industrial park, an export zone or a new urban area, by its lot (Lô A-3, Lô CN5, Số 12),
 * perhaps its numbered road (Đường số 2), the park (KCN An Đồn, Khu công nghiệp Tân Bình, KĐT Sala), perhaps its ward,
 * then its district and its city (…, Quận Sơn Trà, Đà Nẵng); each word also without its diacritics. The lot and the
 * park's word with a district after them name one firm's or one household's door; a park alone (KCN Quang Minh) is a
 * place.
 */
const LOT = String.raw`\b(?:Lô|Lo|Số|So|[Nn]hà|[Nn]ha) [A-Z]{0,3}-?\d{1,4}(?:[-/][A-Z0-9]{1,4})?`;
const ROAD = String.raw`(?:,? (?:Đường|đường|Duong|duong) (?:số |so )?[\p{L}\d]+(?: [\p{L}\d]+){0,3})?`;
const PARK_WORD = String.raw`(?:KCN|KCX|KCNC|KĐT|KDT|Khu (?:công nghiệp|cong nghiep|chế xuất|che xuat|đô thị|do thi|công nghệ cao|cong nghe cao)|Cụm công nghiệp|Cum cong nghiep)`;
const PLACE = String.raw`\p{Lu}[\p{L}\d]*(?: \p{Lu}[\p{L}\d]*){0,3}`;
const WARD = String.raw`(?:, (?:[Pp]hường|[Pp]huong|Xã|Xa|P\.) ?${PLACE})?`;
const DISTRICT = String.raw`, (?:[Qq]uận|[Qq]uan|[Hh]uyện|[Hh]uyen|Thị xã|Thi xa|Q\.) ?${PLACE}`;
const CITY = String.raw`(?:, (?:(?:TP\.|Thành phố|Thanh pho|Tỉnh|Tinh) ?)?${PLACE})?`;
const PARK_LOT_ADDRESS = new RegExp(`${LOT}${ROAD}, ${PARK_WORD} ${PLACE}${WARD}${DISTRICT}${CITY}`, "dgu");

export const VIETNAMESE_PARK_LOT_DETECTORS: readonly PiiDetector[] = [
  gated(/\b(?:KCN|KCX|KCNC|KĐT|KDT|Khu|Cụm|Cum) /u, patternDetector("ADDRESS", PARK_LOT_ADDRESS)),
];
