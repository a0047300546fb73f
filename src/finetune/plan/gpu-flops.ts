import type { GpuType } from "../../models/gpu-catalog.js";

/**
 * Peak dense BF16 tensor throughput per GPU, in FLOP/s, from NVIDIA's datasheets (the figures without structured
 * sparsity, i.e. half the "with sparsity" number): H100 SXM 989 TFLOPS (H200 and GH200 carry the same Hopper GPU),
 * A100 312, RTX A6000 154.8, L4 121, L40 181. Training reaches only a fraction of this (the MFU).
 */
export const PEAK_BF16_FLOPS: Readonly<Record<GpuType, number>> = {
  "h100-sxm": 989e12,
  "h200-sxm": 989e12,
  gh200: 989e12,
  "a100-40gb": 312e12,
  "a100-80gb": 312e12,
  "a100-80gb-sxm": 312e12,
  a6000: 154.8e12,
  l4: 121e12,
  l40: 181e12,
};
