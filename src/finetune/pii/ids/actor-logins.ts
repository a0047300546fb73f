import { gated, patternDetector, type PiiDetector } from "../detector.js";
import { isNoPersonAccount } from "../context/no-person-accounts.js";

/**
 * A login named as the one who acted, from a machine (search run by ewh… from workstation 172.16.40.23, file removed
 * by mgarcia from host ops-07): an audit line's actor. A login's shape in lower case; not a shared account (admin,
 * root) nor a way "by" says (by default, by mistake, by hand), nor a program (by cron). From a machine: a person signs
 * in from one; a program runs on one (restarted by systemd on host app-02).
 */
const ACTOR_LOGIN =
  /(?<![A-Za-z])by[ \t]+(?<secret>[a-z][a-z0-9._-]{1,30}[a-z0-9])[ \t]+from[ \t]+(?:(?:workstation|host|machine|terminal|laptop|desktop|PC|pc|device|IP|node)(?![A-Za-z])|\d{1,3}(?:\.\d{1,3}){3}(?![\d.]))/dg;

export const ACTOR_LOGIN_DETECTORS: readonly PiiDetector[] = [
  gated(
    /by[ \t]+[a-z][a-z0-9._-]+[ \t]+from[ \t]/,
    patternDetector("PERSONAL_ID", ACTOR_LOGIN, (match) => !isNoPersonAccount(match.groups!.secret!)),
  ),
];
