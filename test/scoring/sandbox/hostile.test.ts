import { randomBytes } from "node:crypto";
import fs from "node:fs";
import net from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { scoreCodeSample } from "../../../src/scoring/code/score-code-sample.js";
import type { CodeScore } from "../../../src/scoring/code/types.js";
import { SandboxPool } from "../../../src/scoring/sandbox/sandbox-pool.js";
import { hiddenTests, hostilePrograms, javascriptProblem, pythonProblem, type HostileProgram } from "./hostile-programs.js";
import { sandboxAvailable } from "./sandbox-available.js";
import { detailText } from "../../support/detail-text.js";

interface HostileRun {
  marker: string;
  score: CodeScore;
  /** Host processes whose command line carries the marker, once the sandbox had time to be torn down. */
  leftovers: string[];
}

/** Host processes whose command line contains `marker`. */
function processesMentioning(marker: string): string[] {
  const found: string[] = [];
  for (const pid of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(pid)) continue;
    try {
      const cmdline = fs.readFileSync(`/proc/${pid}/cmdline`, "utf8").replace(/\0/g, " ");
      if (cmdline.includes(marker)) found.push(`${pid}: ${cmdline}`);
    } catch {
      // exited meanwhile
    }
  }
  return found;
}

async function until(condition: () => boolean, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition() && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
}

/** Strings from the host that must never reach a program's output. */
function hostSecrets(): string[] {
  const secrets: string[] = [];
  try {
    const shadow = fs.readFileSync("/etc/shadow", "utf8").split("\n")[0] ?? "";
    if (shadow.length > 8) secrets.push(shadow);
  } catch {
    // not readable as this user: nothing to leak
  }
  secrets.push('"name": "kurabe"'); // /work/main/package.json
  try {
    // As a directory listing prints them (Python's and Node's both quote the names).
    for (const entry of fs.readdirSync("/root")) if (entry.length >= 4) secrets.push(`'${entry}'`, `"${entry}"`);
  } catch {
    // not readable as this user
  }
  return secrets;
}

const keyOf = (program: HostileProgram): string => `${program.language}: ${program.name}`;
const runId = randomBytes(4).toString("hex");
const fakeKey = `sk-kurabe-fake-${randomBytes(12).toString("hex")}`;
const runs = new Map<string, HostileRun>();
let connections = 0;
let server: net.Server | undefined;
let savedKey: string | undefined;

describe.skipIf(!sandboxAvailable)("hostile programs are contained and fail", () => {
  beforeAll(async () => {
    savedKey = process.env.OPENAI_API_KEY;
    process.env.OPENAI_API_KEY = fakeKey;
    server = net.createServer((socket) => {
      connections += 1;
      socket.destroy();
    });
    await new Promise<void>((resolve) => server!.listen(0, "127.0.0.1", resolve));
    const port = (server.address() as net.AddressInfo).port;
    const pool = new SandboxPool();
    await Promise.all(
      hostilePrograms.map(async (program, index) => {
        const marker = `kurabe-hostile-${runId}-${index}`;
        const code = program.code({ marker, port, hostPid: process.pid });
        const problem = program.language === "python" ? pythonProblem : javascriptProblem;
        const fence = program.language === "python" ? "python" : "javascript";
        const score = await scoreCodeSample(problem, `\`\`\`${fence}\n${code}\`\`\`\n`, { timeLimitMs: program.timeLimitMs ?? 10_000, pool, runTag: marker });
        // The verdict comes at once; the kernel then tears the sandbox down (generously timed for a loaded machine).
        await until(() => processesMentioning(marker).length === 0, 10_000);
        runs.set(keyOf(program), { marker, score, leftovers: processesMentioning(marker) });
      }),
    );
  }, 300_000);

  afterAll(() => {
    server?.close();
    if (savedKey === undefined) delete process.env.OPENAI_API_KEY;
    else process.env.OPENAI_API_KEY = savedKey;
  });

  it("has at least 25 programs in Python and JavaScript", () => {
    expect(hostilePrograms.length).toBeGreaterThanOrEqual(25);
    expect(new Set(hostilePrograms.map((program) => program.language))).toEqual(new Set(["python", "javascript"]));
  });

  it.each(hostilePrograms.map((program) => [keyOf(program), program] as [string, HostileProgram]))(
    "%s",
    (_name, program) => {
      const run = runs.get(keyOf(program));
      expect(run, "the harness survived and recorded a result").toBeDefined();
      const { score, leftovers, marker } = run!;
      // A failed sample, with the reason recorded.
      expect(score.passed).toBe(false);
      expect(score.value).toBe(0);
      expect(program.outcomes).toContain(score.reason);
      expect(score.detail).toBeTruthy();
      // No process outlives its run.
      expect(leftovers).toEqual([]);
      // Nothing outside the work folder changed.
      for (const path of program.hostPaths ?? []) expect(fs.existsSync(path.replace("MARKER", marker)), path).toBe(false);
      // No secret reached the output.
      const output = `${score.run?.stdout}\n${score.run?.stderr}\n${detailText(score.detail)}`;
      expect(output).not.toContain(fakeKey);
      // Nor the tests: they reach the harness through stdin, which it reads and closes before the program runs.
      expect(`${score.run?.stdout}\n${score.run?.stderr}`).not.toContain(hiddenTests[program.language]);
      for (const secret of hostSecrets()) expect(output).not.toContain(secret);
    },
  );

  it("started the detached children it was asked to (so the leftover check means something)", () => {
    const detached = hostilePrograms.filter((program) => program.name.startsWith("leaves detached children"));
    expect(detached.length).toBe(2);
    for (const program of detached) expect(runs.get(keyOf(program))?.score.run?.stdout).toContain("running:");
  });

  it("lets no connection reach a TCP server on the host's 127.0.0.1", () => {
    expect(runs.size).toBe(hostilePrograms.length);
    expect(connections).toBe(0);
  });
});
