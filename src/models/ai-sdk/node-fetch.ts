import http from "node:http";
import https from "node:https";
import { Readable } from "node:stream";
import zlib from "node:zlib";

/** Connections stay open between calls, as with fetch: a run sends thousands of requests to one host. */
const agents = {
  "http:": new http.Agent({ keepAlive: true }),
  "https:": new https.Agent({ keepAlive: true }),
};

const decoders: Record<string, () => NodeJS.ReadWriteStream> = {
  gzip: () => zlib.createGunzip(),
  "x-gzip": () => zlib.createGunzip(),
  deflate: () => zlib.createInflate(),
  br: () => zlib.createBrotliDecompress(),
};

/**
 * The `fetch` the AI SDK providers call (their `fetch` setting), over node:http. Node 20's built-in fetch costs about
 * 0.4 ms more CPU per streamed call, a fifth of a call's whole cost and the difference between keeping 50 requests in
 * flight or not on a small machine (bench/README.md). It does what the providers need: a method, headers, a string or
 * byte body, an abort signal, status, headers and a streamed body; anything else (a Request object, a form body, a
 * non-HTTP URL) goes to the built-in fetch. Unlike fetch it follows no redirect: API endpoints do not redirect, and a
 * misconfigured baseURL then fails with its own HTTP status.
 */
export const nodeFetch: typeof fetch = (input, init = {}) => {
  const url = typeof input === "string" ? new URL(input) : input instanceof URL ? input : undefined;
  const { body } = init;
  const plainBody = body === undefined || body === null || typeof body === "string" || body instanceof Uint8Array;
  if (!url || !(url.protocol in agents) || !plainBody) return fetch(input, init);
  const { signal } = init;
  // Like fetch, a stop rejects with the signal's reason, before the answer or while its body streams.
  if (signal?.aborted) return Promise.reject(signal.reason);
  return new Promise<Response>((resolve, reject) => {
    let incoming: http.IncomingMessage | undefined;
    const request = (url.protocol === "https:" ? https : http).request(
      url,
      {
        method: init.method ?? "GET",
        headers: Object.fromEntries(new Headers(init.headers)),
        agent: agents[url.protocol as keyof typeof agents],
      },
      (response) => {
        incoming = response;
        response.once("close", () => signal?.removeEventListener("abort", stop));
        resolve(toResponse(response));
      },
    );
    const stop = () => {
      request.destroy(signal?.reason);
      incoming?.destroy(signal?.reason);
    };
    signal?.addEventListener("abort", stop, { once: true });
    // Kept for the whole exchange: a socket error after the response began reaches the body and must not crash.
    request.on("error", (error) => {
      signal?.removeEventListener("abort", stop);
      reject(error);
    });
    request.end(body ?? undefined);
  });
};

function toResponse(response: http.IncomingMessage): Response {
  const headers = new Headers();
  for (const [name, value] of Object.entries(response.headers)) {
    if (Array.isArray(value)) for (const each of value) headers.append(name, each);
    else if (value !== undefined) headers.set(name, value);
  }
  const status = response.statusCode ?? 500;
  const init = { status, statusText: response.statusMessage ?? "", headers };
  // A null-body status must have no body, or the Response constructor throws.
  if (status === 204 || status === 205 || status === 304 || status < 200) {
    response.resume();
    return new Response(null, init);
  }
  const decode = decoders[(response.headers["content-encoding"] ?? "").trim().toLowerCase()];
  const stream = decode ? response.pipe(decode()) : response;
  // A reset socket errors the response; the decoder must see that too, or the body would end as if complete.
  if (decode) response.once("error", (error) => stream.emit("error", error));
  return new Response(Readable.toWeb(stream as Readable) as ReadableStream<Uint8Array>, init);
}
