import type { IncomingHttpHeaders } from "node:http";
import { StringDecoder } from "node:string_decoder";
import type { Dispatcher } from "undici";
import { HttpStatusError } from "../api/provider-error.js";
import type { Dispatch } from "../http/socket-lanes.js";
import type { StreamedAnswer } from "../api/streamed-answer.js";
import { ChatStreamReader } from "./chat-stream.js";

/** An error body is read for its message only: a proxy's HTML page must not fill memory or a log line. */
const MAX_ERROR_BODY = 64 * 1024;

interface PostTarget {
  origin: string;
  path: string;
  headers: Record<string, string>;
}

/**
 * POSTs a streamed chat-completions request and reads the answer, on undici's dispatch handler: each chunk is stamped
 * with performance.now() as the HTTP parser hands it over, with no Node stream, promise or tick between the socket and
 * the clock (each of those queued chunks behind one another under load). The SSE and JSON parsing of the chunks waits
 * for the check phase of the event loop (setImmediate), after every socket that was readable has been read and
 * stamped: at many streams in lockstep, the last chunk of a burst is stamped before, not after, the parsing of all the
 * others. `onAnswered` is called the moment a 2xx body ended (GenerateHooks). Rejects with the signal's reason on abort, an HttpStatusError for a non-2xx answer, undici's error (with
 * its `code`) for a transport failure, or the reader's ProviderError for a body that breaks the protocol.
 */
export function postStreamed(
  dispatcher: Dispatch,
  target: PostTarget,
  body: string,
  signal: AbortSignal,
  onAnswered?: () => void,
): Promise<StreamedAnswer> {
  if (signal.aborted) return Promise.reject(signal.reason);
  return new Promise((resolve, reject) => {
    const reader = new ChatStreamReader();
    const decoder = new StringDecoder("utf8");
    let controller: Dispatcher.DispatchController | undefined;
    let status = 0;
    let headers: IncomingHttpHeaders = {};
    let errorBody = "";
    let settled = false;
    // Chunks read and stamped but not parsed yet, and whether a parse is scheduled.
    const texts: string[] = [];
    const stamps: number[] = [];
    let parseDue = false;
    const settle = (finish: () => void) => {
      if (settled) return;
      settled = true;
      signal.removeEventListener("abort", onAbort);
      finish();
    };
    const parsePending = () => {
      parseDue = false;
      if (settled) return;
      try {
        for (let i = 0; i < texts.length; i++) reader.feed(texts[i]!, stamps[i]!);
      } catch (error) {
        stop(error);
      } finally {
        texts.length = 0;
        stamps.length = 0;
      }
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
          texts.push(decoder.write(chunk));
          stamps.push(arrivedAt);
          if (!parseDue) {
            parseDue = true;
            setImmediate(parsePending);
          }
        },
        onResponseEnd() {
          // Inside undici's callback, before it finishes with the socket: a request the caller sends from here is
          // written as the socket is released (SocketLanes), with no loop turn in between. Not for an error status:
          // the caller hears of a 429 or a 5xx before it sends more.
          if (!ok()) return settle(() => reject(new HttpStatusError(status, flatHeaders(headers), errorDetail(errorBody))));
          if (!settled) onAnswered?.();
          parsePending();
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
