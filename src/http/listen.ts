import type { Server } from "node:http";
import { KurabeError } from "../errors.js";

/**
 * Starts listening, or fails with one line a user can act on: a busy port names --port, anything else (an address
 * not on this machine, a privileged port) names the address. Shared by every server kurabe starts from the CLI.
 */
export function listen(server: Server, port: number, host: string): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const onError = (error: NodeJS.ErrnoException) => {
      reject(
        error.code === "EADDRINUSE"
          ? new KurabeError("input", `port ${port} on ${host} is in use; choose another with --port`, { field: "--port" })
          : new KurabeError("input", `cannot listen on ${host}:${port}: ${error.message}`, { field: "--host" }, { cause: error }),
      );
    };
    server.once("error", onError);
    server.listen(port, host, () => {
      server.off("error", onError);
      resolve();
    });
  });
}
