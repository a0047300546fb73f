/** Weighted wins between models, by index: wins[i][j] is how much model i beat model j (ties count ½ each way). */
export type WinMatrix = Float64Array[];

/**
 * Maximum a posteriori Bradley–Terry strengths (natural-log odds scale; Bradley & Terry 1952) for a win matrix: the
 * logistic-regression MLE that Arena-Hard-Auto and Chatbot Arena fit (Chiang et al. 2024, arXiv:2403.04132), plus a
 * weak Gaussian prior (ridge/2 · Σβ²) that keeps models that won or lost everything finite and makes the
 * strengths sum to zero. Newton's method with step halving: the objective is strictly concave, so it converges from
 * any start, usually in a handful of steps. `start` warm-starts bootstrap refits.
 */
export function fitStrengths(wins: WinMatrix, ridge: number, start?: Float64Array): Float64Array {
  const p = wins.length;
  let beta = start ? Float64Array.from(start) : new Float64Array(p);
  let current = logPosterior(wins, beta, ridge);
  for (let iteration = 0; iteration < 200; iteration += 1) {
    const { gradient, information } = derivatives(wins, beta, ridge);
    const step = solveSymmetricPositive(information, gradient);
    let scale = 1;
    let next = beta;
    let value = current;
    for (let halvings = 0; halvings < 40; halvings += 1) {
      next = beta.map((b, i) => b + scale * (step[i] as number));
      value = logPosterior(wins, next, ridge);
      if (value >= current - 1e-12 * Math.abs(current)) break;
      scale /= 2;
    }
    let largestMove = 0;
    for (let i = 0; i < p; i += 1) largestMove = Math.max(largestMove, Math.abs(scale * (step[i] as number)));
    beta = next;
    current = value;
    if (largestMove < 1e-10) break;
  }
  return beta;
}

/** Σ_{i≠j} w_ij · log σ(β_i − β_j) − ridge/2 · Σ β². */
function logPosterior(wins: WinMatrix, beta: Float64Array, ridge: number): number {
  let value = 0;
  for (let i = 0; i < wins.length; i += 1) {
    const row = wins[i] as Float64Array;
    const bi = beta[i] as number;
    value -= (ridge / 2) * bi * bi;
    for (let j = 0; j < row.length; j += 1) {
      const w = row[j] as number;
      if (w > 0) value += w * logSigmoid(bi - (beta[j] as number));
    }
  }
  return value;
}

/** Gradient of the log posterior and its negated Hessian (the observed information, positive definite). */
function derivatives(
  wins: WinMatrix,
  beta: Float64Array,
  ridge: number,
): { gradient: Float64Array; information: Float64Array[] } {
  const p = wins.length;
  const gradient = new Float64Array(p);
  const information = Array.from({ length: p }, () => new Float64Array(p));
  for (let i = 0; i < p; i += 1) {
    gradient[i] = -ridge * (beta[i] as number);
    (information[i] as Float64Array)[i] = ridge;
  }
  for (let i = 0; i < p; i += 1) {
    for (let j = i + 1; j < p; j += 1) {
      const wij = (wins[i] as Float64Array)[j] as number;
      const wji = (wins[j] as Float64Array)[i] as number;
      const games = wij + wji;
      if (games === 0) continue;
      const pij = sigmoid((beta[i] as number) - (beta[j] as number));
      const g = wij - games * pij;
      const h = games * pij * (1 - pij);
      gradient[i] = (gradient[i] as number) + g;
      gradient[j] = (gradient[j] as number) - g;
      const rowI = information[i] as Float64Array;
      const rowJ = information[j] as Float64Array;
      rowI[i] = (rowI[i] as number) + h;
      rowJ[j] = (rowJ[j] as number) + h;
      rowI[j] = (rowI[j] as number) - h;
      rowJ[i] = (rowJ[i] as number) - h;
    }
  }
  return { gradient, information };
}

/** Solves A·x = b for symmetric positive definite A by Cholesky factorisation (A = L·Lᵀ). */
function solveSymmetricPositive(matrix: Float64Array[], rhs: Float64Array): Float64Array {
  const p = rhs.length;
  const lower = Array.from({ length: p }, () => new Float64Array(p));
  for (let i = 0; i < p; i += 1) {
    const li = lower[i] as Float64Array;
    for (let j = 0; j <= i; j += 1) {
      const lj = lower[j] as Float64Array;
      let sum = (matrix[i] as Float64Array)[j] as number;
      for (let k = 0; k < j; k += 1) sum -= (li[k] as number) * (lj[k] as number);
      li[j] = i === j ? Math.sqrt(Math.max(sum, Number.MIN_VALUE)) : sum / (lj[j] as number);
    }
  }
  const y = new Float64Array(p);
  for (let i = 0; i < p; i += 1) {
    let sum = rhs[i] as number;
    for (let k = 0; k < i; k += 1) sum -= ((lower[i] as Float64Array)[k] as number) * (y[k] as number);
    y[i] = sum / ((lower[i] as Float64Array)[i] as number);
  }
  const x = new Float64Array(p);
  for (let i = p - 1; i >= 0; i -= 1) {
    let sum = y[i] as number;
    for (let k = i + 1; k < p; k += 1) sum -= ((lower[k] as Float64Array)[i] as number) * (x[k] as number);
    x[i] = sum / ((lower[i] as Float64Array)[i] as number);
  }
  return x;
}

function sigmoid(x: number): number {
  return x >= 0 ? 1 / (1 + Math.exp(-x)) : Math.exp(x) / (1 + Math.exp(x));
}

/** log σ(x) without overflow for large |x|. */
function logSigmoid(x: number): number {
  return x >= 0 ? -Math.log1p(Math.exp(-x)) : x - Math.log1p(Math.exp(x));
}
