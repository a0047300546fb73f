import type { IncomingHttpHeaders } from "node:http";
import { StringDecoder } from "node:string_decoder";
import type { Dispatcher } from "undici";
import { HttpStatusError } from "../api/provider-error.js";
import type { StreamedAnswer } from "../api/streamed-answer.js";
import { ChatStreamReader } from "./chat-stream.js";

/** An error body is read for its message only: a proxy's HTML page must not fill memory or a log line. */
const MAX_ERROR_BODY = 64 * 1024;

export interface PostTarget {
  origin: string;
  path: string;
  headers: Record<string, string>;
}

/**
 * POSTs a streamed chat-completions request and reads the answer, on undici's dispatch handler: each chunk goes from
 * the HTTP parser straight to the SSE parser, stamped with performance.now() first, with no Node stream, promise or
 * tick between the socket and the clock (each of those queued chunks behind one another under load). Rejects with the
 * signal's reason on abort, an HttpStatusError for a non-2xx answer, undici's error (with its `code`) for a transport
 * failure, or the reader's ProviderError for a body that breaks the protocol.
 */
export function postStreamed(dispatcher: Dispatcher, target: PostTarget, body: string, signal: AbortSignal): Promise<StreamedAnswer> {
  if (signal.aborted) return Promise.reject(signal.reason);
  return new Promise((resolve, reject) => {
    const reader = new ChatStreamReader();
    const decoder = new StringDecoder("utf8");
    let controller: Dispatcher.DispatchController | undefined;
    let status = 0;
    let headers: IncomingHttpHeaders = {};
    let errorBody = "";
    let settled = false;
    const settle = (finish: () => void) => {
      if (settled) return;
      settled = true;
      signal.removeEventListener("abort", onAbort);
      finish();
    };
    const stop = (reason: unknown) => {
      controller?.abort(reason instanceof Error ? reason : new Error("aborted"));
      settle(() => reject(reason));
    };
    const onAbort = () => stop(signal.reason);
    signal.addEventListener("abort", onAbort, { once: true });
    const ok = () => status >= 200 && status < 300;

    dispatcher.dispatch(
      { origin: target.origin, path: target.path, method: "POST", headers: target.headers, body },
      {
        onRequestStart(started) {
          controller = started;
          if (settled) started.abort(new Error("aborted"));
        },
        onResponseStart(_, statusCode, responseHeaders) {
          status = statusCode;
          headers = responseHeaders;
        },
        onResponseData(_, chunk) {
          const arrivedAt = performance.now();
          if (!ok()) {
            if (errorBody.length < MAX_ERROR_BODY) errorBody += decoder.write(chunk);
            return;
          }
          try {
            reader.feed(decoder.write(chunk), arrivedAt);
          } catch (error) {
            stop(error);
          }
        },
        onResponseEnd() {
          if (!ok()) return settle(() => reject(new HttpStatusError(status, flatHeaders(headers), errorDetail(errorBody))));
          settle(() => {
            try {
              resolve(reader.finish());
            } catch (error) {
              reject(error);
            }
          });
        },
        onResponseError(_, error) {
          settle(() => reject(error));
        },
      },
    );
  });
}

/** The server's message from an error body: OpenAI's `{error: {message}}` (and `{message}`), else the text itself. */
function errorDetail(text: string): string {
  try {
    const parsed = JSON.parse(text) as { error?: { message?: unknown } | string; message?: unknown };
    const message = typeof parsed.error === "object" ? parsed.error?.message : (parsed.error ?? parsed.message);
    if (typeof message === "string") return message;
  } catch {
    // Not JSON: the text is the message.
  }
  return text;
}

/** Undici gives repeated headers as arrays; Retry-After and its kin are single-valued. */
function flatHeaders(headers: IncomingHttpHeaders): Record<string, string> {
  const flat: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value !== undefined) flat[name] = Array.isArray(value) ? value.join(", ") : value;
  }
  return flat;
}
