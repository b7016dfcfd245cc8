"""One row at a time in plain Python, log-sum-exp with math."""

import math

import numpy as np

EXPECTED_STATUS = "slow"


def perplexity(logits: np.ndarray, targets: np.ndarray) -> float:
    total = 0.0
    for row, target in zip(logits.tolist(), targets.tolist()):
        top = max(row)
        log_norm = top + math.log(sum(math.exp(z - top) for z in row))
        total += log_norm - row[target]
    return math.exp(total / len(logits))
