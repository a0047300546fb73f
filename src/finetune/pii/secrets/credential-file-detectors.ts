import { gated, matchesOf, type PiiDetector, type Span } from "../detector.js";
import { isNoPersonAccount } from "../context/no-person-accounts.js";

/**
 * The lines of credential files by their documented formats, pasted into a text: PostgreSQL's password file
 * (`~/.pgpass`, hostname:port:database:username:password, one a line), a `.netrc` entry (machine host login user
 * password secret) and an OpenSSH client config's `User` under its `Host` (ssh_config(5)). The password is a secret;
 * the login is its holder's, unless it is a shared service account (postgres, root, git, ubuntu).
 */
const PGPASS_LINE = /^[ \t]*(?:[A-Za-z0-9.*_-]+|\[[0-9A-Fa-f:]+\]):(?:\d{1,5}|\*):[^\s:]+:(?<login>[^\s:]+):(?<secret>[^\s:]+)[ \t]*$/dgm;
/** Where a pasted line of five fields is a password file's: the text names it, or PostgreSQL. */
const PGPASS_CUE = /pgpass|PGPASS|passfile|[Pp]ostgre|psql/;
const NETRC_ENTRY = /(?<![A-Za-z])machine[ \t]+\S+\s+login[ \t]+(?<login>\S+)\s+password[ \t]+(?<secret>\S+)/dg;
/** An ssh_config `User` line (keyword and value, perhaps with `=`), in a text that holds a `Host` or `HostName` line. */
const SSH_CONFIG_USER = /^[ \t]*User[ \t]*(?:=[ \t]*|[ \t])(?<login>[A-Za-z0-9][A-Za-z0-9._-]{0,31})[ \t]*$/dgm;
const SSH_CONFIG_HOST = /^[ \t]*Host(?:Name)?[ \t]*(?:=[ \t]*|[ \t])\S/m;

/** A placeholder in a file's example (<password>, ${PGPASSWORD}, ****), not a value. */
const PLACEHOLDER = /^(?:[<[{$%*]|x+$|\.\.\.)/i;

function entries(shadow: string): RegExpExecArray[] {
  return [...(PGPASS_CUE.test(shadow) ? matchesOf(PGPASS_LINE, shadow) : []), ...matchesOf(NETRC_ENTRY, shadow)];
}

const spansOf = (shadow: string, field: "login" | "secret"): Span[] =>
  entries(shadow).flatMap((match) => {
    const value = match.groups![field]!;
    if (PLACEHOLDER.test(value) || (field === "login" && (isNoPersonAccount(value) || PLACEHOLDER.test(match.groups!.secret!)))) return [];
    const [start, end] = match.indices!.groups![field]!;
    return [{ start, end }];
  });

const GATE = /:[^\s:]+:[^\s:]+:[^\s:]+:|machine[ \t]/;

const sshConfigUsers = (shadow: string): Span[] =>
  !SSH_CONFIG_HOST.test(shadow)
    ? []
    : matchesOf(SSH_CONFIG_USER, shadow)
        .filter((match) => !isNoPersonAccount(match.groups!.login!))
        .map((match) => ({ start: match.indices!.groups!.login![0], end: match.indices!.groups!.login![1] }));

export const CREDENTIAL_FILE_DETECTORS: readonly PiiDetector[] = [
  gated(GATE, { type: "SECRET", find: (shadow) => spansOf(shadow, "secret") }),
  gated(GATE, { type: "PERSONAL_ID", find: (shadow) => spansOf(shadow, "login") }),
  gated(/\n[ \t]*User[ \t=]/, { type: "PERSONAL_ID", find: sshConfigUsers }),
];
