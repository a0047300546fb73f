import { createHash, type Hash } from "node:crypto";
import { createReadStream } from "node:fs";
import { open, rename, rm, stat } from "node:fs/promises";
import { Readable } from "node:stream";
import type { ReadableStream as NodeReadableStream } from "node:stream/web";
import { KurabeError } from "../../errors.js";
import { httpTransport } from "../http/dispatcher.js";
import { fetchThrough } from "../http/fetch-through.js";
import { DownloadError } from "./download-error.js";
import { readHfFileFacts, type RemoteFileFacts } from "./hf-headers.js";

export interface DownloadProgress {
  /** Bytes on disk so far, including what an earlier attempt left. */
  receivedBytes: number;
  totalBytes?: number;
  /** Bytes that were already there when this attempt started (0 for a fresh download). */
  resumedFromBytes: number;
}

interface DownloadOptions {
  expectedSize?: number;
  /** Lower-case hex SHA-256; when absent, a Hub `X-Linked-Etag` is used if the server sends one. */
  sha256?: string;
  onProgress?: (progress: DownloadProgress) => void;
  signal?: AbortSignal;
}

interface DownloadResult {
  path: string;
  bytes: number;
  sha256: string;
  resumedFromBytes: number;
}

const maxRedirects = 10;

/** Connection-stage failures: the host is unreachable, as opposed to a transfer that broke. */
const offlineCodes = new Set([
  "ENOTFOUND",
  "EAI_AGAIN",
  "ECONNREFUSED",
  "ENETUNREACH",
  "EHOSTUNREACH",
  "ENETDOWN",
  "UND_ERR_CONNECT_TIMEOUT",
]);

function errorCode(error: unknown): string | undefined {
  if (typeof error !== "object" || error === null) return undefined;
  const { code, errors } = error as { code?: unknown; errors?: unknown };
  if (typeof code === "string") return code;
  // Happy-eyeballs connects fail with an AggregateError holding one error per address.
  return Array.isArray(errors) ? errorCode(errors[0]) : undefined;
}

function transportError(url: string, error: unknown): DownloadError {
  const code = errorCode((error as { cause?: unknown }).cause) ?? errorCode(error);
  if (code && offlineCodes.has(code)) {
    const host = new URL(url).host;
    return new DownloadError("offline", url, `no network: could not reach ${host} (${code})`, { cause: error });
  }
  const detail = error instanceof Error ? error.message : String(error);
  return new DownloadError("network", url, `${detail}${code ? ` (${code})` : ""}`, { cause: error });
}

interface Opened {
  response: Response;
  facts: RemoteFileFacts;
}

/**
 * GETs the URL, following redirects by hand so that headers on every hop are seen: the Hub puts the file's size and
 * checksum on its redirect, not on the CDN's final answer. The first hop to state a fact wins.
 */
async function openUrl(url: string, from: number, signal: AbortSignal | undefined): Promise<Opened> {
  const facts: RemoteFileFacts = {};
  // kurabe's connection pool: HTTP(S)_PROXY and NO_PROXY apply to downloads as to model calls (a malformed one is a
  // ConfigError here, before any request).
  const get = fetchThrough(httpTransport(process.env).dispatcher);
  let current = url;
  for (let hop = 0; hop <= maxRedirects; hop++) {
    let response: Response;
    try {
      response = await get(current, {
        redirect: "manual",
        headers: { "user-agent": "kurabe", ...(from > 0 ? { range: `bytes=${from}-` } : {}) },
        ...(signal ? { signal } : {}),
      });
    } catch (error) {
      if (signal?.aborted) throw signal.reason;
      throw transportError(current, error);
    }
    const hopFacts = readHfFileFacts(response.headers);
    facts.size ??= hopFacts.size;
    facts.sha256 ??= hopFacts.sha256;
    const location = response.headers.get("location");
    if (response.status >= 300 && response.status < 400 && location) {
      await response.body?.cancel();
      current = new URL(location, current).toString();
      continue;
    }
    return { response, facts };
  }
  throw new DownloadError("http", url, `more than ${maxRedirects} redirects`);
}

/** Start offset of a 206 answer, from `Content-Range: bytes START-END/TOTAL` (RFC 9110 §14.4). */
function rangeStart(response: Response): { start: number; total?: number } | undefined {
  const match = /^bytes (\d+)-\d+\/(\d+|\*)$/.exec(response.headers.get("content-range") ?? "");
  if (!match) return undefined;
  return { start: Number(match[1]), ...(match[2] !== "*" ? { total: Number(match[2]) } : {}) };
}

