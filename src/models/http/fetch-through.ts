import { createRequire } from "node:module";
import type { Dispatcher, fetch as UndiciFetch } from "undici";

const require = createRequire(import.meta.url);
let undiciFetch: typeof UndiciFetch | undefined;

/**
 * A `fetch` over kurabe's connection pool, for the AI SDK providers' `fetch` setting: undici's own fetch (the one Node
 * bundles, at the version kurabe pins) with the pool, and so the proxy settings, as its dispatcher.
 */
export function fetchThrough(dispatcher: Dispatcher): typeof fetch {
  return ((input: Parameters<typeof UndiciFetch>[0], init?: Parameters<typeof UndiciFetch>[1]) => {
    // Loaded with the first model's pool (src/models/http/dispatcher.ts): this require only looks it up.
    undiciFetch ??= (require("undici") as { fetch: typeof UndiciFetch }).fetch;
    return undiciFetch(input, { ...init, dispatcher });
  }) as unknown as typeof fetch;
}
