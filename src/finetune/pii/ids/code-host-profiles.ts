import { before, gated, patternDetector, type PiiDetector } from "../detector.js";

/** A code host's own pages at the first step of its path: a product's page, not a member's. */
const HOST_PAGE = /^(?:about|features|pricing|topics|explore|marketplace|sponsors|login|logout|join|signup|settings|orgs|organizations|enterprise|site|security|contact|trending|collections|apps|notifications|search|users|groups|help|dashboard)$/i;

/** A module's path in a build file or a command (require github.com/…, go get github.com/…) is a program's, not a list of people. */
const MODULE_WORD = /(?:^|\s)(?:import|require|module|replace|go (?:get|install)|npm i(?:nstall)?|pip install)\s+(?:\S+\s+)?$/;

/**
 * A member's handle on a code host, the first step of a profile's or a repository's address (github.com/tkhrmiura/pocket-clinic,
 * gitlab.com/nanami-w): a list of entrants or contributors names each by it. A module path in quotes (import
 * "github.com/…") or one after a build file's word is program text, and the host's own pages (github.com/features) are no one's.
 */
const CODE_HOSTS = String.raw`(?:github\.com|gitlab\.com|bitbucket\.org|codeberg\.org)`;
const CODE_HOST_HANDLE = new RegExp(
  String.raw`(?<![A-Za-z0-9_."'\`/-])(?:https?:\/\/)?(?:www\.)?${CODE_HOSTS}\/(?<secret>[A-Za-z0-9](?:[A-Za-z0-9_.-]{0,38}[A-Za-z0-9])?)(?![A-Za-z0-9_-])`,
  "dg",
);

export const CODE_HOST_PROFILES: readonly PiiDetector[] = [
  gated(new RegExp(CODE_HOSTS), patternDetector("PERSONAL_ID", CODE_HOST_HANDLE, (match, shadow) => !HOST_PAGE.test(match.groups!.secret!) && !MODULE_WORD.test(before(shadow, match.index, 40)))),
];
