"""Correct: sort once, cumulative class counts, entropies from probabilities at each boundary."""

import numpy as np

EXPECTED_STATUS = "pass"


def _entropy(counts):
    p = counts / counts.sum(axis=-1, keepdims=True)
    logs = np.log2(p, out=np.zeros_like(p), where=p > 0)
    return -np.sum(p * logs, axis=-1)


def best_split(x, y):
    order = np.argsort(x)
    xs, ys = x[order], y[order]
    ends = np.flatnonzero(xs[1:] != xs[:-1])  # the last left sample of each candidate split
    if ends.size == 0:
        return None, 0.0
    one_hot = (ys[:, None] == np.unique(ys)[None, :]).astype(np.float64)
    cumulative = np.cumsum(one_hot, axis=0)
    left, total = cumulative[ends], cumulative[-1]
    n_left = ends + 1.0
    n = float(len(ys))
    gain = _entropy(total) - (n_left * _entropy(left) + (n - n_left) * _entropy(total - left)) / n
    best = int(np.flatnonzero(gain >= gain.max() - 1e-12)[0])
    return float((xs[ends[best]] + xs[ends[best] + 1]) / 2), float(gain[best])
