import { resolveInterpreter, type Interpreter } from "./interpreters.js";
import type { SandboxAvailability } from "./availability.js";
import { memoryCapSupport } from "./memory-cap.js";
import type { SandboxLimits, SandboxRequest, SandboxResult } from "./types.js";
import { Zygote, type ZygoteHost } from "./zygote.js";

/** Idle zygotes kept, all pools together; more are stopped once their run ends. */
const MAX_IDLE = 8;

type Role = NonNullable<SandboxRequest["role"]> | "candidate";

/**
 * The zygotes of one role and work-folder size. Zygotes are kept apart by role: a zygote that ran a candidate never
 * runs a checker, so even a candidate that outlived the clean-up could not reach a later verdict.
 */
interface Pool {
  diskBytes: number;
  idle: Zygote[];
  /** Zygotes whose run has ended and which are cleaning up. */
  finishing: number;
  /** Runs waiting for one of those. */
  waiters: ((zygote: Zygote | undefined) => void)[];
}

const pools = new Map<`${Role}:${number}`, Pool>();
const everyZygote = new Set<Zygote>();
let host: ZygoteHost | undefined;
/** Why zygotes are not used in this process (the first one failed to start, or there is no Python to run them). */
let unusable: string | undefined;

/**
 * Runs a program in an idle zygote (zygote.ts), starting one when none is free; undefined when zygotes cannot run
 * here (then the caller starts a sandbox of its own). One run per zygote at a time: a checker and its candidate run
 * in two zygotes, so neither can reach the other, as with a sandbox each.
 */
export async function runInZygote(
  request: SandboxRequest,
  interpreter: Interpreter,
  limits: SandboxLimits,
  cpuSeconds: number,
  availability: Extract<SandboxAvailability, { available: true }>,
): Promise<SandboxResult | undefined> {
  if (unusable !== undefined) return undefined;
  const pool = poolFor(request.role ?? "candidate", limits.diskBytes);
  const zygote = await takeZygote(availability, pool);
  if (!zygote) return undefined;
  const { result, done } = zygote.run(request, interpreter, limits, cpuSeconds);
  // From its result to its clean-up's end a zygote is "finishing": the next run waits for it rather than start one.
  let cleanedUp = false;
  let counted = false;
  void result.then(() => {
    if (cleanedUp) return;
    counted = true;
    pool.finishing += 1;
  });
  void done.then((reusable) => {
    cleanedUp = true;
    if (counted) pool.finishing -= 1;
    giveBack(zygote, pool, reusable);
  });
  return result;
}

/** Why runs do not use zygotes here, or undefined when they do (or none was tried yet). */
export function zygotesUnusable(): string | undefined {
  return unusable;
}

function poolFor(role: Role, diskBytes: number): Pool {
  const key = `${role}:${diskBytes}` as const;
  let pool = pools.get(key);
  if (!pool) {
    pool = { diskBytes, idle: [], finishing: 0, waiters: [] };
    pools.set(key, pool);
  }
  return pool;
}

async function takeZygote(availability: Extract<SandboxAvailability, { available: true }>, pool: Pool): Promise<Zygote | undefined> {
  for (let zygote = pool.idle.pop(); zygote; zygote = pool.idle.pop()) {
    if (zygote.alive) return zygote;
    everyZygote.delete(zygote);
  }
  // A zygote cleaning up after its run is ready in a millisecond or two; a new one takes a bwrap and a Python start.
  if (pool.finishing > pool.waiters.length) {
    const handed = await new Promise<Zygote | undefined>((resolve) => pool.waiters.push(resolve));
    if (handed) return handed;
  }
  try {
    host ??= zygoteHost(availability);
  } catch (error) {
    unusable = `no Python to run the zygote: ${(error as Error).message}`;
    return undefined;
  }
  try {
    const zygote = await Zygote.start(host, pool.diskBytes);
    everyZygote.add(zygote);
    return zygote;
  } catch (error) {
    if (everyZygote.size === 0) unusable = (error as Error).message;
    return undefined;
  }
}

function giveBack(zygote: Zygote, pool: Pool, reusable: boolean): void {
  const waiter = pool.waiters.shift();
  if (waiter) {
    if (reusable && zygote.alive) return waiter(zygote);
    // It is gone: the waiter starts a new one.
    waiter(undefined);
  }
  const idleCount = [...pools.values()].reduce((sum, each) => sum + each.idle.length, 0);
  if (reusable && zygote.alive && idleCount < MAX_IDLE) {
    pool.idle.push(zygote);
    return;
  }
  everyZygote.delete(zygote);
  zygote.kill();
}

function zygoteHost(availability: Extract<SandboxAvailability, { available: true }>): ZygoteHost {
  const python = resolveInterpreter("python");
  const roots = new Set(python.roots);
  try {
    for (const root of resolveInterpreter("javascript").roots) roots.add(root);
  } catch {
    // no node for JavaScript programs: they fail with their own error
  }
  return { tools: availability.tools, dropPrivileges: availability.dropPrivileges, memory: memoryCapSupport(), python, roots: [...roots] };
}

// Zygotes die with kurabe (the watcher and --die-with-parent); on a normal exit they are killed at once.
process.on("exit", () => {
  for (const zygote of everyZygote) zygote.kill();
});
