"""One negative word at a time, with math and a stable -log σ."""

import math

import numpy as np

EXPECTED_STATUS = "slow"


def _minus_log_sigmoid(z: float) -> float:
    if z >= 0:
        return math.log1p(math.exp(-z))
    return -z + math.log1p(math.exp(z))


def negative_sampling_loss(center: np.ndarray, context: np.ndarray, negatives: np.ndarray) -> float:
    center_values = center.tolist()
    loss = _minus_log_sigmoid(sum(u * v for u, v in zip(context.tolist(), center_values)))
    for negative in negatives.tolist():
        loss += _minus_log_sigmoid(-sum(u * v for u, v in zip(negative, center_values)))
    return loss
