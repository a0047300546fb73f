/**
 * The strongly connected components of a "beat" graph (an edge i → j when model i won any part of a verdict against
 * j), ordered so that a component comes before every component it beat. Bradley–Terry strengths have a finite
 * maximum-likelihood estimate iff this graph is strongly connected (Zermelo 1929; Ford 1957; Hunter 2004): between two
 * components every verdict went one way, so the gap between them is +∞ and no number for it means anything.
 * Components that never met are ordered by their first member (models are indexed by name).
 */
export function beatComponents(p: number, beat: ReadonlyArray<readonly [winner: number, loser: number]>): number[][] {
  const out = Array.from({ length: p }, () => new Set<number>());
  for (const [winner, loser] of beat) (out[winner] as Set<number>).add(loser);
  const components = tarjan(p, out);
  return topological(p, components, out);
}

/** Tarjan's algorithm; each component's members ascending. */
function tarjan(p: number, out: ReadonlyArray<ReadonlySet<number>>): number[][] {
  const order = new Array<number>(p).fill(-1);
  const low = new Array<number>(p).fill(0);
  const onStack = new Array<boolean>(p).fill(false);
  const stack: number[] = [];
  const components: number[][] = [];
  let next = 0;
  const visit = (v: number): void => {
    order[v] = low[v] = next;
    next += 1;
    stack.push(v);
    onStack[v] = true;
    for (const w of out[v] as ReadonlySet<number>) {
      if (order[w] === -1) {
        visit(w);
        low[v] = Math.min(low[v] as number, low[w] as number);
      } else if (onStack[w]) low[v] = Math.min(low[v] as number, order[w] as number);
    }
    if (low[v] !== order[v]) return;
    const component: number[] = [];
    for (let w = -1; w !== v; ) {
      w = stack.pop() as number;
      onStack[w] = false;
      component.push(w);
    }
    components.push(component.sort((a, b) => a - b));
  };
  for (let v = 0; v < p; v += 1) if (order[v] === -1) visit(v);
  return components;
}

/** Kahn's order of the components: of those nothing unplaced beat, the one with the first member goes next. */
function topological(p: number, components: number[][], out: ReadonlyArray<ReadonlySet<number>>): number[][] {
  const componentOf = new Array<number>(p).fill(0);
  components.forEach((members, c) => members.forEach((m) => (componentOf[m] = c)));
  const beaten = components.map(() => new Set<number>());
  out.forEach((losers, winner) => {
    for (const loser of losers) {
      const [cw, cl] = [componentOf[winner] as number, componentOf[loser] as number];
      if (cw !== cl) (beaten[cw] as Set<number>).add(cl);
    }
  });
  const unbeaten = components.map(() => 0);
  for (const losers of beaten) for (const c of losers) unbeaten[c] = (unbeaten[c] as number) + 1;
  const placed: number[][] = [];
  const ready = new Set(components.flatMap((_, c) => (unbeaten[c] === 0 ? [c] : [])));
  while (ready.size > 0) {
    const first = (c: number) => (components[c] as number[])[0] as number;
    const c = [...ready].reduce((a, b) => (first(a) < first(b) ? a : b));
    ready.delete(c);
    placed.push(components[c] as number[]);
    for (const loser of beaten[c] as Set<number>) {
      unbeaten[loser] = (unbeaten[loser] as number) - 1;
      if (unbeaten[loser] === 0) ready.add(loser);
    }
  }
  return placed;
}
