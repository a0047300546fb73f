import { gated, patternDetector, type PiiDetector } from "../detector.js";

/**
 * A passenger's name as an airline's booking (PNR) or a ticket writes it: SURNAME/GIVEN in capitals, then a title, spaced
 * or straight on (TANAKA/HIROSHI MR, KINJO/TAKUMI MSTR, SATO/HANAKO MRSの予約). The title makes it a person: routes
 * (HND/CTS), statuses (OK/CONFIRMED) and pairs of words (AND/OR) have none.
 */
const PASSENGER_NAME = /(?<![A-Za-z/])(?<secret>[A-Z]{2,20}\/[A-Z]{2,20}(?: [A-Z]{2,20})?) ?(?=(?:MRS|MR|MS|MISS|MSTR|DR|CHD|INF|MX)(?![A-Za-z]))/dg;

export const PASSENGER_NAME_RECORD: PiiDetector = gated(/[A-Z]\/[A-Z]/, patternDetector("PERSON", PASSENGER_NAME));
