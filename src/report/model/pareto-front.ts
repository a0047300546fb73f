/** A model's place on the quality-versus-cost plane. */
export interface CostQualityPoint {
  id: string;
  cost: number;
  quality: number;
}

/**
 * The ids of the points no other point dominates: none is at most as expensive and at least as good while being
 * cheaper or better. Equal points are all kept. Sorted by cost, cheapest first (the front as a chart draws it).
 */
export function paretoFront(points: readonly CostQualityPoint[]): string[] {
  const dominated = (p: CostQualityPoint) =>
    points.some((q) => q.cost <= p.cost && q.quality >= p.quality && (q.cost < p.cost || q.quality > p.quality));
  return points
    .filter((p) => !dominated(p))
    .sort((a, b) => a.cost - b.cost || b.quality - a.quality)
    .map((p) => p.id);
}
