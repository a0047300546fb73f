/** As src/config/redact.ts writes it. */
const REDACTED = "[redacted]";

/**
 * A stored config (a run's or a model's, parsed) with every API key and header value replaced, at any depth. The store
 * keeps configs redacted already (src/config/redact.ts); a file that leaves the machine is redacted again so that a
 * store written another way (by hand, by an older kurabe, by a future field) cannot carry a key out with it.
 */
export function redactStoredConfig(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(redactStoredConfig);
  if (typeof value !== "object" || value === null) return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, inner]) => {
      if (/^api_?key$/i.test(key) && inner !== null && inner !== undefined) return [key, REDACTED];
      if (key === "headers" && typeof inner === "object" && inner !== null && !Array.isArray(inner)) {
        return [key, Object.fromEntries(Object.keys(inner).map((name) => [name, REDACTED]))];
      }
      return [key, redactStoredConfig(inner)];
    }),
  );
}
