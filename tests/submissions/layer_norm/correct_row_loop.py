"""One row at a time in a Python loop over the flattened batch."""

import math

import numpy as np

EXPECTED_STATUS = "slow"


def layer_norm(x: np.ndarray, gamma: np.ndarray, beta: np.ndarray, eps: float = 1e-5) -> np.ndarray:
    d = x.shape[-1]
    rows = x.reshape(-1, d)
    out = np.empty(rows.shape, dtype=np.result_type(x, gamma, beta))
    for n in range(rows.shape[0]):
        row = rows[n]
        mean = math.fsum(row.tolist()) / d
        variance = math.fsum((value - mean) ** 2 for value in row.tolist()) / d
        out[n] = gamma * ((row - mean) / math.sqrt(variance + eps)) + beta
    return out.reshape(x.shape)
