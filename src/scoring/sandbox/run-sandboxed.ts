import { KurabeError } from "../../errors.js";
import { sandboxAvailability, sandboxUnavailableError } from "./availability.js";
import { bubblewrapCommand, HOST_PATH, hostLayout } from "./bubblewrap.js";
import { resolveInterpreter } from "./interpreters.js";
import { memoryCapSupport, memoryCapSettings, RunCgroup } from "./memory-cap.js";
import { REPORT_FD, runProgram, type PreparedRun } from "./run-program.js";
import { DEFAULT_LIMITS, type SandboxLimits, type SandboxRequest, type SandboxResult } from "./types.js";
import { prepareUnsafeRun } from "./unsafe-run.js";
import { runInZygote } from "./zygote-pool.js";

const FILE_NAME = /^[A-Za-z0-9_][A-Za-z0-9._-]{0,99}$/;

/**
 * Runs a program in the hardened bubblewrap sandbox (see bubblewrap.ts) with rlimits, a wall-clock limit and capped
 * output, and says how it ended. Never throws for anything the program does; throws KurabeError("sandbox") when the
 * sandbox cannot run at all. With `unsafeNoSandbox` it runs the program with only rlimits, the timeout and an empty
 * environment.
 */
export async function runSandboxed(request: SandboxRequest): Promise<SandboxResult> {
  checkRequest(request);
  const limits: SandboxLimits = { ...DEFAULT_LIMITS, ...request.limits };
  const interpreter = resolveInterpreter(request.language);
  // CPU time is a second line behind the wall clock: it ends a spinning program even if the harness is starved.
  const cpuSeconds = Math.ceil(request.timeLimitMs / 1000) + 1;
  let prepared: PreparedRun;
  // Without a cgroup (and without the sandbox there is none), kurabe watches the run's resident memory itself.
  const support = request.unsafeNoSandbox ? { mechanism: "rlimit-budget" as const } : memoryCapSupport();
  const watch = support.mechanism === "rlimit-budget" ? { memoryWatchBytes: memoryCapSettings(support, limits).runBytes } : {};
  if (request.unsafeNoSandbox) {
    prepared = { ...prepareUnsafeRun(request, interpreter, limits, cpuSeconds), ...watch };
  } else {
    const availability = await sandboxAvailability();
    if (!availability.available) throw sandboxUnavailableError(availability);
    if (request.zygote !== false) {
      const run = await runInZygote(request, interpreter, limits, cpuSeconds, availability);
      if (run) return run;
    }
    const firstFileFd = REPORT_FD + (request.reportChannel ? 1 : 0) + (request.onLink ? 1 : 0);
    const names = Object.keys(request.files);
    const infoFd = firstFileFd + names.length;
    const lifelineFd = infoFd + 1;
    const watchFd = infoFd + 2;
    const { command, args } = bubblewrapCommand({
      interpreter,
      entry: request.entry,
      args: request.args ?? [],
      files: names.map((name, index) => ({ name, fd: firstFileFd + index })),
      infoFd,
      lifelineFd,
      watchFd,
      limits,
      cpuSeconds,
      dropPrivileges: availability.dropPrivileges,
      layout: hostLayout(),
      tools: availability.tools,
    });
    // Only PATH: bwrap's own helper keeps the environment it was started with (readable via /proc), and
    // NODE_EXTRA_CA_CERTS alone adds ~90 ms to every Node start.
    prepared = {
      command,
      args,
      env: { PATH: HOST_PATH },
      filePipes: names.map((name) => request.files[name]!),
      sandbox: { infoFd, lifelineFd, watchFd, ...withCgroup(support, limits.memoryBytes) },
      ...watch,
    };
  }
  try {
    return await runProgram(prepared, request, limits);
  } catch (error) {
    prepared.cleanup?.();
    await prepared.sandbox?.cgroup?.remove();
    throw error;
  }
}

function withCgroup(support: ReturnType<typeof memoryCapSupport>, bytes: number): { cgroup?: RunCgroup } {
  try {
    const cgroup = RunCgroup.create(support, bytes);
    return cgroup ? { cgroup } : {};
  } catch (error) {
    throw new KurabeError("sandbox", `cannot create the run's memory cgroup under ${support.base}`, {}, { cause: error });
  }
}

function checkRequest(request: SandboxRequest): void {
  for (const name of Object.keys(request.files)) {
    if (!FILE_NAME.test(name)) throw new KurabeError("sandbox", `invalid sandbox file name "${name}"`);
  }
  if (!(request.entry in request.files)) throw new KurabeError("sandbox", `entry "${request.entry}" is not one of the files`);
  if (!(request.timeLimitMs > 0)) throw new KurabeError("sandbox", `invalid time limit ${request.timeLimitMs} ms`);
}
