"""Correct but unvectorised: a Python loop over the distributions and their entries."""

import math

import numpy as np

# timed at 57-63x the reference alone (3 runs), 18-82x beside other checks; max_ratio 5
EXPECTED_STATUS = "slow"


def entropy(p, base=2.0):
    rows = p.reshape(-1, p.shape[-1])
    out = np.empty(rows.shape[0])
    for i, row in enumerate(rows):
        out[i] = -sum(x * math.log(x, base) for x in row.tolist() if x > 0)
    return float(out[0]) if p.ndim == 1 else out.reshape(p.shape[:-1])
