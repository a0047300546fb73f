import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

export interface TestServer {
  base: string;
  /** Range headers of the requests seen, in order (undefined when a request had none). */
  ranges: Array<string | undefined>;
  paths: string[];
  close(): Promise<void>;
}

export type Handler = (request: IncomingMessage, response: ServerResponse, index: number) => void;

/** An HTTP server on 127.0.0.1 with a random port, recording what it was asked. */
export async function startServer(handler: Handler): Promise<TestServer> {
  const ranges: Array<string | undefined> = [];
  const paths: string[] = [];
  const server = createServer((request, response) => {
    ranges.push(request.headers.range);
    paths.push(request.url ?? "");
    handler(request, response, ranges.length - 1);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    base: `http://127.0.0.1:${port}`,
    ranges,
    paths,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/**
 * Serves `body` whole (200) or from a `bytes=N-` Range (206), as a static file server does (RFC 9110 §14); pass the
 * request's Range header, or undefined to act like a server that ignores ranges.
 */
export function serveBytes(body: Buffer, range: string | undefined, response: ServerResponse, headers = {}): void {
  const match = /^bytes=(\d+)-$/.exec(range ?? "");
  const start = match ? Number(match[1]) : 0;
  if (start >= body.length && match) {
    response.writeHead(416, { "content-range": `bytes */${body.length}` }).end();
    return;
  }
  const slice = body.subarray(start);
  response.writeHead(match ? 206 : 200, {
    "content-type": "application/octet-stream",
    "content-length": String(slice.length),
    ...(match ? { "content-range": `bytes ${start}-${body.length - 1}/${body.length}` } : {}),
    ...headers,
  });
  response.end(slice);
}

/** Sends headers for the whole file, then only the first `cutAt` bytes, then drops the connection. */
export function serveCut(body: Buffer, cutAt: number, response: ServerResponse): void {
  response.writeHead(200, { "content-type": "application/octet-stream", "content-length": String(body.length) });
  response.write(body.subarray(0, cutAt), () => response.socket?.destroy());
}

/** A port on 127.0.0.1 with nothing listening: connecting to it is refused. */
export async function closedPortUrl(): Promise<string> {
  const server = await startServer(() => undefined);
  await server.close();
  return server.base;
}
