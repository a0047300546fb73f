import { startMockServer } from "./server.js";
import type { MockServer } from "./types.js";

/**
 * `kurabe mock-server`: serves the mock models until the process ends, for trying kurabe without keys and for
 * benchmarks. Prints the base URL to put in kurabe.yaml (`baseURL`).
 */
export async function runMockServerCommand(
  options: { port?: number; latencyMs?: number },
  out: NodeJS.WritableStream = process.stdout,
): Promise<MockServer> {
  const server = await startMockServer({
    ...(options.port !== undefined ? { port: options.port } : {}),
    ...(options.latencyMs !== undefined ? { latencyMs: options.latencyMs } : {}),
  });
  out.write(`mock model server on ${server.url}/v1\n`);
  return server;
}
