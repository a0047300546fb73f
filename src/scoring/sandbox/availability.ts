import fs from "node:fs";
import { KurabeError } from "../../errors.js";
import { bubblewrapCommand, HOST_PATH, hostLayout, type SandboxTools } from "./bubblewrap.js";
import { REPORT_FD, runProgram } from "./run-program.js";
import { DEFAULT_LIMITS } from "./types.js";

export type SandboxAvailability =
  | { available: true; tools: SandboxTools; /** root drops to nobody with setpriv before bwrap */ dropPrivileges: boolean }
  | { available: false; reason: string; /** what to do about it */ fix: string };

export const INSTALL_BUBBLEWRAP = "apt-get install -y bubblewrap";
const TOOL_FOLDERS = ["/usr/bin", "/bin", "/usr/sbin", "/sbin"];

let cached: Promise<SandboxAvailability> | undefined;

/**
 * Whether sandboxed code execution works on this host, checked once per process by starting `true` in the same
 * hardened sandbox programs run in. When it does not, says why and how to fix it.
 */
export function sandboxAvailability(): Promise<SandboxAvailability> {
  cached ??= probeSandbox();
  return cached;
}

/** The error to raise when code must run and the sandbox is unavailable. */
export function sandboxUnavailableError(availability: { reason: string; fix: string }): KurabeError {
  return new KurabeError(
    "sandbox",
    `cannot run model-written code safely: ${availability.reason}. ${availability.fix}` +
      " (or pass --unsafe-no-sandbox to run it without isolation: it can then read your files and use the network)",
  );
}

/** Absolute path of a system tool, or undefined. Only system folders: these paths are also used inside the sandbox. */
export function findTool(name: string): string | undefined {
  for (const folder of TOOL_FOLDERS) {
    const candidate = `${folder}/${name}`;
    try {
      fs.accessSync(candidate, fs.constants.X_OK);
      return candidate;
    } catch {
      // try the next folder
    }
  }
  return undefined;
}

export function runningAsRoot(): boolean {
  return process.getuid?.() === 0;
}

async function probeSandbox(): Promise<SandboxAvailability> {
  const bwrap = findTool("bwrap");
  if (!bwrap) return { available: false, reason: "bubblewrap (bwrap) is not installed", fix: `Install it: ${INSTALL_BUBBLEWRAP}` };
  const setpriv = findTool("setpriv");
  const dropPrivileges = runningAsRoot();
  if (dropPrivileges && !setpriv) {
    return { available: false, reason: "setpriv is not installed", fix: "Install util-linux: apt-get install -y util-linux" };
  }
  const sh = findTool("sh");
  const trueBinary = findTool("true");
  if (!sh || !trueBinary) return { available: false, reason: "no /bin/sh or `true` to probe the sandbox with", fix: "Install dash and coreutils" };
  const tools: SandboxTools = { bwrap, setpriv: setpriv ?? "setpriv", sh };
  const probe = await runProbe(tools, trueBinary, dropPrivileges);
  if (probe.exitCode === 0) return { available: true, tools, dropPrivileges };
  const userns = userNamespaceRestriction();
  const detail = probe.stderr.trim().split("\n")[0] ?? "";
  if (userns) {
    const says = detail ? `: bwrap says "${detail}"` : "";
    return { available: false, reason: `unprivileged user namespaces are disabled (${userns.setting})${says}`, fix: userns.fix };
  }
  return {
    available: false,
    reason: `bubblewrap cannot create its sandbox here (exit ${probe.exitCode ?? "signal"}${detail ? `: "${detail}"` : ""})`,
    fix:
      "bwrap needs unprivileged user namespaces; in a container, allow them (e.g. docker run --security-opt " +
      "seccomp=unconfined --security-opt apparmor=unconfined) or run kurabe on the host",
  };
}

/** Starts `true` in the sandbox, through the same start guard programs go through. */
async function runProbe(tools: SandboxTools, trueBinary: string, dropPrivileges: boolean): Promise<{ exitCode: number | null; stderr: string }> {
  const infoFd = REPORT_FD;
  const lifelineFd = infoFd + 1;
  const watchFd = lifelineFd + 1;
  const { command, args } = bubblewrapCommand({
    interpreter: { language: "python", path: trueBinary, args: [], roots: [] },
    entry: "probe",
    args: [],
    files: [],
    infoFd,
    lifelineFd,
    watchFd,
    limits: DEFAULT_LIMITS,
    cpuSeconds: 5,
    dropPrivileges,
    layout: hostLayout(),
    tools,
  });
  const request = { language: "python" as const, files: {}, entry: "probe", timeLimitMs: 10_000 };
  const run = await runProgram({ command, args, env: { PATH: HOST_PATH }, filePipes: [], sandbox: { infoFd, lifelineFd, watchFd } }, request, DEFAULT_LIMITS);
  return { exitCode: run.exitCode, stderr: run.stderr };
}

/** Which kernel setting stops unprivileged user namespaces, if one does (Debian, any kernel, Ubuntu ≥ 23.10). */
export function userNamespaceRestriction(read = readSysctl): { setting: string; fix: string } | undefined {
  if (read("kernel/unprivileged_userns_clone") === "0") {
    return { setting: "kernel.unprivileged_userns_clone=0", fix: "Enable them: sysctl -w kernel.unprivileged_userns_clone=1" };
  }
  if (read("user/max_user_namespaces") === "0") {
    return { setting: "user.max_user_namespaces=0", fix: "Enable them: sysctl -w user.max_user_namespaces=15000" };
  }
  if (read("kernel/apparmor_restrict_unprivileged_userns") === "1") {
    return {
      setting: "kernel.apparmor_restrict_unprivileged_userns=1",
      fix: "Allow them for bwrap with an AppArmor profile, or: sysctl -w kernel.apparmor_restrict_unprivileged_userns=0",
    };
  }
  return undefined;
}

function readSysctl(name: string): string | undefined {
  try {
    return fs.readFileSync(`/proc/sys/${name}`, "utf8").trim();
  } catch {
    return undefined;
  }
}
