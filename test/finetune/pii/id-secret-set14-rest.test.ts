import { describeMaskingClasses } from "../support/masking-cases.js";

/**
 * ID, secret, card and phone rules by class that the rest of the fourteenth set's misses called for (issue 13), each
 * with other values than the set's and the look-alikes it must leave alone (expected === input).
 */
describeMaskingClasses("ID and secret classes of the fourteenth set's rest", {
  "a police or a court case's number and a request's are the matter's; a requester's is a person's": [
    ["警察に相談済み（事案番号 KN-25-03-1187）", "警察に相談済み（事案番号 KN-25-03-1187）"],
    ["事件番号 AB-2025-0042 の期日", "事件番号 AB-2025-0042 の期日"],
    ["削除依頼済み（依頼番号 DEL-5521）", "削除依頼済み（依頼番号 DEL-5521）"],
    ["依頼者番号 CL-20931 の方", "依頼者番号 [PERSONAL_ID] の方"],
  ],
});
