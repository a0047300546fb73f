import { execFileSync } from "node:child_process";
import fs from "node:fs";
import { KurabeError } from "../errors.js";
import { defaultModelCacheDir } from "../models/download/model-locations.js";
import { readProxySettings } from "../models/http/proxy-settings.js";
import { sandboxAvailability } from "../scoring/sandbox/availability.js";
import { resolveInterpreter } from "../scoring/sandbox/interpreters.js";
import { memoryCapSupport } from "../scoring/sandbox/memory-cap.js";
import { runSandboxed } from "../scoring/sandbox/run-sandboxed.js";
import { sandboxSettings } from "../scoring/sandbox/sandbox-settings.js";
import { zygotesUnusable } from "../scoring/sandbox/zygote-pool.js";

/** One line of the report: what works, or what is missing and how to install it. */
interface DoctorCheck {
  name: string;
  ok: boolean;
  detail: string;
  fix?: string;
}

const CHROMIUM = "/usr/bin/chromium";

/** What kurabe needs from this machine, checked the way kurabe uses it. */
export async function doctorChecks(env: NodeJS.ProcessEnv = process.env): Promise<DoctorCheck[]> {
  const checks: DoctorCheck[] = [];
  const sandbox = await sandboxAvailability();
  checks.push(
    sandbox.available
      ? { name: "sandbox", ok: true, detail: `bubblewrap runs code isolated${sandbox.dropPrivileges ? " (as root: drops to uid 65534 first)" : ""}` }
      : { name: "sandbox", ok: false, detail: sandbox.reason, fix: sandbox.fix },
  );
  if (sandbox.available) checks.push(await sandboxReuseCheck());
  const support = memoryCapSupport();
  checks.push({
    name: "memory cap",
    ok: support.mechanism !== "rlimit-budget",
    detail: sandboxSettings(false).memory.summary,
    ...(support.reason ? { fix: support.reason } : {}),
  });
  const unsafeChecker = sandboxSettings(true).checker;
  checks.push({
    name: "checker",
    ok: sandbox.available || unsafeChecker.isolation !== "none",
    detail: `${sandboxSettings(false).checker.summary}; with --unsafe-no-sandbox ${unsafeChecker.summary}`,
    ...(unsafeChecker.isolation === "none" && !sandbox.available ? { fix: "install bubblewrap, or run kurabe as root" } : {}),
  });
  for (const language of ["python", "javascript"] as const) checks.push(interpreterCheck(language));
  checks.push(
    isExecutable(CHROMIUM)
      ? { name: "chromium", ok: true, detail: `${CHROMIUM} (page tests, report screenshots)` }
      : { name: "chromium", ok: false, detail: `${CHROMIUM} not found (only page tests need it)`, fix: "apt-get install -y chromium fonts-noto-cjk" },
  );
  checks.push(modelCacheCheck(defaultModelCacheDir(env)));
  checks.push(proxyCheck(env));
  return checks;
}

/**
 * Runs one program the way a run does: in a reused sandbox (zygote.ts) when that works here, else in a sandbox of its
 * own per run — as safe, but its set-up costs about as much CPU as the program's interpreter start.
 */
async function sandboxReuseCheck(): Promise<DoctorCheck> {
  const result = await runSandboxed({ language: "python", files: { "main.py": "pass\n" }, entry: "main.py", timeLimitMs: 30_000 });
  const unusable = zygotesUnusable();
  if (result.status === "ok" && unusable === undefined) {
    return { name: "sandbox reuse", ok: true, detail: "runs reuse a sandbox per worker, emptied between runs (a checker's never runs a candidate)" };
  }
  return {
    name: "sandbox reuse",
    ok: false,
    detail: `each run starts a sandbox of its own (as safe, slower): ${unusable ?? `a test run ended ${result.status}`}`,
    fix: "python3 under /usr runs the reused sandbox: apt-get install -y python3",
  };
}

function interpreterCheck(language: "python" | "javascript"): DoctorCheck {
  const name = language === "python" ? "python3" : "node";
  try {
    const interpreter = resolveInterpreter(language);
    const version = execFileSync(interpreter.path, ["--version"], { encoding: "utf8", timeout: 10_000, env: { PATH: "/usr/bin:/bin" } }).trim();
    return { name, ok: true, detail: `${interpreter.path} (${version}) for ${language === "python" ? "HumanEval and MBPP" : "HumanEval-X JavaScript"}` };
  } catch (error) {
    const install = language === "python" ? "apt-get install -y python3" : "install Node.js 20";
    return { name, ok: false, detail: error instanceof KurabeError ? error.message : `${name} does not start`, fix: install };
  }
}

function modelCacheCheck(dir: string): DoctorCheck {
  let models: string[];
  try {
    models = fs.readdirSync(dir).filter((file) => file.endsWith(".gguf"));
  } catch {
    return { name: "model cache", ok: true, detail: `${dir} (empty: \`kurabe demo\` downloads a small model on request)` };
  }
  return { name: "model cache", ok: true, detail: `${dir}: ${models.length} GGUF model${models.length === 1 ? "" : "s"}` };
}

function proxyCheck(env: NodeJS.ProcessEnv): DoctorCheck {
  try {
    const proxies = readProxySettings(env);
    const routes = [proxies.http && `http via ${proxies.http.route.origin} (${proxies.http.route.variable})`, proxies.https && `https via ${proxies.https.route.origin} (${proxies.https.route.variable})`]
      .filter(Boolean)
      .join(", ");
    const bypass = proxies.noProxy ? `; NO_PROXY ${proxies.noProxy}` : "";
    return { name: "proxy", ok: true, detail: routes ? `${routes}${bypass}` : "none (direct connections)" };
  } catch (error) {
    return { name: "proxy", ok: false, detail: error instanceof KurabeError ? error.describe() : String(error), fix: "fix or unset the variable" };
  }
}

function isExecutable(file: string): boolean {
  try {
    fs.accessSync(file, fs.constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** `kurabe doctor`: prints every check; exit 0 when code can run sandboxed, 1 otherwise. */
export async function doctorCommand(options: { json?: boolean }): Promise<number> {
  const checks = await doctorChecks();
  if (options.json) {
    process.stdout.write(`${JSON.stringify(checks, null, 2)}\n`);
  } else {
    for (const check of checks) {
      process.stdout.write(`${check.ok ? "ok     " : "missing"} ${check.name.padEnd(14)} ${check.detail}\n`);
      if (check.fix) process.stdout.write(`${" ".repeat(23)}→ ${check.fix}\n`);
    }
  }
  return checks.find((check) => check.name === "sandbox")?.ok ? 0 : 1;
}

