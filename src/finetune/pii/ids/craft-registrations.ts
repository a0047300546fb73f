import { gated, patternDetector, type PiiDetector } from "../detector.js";

/**
 * A craft's registration after the craft's, its flag's or its keeper's word (Drone pilot's registration JU-2B4C7E91D3F0,
 * Swedish flag, registration SE-1148-73, the yacht's registration no. GBR-40217): a drone's, a boat's or a plane's
 * register finds its owner by it. A country's or a register's letters, a hyphen, then letters and digits with four digits
 * or more, so a fee, a date or a class after the word (registration fee 3,000, registration 2026-12-01, class A-12) stays;
 * a firm's registration (company registration …) has no such word before it.
 */
const CRAFT_REGISTRATION =
  /(?<![A-Za-z])(?:(?:[Dd]rone|[Bb]oat|[Yy]acht|[Vv]essel|[Cc]raft|[Aa]ircraft|[Pp]lane|[Dd]inghy|[Pp]ilot|[Ss]kipper|[Oo]wner)(?:'s|’s)?|[Ff]lag,?|[Hh]is|[Hh]er|[Tt]heir) [Rr]egistration(?: (?:[Nn]o\.?|[Nn]umber|#))?[ \t]*[:#]?[ \t]*(?<secret>[A-Z]{1,4}-(?=[A-Z0-9-]*\d[A-Z0-9-]*\d[A-Z0-9-]*\d[A-Z0-9-]*\d)[A-Z0-9]{2,14}(?:-[A-Z0-9]{1,8})?)(?![A-Za-z0-9-])/dg;

export const CRAFT_REGISTRATIONS: readonly PiiDetector[] = [gated(/[Rr]egistration/, patternDetector("PERSONAL_ID", CRAFT_REGISTRATION))];
