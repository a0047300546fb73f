import type { ClientUsage } from "../../src/load/types.js";

/** A load generator that was nowhere near saturated: for tests about the server's figures. */
export const idleClient: ClientUsage = { threads: 1, cpuPercent: 5, busiestLoopPercent: 5, bound: false };
