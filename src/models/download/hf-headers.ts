/** What a server tells about a file before sending it, when it tells. */
export interface RemoteFileFacts {
  size?: number;
  sha256?: string;
}

const sha256Hex = /^[0-9a-f]{64}$/;

function unquoteEtag(etag: string): string {
  return etag.replace(/^W\//, "").replace(/^"|"$/g, "").toLowerCase();
}

/**
 * Reads the Hugging Face Hub's file facts from one response's headers. For LFS files the Hub answers a resolve URL
 * with a redirect carrying `X-Linked-Etag` (the file's SHA-256) and `X-Linked-Size`; huggingface_hub's
 * `get_hf_file_metadata` prefers them over `ETag` / `Content-Length`, which then describe the redirect itself.
 * A plain ETag counts as a checksum only when it is a 64-hex SHA-256 (non-LFS files carry a git blob SHA-1).
 */
export function readHfFileFacts(headers: Headers): RemoteFileFacts {
  const facts: RemoteFileFacts = {};
  const etag = headers.get("x-linked-etag") ?? headers.get("etag");
  if (etag) {
    const value = unquoteEtag(etag);
    if (sha256Hex.test(value)) facts.sha256 = value;
  }
  const size = Number(headers.get("x-linked-size") ?? Number.NaN);
  if (Number.isSafeInteger(size) && size >= 0) facts.size = size;
  return facts;
}
