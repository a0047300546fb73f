import { gated, patternDetector, type PiiDetector } from "../detector.js";
import { isNoPersonAccount } from "../context/no-person-accounts.js";

/**
 * A person's handle in an export's or an API's JSON (a Slack export's `"display_name": "sakurai"`, GitHub's
 * `"login": "octocat"`, `"screen_name"`, `"username"`): the name a person is known by in the tool, as a login is. A
 * handle's shape, one word of letters, digits, `.`, `_` or `-`; not a bot's or the system's (deploy-bot, Slackbot,
 * system), nor a shared or placeholder account (admin, root, user, example), which are no person's
 * (no-person-accounts.ts).
 */
const HANDLE_KEY = String.raw`(?:display_?[Nn]ame|user_?[Nn]ame|screen_?[Nn]ame|login|handle|nick(?:name)?)`;
const HANDLE_VALUE = new RegExp(
  String.raw`"${HANDLE_KEY}"[ \t]*:[ \t]*"(?<secret>[A-Za-z0-9][A-Za-z0-9._-]{1,38})"`,
  "dg",
);

const personal = (match: RegExpExecArray): boolean => {
  const handle = match.groups!.secret!;
  return !isNoPersonAccount(handle) && /[A-Za-z]/.test(handle);
};

export const EXPORT_HANDLE_ID_DETECTORS: readonly PiiDetector[] = [
  gated(new RegExp(String.raw`"${HANDLE_KEY}"[ \t]*:[ \t]*"[A-Za-z0-9]`), patternDetector("PERSONAL_ID", HANDLE_VALUE, personal)),
];
