/** A string as one POSIX shell word, for commands printed for the user to paste: quoted when a shell would split it. */
export function shellWord(text: string): string {
  return /^[\w./@%+=:,-]+$/u.test(text) ? text : `'${text.replaceAll("'", `'\\''`)}'`;
}
