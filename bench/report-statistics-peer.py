"""
The peer of bench/report.ts: the report's decision statistics computed with NumPy, vectorised, from the same store.

It does the work kurabe's report model does before rendering: read every answer's primary score, then per model x
suite the percentile bootstrap of the mean (items resampled), per model the all-suites interval (items resampled
within each suite, each suite weighing the same), and per pair of models the paired bootstrap of the mean per-item
difference, per suite and over all suites (stratified) -- with the same resample counts kurabe draws
(src/analysis/decision/stat-settings.ts resamplesFor). Its random stream is NumPy's, so intervals agree with kurabe's
to bootstrap noise, not to the bit. Prints one JSON line: the intervals (percent) and how many draws were made.

    python3 bench/report-statistics-peer.py STORE RUN_ID
"""
import json
import sqlite3
import sys
from itertools import combinations

import numpy as np


def resamples_for(items):
    return max(1000, min(2000, 4_000_000 // max(1, items)))


def resampled_means(strata, rng, resamples, chunk=64):
    """Mean over strata of each stratum's resampled mean, `resamples` times, a chunk of resamples per NumPy call."""
    draws = np.empty(resamples)
    for start in range(0, resamples, chunk):
        size = min(chunk, resamples - start)
        total = np.zeros(size)
        for values in strata:
            total += values[rng.integers(0, len(values), size=(size, len(values)))].mean(axis=1)
        draws[start:start + size] = total / len(strata)
    return draws


def interval(draws):
    low, high = np.quantile(draws, [0.025, 0.975])
    return [round(100 * low, 2), round(100 * high, 2)]


def main(path, run_id):
    db = sqlite3.connect(path)
    rows = db.execute(
        """SELECT r.model_id, r.suite, r.item_id, s.value FROM responses r
           JOIN scores s ON s.run_id = r.run_id AND s.suite = r.suite AND s.item_id = r.item_id
             AND s.model_id = r.model_id AND s.sample = r.sample AND s.is_primary = 1
           WHERE r.run_id = ? AND r.status = 'ok'""",
        (run_id,),
    )
    scores = {}
    for model, suite, item, value in rows:
        scores.setdefault((model, suite), {})[item] = value
    models = sorted({m for m, _ in scores})
    suites = sorted({s for _, s in scores})
    rng = np.random.default_rng(20241128)
    out = {"scores": {}, "overall": {}, "pairs": {}, "draws": 0}

    def arrays(model, suite):
        cell = scores[(model, suite)]
        return np.fromiter(cell.values(), float)

    for model in models:
        for suite in suites:
            values = arrays(model, suite)
            out["scores"][f"{model}|{suite}"] = interval(resampled_means([values], rng, resamples_for(len(values))))
            out["draws"] += len(values) * resamples_for(len(values))
        strata = [arrays(model, suite) for suite in suites]
        items = sum(len(s) for s in strata)
        out["overall"][model] = interval(resampled_means(strata, rng, resamples_for(items)))
        out["draws"] += items * resamples_for(items)
    for a, b in combinations(models, 2):
        differences = []
        for suite in suites:
            ca, cb = scores[(a, suite)], scores[(b, suite)]
            shared = sorted(ca.keys() & cb.keys())
            differences.append(np.array([ca[i] - cb[i] for i in shared]))
            out["pairs"][f"{a}|{b}|{suite}"] = interval(resampled_means([differences[-1]], rng, resamples_for(len(shared))))
            out["draws"] += len(shared) * resamples_for(len(shared))
        items = sum(len(d) for d in differences)
        out["pairs"][f"{a}|{b}|*"] = interval(resampled_means(differences, rng, resamples_for(items)))
        out["draws"] += items * resamples_for(items)
    print(json.dumps(out))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
