import { gated, patternDetector, type PiiDetector } from "../detector.js";

/**
 * A cloud document's or folder's ID in its link (docs.google.com/spreadsheets/d/…/edit, drive.google.com/file/d/…,
 * drive.google.com/drive/folders/…, drive.google.com/open?id=…): a link shared with "anyone who has it" lets whoever holds
 * the ID open the sheet, so the ID is its key, masked as a token is; the host and the path around it stay readable. The
 * ID is long (Google's are 33 or 44 characters); a published form's link (/forms/d/e/…) is meant for anyone and is left.
 */
const SHARED_DOCUMENT_ID =
  /(?:docs\.google\.com\/(?:document|spreadsheets|presentation|forms|drawings)\/d\/|drive\.google\.com\/(?:file\/d\/|drive\/(?:u\/\d\/)?folders\/|open\?id=))(?<secret>[A-Za-z0-9_-]{25,})(?![A-Za-z0-9_-])/dg;

export const SHARED_DOCUMENT_LINKS: readonly PiiDetector[] = [gated(/docs\.google\.com\/|drive\.google\.com\//, patternDetector("API_KEY", SHARED_DOCUMENT_ID))];
