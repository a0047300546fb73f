import { seededRandom } from "../../seeded-random.js";

/**
 * Deterministic pseudo-random normals for made-up weights: the same seed gives the same numbers on every machine.
 * Uniforms come from mulberry32 (Tommy Ettinger's 32-bit generator), normals from the Box–Muller transform.
 */
export function createSeededNormal(seed: number): (std: number) => number {
  const uniform = seededRandom(seed);
  return (std) => {
    // 1 - u keeps the logarithm's argument in (0, 1].
    const u = 1 - uniform();
    const v = uniform();
    return std * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  };
}

/** A Float32Array of `length` normals with standard deviation `std`. */
export function seededNormals(next: (std: number) => number, length: number, std: number): Float32Array {
  const values = new Float32Array(length);
  for (let i = 0; i < length; i++) values[i] = next(std);
  return values;
}
