/**
 * Names an account or a login takes that no person holds: the folders every machine has and placeholders (Public,
 * Default, USERNAME, yourname, foo), service and CI accounts (root, postgres, runner, ec2-user, www-data), bots and the
 * system (deploy-bot, Slackbot, github-actions, noreply), programs (cron, scheduler), and the words a handle or a
 * by-line holds in a login's place ("login": "null", by default, by hand, by mistake). One list for every rule that
 * takes a login by where it stands (a user's folder, a credential file, an account column or a checklist's row, an
 * ssh config's User, an export's handle, an audit line's actor): a name that is no one's in one of these is no one's
 * in the others. A bot by its separator or its tool's word (ci-bot, bot_alerts, dependabot), not by its last letters
 * alone: Talbot and Abbot are people.
 */
const NO_PERSON_ACCOUNT = new RegExp(
  [
    // Folders and accounts every machine or image has, and placeholders.
    "Public|Default|Default User|All Users|Shared|Guest|Administrator|admin|root|user|users|username|me|you|yourname|your[_-]?name|name|someone|somebody|anyone|everyone|nobody|people|foo|foobar|example|test|demo",
    // Service, CI and database accounts.
    "runner|ubuntu|ec2-user|centos|debian|vagrant|node|app|www-data|jenkins|circleci|travis|git|docker|builder|build|buildbot|vscode|codespace|gitpod|linuxbrew|pi|postgres|mysql|oracle|runneradmin|VssAdministrator|WDAGUtilityAccount",
    // Bots, the system and programs.
    "system|service|script|cron|scheduler|slackbot|dependabot|renovate|github-actions|ci|deploy|noreply|no-reply|anonymous|unknown|itself",
    // Words a by-line or a handle holds where a login would be (by default, by hand, by e-mail; "login": "null").
    "default|mistake|accident|design|hand|email|e-mail|mail|phone|post|chance|policy|null|none|true|false|undefined",
  ]
    .map((names) => `^(?:${names})$`)
    .concat(["(?:^|[._-])bot$", "^bot[._-]"])
    .join("|"),
  "i",
);

export const isNoPersonAccount = (name: string): boolean => NO_PERSON_ACCOUNT.test(name);
