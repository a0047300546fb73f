import { isAlias, isMap, isScalar, isSeq, type Document } from "yaml";

export type Env = Readonly<Record<string, string | undefined>>;

type Expansion = { ok: true; value: string } | { ok: false; reason: string };

// `${NAME}`, `${NAME:-default}` and the `$${` escape, as in POSIX sh parameter expansion and Docker Compose.
const REFERENCE = /\$\$\{|\$\{([^}]*)\}/g;
const BODY = /^([A-Za-z_][A-Za-z0-9_]*)(?::-([\s\S]*))?$/;

/**
 * Expands `${NAME}` and `${NAME:-default}` from `env`. As in sh, the default also applies when the variable is set
 * but empty; `$${` writes a literal `${`. An unset variable without a default is an error, not an empty string:
 * a missing API key should stop the run before it starts, not fail every request.
 */
export function expandEnv(text: string, env: Env): Expansion {
  let failure: string | undefined;
  const value = text.replace(REFERENCE, (match, body: string | undefined) => {
    if (body === undefined) return "${";
    const parts = BODY.exec(body);
    if (!parts) {
      failure ??= `invalid variable reference "${match}"; write \${NAME} or \${NAME:-default}`;
      return match;
    }
    const [, name = "", fallback] = parts;
    const current = env[name];
    if (fallback !== undefined) return current ? current : fallback;
    if (current === undefined) failure ??= `environment variable ${name} is not set`;
    return current ?? match;
  });
  return failure === undefined ? { ok: true, value } : { ok: false, reason: failure };
}

/**
 * Expands variables in every string value of a parsed document, in place. Keys are left alone, and so are values
 * that are not strings: `concurrency: ${N}` stays a string, so that an API key made of digits never turns into a
 * number. `fail` receives the path of the offending value.
 */
export function expandEnvInDocument(
  document: Document.Parsed,
  env: Env,
  fail: (path: PropertyKey[], reason: string) => never,
): void {
  const walk = (node: unknown, path: PropertyKey[]): void => {
    if (isAlias(node)) return; // expanded where its anchor is defined
    if (isMap(node)) {
      for (const pair of node.items) {
        const key = isScalar(pair.key) ? pair.key.value : pair.key;
        walk(pair.value, [...path, String(key)]);
      }
    } else if (isSeq(node)) {
      node.items.forEach((item, index) => walk(item, [...path, index]));
    } else if (isScalar(node) && typeof node.value === "string" && node.value.includes("${")) {
      const expansion = expandEnv(node.value, env);
      if (!expansion.ok) fail(path, expansion.reason);
      else node.value = expansion.value;
    }
  };
  walk(document.contents, []);
}