async function sizeOnDisk(path: string): Promise<number> {
  try {
    return (await stat(path)).size;
  } catch {
    return 0;
  }
}

async function hashExisting(path: string, hash: Hash): Promise<void> {
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
}

interface Transfer {
  response: Response;
  from: number;
  total?: number;
  sha256?: string;
}

/** Opens the transfer, resuming from the partial file when the server honours the range, else starting over. */
async function startTransfer(url: string, part: string, options: DownloadOptions): Promise<Transfer> {
  const onDisk = await sizeOnDisk(part);
  let { response, facts } = await openUrl(url, onDisk, options.signal);
  let from = 0;
  let rangeTotal: number | undefined;
  if (response.status === 206) {
    const range = rangeStart(response);
    if (range?.start === onDisk) {
      from = onDisk;
      rangeTotal = range.total;
    } else {
      await response.body?.cancel();
      ({ response, facts } = await openUrl(url, 0, options.signal));
    }
  } else if (response.status === 416 && onDisk > 0) {
    // The partial file is as long as the file or longer: it cannot be resumed, so fetch the whole file again.
    await response.body?.cancel();
    ({ response, facts } = await openUrl(url, 0, options.signal));
  }
  if (response.status !== 200 && !(response.status === 206 && from > 0)) {
    await response.body?.cancel();
    throw new DownloadError("http", url, `HTTP ${response.status} ${response.statusText}`.trim());
  }
  const contentLength = Number(response.headers.get("content-length") ?? Number.NaN);
  const total =
    options.expectedSize ??
    facts.size ??
    rangeTotal ??
    (Number.isSafeInteger(contentLength) ? from + contentLength : undefined);
  const sha256 = options.sha256?.toLowerCase() ?? facts.sha256;
  return { response, from, ...(total !== undefined ? { total } : {}), ...(sha256 ? { sha256 } : {}) };
}

/** Appends the response body to the part file, hashing as it goes; a broken stream is a resumable interruption. */
async function receiveBody(
  url: string,
  part: string,
  transfer: Transfer,
  hash: Hash,
  options: DownloadOptions,
): Promise<number> {
  let received = transfer.from;
  const report = (): void =>
    options.onProgress?.({
      receivedBytes: received,
      resumedFromBytes: transfer.from,
      ...(transfer.total !== undefined ? { totalBytes: transfer.total } : {}),
    });
  report();
  const file = await open(part, transfer.from > 0 ? "a" : "w");
  try {
    if (transfer.response.body) {
      for await (const chunk of Readable.fromWeb(transfer.response.body as NodeReadableStream<Uint8Array>)) {
        const bytes = chunk as Buffer;
        await file.write(bytes);
        hash.update(bytes);
        received += bytes.length;
        report();
      }
    }
  } catch (error) {
    if (options.signal?.aborted) throw options.signal.reason;
    const of = transfer.total !== undefined ? ` of ${transfer.total}` : "";
    throw new DownloadError("interrupted", url, `connection lost after ${received}${of} bytes; run again to resume`, {
      cause: error,
    });
  } finally {
    await file.close();
  }
  return received;
}

/**
 * Downloads `url` to `dest` through `dest.part`: a cut connection leaves the part file, and the next call resumes it
 * with an HTTP Range request. The file appears at `dest` (atomic rename) only once its size and SHA-256 check out;
 * a file that fails a check is deleted so nothing wrong is ever reused.
 */
export async function downloadFile(url: string, dest: string, options: DownloadOptions = {}): Promise<DownloadResult> {
  const part = `${dest}.part`;
  try {
    const transfer = await startTransfer(url, part, options);
    const hash = createHash("sha256");
    if (transfer.from > 0) await hashExisting(part, hash);
    const received = await receiveBody(url, part, transfer, hash, options);
    if (transfer.total !== undefined && received !== transfer.total) {
      await rm(part, { force: true });
      throw new DownloadError("size", url, `size mismatch: received ${received} bytes, expected ${transfer.total}`);
    }
    const sha256 = hash.digest("hex");
    if (transfer.sha256 && sha256 !== transfer.sha256) {
      await rm(part, { force: true });
      throw new DownloadError("checksum", url, `SHA-256 mismatch: got ${sha256}, expected ${transfer.sha256}`);
    }
    await rename(part, dest);
    return { path: dest, bytes: received, sha256, resumedFromBytes: transfer.from };
  } catch (error) {
    if (error instanceof KurabeError || options.signal?.aborted) throw error;
    const detail = error instanceof Error ? error.message : String(error);
    throw new DownloadError("io", url, detail, { cause: error });
  }
}
