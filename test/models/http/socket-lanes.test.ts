import { afterEach, describe, expect, it } from "vitest";
import { startMockServer } from "../../../src/mock-server/server.js";
import type { MockServer } from "../../../src/mock-server/types.js";
import { createChatCompletionsModel } from "../../../src/models/chat-completions/chat-completions-model.js";

// SocketLanes through the client that uses it, against a real HTTP server that counts connections.
let server: MockServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const model = (url: string, concurrency: number) =>
  createChatCompletionsModel(
    { provider: "openai-compatible", model: "m", baseURL: `${url}/v1`, concurrency, params: {}, timeoutMs: 60_000, judgeOnly: false },
    {},
  );
const ask = (content: string) => ({ messages: [{ role: "user" as const, content }], params: {} });

describe("SocketLanes", () => {
  it("sends requests beyond its lanes as lanes free, on no more sockets than lanes", async () => {
    server = await startMockServer({ latencyMs: 30 });
    const two = model(server.url, 2);
    const answers = await Promise.all(Array.from({ length: 6 }, (_, i) => two.generate(ask(`q${i}`), new AbortController().signal)));
    expect(answers.map((answer) => answer.text)).toEqual(["q0", "q1", "q2", "q3", "q4", "q5"]);
    expect(server.stats.completed).toBe(6);
    expect(server.stats.connections).toBe(2);
  });

  it("drops a waiting request that was aborted and keeps its lanes for the others", async () => {
    server = await startMockServer({ latencyMs: 50 });
    const one = model(server.url, 1);
    const first = one.generate(ask("first"), new AbortController().signal);
    const stop = new AbortController();
    const waiting = one.generate(ask("waiting"), stop.signal);
    stop.abort(new Error("stopped"));
    await expect(waiting).rejects.toThrow(/stopped|abort/i);
    const third = one.generate(ask("third"), new AbortController().signal);
    expect((await first).text).toBe("first");
    expect((await third).text).toBe("third");
    // Never written (undici then closes the lane's socket, as for any aborted request; the next one opens another).
    expect(server.stats.perPrompt.has("waiting")).toBe(false);
    expect(server.stats.completed).toBe(2);
  });

  it("frees a lane whose request failed", async () => {
    server = await startMockServer({ fault: (request) => (request.prompt === "fails" ? { type: "status", status: 500 } : undefined) });
    const one = model(server.url, 1);
    await expect(one.generate(ask("fails"), new AbortController().signal)).rejects.toMatchObject({ kind: "server" });
    expect((await one.generate(ask("then works"), new AbortController().signal)).text).toBe("then works");
  });
});
