import { Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import { runMockServerCommand } from "../../src/mock-server/command.js";

describe("runMockServerCommand", () => {
  it("starts the server and prints one line with the base URL to use in kurabe.yaml", async () => {
    let printed = "";
    const out = new Writable({
      write(chunk, _encoding, done) {
        printed += String(chunk);
        done();
      },
    });
    const server = await runMockServerCommand({ port: 0, latencyMs: 0 }, out);
    try {
      expect(printed).toBe(`mock model server on http://127.0.0.1:${server.port}/v1\n`);
      expect((await fetch(`${server.url}/v1/models`)).status).toBe(200);
    } finally {
      await server.close();
    }
  });
});
