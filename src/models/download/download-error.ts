import { KurabeError } from "../../errors.js";

/**
 * Why a download failed, decided from error codes and HTTP statuses, never from message text. `offline` means the
 * host could not be reached at all (no DNS, connection refused, no route): callers may fall back to what needs no
 * network. `interrupted` keeps the partial file so the next attempt resumes it.
 */
type DownloadFailure = "offline" | "network" | "http" | "interrupted" | "size" | "checksum" | "io";

export class DownloadError extends KurabeError {
  readonly reason: DownloadFailure;
  readonly url: string;

  constructor(reason: DownloadFailure, url: string, detail: string, options?: { cause?: unknown }) {
    super("download", `download of ${url} failed: ${detail}`, {}, options);
    this.name = "DownloadError";
    this.reason = reason;
    this.url = url;
  }
}
