import { spawn } from "node:child_process";
import fs from "node:fs";
import { KurabeError } from "../../errors.js";
import { bubblewrapCommand, HOST_PATH, hostLayout, type SandboxTools } from "./bubblewrap.js";
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
  const prlimit = findTool("prlimit");
  const setpriv = findTool("setpriv");
  const dropPrivileges = runningAsRoot();
  if (!prlimit || (dropPrivileges && !setpriv)) {
    const missing = !prlimit ? "prlimit" : "setpriv";
    return { available: false, reason: `${missing} is not installed`, fix: "Install util-linux: apt-get install -y util-linux" };
  }
  const trueBinary = findTool("true");
  if (!trueBinary) return { available: false, reason: "no `true` binary to probe the sandbox with", fix: "Install coreutils" };
  const tools: SandboxTools = { bwrap, prlimit, setpriv: setpriv ?? "setpriv" };
  const { command, args } = bubblewrapCommand({
    interpreter: { language: "python", path: trueBinary, args: [], roots: [] },
    entry: "probe",
    args: [],
    files: [],
    limits: DEFAULT_LIMITS,
    cpuSeconds: 5,
    dropPrivileges,
    layout: hostLayout(),
    tools,
  });
  const probe = await runProbe(command, args);
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

function runProbe(command: string, args: string[]): Promise<{ exitCode: number | null; stderr: string }> {
  return new Promise((resolve) => {
    let stderr = "";
    const child = spawn(command, args, { env: { PATH: HOST_PATH }, stdio: ["ignore", "ignore", "pipe"] });
    const timer = setTimeout(() => child.kill("SIGKILL"), 10_000);
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => {
      if (stderr.length < 4096) stderr += chunk;
    });
    child.on("error", (error) => {
      clearTimeout(timer);
      resolve({ exitCode: null, stderr: error.message });
    });
    child.on("close", (code) => {
      clearTimeout(timer);
      resolve({ exitCode: code, stderr });
    });
  });
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
