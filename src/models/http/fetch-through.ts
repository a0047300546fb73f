import { fetch as undiciFetch, type Dispatcher } from "undici";

/**
 * A `fetch` over kurabe's connection pool, for the AI SDK providers' `fetch` setting: undici's own fetch (the one Node
 * bundles, at the version kurabe pins) with the pool, and so the proxy settings, as its dispatcher.
 */
export function fetchThrough(dispatcher: Dispatcher): typeof fetch {
  return ((input: Parameters<typeof undiciFetch>[0], init?: Parameters<typeof undiciFetch>[1]) =>
    undiciFetch(input, { ...init, dispatcher })) as unknown as typeof fetch;
}
