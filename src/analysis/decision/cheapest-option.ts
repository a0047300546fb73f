/**
 * Which deployment costs least at each monthly volume: the one computation behind the break-even table, chart and
 * text. An API option costs perToken × V; a self-hosted one max(minReplicas, ⌈V / capacity⌉) × replicaMonthly +
 * fixed, a step function. Between consecutive "events" — replica steps and the volumes where an API line meets a
 * step — no option's order can change, so the cheapest option is constant there and is found at the midpoint.
 * A tie (e.g. every API option at volume 0) goes to the option whose cost grows slower, then to the name.
 */
export type CostCurve =
  | { kind: "api"; perToken: number }
  | { kind: "self-hosted"; capacity: number; replicaMonthly: number; fixed: number; minReplicas: number };

export interface CostOption {
  id: string;
  curve: CostCurve;
}

export interface CheapestSegment {
  /** The segment holds volumes above `fromVolume` (from 0 for the first) up to and including `toVolume`. */
  fromVolume: number;
  toVolume: number;
  option: string;
}

/** At most this many replica steps per option are resolved exactly; beyond them a step's own events are skipped. */
const MAX_STEPS = 20_000;

export function monthlyCost(curve: CostCurve, volume: number): number {
  if (curve.kind === "api") return curve.perToken * volume;
  return replicasFor(curve, volume) * curve.replicaMonthly + curve.fixed;
}

function replicasFor(curve: Extract<CostCurve, { kind: "self-hosted" }>, volume: number): number {
  // A relative tolerance so exactly n replicas' capacity needs n, not n + 1, despite float division.
  const ratio = volume / curve.capacity;
  return Math.max(curve.minReplicas, Math.ceil(ratio - Math.abs(ratio) * 1e-12));
}

/** How fast the cost grows just above `volume` (a step function grows at 0 between its steps). */
function slope(curve: CostCurve): number {
  return curve.kind === "api" ? curve.perToken : 0;
}

/** The cheapest option over (0, maxVolume], as maximal segments in volume order. */
export function cheapestSegments(options: readonly CostOption[], maxVolume: number): CheapestSegment[] {
  if (options.length === 0 || !(maxVolume > 0)) return [];
  const events = new Set<number>([0, maxVolume]);
  for (const hosted of options) {
    const curve = hosted.curve;
    if (curve.kind !== "self-hosted") continue;
    const steps = Math.min(MAX_STEPS, Math.floor(maxVolume / curve.capacity));
    for (let n = 1; n <= steps; n += 1) events.add(n * curve.capacity);
    for (const api of options) {
      if (api.curve.kind !== "api" || !(api.curve.perToken > 0)) continue;
      // Where the API line meets step n: V = (n · replicaMonthly + fixed) / perToken, if that V lies in step n.
      for (let n = Math.max(1, curve.minReplicas); n <= steps + 1; n += 1) {
        const volume = (n * curve.replicaMonthly + curve.fixed) / api.curve.perToken;
        if (volume > maxVolume) break;
        if (replicasFor(curve, volume) === n) events.add(volume);
      }
    }
  }
  const points = [...events].filter((v) => v >= 0 && v <= maxVolume).sort((a, b) => a - b);
  const segments: CheapestSegment[] = [];
  for (let i = 0; i + 1 < points.length; i += 1) {
    const from = points[i]!;
    const to = points[i + 1]!;
    const option = cheapestAt(options, (from + to) / 2);
    const last = segments.at(-1);
    if (last && last.option === option) last.toVolume = to;
    else segments.push({ fromVolume: from, toVolume: to, option });
  }
  return segments;
}

function cheapestAt(options: readonly CostOption[], volume: number): string {
  let best = options[0]!;
  let bestCost = monthlyCost(best.curve, volume);
  for (const option of options.slice(1)) {
    const cost = monthlyCost(option.curve, volume);
    const tie = Math.abs(cost - bestCost) <= 1e-12 * Math.max(1, Math.abs(cost));
    if (cost < bestCost && !tie) [best, bestCost] = [option, cost];
    else if (tie && (slope(option.curve) < slope(best.curve) || (slope(option.curve) === slope(best.curve) && option.id < best.id))) {
      [best, bestCost] = [option, cost];
    }
  }
  return best.id;
}
