import net from "node:net";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { viewCommand, type ViewCommandOptions } from "../../src/cli/view.js";
import { KurabeError } from "../../src/errors.js";
import type { ViewServer } from "../../src/view/view-server.js";
import { writeReportStore } from "../report/report-store.js";
import { useTempDirs } from "../support/temp-dir.js";
import { request } from "./http-get.js";

const tempDir = useTempDirs();

function store(): string {
  const file = path.join(tempDir(), "kurabe.db");
  writeReportStore(file, { models: [{ id: "a" }], suites: [{ name: "s", category: "nlu", items: 3 }], result: () => ({ passed: true }) });
  return file;
}

function sink(): NodeJS.WritableStream & { text: string } {
  const stream = { text: "", write: (chunk: string) => ((stream.text += chunk), true) };
  return stream as unknown as NodeJS.WritableStream & { text: string };
}

/** Starts `kurabe view` in process; `stop()` is Ctrl-C. */
async function startView(options: ViewCommandOptions) {
  const controller = new AbortController();
  const stdout = sink();
  const stderr = sink();
  let done!: Promise<number>;
  const server = await new Promise<ViewServer>((resolve, reject) => {
    done = viewCommand(options, { signal: controller.signal, onListening: resolve, stdout, stderr, env: {} });
    done.catch(reject);
  });
  return { server, stdout, stderr, stop: () => (controller.abort(), done) };
}

function connect(host: string, port: number): Promise<"connected" | string> {
  return new Promise((resolve) => {
    const socket = net.connect({ host, port }, () => {
      socket.destroy();
      resolve("connected");
    });
    socket.on("error", (error: NodeJS.ErrnoException) => resolve(error.code ?? "error"));
  });
}

describe("kurabe view", () => {
  it("serves the store on 127.0.0.1 until Ctrl-C, printing its URL", async () => {
    const view = await startView({ db: store(), port: "0" });
    expect(view.stdout.text).toBe(`kurabe view: http://127.0.0.1:${view.server.port}/ (Ctrl-C to stop)\n`);
    expect(view.stderr.text).toBe("");
    expect((await request(view.server.url)).status).toBe(200);
    expect(await view.stop()).toBe(0);
    expect(await connect("127.0.0.1", view.server.port)).toBe("ECONNREFUSED");
  });

  it("is not reachable on the machine's other addresses unless told to be", async () => {
    const external = Object.values(os.networkInterfaces())
      .flat()
      .find((address) => address && address.family === "IPv4" && !address.internal)?.address;
    const view = await startView({ db: store(), port: "0" });
    try {
      if (external) expect(await connect(external, view.server.port)).toBe("ECONNREFUSED");
      expect(await connect("127.0.0.1", view.server.port)).toBe("connected");
    } finally {
      await view.stop();
    }
  });

  it("warns that every answer is readable when it listens beyond loopback", async () => {
    const view = await startView({ db: store(), port: "0", host: "0.0.0.0" });
    try {
      expect(view.stderr.text).toContain("anyone who can reach this address can read every prompt and answer");
      expect((await request(`http://127.0.0.1:${view.server.port}/`)).status).toBe(200);
    } finally {
      await view.stop();
    }
  });

  it("shows the dashboard in Japanese with --lang ja", async () => {
    const view = await startView({ db: store(), port: "0", lang: "ja" });
    try {
      const { body } = await request(view.server.url);
      expect(body).toContain('<html lang="ja">');
      expect(body).toContain("<h1>実行一覧</h1>");
    } finally {
      await view.stop();
    }
  });

  it.each([
    [{ port: "http" }, "--port"],
    [{ port: "70000" }, "--port"],
    [{ lang: "fr" }, "--lang"],
  ])("rejects %j as an input error naming %s", async (options, field) => {
    const error = await viewCommand({ db: store(), ...options }, { env: {} }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(KurabeError);
    expect((error as KurabeError).code).toBe("input");
    expect((error as KurabeError).location.field).toBe(field);
  });

  it("says so when the port is taken", async () => {
    const first = await startView({ db: store(), port: "0" });
    try {
      const error = await viewCommand({ db: store(), port: String(first.server.port) }, { env: {}, stdout: sink(), stderr: sink() }).catch((e: unknown) => e);
      expect((error as KurabeError).code).toBe("input");
      expect((error as KurabeError).message).toContain(`port ${first.server.port} on 127.0.0.1 is in use`);
    } finally {
      await first.stop();
    }
  });

  it("needs an existing store", async () => {
    const error = await viewCommand({ db: path.join(tempDir(), "missing.db"), port: "0" }, { env: {} }).catch((e: unknown) => e);
    expect((error as KurabeError).code).toBe("input");
  });
});
